from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, or_, select, union_all, update
from sqlalchemy.orm import Session

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


def first_pages(session: Session, *, owners: list[tuple[int, int]], limit: int) -> dict[int, list[Notification]]:
    """The newest `limit` visible notifications of each (org id, user id), by user id, in one
    statement per hundred users:
    a UNION ALL of each user's own index range scan (a window over every row of every user would
    read whole histories)."""
    pages: dict[int, list[Notification]] = {uid: [] for _org, uid in owners}
    for start in range(0, len(owners), 100):
        parts = [
            select(Notification.id)
            .where(Notification.org_id == org_id, Notification.user_id == uid, Notification.dismissed_at.is_(None))
            .order_by(Notification.id.desc())
            .limit(limit)
            .subquery()
            .select()
            for org_id, uid in owners[start : start + 100]
        ]
        ids = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
        rows = session.scalars(
            select(Notification).where(Notification.id.in_(select(ids.c.id))).order_by(Notification.id.desc())
        )
        for n in rows:
            pages[n.user_id].append(n)
    return pages


# Unseen is a subset of unread (reading sets seen_at), so both come from the unread rows.
_UNSEEN = func.coalesce(func.sum(case((Notification.seen_at.is_(None), 1), else_=0)), 0)


def unread_count(session: Session, *, org_id: int, user_id: int) -> Counts:
    stmt = select(func.count(), _UNSEEN).where(Notification.org_id == org_id, Notification.user_id == user_id, *_UNREAD)
    row = session.execute(stmt).one()
    return Counts(int(row[0] or 0), int(row[1] or 0))


def unread_counts(session: Session, *, org_id: int, user_ids: list[int]) -> dict[int, Counts]:
    """Unread and unseen counts of many users of one org in one grouped query."""
    counts: dict[int, Counts] = dict.fromkeys(user_ids, ZERO)
    for start in range(0, len(user_ids), 5000):
        chunk = user_ids[start : start + 5000]
        rows = session.execute(
            select(Notification.user_id, func.count(), _UNSEEN)
            .where(Notification.org_id == org_id, Notification.user_id.in_(chunk), *_UNREAD)
            .group_by(Notification.user_id)
        )
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
