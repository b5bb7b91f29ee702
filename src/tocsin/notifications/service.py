"""A user's in-app notifications: list, count, read, dismiss."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from tocsin.auth.service import UserPrincipal
from tocsin.callbacks import service as callbacks
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.errors import ApiError, invalid, not_found
from tocsin.kit.clock import isoformat
from tocsin.kit.pagination import BadCursor, decode_cursor, split_page
from tocsin.notifications import repository
from tocsin.notifications.counts import Counts
from tocsin.notifications.models import Notification
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


def first_pages(session: Session, whos: Sequence[UserPrincipal], *, limit: int) -> list[dict[str, Any]]:
    """The first page (no filter, no cursor) of each caller, read together; the same answers as
    `list_page` gives each of them alone."""
    pages = repository.first_pages(session, owners=[(w.org.id, w.user.id) for w in whos], limit=limit + 1)
    answers = []
    for who in whos:
        page, next_cursor = split_page(pages[who.user.id], limit, lambda n: n.id)
        answers.append({"items": [to_api(n) for n in page], "next_cursor": next_cursor})
    return answers


def unread_many(session: Session, whos: Sequence[UserPrincipal]) -> list[Counts]:
    """The unread and unseen counts of each caller, one grouped query per org."""
    by_org: dict[int, list[int]] = {}
    for who in whos:
        by_org.setdefault(who.org.id, []).append(who.user.id)
    found = {
        (org_id, user_id): counts
        for org_id, user_ids in by_org.items()
        for user_id, counts in repository.unread_counts(session, org_id=org_id, user_ids=user_ids).items()
    }
    return [found[(who.org.id, who.user.id)] for who in whos]


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
        _report_read(session, ctx, who, [n], now=now)
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
    now = ctx.clock.now()
    ids = repository.mark_all_read(session, org_id=who.org.id, user_id=who.user.id, now=now)
    _announce_read(session, ctx, who, ids)
    if ids and callbacks.wants(session, who.org.id, "notification.read"):
        _report_read(session, ctx, who, repository.describe(session, org_id=who.org.id, ids=ids), now=now)
    return len(ids)


def _callback(who: UserPrincipal, n: Notification, kind: str, **data: Any) -> callbacks.CallbackItem:
    """A callback about a notification of `who`: what every one says of it, and `data`."""
    about = {
        "notification_id": n.id,
        "event_id": n.event_id,
        "event_type": n.type,
        "recipient": who.user.username,
        "entity": {"type": n.entity_type, "id": n.entity_id},
    }
    return callbacks.CallbackItem(
        org_id=who.org.id,
        type=kind,
        notification_id=n.id,
        user_id=who.user.id,
        event_id=n.event_id,
        data={**about, **data},
        records=callbacks.collapsed_records(n.data),
    )


def _report_read(
    session: Session, ctx: AppContext, who: UserPrincipal, notes: Sequence[Notification], *, now: datetime
) -> None:
    """`notification.read` callbacks, queued in the transaction that read them."""
    items = [_callback(who, n, "notification.read", read_at=isoformat(n.read_at or now)) for n in notes]
    callbacks.enqueue(session, ctx, items, now=now)


def act(session: Session, ctx: AppContext, who: UserPrincipal, notification_id: int, action: str) -> dict[str, Any]:
    """Take an action the notification offers: record it (`acted_at`, `action`), mark it read and
    queue the `notification.action` callback, with which the CRM carries the decision out.

    One decision per notification: a second action, or one on a request already settled by
    someone else, is a 409 (the answer names what happened)."""
    n = repository.get_for_user(session, org_id=who.org.id, user_id=who.user.id, notification_id=notification_id)
    if n is None:
        raise not_found("notification")
    offered = {str(a.get("id")): a for a in (n.actions or []) if isinstance(a, dict)}
    if action not in offered:
        raise not_found("action")
    if n.acted_at is not None:
        raise ApiError(409, "already_acted", f"this notification was already acted on ({n.action})", field="action")
    if n.resolved_at is not None:
        decided = (n.resolution or {}).get("decision") or "resolved"
        raise ApiError(409, "already_resolved", f"this request was already {decided}", field="action")
    now = ctx.clock.now()
    was_unread = n.read_at is None
    n.acted_at = now
    n.action = action
    n.read_at = n.read_at or now
    n.seen_at = n.seen_at or now
    session.flush()
    chosen = offered[action]
    callbacks.enqueue(
        session,
        ctx,
        [
            _callback(
                who,
                n,
                "notification.action",
                action={"id": action, "label": chosen.get("label")},
                acted_at=isoformat(now),
            )
        ],
        now=now,
    )
    if was_unread:
        _announce_read(session, ctx, who, [n.id])
        _report_read(session, ctx, who, [n], now=now)
    return to_api(n)


def resolve_requests(
    session: Session,
    ctx: AppContext,
    *,
    org_id: int,
    entity_type: str | None,
    entity_id: str,
    resolution: dict[str, Any],
    now: datetime,
) -> list[Notification]:
    """Shared resolution: every open `approval_requested` notification about the record is
    resolved (and, having nothing left to do, read). Each approver's bell gets a `resolved`
    message after commit. Returns the notifications resolved."""
    notes = repository.open_requests(session, org_id=org_id, entity_type=entity_type, entity_id=entity_id)
    if not notes:
        return []
    by_user: dict[int, list[int]] = {}
    for n in notes:
        n.resolved_at = now
        n.resolution = dict(resolution)
        n.read_at = n.read_at or now
        n.seen_at = n.seen_at or now
        by_user.setdefault(n.user_id, []).append(n.id)
    session.flush()
    signals = ctx.signals
    for user_id, ids in by_user.items():
        item = NotificationsRead(
            org_id=org_id, user_id=user_id, ids=ids, kind="resolved", extra={"resolution": dict(resolution)}
        )
        after_commit(session, lambda item=item: signals.notifications_read(item))  # type: ignore[misc]
    return notes


def delete(session: Session, ids: Sequence[int]) -> int:
    """Delete notifications whose deliveries are gone (the retention purge); returns how many."""
    return repository.delete(session, list(ids))


def insert_gathered(session: Session, columns: dict[str, list[Any]]) -> None:
    """Ingestion's bulk insert of many events' notifications, gathered by column (ids reserved)."""
    repository.insert_gathered(session, columns)


def event_ids_of_user(*, org_id: int, user_id: int) -> Select[Any]:
    """The ids of the events that notified a user, as a subquery (the event history's filter)."""
    return repository.event_ids_of_user(org_id=org_id, user_id=user_id)


def of_event(session: Session, *, org_id: int, event_id: int) -> list[Notification]:
    """What one event left in its recipients' inboxes: read, seen, dismissed, acted on, when."""
    return repository.of_event(session, org_id=org_id, event_id=event_id)
