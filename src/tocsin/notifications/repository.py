from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

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


def unread_count(session: Session, *, org_id: int, user_id: int) -> int:
    stmt = (
        select(func.count())
        .select_from(Notification)
        .where(Notification.org_id == org_id, Notification.user_id == user_id, *_UNREAD)
    )
    return int(session.scalar(stmt) or 0)


def unread_counts(session: Session, *, org_id: int, user_ids: list[int]) -> dict[int, int]:
    """Unread counts of many users of one org in one grouped query."""
    counts: dict[int, int] = dict.fromkeys(user_ids, 0)
    for start in range(0, len(user_ids), 5000):
        chunk = user_ids[start : start + 5000]
        rows = session.execute(
            select(Notification.user_id, func.count())
            .where(Notification.org_id == org_id, Notification.user_id.in_(chunk), *_UNREAD)
            .group_by(Notification.user_id)
        )
        counts.update({uid: int(n) for uid, n in rows})
    return counts


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
