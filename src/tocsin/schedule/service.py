"""Activities, tasks and targets as the CRM registers them: each change brings the record's
scheduled firings up to date (`timing`, pure) in the same transaction; a target update that
crosses a milestone notifies at once (`milestones`, pure)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries import service as deliveries
from tocsin.errors import invalid, not_found
from tocsin.events import service as events
from tocsin.events.schemas import EntityIn, EventIn
from tocsin.kit.clock import isoformat
from tocsin.kit.pagination import BadCursor, decode_cursor, split_page
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.schedule import milestones, repository, timing
from tocsin.schedule.models import ScheduledItem
from tocsin.schedule.schemas import (
    ActivityIn,
    ActivityOut,
    MissedFiringOut,
    MissedPage,
    NextFiring,
    TargetIn,
    TargetOut,
    TaskIn,
    TaskOut,
)
from tocsin.users import service as users

KIND_NOUN = {"activity": "activity", "task": "task", "target": "target"}


def put_activity(
    session: Session, ctx: AppContext, *, org: Org, external_id: str, body: ActivityIn
) -> tuple[ActivityOut, bool]:
    """Register, move, reassign or change an activity; its reminder follows."""
    _require_user(session, org, body.owner, field="owner")
    item, created = _upsert(session, ctx, org=org, kind="activity", external_id=external_id, owner=body.owner)
    item.title, item.url, item.at, item.reminder_minutes = body.title, body.url, body.starts_at, body.reminder_minutes
    default = orgs.settings_of(org).reminder_default_minutes
    planned = timing.activity_firings(
        owner=body.owner,
        starts_at=body.starts_at,
        reminder_minutes=body.reminder_minutes,
        default_minutes=default,
        now=ctx.clock.now(),
    )
    scheduled = _schedule(session, ctx, item, planned)
    return (
        ActivityOut(
            **scheduled,
            owner=item.owner,
            starts_at=_iso(item.at),
            reminder_minutes=item.reminder_minutes,
            effective_reminder_minutes=default if item.reminder_minutes is None else item.reminder_minutes,
        ),
        created,
    )


def put_task(session: Session, ctx: AppContext, *, org: Org, external_id: str, body: TaskIn) -> tuple[TaskOut, bool]:
    """Register, change, complete or reassign a task; its due-soon and overdue firings follow."""
    _require_user(session, org, body.assignee, field="assignee")
    item, created = _upsert(session, ctx, org=org, kind="task", external_id=external_id, owner=body.assignee)
    item.title, item.url, item.at, item.completed = body.title, body.url, body.due_at, body.completed
    planned = timing.task_firings(
        assignee=body.assignee, due_at=body.due_at, completed=body.completed, now=ctx.clock.now()
    )
    scheduled = _schedule(session, ctx, item, planned)
    return (
        TaskOut(**scheduled, assignee=item.owner, due_at=_iso(item.at), completed=item.completed),
        created,
    )


def put_target(
    session: Session, ctx: AppContext, *, org: Org, external_id: str, body: TargetIn
) -> tuple[TargetOut, bool]:
    """Record a target's progress; crossing 50, 75 or 100 % notifies the owner once per threshold
    (the highest when one update crosses several)."""
    _require_user(session, org, body.owner, field="owner")
    item, created = _upsert(session, ctx, org=org, kind="target", external_id=external_id, owner=body.owner)
    item.title, item.url, item.goal, item.current = body.title, body.url, body.goal, body.current
    fired = milestones.crossed(goal=body.goal, current=body.current, already=item.milestone_fired)
    if fired is not None:
        item.milestone_fired = fired
        events.ingest(
            session,
            ctx,
            org=org,
            body=EventIn(
                type="target_milestone",
                entity=_entity(item),
                data={
                    "threshold": fired,
                    "percent": fired,
                    "actual_percent": round(milestones.percent(goal=body.goal, current=body.current), 1),
                    "goal": body.goal,
                    "current": body.current,
                },
                recipients=[item.owner],
                idempotency_key=f"schedule:target:{item.id}:{fired}",
            ),
        )
    session.flush()
    return (
        TargetOut(
            **_record(item),
            owner=item.owner,
            goal=body.goal,
            current=body.current,
            percent=round(milestones.percent(goal=body.goal, current=body.current), 2),
            fired_threshold=fired,
            milestones_reached=[t for t in milestones.THRESHOLDS if t <= item.milestone_fired],
            next_threshold=milestones.next_threshold(already=item.milestone_fired),
        ),
        created,
    )


def delete(session: Session, *, org: Org, kind: str, external_id: str) -> None:
    """Forget a record: whatever it had not fired yet never fires."""
    item = repository.get_item(session, org_id=org.id, kind=kind, external_id=external_id, lock=True)
    if item is None:
        raise not_found(KIND_NOUN[kind])
    repository.delete_item(session, item)


def event_for(item: ScheduledItem, *, type_: str, anchor_at: datetime, recipient: str) -> EventIn:
    """The event a due firing ingests: about the item as it is now (title, link), for one person.
    No idempotency key: the firing row's lease, checked under lock in the transaction that ingests
    the event and marks the row fired, is what makes it fire once (a key would cost a lookup and a
    savepoint per reminder)."""
    data: dict[str, Any] = {}
    if type_ == "activity_reminder":
        data = {"start_at": _iso(anchor_at), "starts_at": _iso(anchor_at)}
    elif type_ in ("task_due_soon", "task_overdue"):
        data = {"due_at": _iso(anchor_at)}
    return EventIn(
        type=type_,
        entity=_entity(item),
        data=data,
        recipients=[recipient],
    )


def missed(session: Session, *, org: Org, cursor: str | None, limit: int) -> MissedPage:
    """The org's missed firings, newest first (keyset pages)."""
    try:
        before = decode_cursor(cursor) if cursor else None
    except BadCursor as exc:
        raise invalid("cursor", str(exc)) from exc
    rows, next_cursor = split_page(
        repository.missed_page(session, org_id=org.id, before_id=before, limit=limit), limit, lambda r: int(r.id)
    )
    return MissedPage(
        items=[
            MissedFiringOut(
                id=r.id,
                type=r.type,
                item_kind=r.kind,
                item_id=r.external_id,
                title=r.title,
                recipient=r.recipient,
                due_at=_iso(r.due_at),
                recorded_at=isoformat(r.finished_at),
            )
            for r in rows
        ],
        next_cursor=next_cursor,
    )


# --- helpers -----------------------------------------------------------------------------------


def _require_user(session: Session, org: Org, username: str, *, field: str) -> None:
    if not users.facts_by_usernames(session, org.id, [username]):
        raise invalid(field, f"unknown user {username!r}; sync it with PUT /v1/users/{username}")


def _upsert(
    session: Session, ctx: AppContext, *, org: Org, kind: str, external_id: str, owner: str
) -> tuple[ScheduledItem, bool]:
    now = ctx.clock.now()
    item = repository.get_item(session, org_id=org.id, kind=kind, external_id=external_id, lock=True)
    if item is None:
        item = ScheduledItem(
            org_id=org.id,
            kind=kind,
            external_id=external_id,
            owner=owner,
            version=1,
            milestone_fired=0,
            completed=False,
            created_at=now,
            updated_at=now,
        )
        repository.add_item(session, item)
        return item, True
    item.owner = owner
    item.version += 1
    item.updated_at = now
    return item, False


def _schedule(session: Session, ctx: AppContext, item: ScheduledItem, planned: list[timing.Planned]) -> dict[str, Any]:
    """Bring the item's firings up to `planned`; returns the fields every scheduled record answers
    with (its own, and its next firing)."""
    session.flush()
    plan = timing.reconcile(planned, repository.firings_of(session, item.id))
    repository.replace_firings(session, item, plan, now=ctx.clock.now())
    if plan.add or plan.drop:
        after_commit(session, ctx.signals.schedule_changed)
    found = repository.next_live(session, item.id)
    nxt = NextFiring(type=found[0], at=_iso(found[1])) if found else None
    return {**_record(item), "next_firing": nxt, "next_firing_at": nxt.at if nxt else None}


def _record(item: ScheduledItem) -> dict[str, Any]:
    return {
        "id": item.external_id,
        "title": item.title,
        "url": item.url,
        "created_at": _iso(item.created_at),
        "updated_at": _iso(item.updated_at),
    }


def _entity(item: ScheduledItem) -> EntityIn:
    return EntityIn(
        type=item.kind, id=item.external_id, name=item.title or item.external_id, url=item.url, owner=item.owner
    )


def _iso(value: datetime) -> str:
    out = isoformat(value)
    assert out is not None
    return out


def subscribe(ctx: AppContext) -> None:
    """Wire the in-transaction signals the schedule answers, and those of the deliveries below it
    (idempotent: the app and the scheduler both call it). Unread escalations are planned by the
    deliveries package and fired by the scheduler: their steps are firings, written here."""
    deliveries.subscribe(ctx)
    ctx.signals.escalations_planned.subscribe(
        "schedule", lambda session, rows, *, now: repository.insert_escalations(session, now=now, rows=rows)
    )
    ctx.signals.escalations_stopped.subscribe(
        "schedule",
        lambda session, org_id, ids, *, now: repository.cancel_escalations(
            session, org_id=org_id, notification_ids=ids, now=now
        ),
    )
