"""Channel-sensitive redaction: which fields of an event's `data` stay off lock screens. Pure.

Texts on SMS, WhatsApp and push notifications are read on a phone's lock screen, by whoever holds
the phone, and pass through carriers and Meta; in-app notifications and email are read after
signing in. So fields an admin marks sensitive for an event type are left out of the short
channels' texts (the variables those templates see, and the in-app title and body they reuse)
and kept in-app and in email.

An event type with no list of its own (`sensitive_fields` null) treats amounts and contact
details as sensitive: every `data` key one of whose words (split at `_`, `-`, `.` and case) is
in `DEFAULT_WORDS`, e.g. `amount`, `deal_value`, `contactEmail`, `mobile_phone`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

DEFAULT_WORDS = frozenset(
    {
        # amounts
        "amount",
        "amounts",
        "value",
        "price",
        "total",
        "revenue",
        "budget",
        "discount",
        "salary",
        "balance",
        "cost",
        "credit",
        # contact details
        "email",
        "phone",
        "mobile",
        "telephone",
        "fax",
        "address",
        "street",
        "postcode",
        "zip",
        "contact",
        "whatsapp",
    }
)

_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def words_of(key: str) -> list[str]:
    """`contactEmail` -> [contact, email]; `deal_value` -> [deal, value]."""
    return [w.lower() for w in _WORDS.findall(key)]


def is_sensitive(key: str, configured: Iterable[str] | None) -> bool:
    if configured is not None:
        return key in set(configured)
    return any(word in DEFAULT_WORDS for word in words_of(key))


def redact(data: Mapping[str, Any], configured: Iterable[str] | None) -> dict[str, Any]:
    """`data` without its sensitive top-level fields (`configured`: the event type's own list,
    None for the default rule)."""
    keep = list(configured) if configured is not None else None
    return {key: value for key, value in data.items() if not is_sensitive(key, keep)}
