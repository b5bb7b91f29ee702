"""Events: one, a batch, a hand-written notice, and the event history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tocsin_client.calls import Call, model, new_idempotency_key, query, seg
from tocsin_client.models import EventBatchResult, EventIn, EventResult, NotifyIn
from tocsin_client.names import EventDetail, EventPage


def with_key(event: EventIn) -> EventIn:
    """The event with an idempotency key, generated once when it has none (retries reuse it)."""
    if event.idempotency_key:
        return event
    return event.model_copy(update={"idempotency_key": new_idempotency_key()})


def send_event(event: EventIn) -> Call[EventResult]:
    event = with_key(event)
    return Call(
        "POST",
        "/v1/events",
        model(EventResult),
        json=event.model_dump(mode="json", exclude_none=True),
        headers={"Idempotency-Key": event.idempotency_key or ""},
    )


def send_events(events: list[EventIn]) -> Call[EventBatchResult]:
    # Each event is checked as an `EventIn`; the batch's own schema only bounds its length.
    body = {"events": [with_key(e).model_dump(mode="json", exclude_none=True) for e in events]}
    return Call("POST", "/v1/events/batch", model(EventBatchResult), json=body)


def notify(notice: NotifyIn) -> Call[EventResult]:
    if not notice.idempotency_key:
        notice = notice.model_copy(update={"idempotency_key": new_idempotency_key()})
    body = notice.model_dump(mode="json", exclude_none=True)
    return Call("POST", "/v1/notify", model(EventResult), json=body)


def list_events(
    *,
    type: str | None = None,
    entity_type: str | None = None,
    entity_id: str | None = None,
    actor: str | None = None,
    recipient: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    cursor: str | None = None,
    limit: int | None = None,
) -> Call[EventPage]:
    params: dict[str, Any] = query(
        type=type, entity_type=entity_type, entity_id=entity_id, actor=actor, recipient=recipient,
        since=since, until=until, cursor=cursor, limit=limit,
    )  # fmt: skip
    return Call("GET", "/v1/events", model(EventPage), params=params)


def get_event(event_id: int) -> Call[EventDetail]:
    return Call("GET", f"/v1/events/{seg(event_id)}", model(EventDetail))
