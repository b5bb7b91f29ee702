from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from sqlalchemy.orm import Session

from tocsin.auth.dependencies import Ctx, QueuedUser, ReadingUser, ReadSession
from tocsin.kit.bounds import MAX_ID
from tocsin.notifications import service
from tocsin.notifications.schemas import NotificationOut, NotificationPage, ReadAllResult, UnreadCount

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
    return UnreadCount(unread=service.unread(session, who))


# Writes go through the write queue (db/writer.py), committed with others' in one transaction.


@router.post("/read-all", response_model=ReadAllResult)
async def read_all(who: QueuedUser, ctx: Ctx) -> ReadAllResult:
    def work(session: Session) -> ReadAllResult:
        changed = service.read_all(session, ctx, who)
        return ReadAllResult(changed=changed, unread=service.unread(session, who))

    return await ctx.writer.run(work)


@router.post("/{notification_id}/read", response_model=NotificationOut)
async def read_one(notification_id: NotificationId, who: QueuedUser, ctx: Ctx) -> dict[str, Any]:
    return await ctx.writer.run(lambda session: service.mark_read(session, ctx, who, notification_id))


@router.post("/{notification_id}/dismiss", response_model=NotificationOut)
async def dismiss_one(notification_id: NotificationId, who: QueuedUser, ctx: Ctx) -> dict[str, Any]:
    return await ctx.writer.run(lambda session: service.dismiss(session, ctx, who, notification_id))
