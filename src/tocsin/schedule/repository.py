"""Scheduled items and their firings; the firings table is the scheduler's queue.

A claim is a lease, as for deliveries: due rows move to `firing` with `leased_by` and
`lease_until`; on PostgreSQL the claim locks with `FOR UPDATE SKIP LOCKED`, so schedulers in
several processes take disjoint rows; on SQLite every write transaction is `BEGIN IMMEDIATE`
(db.engine), so a claim's select and update run under the write lock. The firing itself re-locks
each row and only proceeds while the lease is still its own, so a row fires once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, or_, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tocsin.db import bulk
from tocsin.events.models import Event
from tocsin.notifications.models import Notification
from tocsin.orgs.models import Org
from tocsin.schedule.models import LIVE_STATUSES, Firing, MaintenanceRun, ScheduledItem
from tocsin.schedule.timing import Existing, Reconciled
from tocsin.users.models import User

_F = cast(Table, Firing.__table__)
_CHUNK = 1000
# The predicate of ix_schedule_firings_waiting as a literal (a bound parameter would keep a
# prepared PostgreSQL plan, or SQLite, from proving that the index applies): reading
# notifications finds their pending escalation steps, usually none, in that small index.
_WAITING = text("schedule_firings.status = 'pending' AND schedule_firings.notification_id IS NOT NULL")

# Literal predicates of the partial indexes, so PostgreSQL's generic plans can use them.
_PENDING = text("schedule_firings.status = 'pending'")
_LEASED = text("schedule_firings.status = 'firing'")


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


# --- unread escalations ------------------------------------------------------------------------


def insert_escalations(session: Session, *, now: datetime, rows: Sequence[tuple[int, Any]]) -> None:
    """The steps of unread escalations (org id, step), as scheduled firings (the scheduler fires
    them): one statement for a whole group commit's steps."""
    if rows:
        bulk.insert_rows(
            session,
            _F,
            [
                {
                    "org_id": org_id,
                    "item_id": None,
                    "item_version": None,
                    "notification_id": r.notification_id,
                    "type": r.step,
                    "anchor_at": now,
                    "due_at": r.due_at,
                    "recipient": r.recipient,
                    "status": "pending",
                    "created_at": now,
                }
                for org_id, r in rows
            ],
        )


def cancel_escalations(session: Session, *, org_id: int, notification_ids: Sequence[int], now: datetime) -> int:
    """The pending escalation steps of these notifications (the org's own) are cancelled. Returns
    how many. Found by notification, in the small index of pending steps; the org is checked on
    the rows found, not used to find them (`+org_id`): as an index term, SQLite preferred the
    index of all the org's pending firings, however many."""
    changed = 0
    of_org = text("+schedule_firings.org_id = :firing_org").bindparams(firing_org=org_id)
    for chunk in _chunks(sorted(set(notification_ids))):
        result = session.execute(
            update(_F)
            .where(bulk.id_in(session, _F.c.notification_id, chunk), _WAITING, of_org)
            .values(status="cancelled", finished_at=now)
        )
        changed += _rowcount(result)
    return changed


# --- items -----------------------------------------------------------------------------------


def get_item(session: Session, *, org_id: int, kind: str, external_id: str, lock: bool = False) -> ScheduledItem | None:
    query = select(ScheduledItem).where(
        ScheduledItem.org_id == org_id, ScheduledItem.kind == kind, ScheduledItem.external_id == external_id
    )
    if lock:
        query = query.with_for_update()
    return session.scalars(query).one_or_none()


def add_item(session: Session, item: ScheduledItem) -> None:
    session.add(item)
    session.flush()


def delete_item(session: Session, item: ScheduledItem) -> None:
    session.execute(delete(Firing).where(Firing.item_id == item.id))
    session.delete(item)
    session.flush()


def items_by_id(session: Session, ids: Iterable[int]) -> dict[int, ScheduledItem]:
    wanted = sorted(set(ids))
    out: dict[int, ScheduledItem] = {}
    for chunk in _chunks(wanted):
        out.update((i.id, i) for i in session.scalars(select(ScheduledItem).where(ScheduledItem.id.in_(chunk))))
    return out


# --- firings of one item -----------------------------------------------------------------------


def firings_of(session: Session, item_id: int) -> list[Existing]:
    rows = session.execute(
        select(Firing.id, Firing.type, Firing.anchor_at, Firing.recipient, Firing.status).where(
            Firing.item_id == item_id
        )
    ).all()
    return [Existing(r.id, r.type, r.anchor_at, r.recipient, r.status in LIVE_STATUSES) for r in rows]


def replace_firings(session: Session, item: ScheduledItem, plan: Reconciled, *, now: datetime) -> None:
    """Drop the live firings no longer wanted, bump the kept ones to the item's version, add new
    ones. A dropped row a scheduler holds disappears under it: its firing finds no row and skips."""
    if plan.drop:
        session.execute(delete(Firing).where(Firing.id.in_(plan.drop), Firing.status.in_(LIVE_STATUSES)))
    if plan.keep:
        session.execute(update(Firing).where(Firing.id.in_(plan.keep)).values(item_version=item.version))
    if plan.add:
        session.execute(
            insert(Firing),
            [
                {
                    "org_id": item.org_id,
                    "item_id": item.id,
                    "item_version": item.version,
                    "type": p.type,
                    "anchor_at": p.anchor_at,
                    "due_at": p.due_at,
                    "recipient": p.recipient,
                    "status": "pending",
                    "created_at": now,
                }
                for p in plan.add
            ],
        )


def next_live(session: Session, item_id: int) -> tuple[str, datetime] | None:
    row = session.execute(
        select(Firing.type, Firing.due_at)
        .where(Firing.item_id == item_id, Firing.status.in_(LIVE_STATUSES))
        .order_by(Firing.due_at, Firing.id)
        .limit(1)
    ).first()
    return (row.type, row.due_at) if row is not None else None


# --- the queue -----------------------------------------------------------------------------------


def claim_due(session: Session, *, now: datetime, lease_until: datetime, worker: str, limit: int) -> list[int]:
    """Lease up to `limit` due firings (expired leases first), skipping rows others have locked."""
    expired = session.scalars(
        select(Firing.id)
        .where(_LEASED, Firing.lease_until < now)
        .order_by(Firing.lease_until)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    ids = list(expired)
    if len(ids) < limit:
        due = session.scalars(
            select(Firing.id)
            .where(_PENDING, Firing.due_at <= now)
            .order_by(Firing.due_at)
            .limit(limit - len(ids))
            .with_for_update(skip_locked=True)
        ).all()
        ids.extend(due)
    for chunk in _chunks(ids):
        session.execute(
            update(_F).where(_F.c.id.in_(chunk)).values(status="firing", leased_by=worker, lease_until=lease_until)
        )
    return ids


def lock_leased(session: Session, ids: Sequence[int], *, worker: str) -> list[Firing]:
    """The rows of `ids` still leased by `worker`, locked until the transaction ends."""
    out: list[Firing] = []
    for chunk in _chunks(ids):
        out.extend(
            session.scalars(
                select(Firing)
                .where(Firing.id.in_(chunk), Firing.status == "firing", Firing.leased_by == worker)
                .order_by(Firing.due_at, Firing.id)
                .with_for_update()
            )
        )
    return out


def finish(session: Session, firing: Firing, *, status: str, event_id: int | None, now: datetime) -> None:
    firing.status = status
    firing.event_id = event_id
    firing.finished_at = now
    firing.leased_by = None
    firing.lease_until = None


def escalation_facts(session: Session, notification_id: int) -> tuple[Notification, User, dict[str, Any]] | None:
    """An escalation's notification, its recipient and the event's entity."""
    row = session.execute(
        select(Notification, User, Event.entity)
        .join(User, User.id == Notification.user_id)
        .join(Event, Event.id == Notification.event_id)
        .where(Notification.id == notification_id)
    ).first()
    return (row[0], row[1], dict(row[2] or {})) if row is not None else None


def reschedule(firing: Firing, *, due_at: datetime) -> None:
    """Back to pending at a later time (an escalation waiting for the end of quiet hours)."""
    firing.status = "pending"
    firing.due_at = due_at
    firing.leased_by = None
    firing.lease_until = None


def give_back(session: Session, ids: Sequence[int], *, worker: str) -> None:
    for chunk in _chunks(ids):
        session.execute(
            update(_F)
            .where(_F.c.id.in_(chunk), _F.c.status == "firing", _F.c.leased_by == worker)
            .values(status="pending", leased_by=None, lease_until=None)
        )


def next_due_at(session: Session) -> datetime | None:
    """The earliest time the scheduler has something to do: a pending firing or an expiring lease."""
    pending = session.scalar(select(func.min(Firing.due_at)).where(_PENDING))
    leased = session.scalar(select(func.min(Firing.lease_until)).where(_LEASED))
    times = [t for t in (pending, leased) if t is not None]
    return min(times) if times else None


def missed_page(session: Session, *, org_id: int, before_id: int | None, limit: int) -> list[Any]:
    query = (
        select(
            Firing.id,
            Firing.type,
            Firing.due_at,
            Firing.finished_at,
            Firing.recipient,
            ScheduledItem.kind,
            ScheduledItem.external_id,
            ScheduledItem.title,
        )
        .join(ScheduledItem, ScheduledItem.id == Firing.item_id)
        .where(Firing.org_id == org_id, Firing.status == "missed")
        .order_by(Firing.id.desc())
        .limit(limit + 1)
    )
    if before_id is not None:
        query = query.where(Firing.id < before_id)
    return list(session.execute(query).all())


# --- shared periodic jobs ------------------------------------------------------------------------


def ensure_run(session: Session, name: str) -> None:
    if session.get(MaintenanceRun, name) is not None:
        return
    try:
        with session.begin_nested():
            session.add(MaintenanceRun(name=name))
    except IntegrityError:
        pass  # another process inserted it first: the row exists, which is all we need


def take_run(session: Session, *, name: str, now: datetime, lease_until: datetime, worker: str) -> bool:
    """Take the job's lease if it is due and nobody holds a live lease: one conditional UPDATE,
    atomic on both databases, so exactly one process wins."""
    result = session.execute(
        update(MaintenanceRun)
        .where(
            MaintenanceRun.name == name,
            or_(MaintenanceRun.next_run_at.is_(None), MaintenanceRun.next_run_at <= now),
            or_(MaintenanceRun.lease_until.is_(None), MaintenanceRun.lease_until < now),
        )
        .values(lease_until=lease_until, leased_by=worker)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def finish_run(session: Session, *, name: str, worker: str, now: datetime, next_run_at: datetime, report: str) -> None:
    session.execute(
        update(MaintenanceRun)
        .where(MaintenanceRun.name == name, MaintenanceRun.leased_by == worker)
        .values(next_run_at=next_run_at, lease_until=None, leased_by=None, last_finished_at=now, last_report=report)
        .execution_options(synchronize_session=False)
    )


# --- retention ---------------------------------------------------------------------------------


def org_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Org.id).order_by(Org.id)))


def count_old(session: Session, *, org_id: int, cutoff: datetime) -> dict[str, int]:
    """The notifications and events a purge at `cutoff` would delete (for --dry-run and the
    progress bar)."""
    return {
        "notifications": session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.org_id == org_id, Notification.created_at < cutoff)
        )
        or 0,
        "events": session.scalar(
            select(func.count()).select_from(Event).where(Event.org_id == org_id, Event.created_at < cutoff)
        )
        or 0,
    }


def old_notifications(*, org_id: int, cutoff: datetime) -> Any:
    """The ids of an org's notifications older than `cutoff`, as a subquery."""
    return select(Notification.id).where(Notification.org_id == org_id, Notification.created_at < cutoff)


def old_notification_ids(session: Session, *, org_id: int, cutoff: datetime, limit: int) -> list[int]:
    # Walks ix_notifications_org_created: the oldest first, a small batch at a time.
    return _oldest_ids(session, Notification, org_id=org_id, cutoff=cutoff, limit=limit)


def old_event_ids(session: Session, *, org_id: int, cutoff: datetime, limit: int) -> list[int]:
    return _oldest_ids(session, Event, org_id=org_id, cutoff=cutoff, limit=limit)


def _oldest_ids(
    session: Session, model: type[Notification] | type[Event], *, org_id: int, cutoff: datetime, limit: int
) -> list[int]:
    return list(
        session.scalars(
            select(model.id)
            .where(model.org_id == org_id, model.created_at < cutoff)
            .order_by(model.created_at)
            .limit(limit)
        )
    )


def notification_ids_of_events(session: Session, event_ids: Sequence[int]) -> list[int]:
    return list(session.scalars(select(Notification.id).where(Notification.event_id.in_(event_ids))))


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
