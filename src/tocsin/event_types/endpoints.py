from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from tocsin import callers
from tocsin.audit import service as audit
from tocsin.callers import Actor, Ctx, DbSession, ReadSession
from tocsin.errors import ApiError
from tocsin.event_types import service as admin
from tocsin.event_types.schemas import EVENT_KEY_PATTERN, EventTypeIn, EventTypeOut, RoutingIn, RoutingOut

router = APIRouter(prefix="/v1/admin", tags=["admin: routing"])

AdminOrg = Annotated[admin.Org, Depends(callers.admin_org_writing)]
ReadingAdminOrg = Annotated[admin.Org, Depends(callers.admin_org_reading)]
TypeKey = Annotated[str, Path(pattern=EVENT_KEY_PATTERN)]


@router.get("/routing", response_model=RoutingOut)
def get_routing(org: ReadingAdminOrg, session: ReadSession) -> RoutingOut:
    """The event x channel matrix: which channels each event type uses, and which cells users may override."""
    return admin.get_routing(session, org)


@router.put("/routing", response_model=RoutingOut)
def put_routing(body: RoutingIn, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor) -> RoutingOut:
    """Change cells of the matrix; cells left out keep their value."""
    before = admin.get_routing(session, org)
    out = admin.put_routing(session, ctx, org, body)
    audit.record(
        session, org.id, actor=actor, action="routing.update", target="routing",
        before=before.model_dump(mode="json")["matrix"], after=out.model_dump(mode="json")["matrix"],
        now=ctx.clock.now(),
    )  # fmt: skip
    session.commit()
    return out


@router.get("/event-types", response_model=list[EventTypeOut])
def list_event_types(org: ReadingAdminOrg, session: ReadSession) -> list[EventTypeOut]:
    """Every event type of the org, built-in and custom, with its texts and routing."""
    return admin.list_event_types(session, org)


@router.get("/event-types/{key}", response_model=EventTypeOut)
def get_event_type(key: TypeKey, org: ReadingAdminOrg, session: ReadSession) -> EventTypeOut:
    """One event type with its title and body templates and its routing row."""
    return admin.get_event_type(session, org, key)


@router.put("/event-types/{key}", response_model=EventTypeOut)
def put_event_type(
    key: TypeKey, body: EventTypeIn, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor, response: Response
) -> EventTypeOut:
    """Create a custom event type (201) or change one (200); fields left out keep their value."""
    try:
        before: EventTypeOut | None = admin.get_event_type(session, org, key)
    except ApiError:
        before = None
    out, created = admin.put_event_type(session, ctx, org, key, body)
    target, now = f"event_type:{key}", ctx.clock.now()
    audit.record_put(session, org.id, actor=actor, target=target, before=before, after=out, created=created, now=now)
    session.commit()
    response.status_code = 201 if created else 200
    return out


@router.patch("/event-types/{key}", response_model=EventTypeOut)
def patch_event_type(
    key: TypeKey, body: EventTypeIn, org: AdminOrg, session: DbSession, ctx: Ctx, actor: Actor
) -> EventTypeOut:
    """Change fields of an existing event type (404 for an unknown one), e.g. `{"enabled": false}`
    to switch it off; fields left out keep their value."""
    before = admin.get_event_type(session, org, key)
    out, _ = admin.put_event_type(session, ctx, org, key, body)
    target, now = f"event_type:{key}", ctx.clock.now()
    audit.record_put(session, org.id, actor=actor, target=target, before=before, after=out, created=False, now=now)
    session.commit()
    return out
