from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Row, Select, TextualSelect, bindparam, case, func, or_, select, text, update
from sqlalchemy import delete as delete_stmt
from sqlalchemy.orm import Session

from tocsin.db import bulk
from tocsin.notifications.counts import ZERO, Counts
from tocsin.notifications.models import Notification

_UNREAD = (Notification.read_at.is_(None), Notification.dismissed_at.is_(None))


def page(
    session: Session,
    *,
    org_id: int,
    user_id: int,
    status: str,
    type_: str | None,
    q: str | None,
    before_id: int | None,
    limit: int,
) -> list[Notification]:
    """Newest first, keyset on id; dismissed notifications are hidden."""
    stmt = select(Notification).where(
        Notification.org_id == org_id, Notification.user_id == user_id, Notification.dismissed_at.is_(None)
    )
    if status == "unread":
        stmt = stmt.where(Notification.read_at.is_(None))
    elif status == "read":
        stmt = stmt.where(Notification.read_at.is_not(None))
    if type_:
        stmt = stmt.where(Notification.type == type_)
    if q:
        pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            or_(Notification.title.ilike(pattern, escape="\\"), Notification.body.ilike(pattern, escape="\\"))
        )
    if before_id is not None:
        stmt = stmt.where(Notification.id < before_id)
    return list(session.scalars(stmt.order_by(Notification.id.desc()).limit(limit)))


_PAGE_CHUNK = 100


_COLUMNS = [c for c in Notification.__table__.columns if c.name not in ("org_id", "event_id")]


@cache
def _first_pages_sql(users: int) -> TextualSelect:
    """The statement for `users` users: built once per count (a SQLAlchemy construct of a hundred
    subqueries costs more to build and compile than the query does to run). Its columns are
    typed (dates and JSON come back converted) and read as plain rows: no ORM object is built."""
    names = ", ".join(c.name for c in _COLUMNS)
    if users == 1:  # the usual case (bells asking one by one): one index range scan, no join back
        sql = (
            f"SELECT {names} FROM notifications WHERE org_id = :o0 AND user_id = :u0 AND dismissed_at IS NULL"
            " ORDER BY id DESC LIMIT :limit"
        )
    else:
        parts = " UNION ALL ".join(
            f"SELECT id FROM (SELECT id FROM notifications WHERE org_id = :o{i} AND user_id = :u{i}"
            f" AND dismissed_at IS NULL ORDER BY id DESC LIMIT :limit) AS p{i}"
            for i in range(users)
        )
        sql = f"SELECT {names} FROM notifications WHERE id IN ({parts}) ORDER BY id DESC"
    return text(sql).columns(*_COLUMNS)


def first_pages(session: Session, *, owners: list[tuple[int, int]], limit: int) -> dict[int, list[Row[Any]]]:
    """The newest `limit` visible notifications of each (org id, user id), by user id, in one
    statement per hundred users: a UNION ALL of each user's own index range scan (a window over
    every row of every user would read whole histories). Rows with a notification's columns
    (`shapes.to_api` takes them as it takes a `Notification`)."""
    pages: dict[int, list[Row[Any]]] = {uid: [] for _org, uid in owners}
    for start in range(0, len(owners), _PAGE_CHUNK):
        chunk = owners[start : start + _PAGE_CHUNK]
        params: dict[str, int] = {"limit": limit}
        for i, (org_id, uid) in enumerate(chunk):
            params[f"o{i}"] = org_id
            params[f"u{i}"] = uid
        for row in session.execute(_first_pages_sql(len(chunk)), params):
            pages[row.user_id].append(row)
    return pages


# Unseen is a subset of unread (reading sets seen_at), so both come from the unread rows.
_UNSEEN = func.coalesce(func.sum(case((Notification.seen_at.is_(None), 1), else_=0)), 0)


def unread_count(session: Session, *, org_id: int, user_id: int) -> Counts:
    stmt = select(func.count(), _UNSEEN).where(Notification.org_id == org_id, Notification.user_id == user_id, *_UNREAD)
    row = session.execute(stmt).one()
    return Counts(int(row[0] or 0), int(row[1] or 0))


# Built once: the statement of the hottest read is not rebuilt (and its cache key recomputed)
# per request. Index-only on ix_notifications_unread, which keys `seen_at` for the unseen sum.
_UNREAD_COUNTS = text(
    "SELECT user_id, count(*), coalesce(sum(CASE WHEN seen_at IS NULL THEN 1 ELSE 0 END), 0) FROM notifications"
    " WHERE org_id = :org_id AND user_id IN :user_ids AND read_at IS NULL AND dismissed_at IS NULL GROUP BY user_id"
).bindparams(bindparam("user_ids", expanding=True))


# On PostgreSQL the users are one array parameter, sent as its text: a broadcast's 15,000 users as
# expanded placeholders cost more to send, parse and plan than the counting itself (measured: 160
# to 280 ms for 15,000 users, in chunks of 5,000). Each user is counted by its own range scan of the
# unread index (a lateral join over the unnested array), whatever plan the server picks: with the
# array as a filter (`user_id = ANY(...)`), a plan cached for the prepared statement compared every
# unread row with the whole array, and a broadcast's 30,000 counts took 2 to 4 s instead of 0.1 s.
_UNREAD_COUNTS_ARRAY = text(
    "SELECT u.user_id, c.n, c.unseen FROM unnest(CAST(:user_ids AS bigint[])) AS u(user_id) CROSS JOIN LATERAL"
    " (SELECT count(*) AS n, coalesce(sum(CASE WHEN seen_at IS NULL THEN 1 ELSE 0 END), 0) AS unseen"
    " FROM notifications WHERE org_id = :org_id AND user_id = u.user_id AND read_at IS NULL"
    " AND dismissed_at IS NULL) AS c WHERE c.n > 0"
)


def unread_counts(session: Session, *, org_id: int, user_ids: list[int]) -> dict[int, Counts]:
    """Unread and unseen counts of many users of one org in one grouped query."""
    counts: dict[int, Counts] = dict.fromkeys(user_ids, ZERO)
    if user_ids and session.get_bind().dialect.name == "postgresql":
        rows = session.execute(_UNREAD_COUNTS_ARRAY, {"org_id": org_id, "user_ids": bulk.id_array(user_ids)})
        counts.update({uid: Counts(int(n), int(unseen)) for uid, n, unseen in rows})
        return counts
    for start in range(0, len(user_ids), 5000):
        chunk = user_ids[start : start + 5000]
        rows = session.execute(_UNREAD_COUNTS, {"org_id": org_id, "user_ids": chunk})
        counts.update({uid: Counts(int(n), int(unseen)) for uid, n, unseen in rows})
    return counts


def mark_seen(session: Session, *, org_id: int, user_id: int, ids: list[int], now: datetime) -> list[int]:
    """Mark the given notifications of the user seen (those not seen yet); returns the ids changed."""
    result = session.execute(
        update(Notification)
        .where(
            Notification.org_id == org_id,
            Notification.user_id == user_id,
            Notification.id.in_(ids),
            Notification.seen_at.is_(None),
        )
        .values(seen_at=now)
        .returning(Notification.id)
        .execution_options(synchronize_session=False)
    )
    return sorted(row[0] for row in result)


def get_for_user(session: Session, *, org_id: int, user_id: int, notification_id: int) -> Notification | None:
    return session.scalars(
        select(Notification).where(
            Notification.id == notification_id, Notification.org_id == org_id, Notification.user_id == user_id
        )
    ).one_or_none()


def mark_all_read(session: Session, *, org_id: int, user_id: int, now: datetime) -> list[int]:
    """Mark every unread notification read; returns the ids changed (one statement)."""
    result = session.execute(
        update(Notification)
        .where(Notification.org_id == org_id, Notification.user_id == user_id, *_UNREAD)
        .values(read_at=now, seen_at=func.coalesce(Notification.seen_at, now))
        .returning(Notification.id)
        .execution_options(synchronize_session=False)
    )
    return [row[0] for row in result]


def describe(session: Session, *, org_id: int, ids: list[int]) -> list[Notification]:
    """The org's notifications with these ids (what a callback about them says)."""
    if not ids:
        return []
    return list(session.scalars(select(Notification).where(Notification.org_id == org_id, Notification.id.in_(ids))))


def open_requests(session: Session, *, org_id: int, entity_type: str | None, entity_id: str) -> list[Notification]:
    """The unresolved `approval_requested` notifications about one record (served by a partial index)."""
    query = select(Notification).where(
        Notification.org_id == org_id,
        Notification.type == "approval_requested",
        Notification.resolved_at.is_(None),
        Notification.entity_id == entity_id,
    )
    if entity_type is not None:
        query = query.where(Notification.entity_type == entity_type)
    return list(session.scalars(query.order_by(Notification.id)))


def delete(session: Session, ids: list[int]) -> int:
    """Delete notifications (the retention purge, after their deliveries); returns how many."""
    if not ids:
        return 0
    return int(getattr(session.execute(delete_stmt(Notification).where(Notification.id.in_(ids))), "rowcount", 0) or 0)


def insert_gathered(session: Session, columns: dict[str, list[Any]]) -> None:
    """Bulk insert of notifications gathered by column, ids reserved by the caller (ingestion's
    write stage: every notification of a group in one statement)."""
    bulk.insert_gathered(session, Notification.__table__, columns)  # type: ignore[arg-type]


def event_ids_of_user(*, org_id: int, user_id: int) -> Select[Any]:
    """The ids of the events that notified a user, as a subquery for a filter (the event
    history's `recipient`): read through the (org, user, id) index."""
    return select(Notification.event_id).where(Notification.org_id == org_id, Notification.user_id == user_id)


def of_event(session: Session, *, org_id: int, event_id: int) -> list[Notification]:
    """The notifications one event made, one per recipient, in creation order."""
    return list(
        session.scalars(
            select(Notification)
            .where(Notification.org_id == org_id, Notification.event_id == event_id)
            .order_by(Notification.id)
        )
    )
