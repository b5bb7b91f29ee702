"""A user's in-app notifications: list, count, read, dismiss."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tocsin.auth.service import UserPrincipal
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.errors import invalid, not_found
from tocsin.kit.pagination import BadCursor, decode_cursor, split_page
from tocsin.notifications import repository
from tocsin.notifications.counts import Counts
from tocsin.notifications.shapes import to_api
from tocsin.signals import NotificationsRead

MAX_LIMIT = 100


def list_page(
    session: Session,
    who: UserPrincipal,
    *,
    status: str,
    type_: str | None,
    q: str | None,
    cursor: str | None,
    limit: int,
) -> dict[str, Any]:
    try:
        before = decode_cursor(cursor) if cursor else None
    except BadCursor as exc:
        raise invalid("cursor", str(exc)) from exc
    rows = repository.page(
        session,
        org_id=who.org.id,
        user_id=who.user.id,
        status=status,
        type_=type_,
        q=q or None,
        before_id=before,
        limit=limit + 1,
    )
    page, next_cursor = split_page(rows, limit, lambda n: n.id)
    return {"items": [to_api(n) for n in page], "next_cursor": next_cursor}


def unread(session: Session, who: UserPrincipal) -> Counts:
    """The caller's unread and unseen counts."""
    return repository.unread_count(session, org_id=who.org.id, user_id=who.user.id)


def _announce_read(session: Session, ctx: AppContext, who: UserPrincipal, ids: list[int], kind: str = "read") -> None:
    if ids and kind == "read":
        # In this transaction: unread escalations of these notifications stop (deliveries layer).
        ctx.signals.notifications_settled(session, who.org.id, ids)
    if ids:
        item = NotificationsRead(org_id=who.org.id, user_id=who.user.id, ids=ids, kind=kind)
        signals = ctx.signals
        after_commit(session, lambda: signals.notifications_read(item))


def mark_read(session: Session, ctx: AppContext, who: UserPrincipal, notification_id: int) -> dict[str, Any]:
    n = repository.get_for_user(session, org_id=who.org.id, user_id=who.user.id, notification_id=notification_id)
    if n is None:
        raise not_found("notification")
    if n.read_at is None:
        now = ctx.clock.now()
        n.read_at = now
        n.seen_at = n.seen_at or now
        session.flush()
        _announce_read(session, ctx, who, [n.id])
    return to_api(n)


def dismiss(session: Session, ctx: AppContext, who: UserPrincipal, notification_id: int) -> dict[str, Any]:
    """Hide one notification; it stops counting as unread (its pending deliveries are re-checked)."""
    n = repository.get_for_user(session, org_id=who.org.id, user_id=who.user.id, notification_id=notification_id)
    if n is None:
        raise not_found("notification")
    if n.dismissed_at is None:
        n.dismissed_at = ctx.clock.now()
        session.flush()
        _announce_read(session, ctx, who, [n.id])
    return to_api(n)


def mark_seen(session: Session, ctx: AppContext, who: UserPrincipal, ids: list[int]) -> list[int]:
    """Mark notifications the user was shown as seen (still unread); ids of others are ignored."""
    changed = repository.mark_seen(session, org_id=who.org.id, user_id=who.user.id, ids=ids, now=ctx.clock.now())
    _announce_read(session, ctx, who, changed, kind="seen")
    return changed


def read_all(session: Session, ctx: AppContext, who: UserPrincipal) -> int:
    ids = repository.mark_all_read(session, org_id=who.org.id, user_id=who.user.id, now=ctx.clock.now())
    _announce_read(session, ctx, who, ids)
    return len(ids)
