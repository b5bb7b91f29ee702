"""When an activity or a task fires, and how a changed record's firings are brought up to date.
Pure: plain values in, decisions out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

DUE_SOON_BEFORE = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Planned:
    type: str
    anchor_at: datetime  # the start or due time the firing is about
    due_at: datetime
    recipient: str


@dataclass(frozen=True, slots=True)
class Existing:
    id: int
    type: str
    anchor_at: datetime
    recipient: str
    live: bool  # pending or being fired; otherwise fired or missed


@dataclass(frozen=True, slots=True)
class Reconciled:
    keep: list[int]  # live rows still right (their item version is bumped)
    drop: list[int]  # live rows no longer wanted (moved, reassigned, cancelled, completed)
    add: list[Planned]


def activity_firings(
    *, owner: str, starts_at: datetime, reminder_minutes: int | None, default_minutes: int, now: datetime
) -> list[Planned]:
    """One reminder at the start minus the offset (None: the org default; 0: none). A reminder
    whose time has already passed when the activity is registered or moved fires nothing."""
    minutes = default_minutes if reminder_minutes is None else reminder_minutes
    if minutes <= 0:
        return []
    due = starts_at - timedelta(minutes=minutes)
    if due <= now:
        return []
    return [Planned("activity_reminder", starts_at, due, owner)]


def task_firings(*, assignee: str, due_at: datetime, completed: bool, now: datetime) -> list[Planned]:
    """`task_due_soon` 24 h before the due time (at once when the task is registered with less
    than 24 h left) and `task_overdue` at the due time; nothing once completed or already past due."""
    if completed or due_at <= now:
        return []
    soon = max(due_at - DUE_SOON_BEFORE, now)
    return [Planned("task_due_soon", due_at, soon, assignee), Planned("task_overdue", due_at, due_at, assignee)]


def reconcile(planned: Iterable[Planned], existing: Iterable[Existing]) -> Reconciled:
    """Compare what a record wants now with the firings it has. A firing that already happened
    (fired or missed) for the same type and time is never planned again, whoever owns the record
    now; a live one is kept when type, time and recipient still match, else replaced."""
    rows = list(existing)
    done = {(e.type, e.anchor_at) for e in rows if not e.live}
    wanted = [p for p in planned if (p.type, p.anchor_at) not in done]
    keep: list[int] = []
    drop: list[int] = []
    matched: set[tuple[str, datetime, str]] = set()
    wanted_keys = {(p.type, p.anchor_at, p.recipient) for p in wanted}
    for e in rows:
        if not e.live:
            continue
        key = (e.type, e.anchor_at, e.recipient)
        if key in wanted_keys and key not in matched:
            keep.append(e.id)
            matched.add(key)
        else:
            drop.append(e.id)
    add = [p for p in wanted if (p.type, p.anchor_at, p.recipient) not in matched]
    return Reconciled(keep=keep, drop=drop, add=add)


def late(*, due_at: datetime, now: datetime, grace_seconds: float) -> bool:
    """A firing found more than the grace period after its time is recorded as missed, not sent:
    a reminder hours after the meeting would only be noise."""
    return (now - due_at).total_seconds() > grace_seconds


def retention_cutoff(*, now: datetime, retention_days: int) -> datetime:
    """Rows created strictly before this instant are older than the retention window."""
    return now - timedelta(days=retention_days)
