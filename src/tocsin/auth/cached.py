"""User tokens checked without a database round trip: the signature and claims are verified in
memory against the org and user this process remembers (kit/token_cache.py says how long they
are trusted and what drops them).

A token that fails against what is remembered is checked once more against the database before
it is refused: the org's secret may have been rotated, or the user re-created, by another
process, and a fresh token must not wait for the next re-read to work. Refusals are rare and
already cost the caller's anonymous rate limit, so this costs little.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from sqlalchemy.orm import Session

from tocsin.auth.principals import UserPrincipal
from tocsin.context import AppContext
from tocsin.kit import tokens
from tocsin.kit.token_cache import OrgEntry, stale
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.users import service as users
from tocsin.users.models import User

_DECOY_SECRET = secrets.token_urlsafe(48)


def check(session: Session, ctx: AppContext, token: str) -> UserPrincipal:
    """The token's principal, from memory when the org's stamp is fresh (InvalidUserToken if not valid)."""
    slug, subject = tokens.unverified_identity(token)
    entry = _fresh_entry(session, ctx, slug)
    user = entry.users.get(subject) if entry is not None else None
    if entry is not None and user is not None:
        try:
            return verified(ctx, token, entry.org, user, entry.secret)
        except tokens.InvalidUserToken:
            pass  # perhaps changed by another process since: the database decides
    org, user = load(session, ctx, token)
    secret = orgs.signing_secret(ctx, org)
    entry = entry if entry is not None and entry.stamp == _stamp(org) else _remember(ctx, slug, org, secret)
    ctx.tokens.put_user(entry, subject, user)
    return verified(ctx, token, org, user, secret)


def prefetch(session: Session, ctx: AppContext, tokens_: list[str]) -> None:
    """Remember, in one query per org, the users named by these tokens that are not remembered
    yet: a storm of connecting bells (every user at once after a restart) then checks each token
    in memory, instead of one round trip per new user. Nothing is trusted here: each token is
    still verified by `check`."""
    if ctx.settings.token_check_seconds <= 0:
        return
    wanted: dict[str, set[str]] = {}
    entries: dict[str, OrgEntry | None] = {}
    for token in tokens_:
        try:
            slug, subject = tokens.unverified_identity(token)
        except tokens.InvalidUserToken:
            continue
        if slug not in entries:
            entries[slug] = _fresh_entry(session, ctx, slug)
        entry = entries[slug]
        if entry is None or subject not in entry.users:
            wanted.setdefault(slug, set()).add(subject)
    for slug, subjects in wanted.items():
        found = users.many_with_org(session, org_slug=slug, usernames=subjects)
        if not found:
            continue
        org = found[0][0]
        for row in (org, *(user for _, user in found)):
            if row in session:
                session.expunge(row)
        entry = entries[slug]
        if entry is None or entry.stamp != _stamp(org):
            entry = _remember(ctx, slug, org, orgs.signing_secret(ctx, org))
        for _, user in found:
            ctx.tokens.put_user(entry, user.username, user)


def _fresh_entry(session: Session, ctx: AppContext, slug: str) -> OrgEntry | None:
    entry = ctx.tokens.org(slug)
    if entry is None:
        return None
    now = time.monotonic()
    if not stale(entry, now=now, every_seconds=ctx.settings.token_check_seconds):
        return entry
    stamp = orgs.token_versions(session, [entry.org.id]).get(entry.org.id)
    if stamp != entry.stamp:
        ctx.tokens.forget_org(entry.org.id)
        return None
    entry.checked_at = now
    return entry


def _stamp(org: Org) -> tuple[int, str]:
    return (int(org.users_version or 0), org.signing_secret_enc)


def _remember(ctx: AppContext, slug: str, org: Org, secret: str) -> OrgEntry:
    entry = OrgEntry(org=org, secret=secret, stamp=_stamp(org), checked_at=time.monotonic())
    ctx.tokens.put_org(slug, entry)
    return entry


def load(session: Session, ctx: AppContext, token: str) -> tuple[Org, User]:
    """The org and (not deleted) user the token names, read now and detached from `session`
    (they may be kept and shared); InvalidUserToken for an unknown one."""
    slug, subject = tokens.unverified_identity(token)
    found = users.with_org(session, org_slug=slug, username=subject)
    if found is None:
        # Checked against a throwaway secret, so an unknown user costs what a bad signature
        # does and answers the same: a token tells nothing about which usernames exist.
        tokens.verify_user_token(token, secret=_DECOY_SECRET, now=ctx.clock.now())
        raise tokens.InvalidUserToken("unknown org or user")
    org, user = found
    for row in (org, user):
        if row in session:
            session.expunge(row)
    return org, user


def verified(ctx: AppContext, token: str, org: Org, user: User, secret: str) -> UserPrincipal:
    claims = tokens.verify_user_token(token, secret=secret, now=ctx.clock.now(), valid_after=user.tokens_valid_after)
    if not user.active:
        raise tokens.InvalidUserToken("the user is deactivated")
    return UserPrincipal(org=org, user=user, expires_at=claims.expires_at, issued_at=claims.issued_at)


def forget(ctx: AppContext) -> Any:
    """The `signals.on_tokens_revoked` subscriber that drops a dead token's org from memory."""
    return lambda notice: ctx.tokens.forget_org(notice.org_id)
