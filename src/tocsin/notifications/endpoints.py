from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy.orm import Session

from tocsin.auth.dependencies import Caller, Ctx, CurrentUser, DbSession, TokenUser, UserCaller, user_of
from tocsin.auth.service import UserPrincipal
from tocsin.context import AppContext
from tocsin.db.reader import ReadGroup
from tocsin.db.writer import Group
from tocsin.kit import jsontext
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
async def list_notifications(
    caller: UserCaller,
    ctx: Ctx,
    status: Literal["unread", "read", "all"] = "all",
    type: Annotated[str | None, Query(max_length=64)] = None,
    q: Annotated[str | None, Query(max_length=200, description="text search in title and body")] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=service.MAX_LIMIT)] = 20,
) -> Response:
    """Newest first, keyset-paginated: pass `next_cursor` back as `cursor`."""
    if status == "all" and not type and not q and not cursor:  # the bell's first page
        return _json(await ctx.reader.run_grouped(_FIRST_PAGES, _Asked(ctx, caller, limit)))

    def work(session: Session) -> dict[str, Any]:
        who = user_of(session, ctx, caller)
        return service.list_page(session, who, status=status, type_=type, q=q, cursor=cursor, limit=limit)

    return _json(await ctx.reader.run(work))


@router.get("/unread-count", response_model=UnreadCount)
async def unread_count(caller: UserCaller, ctx: Ctx) -> Response:
    """The number of the caller's unread notifications, and of those never shown (dismissed ones do not count)."""
    return _json(await ctx.reader.run_grouped(_UNREAD_COUNTS, _Asked(ctx, caller, 0)))


def _json(answer: dict[str, Any]) -> Response:
    """The hottest reads answer JSON written straight from the service's dicts (already in the
    documented shape, `shapes.to_api`): validating them again against the response model cost
    more than the query did. The response model stays for the API's description."""
    return Response(content=jsontext.dumps(answer), media_type="application/json")


# The two reads every bell makes when it opens run on the read queue (db/reader.py), those of a
# batch answered together: a storm of bells opening costs a few queries, not one per request.


@dataclass(frozen=True, slots=True)
class _Asked:
    ctx: AppContext
    caller: Caller
    limit: int


def _callers(session: Session, items: list[_Asked]) -> list[Any]:
    """Each item's user, or its own error (401, 429) in its place."""
    answers: list[Any] = []
    for item in items:
        try:
            answers.append(user_of(session, item.ctx, item.caller))
        except Exception as exc:
            answers.append(exc)
    return answers


def _first_pages(session: Session, items: list[_Asked]) -> list[Any]:
    answers = _callers(session, items)
    by_limit: dict[int, list[int]] = {}
    for index, (item, answer) in enumerate(zip(items, answers, strict=True)):
        if isinstance(answer, UserPrincipal):
            by_limit.setdefault(item.limit, []).append(index)
    for limit, indexes in by_limit.items():
        pages = service.first_pages(session, [answers[i] for i in indexes], limit=limit)
        for index, page in zip(indexes, pages, strict=True):
            answers[index] = page
    return answers


def _unread_counts(session: Session, items: list[_Asked]) -> list[Any]:
    answers = _callers(session, items)
    counts = iter(service.unread_many(session, [a for a in answers if isinstance(a, UserPrincipal)]))
    out: list[Any] = []
    for answer in answers:
        if isinstance(answer, UserPrincipal):
            c = next(counts)
            out.append({"unread": c.unread, "unseen": c.unseen})
        else:
            out.append(answer)
    return out


_FIRST_PAGES = ReadGroup(many=_first_pages, inline=True)
_UNREAD_COUNTS = ReadGroup(many=_unread_counts, inline=True)


# Writes go through the write queue (db/writer.py), committed with others' in one transaction.


@router.post("/read-all", response_model=ReadAllResult)
async def read_all(caller: UserCaller, ctx: Ctx) -> Response:
    """Mark every unread notification of the caller read; other tabs and devices update live."""
    return _json(await ctx.writer.run_grouped(_READ_ALL, _Asked(ctx, caller, 0)))


# Read-all is written by the write queue as a group: the caller is authenticated in the write's
# own session (the token checks are in memory: no thread of its own before the job is queued),
# a batch of read-alls is the whole transaction (no savepoint, two round trips fewer), and its
# batch does not wait for company (`gathers=False`).


def _read_all_of(session: Session, ctx: AppContext, who: UserPrincipal) -> dict[str, int]:
    changed = service.read_all(session, ctx, who)
    counts = service.unread(session, who)
    return {"changed": changed, "unread": counts.unread, "unseen": counts.unseen}


def _read_all_many(session: Session, items: list[_Asked]) -> list[Any]:
    """Each caller checked first (a refused one writes nothing), then each read-all written."""
    answers = _callers(session, items)
    return [
        _read_all_of(session, item.ctx, who) if isinstance(who, UserPrincipal) else who
        for item, who in zip(items, answers, strict=True)
    ]


def _read_all_one(session: Session, item: _Asked) -> dict[str, int]:
    return _read_all_of(session, item.ctx, user_of(session, item.ctx, item.caller))


_READ_ALL = Group(many=_read_all_many, one=_read_all_one, gathers=False)


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
async def read_one(notification_id: NotificationId, who: TokenUser, ctx: Ctx) -> dict[str, Any]:
    """Mark one notification read (and seen)."""
    return await ctx.writer.run(lambda session: service.mark_read(session, ctx, who, notification_id))


@router.post("/{notification_id}/dismiss", response_model=NotificationOut)
async def dismiss_one(notification_id: NotificationId, who: TokenUser, ctx: Ctx) -> dict[str, Any]:
    """Hide one notification; it stops counting as unread."""
    return await ctx.writer.run(lambda session: service.dismiss(session, ctx, who, notification_id))


@router.post("/{notification_id}/actions/{action}", response_model=NotificationOut)
async def take_action(
    notification_id: NotificationId,
    action: Annotated[str, Path(pattern=r"^[A-Za-z0-9_.:-]{1,64}$", description="the id of an offered action")],
    who: TokenUser,
    ctx: Ctx,
) -> dict[str, Any]:
    """Take one of the actions the notification offers: it is recorded (`acted_at`, `action`),
    the notification is marked read, and the CRM gets the `notification.action` callback.

    404 for an action the notification does not offer; 409 `already_acted` or `already_resolved`
    when a decision was made already (by this user, or by another approver)."""
    return await ctx.writer.run(lambda session: service.act(session, ctx, who, notification_id, action))
