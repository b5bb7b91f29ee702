from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Path, Response

from tocsin.deps import ApiOrg, Ctx, DbSession, ReadingOrg, ReadSession
from tocsin.errors import ApiError, invalid
from tocsin.events import admin, service
from tocsin.events.schemas import (
    EVENT_KEY_PATTERN,
    EventBatchIn,
    EventBatchResult,
    EventIn,
    EventResult,
    EventTypeIn,
    EventTypeOut,
    RoutingIn,
    RoutingOut,
)

router = APIRouter(tags=["events"])
admin_router = APIRouter(prefix="/v1/admin", tags=["admin: routing"])

TypeKey = Annotated[str, Path(pattern=EVENT_KEY_PATTERN)]


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
def post_event(
    body: EventIn, org: ApiOrg, session: DbSession, ctx: Ctx, idempotency_key: IdempotencyHeader = None
) -> EventResult:
    """Ingest one event.

    Works out the recipients, writes their in-app notifications and the delivery rows, atomically.
    A repeated idempotency key (body field or `Idempotency-Key` header) returns the first answer with
    `duplicate: true`; the same key with a different payload is a 409 `idempotency_mismatch`.
    `warnings` says why an event reached nobody.
    """
    if idempotency_key is not None:
        if body.idempotency_key is not None and body.idempotency_key != idempotency_key:
            raise invalid("idempotency_key", "differs from the Idempotency-Key header")
        body = body.model_copy(update={"idempotency_key": idempotency_key})
    result = service.ingest(session, ctx, org=org, body=body)
    session.commit()
    return result


@router.post("/v1/events/batch", status_code=202, response_model=EventBatchResult)
def post_events(body: EventBatchIn, org: ApiOrg, session: DbSession, ctx: Ctx) -> EventBatchResult:
    """Ingest many events in one transaction: all are accepted or none is."""
    for index, event in enumerate(body.events):
        try:
            service.resolve_type(session, org, event.type)
        except ApiError as exc:
            raise invalid(f"events.{index}.type", f"unknown event type {event.type!r}") from exc
    results = [service.ingest(session, ctx, org=org, body=event) for event in body.events]
    session.commit()
    return EventBatchResult(results=results)


@admin_router.get("/routing", response_model=RoutingOut)
def get_routing(org: ReadingOrg, session: ReadSession) -> RoutingOut:
    """The event x channel matrix: which channels each event type uses, and which cells users may override."""
    return admin.get_routing(session, org)


@admin_router.put("/routing", response_model=RoutingOut)
def put_routing(body: RoutingIn, org: ApiOrg, session: DbSession, ctx: Ctx) -> RoutingOut:
    """Change cells of the matrix; cells left out keep their value."""
    out = admin.put_routing(session, ctx, org, body)
    session.commit()
    return out


@admin_router.get("/event-types", response_model=list[EventTypeOut])
def list_event_types(org: ReadingOrg, session: ReadSession) -> list[EventTypeOut]:
    """Every event type of the org, built-in and custom, with its texts and routing."""
    return admin.list_event_types(session, org)


@admin_router.get("/event-types/{key}", response_model=EventTypeOut)
def get_event_type(key: TypeKey, org: ReadingOrg, session: ReadSession) -> EventTypeOut:
    """One event type with its title and body templates and its routing row."""
    return admin.get_event_type(session, org, key)


@admin_router.put("/event-types/{key}", response_model=EventTypeOut)
def put_event_type(
    key: TypeKey, body: EventTypeIn, org: ApiOrg, session: DbSession, ctx: Ctx, response: Response
) -> EventTypeOut:
    """Create a custom event type (201) or change one (200); fields left out keep their value."""
    out, created = admin.put_event_type(session, ctx, org, key, body)
    session.commit()
    response.status_code = 201 if created else 200
    return out
