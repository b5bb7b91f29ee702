"""JSON text for the database's JSON columns.

Every event, notification and delivery row carries JSON (payloads, answers, actions), so a batch
of 10,000 events serialises some 50,000 values. The standard library's `json.dumps` builds a new
encoder per call, about 2 µs of overhead for a small payload; orjson (a maintained C
implementation) encodes the same values in a fraction of that. Where orjson refuses a value the
standard library accepts (an integer beyond 64 bits, a key that is not a string), the standard
library serialises it, so every value that was storable stays storable.

Non-finite floats (`NaN`, `Infinity`, which Python's JSON parser accepts in a request) are stored
as `null`: they are not JSON, and PostgreSQL's `jsonb` rejects them.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson


def dumps(value: Any) -> str:
    """Compact JSON text of `value`."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(_finite(value), separators=(",", ":"))


def _finite(value: Any) -> Any:
    """`value` with non-finite floats as None, as orjson writes them."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
