"""Who is calling: an org (API key) or a user (HS256 token signed with the org's secret)."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import ApiError, unauthorized
from tocsin.kit import tokens
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.users import service as users
from tocsin.users.models import User

log = logging.getLogger(__name__)

INVALID_TOKEN = "invalid or expired user token"
_DECOY_SECRET = secrets.token_urlsafe(48)


@dataclass(frozen=True, slots=True)
class UserPrincipal:
    org: Org
    user: User
    expires_at: int
    issued_at: int = 0  # the token's `iat` (0 if it has none)


ADMIN_ROLE = "admin"


@dataclass(frozen=True, slots=True)
class AdminPrincipal:
    """Who calls an admin route: an org API key, or a user whose roles include `admin` (own org only).

    `actor` is what the audit log records: `api_key:<key name>` or `user:<username>`."""

    org: Org
    actor: str


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
    who = authenticate_user_token(session, ctx, credential)
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


def authenticate_user_token(session: Session, ctx: AppContext, token: str | None) -> UserPrincipal:
    """Verify a user token against its org's signing secret; every failure is the same 401."""
    if not token:
        raise unauthorized("a user token is required")
    try:
        claims_org, subject = tokens.unverified_identity(token)
        found = users.with_org(session, org_slug=claims_org, username=subject)
        if found is None:
            # Checked against a throwaway secret, so an unknown user costs what a bad signature
            # does and answers the same: a token tells nothing about which usernames exist.
            tokens.verify_user_token(token, secret=_DECOY_SECRET, now=ctx.clock.now())
            raise tokens.InvalidUserToken("unknown org or user")
        org, user = found
        claims = tokens.verify_user_token(
            token, secret=orgs.signing_secret(ctx, org), now=ctx.clock.now(), valid_after=user.tokens_valid_after
        )
        if not user.active:
            raise tokens.InvalidUserToken("the user is deactivated")
    except tokens.InvalidUserToken as exc:
        # One answer for every failure; the reason is for the server's debug log only.
        log.debug("user token refused: %s", exc)
        raise unauthorized(INVALID_TOKEN) from exc
    return UserPrincipal(org=org, user=user, expires_at=claims.expires_at, issued_at=claims.issued_at)


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
