"""FastAPI dependency aliases: the context, a session (both from tocsin.callers, shared with the
routes of the packages auth reads), and the two kinds of caller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from tocsin import callers
from tocsin.auth.service import (
    AdminPrincipal,
    UserPrincipal,
    authenticate_admin,
    authenticate_api_key,
    authenticate_user_token,
    bearer,
    well_formed_api_key,
)

# Defined with the routes of the packages auth reads, and named here for every other route.
from tocsin.callers import Ctx as Ctx
from tocsin.callers import DbSession as DbSession
from tocsin.callers import ReadSession as ReadSession
from tocsin.callers import get_ctx as get_ctx
from tocsin.callers import get_read_session as get_read_session
from tocsin.callers import get_session as get_session
from tocsin.context import AppContext
from tocsin.errors import ApiError
from tocsin.guards.ratelimit import Kind, RateLimits, api_key_kind, client_address
from tocsin.kit.tokens import hash_api_key
from tocsin.orgs.models import Org

# Authentication reads in a session of its own, closed before the dependency returns: the
# connection goes back to the pool before the request waits for another thread to run its
# endpoint (holding it across that wait let the pool and the thread pool starve each other),
# and on SQLite it never takes the write lock. The org and user come back detached with their
# columns loaded; writers attach them to their own session without a query (`merge(load=False)`).


def _limit(request: Request, kind: Kind, key: str) -> None:
    limits: RateLimits | None = getattr(request.app.state, "rate_limits", None)
    if limits is not None:
        limits.hit(kind, key)


def _api_org(request: Request, ctx: AppContext) -> Org:
    secret = bearer(request.headers.get("authorization"))
    try:
        with ctx.reads() as reading:
            org = authenticate_api_key(reading, secret)
    except ApiError:
        _limit(request, "anon", client_address(request))  # guessing keys costs the guesser's address
        raise
    _limit(request, api_key_kind(request.method, request.url.path), hash_api_key(secret or ""))
    return org


@dataclass(frozen=True, slots=True)
class Caller:
    """A user-token request as the read queue needs it (db/reader.py): the credential and what its
    rate limits count, taken off the request in the event loop, so that authentication can run
    on a reader thread in the session of the read itself."""

    credential: str | None
    address: str
    limits: RateLimits | None


def caller_of(request: Request, token: str | None) -> Caller:
    return Caller(
        credential=bearer(request.headers.get("authorization")) or token,
        address=client_address(request),
        limits=getattr(request.app.state, "rate_limits", None),
    )


_KNOWN_CALLERS = "tocsin_known_callers"


def user_of(session: Session, ctx: AppContext, caller: Caller, *, fresh: bool = False) -> UserPrincipal:
    """The caller's user (or 401), with the user rate limit counted; in any session, any thread.

    A credential is checked once per session: a read batch often holds a bell's two opening
    requests (its first page and its counts) with the same token. Each request is still counted.
    Unless `fresh`, the user is the one the process's token checks remember: use its ids only."""
    known: dict[str, UserPrincipal] = session.info.setdefault(_KNOWN_CALLERS, {})
    try:
        who = known.get(caller.credential or "") or authenticate_user_token(
            session, ctx, caller.credential, fresh=fresh
        )
    except ApiError:
        if caller.limits is not None:
            caller.limits.hit("anon", caller.address)
        raise
    if caller.limits is not None:
        caller.limits.hit("user", f"{who.org.id}:{who.user.id}")
    known[caller.credential or ""] = who
    return who


def _user(request: Request, ctx: AppContext, token: str | None, *, fresh: bool = True) -> UserPrincipal:
    with ctx.reads() as reading:
        return user_of(reading, ctx, caller_of(request, token), fresh=fresh)


def require_admin(request: Request, ctx: Ctx) -> AdminPrincipal:
    """An admin route's caller: an org API key, or the user token of a user with the `admin`
    role (for their own org). Other valid user tokens get the 404 of a route that is not there."""
    credential = bearer(request.headers.get("authorization"))
    try:
        with ctx.reads() as reading:
            who = authenticate_admin(reading, ctx, credential)
    except ApiError:
        _limit(request, "anon", client_address(request))
        raise
    if who.actor.startswith("api_key:"):
        _limit(request, api_key_kind(request.method, request.url.path), hash_api_key(credential or ""))
    else:
        _limit(request, "user", f"{who.org.id}:{who.actor}")
    return who


async def counted_api_key(state: Any, authorization: str | None, method: str, path: str) -> str:
    """The API key as sent, checked for form only (no database, no thread): a write queue job
    authenticates it in the writer's own transaction, with its batch-mates' keys in one query.
    The key's rate limit is counted here, before any work is queued."""
    key = well_formed_api_key(bearer(authorization))
    limits: RateLimits | None = getattr(state, "rate_limits", None)
    if limits is not None:
        kind = api_key_kind(method, path)
        if limits.shared:  # counted in Redis: a network round trip, off the event loop
            await run_in_threadpool(limits.hit, kind, hash_api_key(key))
        else:
            limits.hit(kind, hash_api_key(key))
    return key


async def require_api_key(request: Request) -> str:
    return await counted_api_key(
        request.app.state, request.headers.get("authorization"), request.method, request.url.path
    )


def require_org_writing(request: Request, session: DbSession, ctx: Ctx) -> Org:
    return session.merge(_api_org(request, ctx), load=False)


def require_user(
    request: Request,
    session: DbSession,
    ctx: Ctx,
    token: Annotated[str | None, Query(include_in_schema=False)] = None,
) -> UserPrincipal:
    return attached(session, _user(request, ctx, token))


def require_org_reading(request: Request, ctx: Ctx) -> Org:
    return _api_org(request, ctx)


async def require_caller(
    request: Request, token: Annotated[str | None, Query(include_in_schema=False)] = None
) -> Caller:
    return caller_of(request, token)


def require_user_reading(
    request: Request,
    ctx: Ctx,
    token: Annotated[str | None, Query(include_in_schema=False)] = None,
) -> UserPrincipal:
    return _user(request, ctx, token)


def require_token_user(
    request: Request,
    ctx: Ctx,
    token: Annotated[str | None, Query(include_in_schema=False)] = None,
) -> UserPrincipal:
    return _user(request, ctx, token, fresh=False)


def org_of(session: Session, key: str) -> Org:
    """Inside a write queue job: the org of an `OrgKey`, read in the job's transaction (or 401)."""
    return authenticate_api_key(session, key)


def attached(session: Session, who: UserPrincipal) -> UserPrincipal:
    """A detached principal's org and user attached to `session` without a query (a write queue
    job that changes the user)."""
    return UserPrincipal(
        org=session.merge(who.org, load=False), user=session.merge(who.user, load=False), expires_at=who.expires_at
    )


# Writers get the org attached to their session (they may change it); readers get it detached.
# Endpoints whose writes go through the write queue (db/writer.py) take the detached Queued*
# forms: no session of the request's own is opened at all.
ApiOrg = Annotated[Org, Depends(require_org_writing)]
OrgKey = Annotated[str, Depends(require_api_key)]
CurrentUser = Annotated[UserPrincipal, Depends(require_user)]
QueuedUser = Annotated[UserPrincipal, Depends(require_user_reading)]
# The user as the process's token checks remember them (auth/cached.py): no query, and only their
# ids and username are to be used (their other columns may be TOCSIN_TOKEN_CHECK_SECONDS old).
# The others above read the user now: they use or change its columns.
TokenUser = Annotated[UserPrincipal, Depends(require_token_user)]
ReadingOrg = Annotated[Org, Depends(require_org_reading)]
ReadingUser = Annotated[UserPrincipal, Depends(require_user_reading)]
# Endpoints served by the read queue authenticate there, in their read's own session.
UserCaller = Annotated[Caller, Depends(require_caller)]
# Admin routes: an org API key or an admin user's token (FastAPI resolves the caller once per
# request, however many of these a route takes).
# (the names of tocsin.callers, so that a route taking several of them, from either module,
# authenticates once).
AdminOrg = Annotated[Org, Depends(callers.admin_org_writing)]
ReadingAdminOrg = Annotated[Org, Depends(callers.admin_org_reading)]
Actor = Annotated[str, Depends(callers.admin_actor)]
