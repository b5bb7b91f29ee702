"""A channel's stored settings read into its configuration dataclass. Pure.

Each field comes from the plain config under its own name, or from the decrypted secrets under
the key `secrets_as` gives; an empty value reads as None (unset), unless `convert` says how to
read that field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


def read_stored(
    cls: Callable[..., T],
    config: Mapping[str, Any] | None,
    secrets: Mapping[str, Any],
    *,
    secrets_as: Mapping[str, str],
    convert: Mapping[str, Callable[[Any], Any]] | None = None,
) -> T:
    config, convert = config or {}, convert or {}
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        key = secrets_as.get(field.name)
        raw = secrets.get(key) if key is not None else config.get(field.name)
        values[field.name] = convert[field.name](raw) if field.name in convert else (raw or None)
    return cls(**values)
