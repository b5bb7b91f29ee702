from __future__ import annotations

from fastapi import APIRouter

from tocsin.auth.dependencies import ApiOrg, Ctx, DbSession
from tocsin.errors import ApiError, invalid
from tocsin.events import service
from tocsin.events.schemas import EventBatchIn, EventBatchResult, EventIn, EventResult

router = APIRouter(tags=["events"])


@router.post("/v1/events", status_code=202, response_model=EventResult)
def post_event(body: EventIn, org: ApiOrg, session: DbSession, ctx: Ctx) -> EventResult:
    """Ingest one event: recipients, in-app notifications and delivery rows, atomically."""
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
