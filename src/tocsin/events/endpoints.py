from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from sqlalchemy.orm import Session

from tocsin.deps import ApiOrg, Ctx, DbSession, QueuedOrg, ReadingOrg, ReadSession
from tocsin.errors import ApiError, invalid
from tocsin.events import admin, group, service
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


@router.post("/v1/events", status_code=202, response_model=EventResult)
async def post_event(body: EventIn, org: QueuedOrg, ctx: Ctx) -> EventResult:
    """Ingest one event: recipients, in-app notifications and delivery rows, atomically.

    The work is done by the write queue (db/writer.py) in a group commit with other requests'
    events; the answer comes once it is committed. A full queue is a 503 with Retry-After."""
    if not group.is_groupable(body):
        return await ctx.writer.run(lambda session: service.ingest(session, ctx, org=org, body=body))
    answer: EventResult = await ctx.writer.run_grouped(group.SINGLE_EVENTS, group.Ingestion(ctx, org, body))
    return answer


@router.post("/v1/events/batch", status_code=202, response_model=EventBatchResult)
async def post_events(body: EventBatchIn, org: QueuedOrg, ctx: Ctx) -> EventBatchResult:
    """Ingest many events in one transaction: all are accepted or none is."""

    def work(session: Session) -> EventBatchResult:
        for index, event in enumerate(body.events):
            try:
                service.resolve_type(session, ctx, org, event.type)
            except ApiError as exc:
                raise invalid(f"events.{index}.type", f"unknown event type {event.type!r}") from exc
        return EventBatchResult(results=[service.ingest(session, ctx, org=org, body=event) for event in body.events])

    return await ctx.writer.run(work)


@admin_router.get("/routing", response_model=RoutingOut)
def get_routing(org: ReadingOrg, session: ReadSession) -> RoutingOut:
    return admin.get_routing(session, org)


@admin_router.put("/routing", response_model=RoutingOut)
def put_routing(body: RoutingIn, org: ApiOrg, session: DbSession, ctx: Ctx) -> RoutingOut:
    out = admin.put_routing(session, ctx, org, body)
    session.commit()
    return out


@admin_router.get("/event-types", response_model=list[EventTypeOut])
def list_event_types(org: ReadingOrg, session: ReadSession) -> list[EventTypeOut]:
    return admin.list_event_types(session, org)


@admin_router.get("/event-types/{key}", response_model=EventTypeOut)
def get_event_type(key: TypeKey, org: ReadingOrg, session: ReadSession) -> EventTypeOut:
    return admin.get_event_type(session, org, key)


@admin_router.put("/event-types/{key}", response_model=EventTypeOut)
def put_event_type(
    key: TypeKey, body: EventTypeIn, org: ApiOrg, session: DbSession, ctx: Ctx, response: Response
) -> EventTypeOut:
    out, created = admin.put_event_type(session, ctx, org, key, body)
    session.commit()
    response.status_code = 201 if created else 200
    return out
