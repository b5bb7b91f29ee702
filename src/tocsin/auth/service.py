"""Who is calling: an org (API key) or a user (HS256 token signed with the org's secret)."""

from __future__ import annotations

import logging
from collections.abc import Collection

from sqlalchemy.orm import Session

from tocsin.auth import cached
from tocsin.auth.principals import AdminPrincipal as AdminPrincipal
from tocsin.auth.principals import UserPrincipal as UserPrincipal
from tocsin.context import AppContext
from tocsin.errors import ApiError, unauthorized
from tocsin.kit import tokens
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org

log = logging.getLogger(__name__)

INVALID_TOKEN = "invalid or expired user token"


ADMIN_ROLE = "admin"


def not_an_admin() -> ApiError:
    # The same answer as a route that does not exist: a non-admin learns nothing about admin routes.
    return ApiError(404, "not_found", "Not Found")


def authenticate_admin(session: Session, ctx: AppContext, credential: str | None) -> AdminPrincipal:
    """An org API key (full access) or an admin's user token; any other valid user token is a 404."""
    if not credential:
        raise unauthorized("an org API key or an admin's user token is required (Authorization: Bearer ...)")
    if credential.startswith(tokens.API_KEY_PREFIX):
        found = orgs.org_and_key_name_for_api_key(session, credential)
        if found is None:
            raise unauthorized("invalid or revoked API key")
        org, name = found
        return AdminPrincipal(org=org, actor=f"api_key:{name}")
    who = authenticate_user_token(session, ctx, credential, fresh=True)
    if ADMIN_ROLE not in (who.user.roles or ()):
        raise not_an_admin()
    return AdminPrincipal(org=who.org, actor=f"user:{who.user.username}")


def authenticate_api_key(session: Session, secret: str | None) -> Org:
    if not secret:
        raise unauthorized("an org API key is required (Authorization: Bearer tsn_...)")
    org = orgs.org_for_api_key(session, secret)
    if org is None:
        raise unauthorized("invalid or revoked API key")
    return org


def authenticate_api_keys(session: Session, secrets: Collection[str]) -> dict[str, Org]:
    """The orgs of several API keys in one query (a group commit's callers); a key missing from
    the answer is invalid or revoked."""
    return orgs.orgs_for_api_keys(session, secrets)


def well_formed_api_key(secret: str | None) -> str:
    """The key as sent, if it can be one (no I/O); else the 401 every bad key gets."""
    if not secret:
        raise unauthorized("an org API key is required (Authorization: Bearer tsn_...)")
    if not secret.startswith(tokens.API_KEY_PREFIX):
        raise unauthorized("invalid or revoked API key")
    return secret


def authenticate_user_token(
    session: Session, ctx: AppContext, token: str | None, *, fresh: bool = False
) -> UserPrincipal:
    """Verify a user token against its org's signing secret; every failure is the same 401.

    The org and user are taken from this process's token cache (auth/cached.py) unless `fresh`
    (an admin's roles, a user attached to a write) or the cache is off: then they are read now."""
    if not token:
        raise unauthorized("a user token is required")
    try:
        if fresh or ctx.settings.token_check_seconds <= 0:
            return _from_database(session, ctx, token)
        return cached.check(session, ctx, token)
    except tokens.InvalidUserToken as exc:
        # One answer for every failure; the reason is for the server's debug log only.
        log.debug("user token refused: %s", exc)
        raise unauthorized(INVALID_TOKEN) from exc


def _from_database(session: Session, ctx: AppContext, token: str) -> UserPrincipal:
    org, user = cached.load(session, ctx, token)
    return cached.verified(ctx, token, org, user, orgs.signing_secret(ctx, org))


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
