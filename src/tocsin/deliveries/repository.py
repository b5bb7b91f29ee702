"""The deliveries table as a work queue with leases, and as the admin's delivery log.

A claim is a lease: rows move to `sending` with `leased_by` and `lease_until`; the worker records
each outcome only while it still holds the lease. Rows whose lease ran out (their worker died)
are claimable again. On PostgreSQL the claim locks with `FOR UPDATE SKIP LOCKED`, so concurrent
workers take disjoint rows without waiting on each other; on SQLite every transaction starts with
`BEGIN IMMEDIATE` (db.engine), so the select and update of a claim run under the write lock.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import repeat
from typing import Any, cast

from sqlalchemy import Executable, Table, and_, bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from tocsin.db import bulk
from tocsin.deliveries.models import Delivery, DeliveryAttempt
from tocsin.deliveries.planning import PlannedDelivery
from tocsin.deliveries.policy import staggered
from tocsin.events.models import Event
from tocsin.notifications.models import Notification
from tocsin.orgs.models import Org
from tocsin.users.models import User

_T = cast(Table, Delivery.__table__)
READ_IN_APP = "read_in_app"
_ATTEMPTS = cast(Table, DeliveryAttempt.__table__)
_CHUNK = 1000  # ids per IN (...) list

# The predicates of the partial indexes ix_deliveries_due and ix_deliveries_leased, written as
# literals: with bound parameters a prepared (generic) PostgreSQL plan could not prove that the
# query matches the index predicate, and would scan the table instead.
_DUE = text("deliveries.status IN ('pending', 'deferred')")
_LEASED = text("deliveries.status = 'sending'")


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    org_id: int
    notification_id: int
    user_id: int
    event_id: int
    event_type: str
    channel: str
    status: str
    attempts: int
    leased_by: str | None  # set when this row's previous lease expired
    reason: str | None  # why it waited: quiet_hours, digest, escalation, or None
    copy_to: str | None = None  # a copy to a fixed address (no user)


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """One finished try and what it leads to."""

    delivery_id: int
    org_id: int
    attempt_no: int
    started_at: datetime
    finished_at: datetime
    outcome: str  # sent | transient | permanent
    error: str | None
    provider_message_id: str | None
    status: str  # the delivery's next status: sent | deferred | failed | skipped
    next_attempt_at: datetime | None
    parts: int | None = None
    provider: str | None = None
    # Only the attempt row: an earlier provider's failed try within this attempt (failover); the
    # delivery row is updated by the attempt's last try alone.
    row_only: bool = False


_CLAIM_COLUMNS = (
    Delivery.id,
    Delivery.org_id,
    Delivery.notification_id,
    Delivery.user_id,
    Delivery.event_id,
    Delivery.event_type,
    Delivery.channel,
    Delivery.status,
    Delivery.attempts,
    Delivery.leased_by,
    Delivery.reason,
    Delivery.copy_to,
)


def insert_planned(
    session: Session, *, org_id: int, event_id: int, event_type: str, now: datetime, rows: Sequence[PlannedDelivery]
) -> None:
    """The delivery rows of one event, in one bulk insert."""
    ids = list(dict.fromkeys(r.notification_id for r in rows))
    insert_planned_kinds(session, now=now, kinds=[(org_id, event_type, ids, rows, [(event_id, ids)])])


def insert_planned_kinds(
    session: Session,
    *,
    now: datetime,
    kinds: Sequence[tuple[int, str, Sequence[int], Sequence[PlannedDelivery], Sequence[tuple[int, Sequence[int]]]]],
) -> None:
    """The delivery rows of events planned alike, in one bulk insert. Each kind is `(org_id,
    event_type, notification ids, rows, events)`: `rows` were planned for those notification ids,
    and each of `events` (`(event_id, its notification ids in the same order)`) gets them all,
    for its own notifications. Rows go in event by event."""
    columns: dict[str, list[Any]] = {
        name: []
        for name in (
            "notification_id",
            "event_id",
            "org_id",
            "event_type",
            "user_id",
            "channel",
            "status",
            "next_attempt_at",
            "last_error",
            "reason",
            "dnd_bypassed",
            "copy_to",
        )
    }
    for org_id, event_type, planned_for, rows, events in kinds:
        at = {nid: i for i, nid in enumerate(planned_for)}
        positions = [at[r.notification_id] for r in rows]
        count = len(events)
        columns["notification_id"].extend([ids[p] for _, ids in events for p in positions])
        columns["event_id"].extend([event_id for event_id, _ in events for _ in positions])
        columns["org_id"].extend(repeat(org_id, count * len(rows)))
        columns["event_type"].extend(repeat(event_type, count * len(rows)))
        # Everything else is the kind's rows again for each event (list repetition, not a loop).
        columns["user_id"].extend([r.user_id for r in rows] * count)
        columns["channel"].extend([r.channel for r in rows] * count)
        columns["status"].extend([r.status for r in rows] * count)
        columns["next_attempt_at"].extend([r.due_at for r in rows] * count)
        columns["last_error"].extend([r.reason if r.status == "skipped" else None for r in rows] * count)
        columns["reason"].extend([r.reason for r in rows] * count)
        columns["dnd_bypassed"].extend([r.dnd_bypassed for r in rows] * count)
        columns["copy_to"].extend([r.copy_to for r in rows] * count)
    if not columns["notification_id"]:
        return
    shared: dict[str, Any] = {"attempts": 0, "created_at": now, "updated_at": now}
    bulk.insert_columns(session, _T, *bulk.split_shared(columns, shared))


def waiting_of(session: Session, *, org_id: int, notification_ids: Sequence[int]) -> set[tuple[str, str | None]]:
    """The (status, reason) pairs of these notifications' deliveries that still wait (pending or
    deferred); usually none. Read from the small index of waiting rows (ix_deliveries_waiting):
    a notification's sent deliveries are not visited. The org is checked on the rows found, not
    used to find them (`+org_id`): as an index term, SQLite preferred the index of the org's
    waiting rows, however many the org has."""
    found: set[tuple[str, str | None]] = set()
    of_org = text("+deliveries.org_id = :waiting_org").bindparams(waiting_org=org_id)
    for chunk in _chunks(sorted(set(notification_ids))):
        rows = session.execute(
            select(_T.c.status, _T.c.reason)
            .where(bulk.id_in(session, _T.c.notification_id, chunk), _DUE, of_org)
            .distinct()
        )
        found.update((status, reason) for status, reason in rows)
    return found


def skip_escalations(session: Session, *, org_id: int, notification_ids: Sequence[int], now: datetime) -> int:
    """These notifications' escalation deliveries that have not gone out are skipped
    (`read_in_app`). Returns how many."""
    waiting = (_DUE, _T.c.reason == "escalation")
    return _skip_read(session, org_id=org_id, notification_ids=notification_ids, waiting=waiting, now=now)


def insert_callbacks(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Queued callbacks: rows on the `callback` channel, their body fixed (one statement)."""
    if rows:
        session.execute(insert(_T), list(rows))


def mark_receipt(
    session: Session,
    *,
    org_id: int,
    channel: str,
    provider_message_id: str,
    status: str,
    error: str | None,
    now: datetime,
) -> list[Claimed]:
    """A provider's receipt: the org's sent delivery with this provider message id becomes
    `status` (delivered or undelivered). Deliveries in any other state are left alone (a late or
    repeated receipt changes nothing). Returns the deliveries moved."""
    moved = (
        session.execute(
            update(Delivery)
            .where(
                Delivery.org_id == org_id,
                Delivery.channel == channel,
                Delivery.provider_message_id == provider_message_id,
                Delivery.status == "sent",
            )
            .values(status=status, last_error=error, updated_at=now)
            .returning(Delivery.id)
            .execution_options(synchronize_session=False)
        )
        .scalars()
        .all()
    )
    if not moved:
        return []
    return [_claimed(r) for r in session.execute(select(*_CLAIM_COLUMNS).where(Delivery.id.in_(list(moved))))]


def delete_of_notifications(session: Session, notification_ids: Sequence[int]) -> dict[str, int]:
    """Delete the deliveries of these notifications with their attempts (the retention purge);
    returns counts."""
    delivery_ids = list(session.scalars(select(Delivery.id).where(Delivery.notification_id.in_(notification_ids))))
    attempts = deliveries = 0
    for chunk in _chunks(delivery_ids):
        attempts += _rowcount(session.execute(delete(_ATTEMPTS).where(_ATTEMPTS.c.delivery_id.in_(chunk))))
        deliveries += _rowcount(session.execute(delete(_T).where(_T.c.id.in_(chunk))))
    return {"deliveries": deliveries, "attempts": attempts}


def count_of_notifications(session: Session, *, org_id: int, notifications: Any) -> dict[str, int]:
    """How many deliveries and attempts belong to the notifications `notifications` selects (for
    the purge's dry run)."""
    old = select(Delivery.id).where(Delivery.org_id == org_id, Delivery.notification_id.in_(notifications))
    return {
        "deliveries": session.scalar(select(func.count()).select_from(old.subquery())) or 0,
        "attempts": session.scalar(
            select(func.count())
            .select_from(DeliveryAttempt)
            .where(DeliveryAttempt.org_id == org_id, DeliveryAttempt.delivery_id.in_(old))
        )
        or 0,
    }


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def wake_quiet(session: Session, *, org_id: int, user_id: int | None, now: datetime) -> int:
    """Rows waiting for the end of quiet hours become due now (the worker re-times them)."""
    stmt = update(_T).where(
        _T.c.org_id == org_id, _T.c.status == "deferred", _T.c.reason == "quiet_hours", _T.c.next_attempt_at > now
    )
    if user_id is not None:
        stmt = stmt.where(_T.c.user_id == user_id)
    result = session.execute(stmt.values(next_attempt_at=now, updated_at=now))
    return int(getattr(result, "rowcount", 0) or 0)


def skip_read_waiting(session: Session, *, org_id: int, notification_ids: Sequence[int], now: datetime) -> int:
    """Deliveries of these (read) notifications still waiting for quiet hours or a digest are
    skipped as `read_in_app`. Returns how many."""
    waiting = (_DUE, _T.c.status == "deferred", _T.c.reason.in_(("quiet_hours", "digest")))
    return _skip_read(session, org_id=org_id, notification_ids=notification_ids, waiting=waiting, now=now)


def _skip_read(
    session: Session, *, org_id: int, notification_ids: Sequence[int], waiting: tuple[Any, ...], now: datetime
) -> int:
    """The deliveries of these notifications matching `waiting` are skipped as `read_in_app`."""
    changed = 0
    for chunk in _chunks(sorted(set(notification_ids))):
        result = session.execute(
            update(_T)
            .where(_T.c.org_id == org_id, bulk.id_in(session, _T.c.notification_id, chunk), *waiting)
            .values(status="skipped", reason=READ_IN_APP, last_error=READ_IN_APP, next_attempt_at=None, updated_at=now)
        )
        changed += _rowcount(result)
    return changed


def _claimed(row: Any) -> Claimed:
    return Claimed(**row._mapping)


def lock_claimable(session: Session, *, now: datetime, channels: Sequence[str], limit: int) -> list[Claimed]:
    """Lock up to `limit` rows to work on: expired leases first (they waited longest), then due
    rows, oldest due first. Rows other workers have locked are skipped, not waited for."""
    expired = session.execute(
        select(*_CLAIM_COLUMNS)
        .where(_LEASED, Delivery.lease_until < now, Delivery.channel.in_(channels))
        .order_by(Delivery.lease_until)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    rows = [_claimed(r) for r in expired]
    if len(rows) < limit:
        due = session.execute(due_query(now=now, channels=channels, limit=limit - len(rows))).all()
        rows.extend(_claimed(r) for r in due)
    return rows


def payloads_of(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The stored bodies of callback deliveries."""
    out: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for delivery_id, payload in session.execute(
            select(Delivery.id, Delivery.payload).where(Delivery.id.in_(chunk))
        ):
            out[delivery_id] = dict(payload or {})
    return out


def due_query(*, now: datetime, channels: Sequence[str], limit: int) -> Executable:
    """The claim's read of due rows: a range of the partial index ix_deliveries_due up to `now`,
    in due order (ties in creation order). Deliveries deferred past `now` (quiet hours, digests)
    lie beyond the range and are not read at all (bench/quiet_release shows the plan)."""
    return (
        select(*_CLAIM_COLUMNS)
        .where(_DUE, Delivery.next_attempt_at <= now, Delivery.channel.in_(channels))
        .order_by(Delivery.next_attempt_at, Delivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def lease(session: Session, ids: Sequence[int], *, worker: str, now: datetime, lease_until: datetime) -> None:
    """Take the lease; every try counts, including one whose worker dies before recording it."""
    for chunk in _chunks(ids):
        session.execute(
            update(_T)
            .where(_T.c.id.in_(chunk))
            .values(
                status="sending",
                attempts=_T.c.attempts + 1,
                leased_by=worker,
                lease_until=lease_until,
                updated_at=now,
            )
        )


def extend_lease(session: Session, ids: Sequence[int], *, worker: str, lease_until: datetime) -> None:
    for chunk in _chunks(ids):
        session.execute(
            update(_T)
            .where(_T.c.id.in_(chunk), _T.c.leased_by == worker, _T.c.status == "sending")
            .values(lease_until=lease_until)
        )


def give_back(session: Session, ids: Sequence[int], *, worker: str, now: datetime) -> None:
    """A stopping worker returns leased rows it never tried: due now, the try not counted."""
    for chunk in _chunks(ids):
        session.execute(
            update(_T)
            .where(_T.c.id.in_(chunk), _T.c.leased_by == worker, _T.c.status == "sending")
            .values(
                status="pending",
                attempts=_T.c.attempts - 1,
                next_attempt_at=now,
                leased_by=None,
                lease_until=None,
                updated_at=now,
            )
        )


def defer(session: Session, items: Sequence[tuple[int, datetime, str]], *, now: datetime) -> None:
    """Put rows back to wait until a time, each with its reason (quiet hours found at send time)."""
    _release_each(
        session,
        [{"b_id": i, "b_due": due, "b_reason": reason} for i, due, reason in items],
        now=now,
        status="deferred",
        next_attempt_at=bindparam("b_due"),
        reason=bindparam("b_reason"),
    )


def _release_each(session: Session, params: list[dict[str, Any]], *, now: datetime, **values: Any) -> None:
    """Let go of leased rows, each by its own parameters (`b_id` and whatever `values` bind), in
    one executemany."""
    if params:
        session.execute(
            update(_T)
            .where(_T.c.id == bindparam("b_id"))
            .values(**values, leased_by=None, lease_until=None, updated_at=now),
            params,
        )


def mark_bypassed(session: Session, ids: Sequence[int]) -> None:
    """Record that these rows go out in quiet hours because their event is urgent."""
    for chunk in _chunks(ids):
        session.execute(update(_T).where(_T.c.id.in_(chunk)).values(dnd_bypassed=True))


def hold(session: Session, ids: Sequence[int], *, now: datetime) -> None:
    for chunk in _chunks(ids):
        session.execute(
            update(_T)
            .where(_T.c.id.in_(chunk))
            .values(status="held", next_attempt_at=None, leased_by=None, lease_until=None, updated_at=now)
        )


def finish_unsent(session: Session, items: Sequence[tuple[int, str]], *, status: str, now: datetime) -> None:
    """Skip or fail rows without trying them, each with its reason."""
    _release_each(
        session,
        [{"b_id": i, "b_reason": reason} for i, reason in items],
        now=now,
        status=status,
        last_error=bindparam("b_reason"),
        reason=bindparam("b_reason"),
        next_attempt_at=None,
    )


def record_lost(session: Session, rows: Sequence[Claimed], *, now: datetime) -> None:
    """The admin log keeps a row for a try whose worker died before recording it."""
    if rows:
        session.execute(
            insert(_ATTEMPTS),
            [
                {
                    "org_id": r.org_id,
                    "delivery_id": r.id,
                    "attempt_no": r.attempts,
                    "started_at": now,
                    "finished_at": now,
                    "outcome": "lost",
                    "error": "lease expired: the worker stopped before recording a result",
                    "provider_message_id": None,
                    "worker": r.leased_by,
                }
                for r in rows
            ],
        )


def record(session: Session, records: Sequence[AttemptRecord], *, worker: str, now: datetime) -> None:
    """Write the outcome of a batch: one executemany UPDATE (only rows this worker still leases)
    and one row per attempt."""
    if not records:
        return
    session.execute(
        update(_T)
        .where(and_(_T.c.id == bindparam("b_id"), _T.c.leased_by == worker, _T.c.status == "sending"))
        .values(
            status=bindparam("b_status"),
            next_attempt_at=bindparam("b_next"),
            last_error=bindparam("b_error"),
            provider_message_id=bindparam("b_pmid"),
            parts=func.coalesce(bindparam("b_parts"), _T.c.parts),
            # A retry says so, unless the row already says why it waited (a digest keeps its reason).
            reason=func.coalesce(_T.c.reason, bindparam("b_reason")),
            leased_by=None,
            lease_until=None,
            updated_at=now,
        ),
        [
            {
                "b_id": r.delivery_id,
                "b_status": r.status,
                "b_next": r.next_attempt_at,
                "b_error": r.error,
                "b_pmid": r.provider_message_id,
                "b_parts": r.parts,
                "b_reason": "retry" if r.status == "deferred" else None,
            }
            for r in records
            if not r.row_only
        ],
    )
    session.execute(
        insert(_ATTEMPTS),
        [
            {
                "org_id": r.org_id,
                "delivery_id": r.delivery_id,
                "attempt_no": r.attempt_no,
                "started_at": r.started_at,
                "finished_at": r.finished_at,
                "outcome": r.outcome,
                "error": r.error,
                "provider_message_id": r.provider_message_id,
                "worker": worker,
                "provider": r.provider,
            }
            for r in records
        ],
    )


def release_held(
    session: Session,
    *,
    org_id: int,
    channel: str,
    now: datetime,
    batch_size: int,
    window_seconds: int,
) -> int:
    """Held rows of a re-enabled channel become due again, throttled like a bulk event."""
    ids = list(
        session.scalars(
            select(Delivery.id)
            .where(Delivery.org_id == org_id, Delivery.channel == channel, Delivery.status == "held")
            .order_by(Delivery.id)
        )
    )
    if not ids:
        return 0
    if channel == "email":
        times = staggered(len(ids), now=now, batch_size=batch_size, window_seconds=window_seconds)
    else:
        times = [now] * len(ids)
    session.execute(
        update(_T)
        .where(and_(_T.c.id == bindparam("b_id"), _T.c.status == "held"))
        .values(status="pending", next_attempt_at=bindparam("b_due"), updated_at=now),
        [{"b_id": i, "b_due": t} for i, t in zip(ids, times, strict=True)],
    )
    return len(ids)


def lock_daily_count(session: Session, *, org_id: int, channel: str) -> None:
    """Serialize daily-cap counting of one org and channel until the transaction ends: a
    PostgreSQL advisory lock (SQLite transactions already hold the database's write lock)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    key = zlib.crc32(f"tocsin-daily-cap:{org_id}:{channel}".encode())
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def count_sent_since(session: Session, *, org_id: int, channel: str, since: datetime, now: datetime) -> int:
    """Messages of an org on a channel that count towards its daily cap: sent since `since`
    (delivered and undelivered were sent) and those being sent now under a live lease."""

    def count(*conditions: Any) -> int:
        found = session.scalar(
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.org_id == org_id, Delivery.channel == channel, *conditions)
        )
        return int(found or 0)

    sent = count(Delivery.status.in_(("sent", "delivered", "undelivered")), Delivery.updated_at >= since)
    return sent + count(Delivery.status == "sending", Delivery.lease_until >= now)


# --- the admin's delivery log ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LogFilter:
    status: str | None = None
    channel: str | None = None
    event_type: str | None = None
    user_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


def _filtered(stmt: Any, where: LogFilter) -> Any:
    if where.status:
        stmt = stmt.where(Delivery.status == where.status)
    if where.channel:
        stmt = stmt.where(Delivery.channel == where.channel)
    if where.event_type:
        stmt = stmt.where(Delivery.event_type == where.event_type)
    if where.user_id is not None:
        stmt = stmt.where(Delivery.user_id == where.user_id)
    if where.since is not None:
        stmt = stmt.where(Delivery.created_at >= where.since)
    if where.until is not None:
        stmt = stmt.where(Delivery.created_at < where.until)
    return stmt


def page(
    session: Session, *, org_id: int, where: LogFilter, before_id: int | None, limit: int
) -> list[tuple[Delivery, str | None, str | None]]:
    """Newest first, keyset on id: (delivery, recipient username, encrypted address); a copy to a
    fixed address has no user (None, None)."""
    stmt = _filtered(
        select(Delivery, User.username, User.email_enc)
        .outerjoin(User, User.id == Delivery.user_id)
        .where(Delivery.org_id == org_id),
        where,
    )
    if before_id is not None:
        stmt = stmt.where(Delivery.id < before_id)
    rows = session.execute(stmt.order_by(Delivery.id.desc()).limit(limit)).all()
    return [(d, username, enc) for d, username, enc in rows]


def get_with_recipient(
    session: Session, *, org_id: int, delivery_id: int
) -> tuple[Delivery, str | None, str | None] | None:
    row = session.execute(
        select(Delivery, User.username, User.email_enc)
        .outerjoin(User, User.id == Delivery.user_id)
        .where(Delivery.org_id == org_id, Delivery.id == delivery_id)
    ).one_or_none()
    return None if row is None else (row[0], row[1], row[2])


def attempts_of(session: Session, *, org_id: int, delivery_id: int) -> list[DeliveryAttempt]:
    return list(
        session.scalars(
            select(DeliveryAttempt)
            .where(DeliveryAttempt.org_id == org_id, DeliveryAttempt.delivery_id == delivery_id)
            .order_by(DeliveryAttempt.id)
        )
    )


def retry_failed(session: Session, *, org_id: int, delivery_id: int, now: datetime) -> bool:
    """A failed delivery starts a fresh attempt chain, due now."""
    result = session.execute(
        update(_T)
        .where(_T.c.org_id == org_id, _T.c.id == delivery_id, _T.c.status == "failed")
        .values(status="pending", attempts=0, next_attempt_at=now, updated_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


def retry_failed_matching(
    session: Session, *, org_id: int, where: LogFilter, now: datetime, batch_size: int, window_seconds: int
) -> list[tuple[str, int]]:
    """Every failed delivery matching `where` starts a fresh attempt chain: one SELECT of the ids,
    one batched UPDATE; emails are spread over batch windows like a bulk event. Returns
    (channel, count) pairs."""
    rows = session.execute(
        _filtered(select(Delivery.id, Delivery.channel), replace(where, status="failed"))
        .where(Delivery.org_id == org_id)
        .order_by(Delivery.id)
    ).all()
    if not rows:
        return []
    emails = [i for i, channel in rows if channel == "email"]
    times = staggered(len(emails), now=now, batch_size=batch_size, window_seconds=window_seconds)
    due = dict(zip(emails, times, strict=True))
    session.execute(
        update(_T)
        .where(and_(_T.c.id == bindparam("b_id"), _T.c.status == "failed"))
        .values(status="pending", attempts=0, next_attempt_at=bindparam("b_due"), updated_at=now),
        [{"b_id": i, "b_due": due.get(i, now)} for i, _channel in rows],
    )
    counts: dict[str, int] = {}
    for _i, channel in rows:
        counts[channel] = counts.get(channel, 0) + 1
    return sorted(counts.items())


def held_counts(session: Session, *, org_id: int) -> dict[str, int]:
    """{channel: deliveries held while it is off} (ix_deliveries_org_channel_status)."""
    rows = session.execute(
        select(Delivery.channel, func.count())
        .where(Delivery.org_id == org_id, Delivery.status == "held")
        .group_by(Delivery.channel)
    )
    return {channel: int(n) for channel, n in rows}


# --- queue depth for metrics ----------------------------------------------------------------

QUEUE_STATUSES = ("pending", "deferred", "held", "sending")


def queue_depth(session: Session) -> dict[str, int]:
    """Rows waiting or in flight, by status (final statuses are history, not queue)."""
    counts = dict.fromkeys(QUEUE_STATUSES, 0)
    rows = session.execute(
        select(Delivery.status, func.count()).where(Delivery.status.in_(QUEUE_STATUSES)).group_by(Delivery.status)
    )
    counts.update({status: int(n) for status, n in rows})
    return counts


def due_now(session: Session, *, now: datetime) -> int:
    """Due and not yet claimed: the backlog a worker should be eating."""
    return int(
        session.scalar(select(func.count()).select_from(Delivery).where(_DUE, Delivery.next_attempt_at <= now)) or 0
    )


# Reads for a claimed batch: what the re-check and the messages need, a few IN (...) queries per
# batch, never one per delivery. They read other domains' rows through the shared ORM models.


def _ids(values: Iterable[int]) -> list[int]:
    return sorted(set(values))


def notifications_by_id(session: Session, ids: Iterable[int]) -> dict[int, Notification]:
    return {n.id: n for n in session.scalars(select(Notification).where(Notification.id.in_(_ids(ids))))}


def users_by_id(session: Session, ids: Iterable[int]) -> dict[int, User]:
    return {u.id: u for u in session.scalars(select(User).where(User.id.in_(_ids(ids))))}


def event_entities(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    rows = session.execute(select(Event.id, Event.entity).where(Event.id.in_(_ids(ids))))
    return {event_id: dict(entity or {}) for event_id, entity in rows}


def orgs_by_id(session: Session, ids: Iterable[int]) -> dict[int, Org]:
    return {o.id: o for o in session.scalars(select(Org).where(Org.id.in_(_ids(ids))))}


def of_notifications(
    session: Session, *, org_id: int, notification_ids: Sequence[int]
) -> list[tuple[Delivery, str, str | None]]:
    """The deliveries of these notifications (one event's: read by the notification_id index),
    each with its recipient's username and encrypted email, in order."""
    if not notification_ids:
        return []
    rows = session.execute(
        select(Delivery, User.username, User.email_enc)
        .join(User, User.id == Delivery.user_id)
        .where(Delivery.org_id == org_id, Delivery.notification_id.in_(list(notification_ids)))
        .order_by(Delivery.id)
    ).all()
    return [(d, username, enc) for d, username, enc in rows]


def event_attachments(session: Session, event_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """{event_id: its stored attachments} for the events that have any (the worker's read of the
    events table, like `event_entities`)."""
    ids = sorted(set(event_ids))
    out: dict[int, list[dict[str, Any]]] = {}
    for chunk in _chunks(ids):
        rows = session.execute(select(Event.id, Event.attachments).where(Event.id.in_(chunk)))
        out.update({event_id: list(files) for event_id, files in rows if files})
    return out
