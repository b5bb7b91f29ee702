from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from sqlalchemy.orm import Session

from tocsin.auth.dependencies import Ctx, CurrentUser, DbSession, QueuedUser, ReadingUser, ReadSession
from tocsin.kit.bounds import MAX_ID
from tocsin.notifications import service
from tocsin.notifications.schemas import (
    NotificationOut,
    NotificationPage,
    ReadAllResult,
    SeenIn,
    SeenResult,
    UnreadCount,
)

router = APIRouter(prefix="/v1/me/notifications", tags=["me: notifications"])

NotificationId = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.get("", response_model=NotificationPage)
def list_notifications(
    who: ReadingUser,
    session: ReadSession,
    status: Literal["unread", "read", "all"] = "all",
    type: Annotated[str | None, Query(max_length=64)] = None,
    q: Annotated[str | None, Query(max_length=200, description="text search in title and body")] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=service.MAX_LIMIT)] = 20,
) -> dict[str, Any]:
    """Newest first, keyset-paginated: pass `next_cursor` back as `cursor`."""
    return service.list_page(session, who, status=status, type_=type, q=q, cursor=cursor, limit=limit)


@router.get("/unread-count", response_model=UnreadCount)
def unread_count(who: ReadingUser, session: ReadSession) -> UnreadCount:
    """The number of the caller's unread notifications, and of those never shown (dismissed ones do not count)."""
    counts = service.unread(session, who)
    return UnreadCount(unread=counts.unread, unseen=counts.unseen)


# Writes go through the write queue (db/writer.py), committed with others' in one transaction.


@router.post("/read-all", response_model=ReadAllResult)
async def read_all(who: QueuedUser, ctx: Ctx) -> ReadAllResult:
    """Mark every unread notification of the caller read; other tabs and devices update live."""

    def work(session: Session) -> ReadAllResult:
        changed = service.read_all(session, ctx, who)
        counts = service.unread(session, who)
        return ReadAllResult(changed=changed, unread=counts.unread, unseen=counts.unseen)

    return await ctx.writer.run(work)


@router.post("/seen", response_model=SeenResult)
def mark_seen(body: SeenIn, who: CurrentUser, session: DbSession, ctx: Ctx) -> SeenResult:
    """Mark notifications seen: the user was shown them (the bell's panel, a list) without opening them.

    They stay unread; the `unseen` count drops. Other tabs and devices get a `seen` message.
    Ids that are not the caller's, or already seen, are left alone.
    """
    ids = service.mark_seen(session, ctx, who, body.ids)
    session.commit()
    counts = service.unread(session, who)
    return SeenResult(ids=ids, unread=counts.unread, unseen=counts.unseen)


@router.post("/{notification_id}/read", response_model=NotificationOut)
async def read_one(notification_id: NotificationId, who: QueuedUser, ctx: Ctx) -> dict[str, Any]:
    """Mark one notification read (and seen)."""
    return await ctx.writer.run(lambda session: service.mark_read(session, ctx, who, notification_id))


@router.post("/{notification_id}/dismiss", response_model=NotificationOut)
async def dismiss_one(notification_id: NotificationId, who: QueuedUser, ctx: Ctx) -> dict[str, Any]:
    """Hide one notification; it stops counting as unread."""
    return await ctx.writer.run(lambda session: service.dismiss(session, ctx, who, notification_id))


@router.post("/{notification_id}/actions/{action}", response_model=NotificationOut)
async def take_action(
    notification_id: NotificationId,
    action: Annotated[str, Path(pattern=r"^[A-Za-z0-9_.:-]{1,64}$", description="the id of an offered action")],
    who: QueuedUser,
    ctx: Ctx,
) -> dict[str, Any]:
    """Take one of the actions the notification offers: it is recorded (`acted_at`, `action`),
    the notification is marked read, and the CRM gets the `notification.action` callback.

    404 for an action the notification does not offer; 409 `already_acted` or `already_resolved`
    when a decision was made already (by this user, or by another approver)."""
    return await ctx.writer.run(lambda session: service.act(session, ctx, who, notification_id, action))
