"""An event's answer: computed before its row is written (ids are reserved up front), so it is
stored with the row and a repeat of its idempotency key answers the same."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from tocsin.deliveries.service import Queued
from tocsin.events.decide import Decided
from tocsin.events.schemas import EventResult


def answer_fields(event_type: str, decided: Decided, planned: Sequence[Queued]) -> dict[str, Any]:
    """An event's answer as stored (`EventResult.model_dump()`), but for its id and what its
    type's hook adds."""
    queued: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for part in planned:
        queued.update(part.queued)
        skipped.update(part.skipped)
    decision = decided.decision
    fields: dict[str, Any] = {
        "duplicate": False,
        "notifications": sum(len(part.users) for part in decided.parts),
        "recipients": [u.username for u in decision.users],
        "unknown_recipients": list(decision.unknown),
        "inactive_recipients": list(decision.inactive),
        "deliveries": dict(queued),
        "skipped": dict(skipped),
        "warnings": decided.warnings,
    }
    if event_type == "record_updated":
        fields["matched_rules"] = decided.matched
    return fields


_FIELDS = tuple(EventResult.model_fields)
_set = object.__setattr__


def constructed(stored: dict[str, Any]) -> EventResult:
    """The answer object of a stored answer.

    Built from values the pipeline computed, so constructed rather than validated, as pydantic's
    `model_construct` does, without its per-field walk (a tenth of a 10,000-event batch's Python
    time went there). The lists and counts are shared by every event of one decision and plan,
    and never changed after."""
    answer = EventResult.__new__(EventResult)
    values = dict(stored)
    values.setdefault("matched_rules", None)
    values["resolved"] = values.pop("resolved", None)  # last, in the fields' order
    _set(answer, "__dict__", values)
    _set(answer, "__pydantic_fields_set__", set(_FIELDS))
    _set(answer, "__pydantic_extra__", None)
    _set(answer, "__pydantic_private__", None)
    return answer
