from __future__ import annotations

from typing import Annotated, TypeVar

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy.orm import Session

from tocsin.auth.dependencies import ApiOrg, Ctx, DbSession, ReadingAdminOrg, ReadSession
from tocsin.orgs.models import Org
from tocsin.schedule import service
from tocsin.schedule.schemas import (
    ITEM_ID_PATTERN,
    ActivityIn,
    ActivityOut,
    MissedPage,
    TargetIn,
    TargetOut,
    TaskIn,
    TaskOut,
)

router = APIRouter(tags=["schedule"])

Out = TypeVar("Out")

ItemId = Annotated[str, Path(pattern=ITEM_ID_PATTERN, description="the CRM's id of the record")]


@router.put("/v1/activities/{item_id}", response_model=ActivityOut)
def put_activity(
    item_id: ItemId, body: ActivityIn, org: ApiOrg, session: DbSession, ctx: Ctx, response: Response
) -> ActivityOut:
    """Register or change an activity; its reminder fires at `starts_at` minus `reminder_minutes`
    (absent or null: the org default; 0: none). 201 when created."""
    return _saved(session, response, service.put_activity(session, ctx, org=org, external_id=item_id, body=body))


@router.delete("/v1/activities/{item_id}", status_code=204)
def delete_activity(item_id: ItemId, org: ApiOrg, session: DbSession) -> Response:
    """Cancel an activity: its reminder never fires."""
    return _deleted(session, org=org, kind="activity", item_id=item_id)


@router.put("/v1/tasks/{item_id}", response_model=TaskOut)
def put_task(item_id: ItemId, body: TaskIn, org: ApiOrg, session: DbSession, ctx: Ctx, response: Response) -> TaskOut:
    """Register, change, complete or reassign a task: `task_due_soon` 24 h before `due_at`,
    `task_overdue` at `due_at`, neither once `completed`."""
    return _saved(session, response, service.put_task(session, ctx, org=org, external_id=item_id, body=body))


@router.delete("/v1/tasks/{item_id}", status_code=204)
def delete_task(item_id: ItemId, org: ApiOrg, session: DbSession) -> Response:
    """Remove a task: its due-soon and overdue notifications that have not fired are cancelled."""
    return _deleted(session, org=org, kind="task", item_id=item_id)


@router.put("/v1/targets/{item_id}", response_model=TargetOut)
def put_target(
    item_id: ItemId, body: TargetIn, org: ApiOrg, session: DbSession, ctx: Ctx, response: Response
) -> TargetOut:
    """Record a target's progress; crossing 50, 75 or 100 % notifies the owner (`target_milestone`)."""
    return _saved(session, response, service.put_target(session, ctx, org=org, external_id=item_id, body=body))


@router.delete("/v1/targets/{item_id}", status_code=204)
def delete_target(item_id: ItemId, org: ApiOrg, session: DbSession) -> Response:
    """Remove a target: no more milestones are announced for it."""
    return _deleted(session, org=org, kind="target", item_id=item_id)


@router.get("/v1/admin/schedule/missed", response_model=MissedPage, tags=["admin: schedule"])
def missed(
    org: ReadingAdminOrg,
    session: ReadSession,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> MissedPage:
    """Firings that came due while no scheduler ran, longer ago than the grace period, and were
    recorded instead of sent; newest first."""
    return service.missed(session, org=org, cursor=cursor, limit=limit)


def _saved(session: Session, response: Response, saved: tuple[Out, bool]) -> Out:
    """Commit a PUT: 201 when it created the record, 200 when it changed one."""
    out, created = saved
    session.commit()
    response.status_code = 201 if created else 200
    return out


def _deleted(session: Session, *, org: Org, kind: str, item_id: str) -> Response:
    service.delete(session, org=org, kind=kind, external_id=item_id)
    session.commit()
    return Response(status_code=204)
