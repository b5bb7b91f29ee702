"""FastAPI dependency aliases: the context, a session, and the two kinds of caller."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from tocsin.auth import UserPrincipal, authenticate_api_key, authenticate_user_token, bearer
from tocsin.context import AppContext
from tocsin.errors import ApiError
from tocsin.guards.ratelimit import Kind, RateLimits, api_key_kind, client_address
from tocsin.kit.tokens import hash_api_key
from tocsin.orgs.models import Org


async def get_ctx(request: Request) -> AppContext:
    # async: no I/O, so FastAPI need not hop to a worker thread for it
    ctx: AppContext = request.app.state.ctx
    return ctx


def get_session(ctx: Annotated[AppContext, Depends(get_ctx)]) -> Iterator[Session]:
    # Endpoints commit explicitly at the end of the request; anything else is rolled back here.
    with ctx.sessions() as session:
        yield session


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


def _limit(request: Request, kind: Kind, key: str) -> None:
    limits: RateLimits | None = getattr(request.app.state, "rate_limits", None)
    if limits is not None:
        limits.hit(kind, key)


def _org(request: Request, session: Session) -> Org:
    secret = bearer(request.headers.get("authorization"))
    try:
        org = authenticate_api_key(session, secret)
    except ApiError:
        _limit(request, "anon", client_address(request))  # guessing keys costs the guesser's address
        raise
    _limit(request, api_key_kind(request.method, request.url.path), hash_api_key(secret or ""))
    return org


def _user(request: Request, session: Session, ctx: AppContext, token: str | None) -> UserPrincipal:
    try:
        who = authenticate_user_token(session, ctx, bearer(request.headers.get("authorization")) or token)
    except ApiError:
        _limit(request, "anon", client_address(request))
        raise
    _limit(request, "user", f"{who.org.id}:{who.user.id}")
    return who


def require_org(request: Request, session: DbSession) -> Org:
    return _org(request, session)


def require_user(
    request: Request,
    session: DbSession,
    ctx: Ctx,
    token: Annotated[str | None, Query(include_in_schema=False)] = None,
) -> UserPrincipal:
    return _user(request, session, ctx, token)


def require_org_reading(request: Request, session: ReadSession) -> Org:
    return _org(request, session)


def require_user_reading(
    request: Request,
    session: ReadSession,
    ctx: Ctx,
    token: Annotated[str | None, Query(include_in_schema=False)] = None,
) -> UserPrincipal:
    return _user(request, session, ctx, token)


# Writers authenticate on the session they write with; readers on the read-only one.
ApiOrg = Annotated[Org, Depends(require_org)]
CurrentUser = Annotated[UserPrincipal, Depends(require_user)]
ReadingOrg = Annotated[Org, Depends(require_org_reading)]
ReadingUser = Annotated[UserPrincipal, Depends(require_user_reading)]
