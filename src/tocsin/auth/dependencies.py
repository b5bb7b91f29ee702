"""FastAPI dependency aliases: the context, a session, and the two kinds of caller."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from tocsin.auth.service import UserPrincipal, authenticate_api_key, authenticate_user_token, bearer
from tocsin.context import AppContext
from tocsin.orgs.models import Org


async def get_ctx(request: Request) -> AppContext:
    # async: no I/O, so FastAPI need not hop to a worker thread for it
    ctx: AppContext = request.app.state.ctx
    return ctx


async def get_session(ctx: Annotated[AppContext, Depends(get_ctx)]) -> AsyncIterator[Session]:
    """A write session for the endpoint. Async on purpose: opening it does no I/O (the connection
    is checked out lazily, by the endpoint's first query, in the thread that runs it), so no
    connection is held while the request waits for a thread. Endpoints commit explicitly; a
    session left in a transaction (an error) is rolled back when it closes."""
    session = ctx.sessions()
    try:
        yield session
    finally:
        session.close()


async def get_read_session(ctx: Annotated[AppContext, Depends(get_ctx)]) -> AsyncIterator[Session]:
    """For requests that only read: no write lock on SQLite, no BEGIN/ROLLBACK on PostgreSQL.

    Async on purpose: opening and closing a session that never began a transaction does no I/O
    (the connection is checked out lazily, in the worker thread that runs the query), so it need
    not cost two trips to the thread pool on the hot read paths."""
    session = ctx.reads()
    try:
        yield session
    finally:
        session.close()


Ctx = Annotated[AppContext, Depends(get_ctx)]
DbSession = Annotated[Session, Depends(get_session)]
ReadSession = Annotated[Session, Depends(get_read_session)]

# Authentication reads in a session of its own, closed before the dependency returns: the
# connection goes back to the pool before the request waits for another thread to run its
# endpoint (holding it across that wait let the pool and the thread pool starve each other),
# and on SQLite it never takes the write lock. The org and user come back detached with their
# columns loaded; writers attach them to their own session without a query (`merge(load=False)`).


def _api_org(request: Request, ctx: AppContext) -> Org:
    with ctx.reads() as reading:
        return authenticate_api_key(reading, bearer(request.headers.get("authorization")))


def _user(request: Request, ctx: AppContext, token: str | None) -> UserPrincipal:
    with ctx.reads() as reading:
        return authenticate_user_token(reading, ctx, bearer(request.headers.get("authorization")) or token)


def require_org(request: Request, ctx: Ctx) -> Org:
    """The calling org, detached (what the write queue's jobs and most writers need)."""
    return _api_org(request, ctx)


def require_org_writing(request: Request, session: DbSession, ctx: Ctx) -> Org:
    return session.merge(_api_org(request, ctx), load=False)


def require_user(
    request: Request,
    session: DbSession,
    ctx: Ctx,
    token: Annotated[str | None, Query(include_in_schema=False)] = None,
) -> UserPrincipal:
    who = _user(request, ctx, token)
    return UserPrincipal(
        org=session.merge(who.org, load=False), user=session.merge(who.user, load=False), expires_at=who.expires_at
    )


def require_org_reading(request: Request, ctx: Ctx) -> Org:
    return _api_org(request, ctx)


def require_user_reading(
    request: Request,
    ctx: Ctx,
    token: Annotated[str | None, Query(include_in_schema=False)] = None,
) -> UserPrincipal:
    return _user(request, ctx, token)


# Writers get the org attached to their session (they may change it); readers get it detached.
ApiOrg = Annotated[Org, Depends(require_org_writing)]
QueuedOrg = Annotated[Org, Depends(require_org)]
CurrentUser = Annotated[UserPrincipal, Depends(require_user)]
ReadingOrg = Annotated[Org, Depends(require_org_reading)]
ReadingUser = Annotated[UserPrincipal, Depends(require_user_reading)]
