from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Path, Query
from pydantic import ValidationError
from sqlalchemy.orm import Session

from tocsin.auth.dependencies import Ctx, OrgKey, ReadingAdminOrg, ReadSession, org_of
from tocsin.errors import ApiError, invalid
from tocsin.events import history, intake, service
from tocsin.events.collapse import CollapseCall
from tocsin.events.history_schemas import EventDetailOut, EventPage
from tocsin.events.schemas import (
    EventBatchIn,
    EventBatchResult,
    EventIn,
    EventRefused,
    EventResult,
    NotifyIn,
    Refusal,
)
from tocsin.kit.bounds import MAX_ID, Timestamp
from tocsin.orgs.models import Org

router = APIRouter(tags=["events"])

IdempotencyHeader = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=200,
        description="alias of the body's `idempotency_key`; a repeat returns the first answer",
    ),
]


@router.post("/v1/events", status_code=202, response_model=EventResult)
async def post_event(body: EventIn, key: OrgKey, ctx: Ctx, idempotency_key: IdempotencyHeader = None) -> EventResult:
    """Ingest one event: recipients, in-app notifications and delivery rows, atomically.

    A repeated idempotency key (body field or `Idempotency-Key` header) returns the first answer
    with `duplicate: true`; the same key with a different payload is a 409 `idempotency_mismatch`.
    `warnings` says why an event reached nobody. The work is done by the write queue
    (db/writer.py) in a group commit with other requests' events; the answer comes once it is
    committed. A full queue is a 503 with Retry-After."""
    return await intake.accept(ctx, key, body, idempotency_key)


@router.post("/v1/events/batch", status_code=202, response_model=EventBatchResult)
async def post_events(body: EventBatchIn, key: OrgKey, ctx: Ctx) -> EventBatchResult:
    """Ingest many events (up to 10,000) in one call, each checked on its own.

    The answer has one result per event, in order. An event refused at the door (a field that
    fails validation, an unknown event type) is answered `{"refused": true, "error": {"code",
    "message", "field"}}`, its field named within the batch (`events.3.actor`), and is not stored;
    the others are ingested together in one transaction. When every event is refused, nothing is
    stored and the answer is the 422 of the first. The batch is written with set-based statements
    (a few bulk inserts whatever its size), as the write queue's groups are. More than
    `collapse_over` notifications of one rule or type for one recipient become one that lists the
    first 20 records (every event is still stored and answered)."""

    def work(session: Session) -> EventBatchResult:
        org = org_of(session, key)
        results: list[EventResult | EventRefused | None] = [None] * len(body.events)
        refusals: list[tuple[str, str]] = []
        accepted: list[tuple[int, EventIn]] = []
        for index, event in enumerate(body.events):
            if isinstance(event, Refusal):
                refusals.append((_within(index, event.field), event.message))
            else:
                try:
                    service.resolve_type(session, ctx, org, event.type)
                except ApiError:
                    refusals.append((f"events.{index}.type", f"unknown event type {event.type!r}"))
                else:
                    accepted.append((index, event))
                    continue
            results[index] = EventRefused.at(*refusals[-1])
        if not accepted:
            raise invalid(*refusals[0])
        events = [event for _, event in accepted]
        for (index, _), answer in zip(accepted, _ingest(session, org, events), strict=True):
            results[index] = answer
        return EventBatchResult(results=[r for r in results if r is not None])

    def _ingest(session: Session, org: Org, events: list[EventIn]) -> list[EventResult]:
        call = CollapseCall(
            body.collapse_over,
            given="collapse_over" in body.model_fields_set,
            base_url=ctx.settings.public_url.rstrip("/"),
        )
        answers = service.ingest_many(session, ctx, [(org, event) for event in events], collapse=call)
        for answer in answers:
            if isinstance(answer, Exception):
                raise answer
        return [a for a in answers if isinstance(a, EventResult)]

    return await ctx.writer.run(work)


def _within(index: int, field: str) -> str:
    return f"events.{index}.{field}" if field else f"events.{index}"


notify_router = APIRouter(tags=["events"])


@notify_router.post("/v1/notify", status_code=202, response_model=EventResult)
async def notify(body: NotifyIn, key: OrgKey, ctx: Ctx, idempotency_key: IdempotencyHeader = None) -> EventResult:
    """Manual notify: a `manual` notification for each recipient, sent by email and webhook
    whatever each user's delivery choice (a user without a webhook URL gets the email alone).
    The answer is the answer to an event."""
    if idempotency_key is not None and body.idempotency_key not in (None, idempotency_key):
        raise invalid("idempotency_key", "differs from the Idempotency-Key header")
    try:
        event = body.as_event(idempotency_key)
    except ValidationError as exc:  # a field the event type checks more strictly than the form
        first = exc.errors()[0]
        raise invalid(".".join(str(part) for part in first["loc"]) or "body", first["msg"]) from exc
    answer: EventResult = await ctx.writer.run_grouped(service.SINGLE_EVENTS, service.Ingestion(ctx, key, event))
    return answer


history_router = APIRouter(prefix="/v1/events", tags=["events"])

EventId = Annotated[int, Path(ge=1, le=MAX_ID)]
_Name = Annotated[str | None, Query(max_length=150, description="a username")]


@history_router.get("", response_model=EventPage)
def list_events(
    org: ReadingAdminOrg,
    session: ReadSession,
    type: Annotated[str | None, Query(max_length=64, description="an event type key")] = None,
    entity_type: Annotated[str | None, Query(max_length=64)] = None,
    entity_id: Annotated[str | None, Query(max_length=200)] = None,
    actor: _Name = None,
    recipient: _Name = None,
    since: Annotated[Timestamp | None, Query(description="created at or after (ISO 8601)")] = None,
    until: Annotated[Timestamp | None, Query(description="created before (ISO 8601)")] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=history.MAX_LIMIT)] = 50,
) -> EventPage:
    """The org's events, newest first: what happened, about which record, by whom, and what
    ingesting it produced. Filters combine; `recipient` is a username the event notified. Kept
    as long as notifications are (the org's `retention_days`)."""
    filters = history.Filters(type, entity_type, entity_id, actor, recipient, since, until)
    return history.list_page(session, org, filters, cursor=cursor, limit=limit)


@history_router.get("/{event_id}", response_model=EventDetailOut)
def get_event(event_id: EventId, org: ReadingAdminOrg, session: ReadSession, ctx: Ctx) -> EventDetailOut:
    """One event with its data, its recipients, each one's notification (seen, read, dismissed,
    acted on, when) and every delivery (channel, status, attempts, last error)."""
    return history.detail(session, ctx, org, event_id)
