"""Idempotency: a repeated key answers with the first result and creates nothing; the same key
with another payload is a conflict."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy.orm import Session

from tocsin.errors import ApiError
from tocsin.events import repository
from tocsin.events.models import Event
from tocsin.events.schemas import EventIn, EventResult


class IdempotencyKey(NamedTuple):
    org_id: int
    key: str


def request_hash(body: EventIn) -> str:
    """The payload's fingerprint, key left out: what a repeat must match to count as the same request."""
    canonical = json.dumps(body.model_dump(mode="json", exclude={"idempotency_key"}), sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def mismatch(key: str | None) -> ApiError:
    return ApiError(
        409,
        "idempotency_mismatch",
        f"idempotency key {key!r} was already used for a different event",
        field="idempotency_key",
    )


def stored_events(session: Session, keys: Iterable[IdempotencyKey]) -> dict[IdempotencyKey, Event]:
    """The events already stored under these keys (one query per org)."""
    wanted: dict[int, set[str]] = {}
    for org_id, key in keys:
        wanted.setdefault(org_id, set()).add(key)
    found: dict[IdempotencyKey, Event] = {}
    for org_id, org_keys in wanted.items():
        for event in repository.events_by_keys(session, org_id, org_keys):
            found[IdempotencyKey(org_id, event.idempotency_key or "")] = event
    return found


def duplicate(event: Event, digest: str) -> EventResult:
    """The answer to a repeat of `event`: its stored first answer, marked a duplicate."""
    if event.request_hash is not None and event.request_hash != digest:
        raise mismatch(event.idempotency_key)
    stored = dict(event.result or {})
    if not stored:  # the first request has not finished; its id is all we can promise
        stored = {
            "event_id": event.id,
            "notifications": 0,
            "recipients": [],
            "unknown_recipients": [],
            "inactive_recipients": [],
            "deliveries": {},
            "skipped": {},
        }
    stored["duplicate"] = True
    return EventResult.model_validate(stored)
