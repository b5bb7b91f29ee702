"""What a route asks of its caller, for the routes of packages that `auth` itself reads (orgs,
users, event types, audit).

Authenticating reads orgs and users, so their packages (and those below them) cannot import
`auth` without the two importing each other. Their routes name what they need here instead; the
app binds each name to its `auth.dependencies` implementation (`auth.bindings`, FastAPI's
dependency overrides). A name left unbound fails closed: the request is refused. The context and
sessions need nothing of auth and are defined here, for every route: one request, one session.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

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


def admin_org_writing() -> Any:
    """The org of an admin caller (an org API key, or an admin user's token), attached to the
    request's write session."""
    raise _unbound()


def admin_org_reading() -> Any:
    """The org of an admin caller, detached (reads only)."""
    raise _unbound()


def admin_actor() -> str:
    """The audit log's name for the admin caller."""
    raise _unbound()


def api_org_reading() -> Any:
    """The org of an API key caller, detached."""
    raise _unbound()


def api_key() -> str:
    """The API key as sent, counted against its rate limit, checked for form only (a write queue
    job authenticates it in its own transaction)."""
    raise _unbound()


Ctx = Annotated[AppContext, Depends(get_ctx)]
DbSession = Annotated[Session, Depends(get_session)]
# Closed as soon as the endpoint's answer is serialized, not after the client has read it: a slow
# client must not keep a pooled connection.
ReadSession = Annotated[Session, Depends(get_read_session, scope="function")]
Actor = Annotated[str, Depends(admin_actor)]
OrgKey = Annotated[str, Depends(api_key)]
