"""The database reads of the live streams: who is connecting, and unread counts after a commit.

Synchronous on purpose: callers run them in a worker thread, never on the event loop, and each
opens a session only for the read, so no connection is held for the life of a socket.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from tocsin.auth import cached
from tocsin.auth.principals import UserPrincipal
from tocsin.auth.service import authenticate_user_token
from tocsin.context import AppContext
from tocsin.db.reader import Reader, ReadGroup
from tocsin.errors import ApiError, unauthorized
from tocsin.kit import tokens
from tocsin.notifications import repository
from tocsin.notifications.counts import Counts
from tocsin.orgs import service as orgs
from tocsin.realtime.messages import UserKey
from tocsin.users import service as users


@dataclass(frozen=True, slots=True)
class Subscriber:
    org_id: int
    user_id: int
    expires_at: int  # the token's `exp` (Unix seconds): the stream closes then
    issued_at: int  # the token's `iat` (0 if none): a revocation of tokens older than it closes the stream
    secret_id: str  # which signing secret verified it: a rotation away from it closes the stream


def authenticate(ctx: AppContext, sessions: sessionmaker[Session], token: str | None) -> Subscriber:
    """Verify a user token (raises the API's 401 error when it is missing, invalid or expired)."""
    with sessions() as session:
        return _subscriber(ctx, authenticate_user_token(session, ctx, token))


def _subscriber(ctx: AppContext, who: UserPrincipal) -> Subscriber:
    return Subscriber(
        org_id=who.org.id,
        user_id=who.user.id,
        expires_at=who.expires_at,
        issued_at=who.issued_at,
        secret_id=tokens.secret_id(orgs.signing_secret(ctx, who.org)),
    )


async def authenticate_together(ctx: AppContext, token: str | None) -> Subscriber:
    """`authenticate`, on the read queue with the other streams connecting at the same moment:
    the users a batch names that this process does not remember yet are read in one query per org
    (auth/cached.py), every token is then verified in memory. Raises the API's 401 error, or
    `Busy` when the queue is full or slow."""
    if not token:
        raise unauthorized("a user token is required")
    subscriber: Subscriber = await ctx.reader.run_grouped(_AUTHENTICATE, (ctx, token))
    return subscriber


def _authenticate_many(session: Session, items: list[tuple[AppContext, str]]) -> list[Subscriber | Exception]:
    if not items:
        return []
    ctx = items[0][0]
    cached.prefetch(session, ctx, [token for _, token in items])
    out: list[Subscriber | Exception] = []
    for _, token in items:
        try:
            out.append(_subscriber(ctx, authenticate_user_token(session, ctx, token)))
        except ApiError as exc:
            out.append(exc)
    return out


_AUTHENTICATE = ReadGroup(many=_authenticate_many)


async def hello_counts(reader: Reader, *, org_id: int, user_id: int) -> Counts:
    """The count a new stream's hello carries, read on the read queue (db/reader.py) with the
    other streams connecting at the same moment: a storm of connects costs one grouped query per
    batch, not one per socket. Raises `Busy` when the queue is full or slow."""
    counts: Counts = await reader.run_grouped(_HELLO_COUNTS, (org_id, user_id))
    return counts


def _hello_counts(session: Session, keys: list[UserKey]) -> list[Counts]:
    by_org: dict[int, dict[int, None]] = {}
    for org_id, user_id in keys:
        by_org.setdefault(org_id, {})[user_id] = None  # a user's several tabs: read once
    counts: dict[UserKey, Counts] = {}
    for org_id, user_ids in by_org.items():
        found = repository.unread_counts(session, org_id=org_id, user_ids=list(user_ids))
        counts.update({(org_id, user_id): n for user_id, n in found.items()})
    return [counts[key] for key in keys]


_HELLO_COUNTS = ReadGroup(many=_hello_counts)


def unread_counts(sessions: sessionmaker[Session], wanted: Mapping[int, Sequence[int]]) -> dict[UserKey, Counts]:
    """Counts of many users, one grouped query per org (a broadcast costs one query, not one per user)."""
    counts: dict[UserKey, Counts] = {}
    with sessions() as session:
        for org_id, user_ids in wanted.items():
            found = repository.unread_counts(session, org_id=org_id, user_ids=list(user_ids))
            counts.update({(org_id, user_id): n for user_id, n in found.items()})
    return counts


def token_versions(sessions: sessionmaker[Session], org_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """{org_id: (users version, encrypted signing secret)}: one query for every org with streams here."""
    with sessions() as session:
        return orgs.token_versions(session, org_ids)


def token_states(
    sessions: sessionmaker[Session], wanted: Mapping[int, Collection[int]]
) -> dict[int, dict[int, tuple[bool, int]]]:
    """{org_id: {user_id: (usable, not_before)}}: one query per org whose streams need a look."""
    with sessions() as session:
        return {org_id: users.token_states(session, org_id, user_ids) for org_id, user_ids in wanted.items()}
