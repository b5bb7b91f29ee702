"""What a route asks of its caller, for the routes of packages that `auth` itself reads (orgs,
users, event types, audit).

Authenticating reads orgs and users, so their packages (and those below them) cannot import
`auth` without the two importing each other. Their routes name what they need here instead; the
app binds each name to its `auth.dependencies` implementation (`auth.bindings.install` puts
them on `app.state.auth`). A name left unbound fails closed: the request is refused. The context and
sessions need nothing of auth and are defined here, for every route: one request, one session.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any, Protocol

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import ApiError


def _unbound() -> ApiError:
    return ApiError(500, "internal", "the server's authentication is not wired")


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


class Answers(Protocol):
    """How `auth` answers these names (`auth.bindings.install` puts it on `app.state.auth`)."""

    def require_admin(self, request: Request, ctx: AppContext) -> Any: ...

    def require_org_reading(self, request: Request, ctx: AppContext) -> Any: ...

    async def require_api_key(self, request: Request) -> str: ...


# Each name dispatches at request time to the app's `auth`, rather than being swapped in through
# FastAPI's dependency overrides: with any override installed, FastAPI rebuilds every dependency
# of every request from its signature, which cost the hottest reads about a millisecond each.
def _answers(request: Request) -> Answers:
    answers: Answers | None = getattr(request.app.state, "auth", None)
    if answers is None:
        raise _unbound()
    return answers


def admin_caller(request: Request, ctx: Ctx) -> Any:
    """The admin caller (an org API key, or an admin user's token), resolved once per request."""
    return _answers(request).require_admin(request, ctx)


AdminCaller = Annotated[Any, Depends(admin_caller)]


def admin_org_writing(who: AdminCaller, session: DbSession) -> Any:
    """The org of an admin caller, attached to the request's write session."""
    return session.merge(who.org, load=False)


async def admin_org_reading(who: AdminCaller) -> Any:
    """The org of an admin caller, detached (reads only)."""
    return who.org


async def admin_actor(who: AdminCaller) -> str:
    """The audit log's name for the admin caller."""
    return str(who.actor)


def api_org_reading(request: Request, ctx: Ctx) -> Any:
    """The org of an API key caller, detached."""
    return _answers(request).require_org_reading(request, ctx)


async def api_key(request: Request) -> str:
    """The API key as sent, counted against its rate limit, checked for form only (a write queue
    job authenticates it in its own transaction)."""
    return await _answers(request).require_api_key(request)


# Closed as soon as the endpoint's answer is serialized, not after the client has read it: a slow
# client must not keep a pooled connection.
ReadSession = Annotated[Session, Depends(get_read_session, scope="function")]
Actor = Annotated[str, Depends(admin_actor)]
OrgKey = Annotated[str, Depends(api_key)]
