"""Who is calling: an org (API key) or a user (HS256 token signed with the org's secret)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.errors import unauthorized
from tocsin.kit import tokens
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.users import service as users
from tocsin.users.models import User


@dataclass(frozen=True, slots=True)
class UserPrincipal:
    org: Org
    user: User
    expires_at: int


def authenticate_api_key(session: Session, secret: str | None) -> Org:
    if not secret:
        raise unauthorized("an org API key is required (Authorization: Bearer tsn_...)")
    org = orgs.org_for_api_key(session, secret)
    if org is None:
        raise unauthorized("invalid or revoked API key")
    return org


def authenticate_user_token(session: Session, ctx: AppContext, token: str | None) -> UserPrincipal:
    """Verify a user token against its org's signing secret; every failure is the same 401."""
    if not token:
        raise unauthorized("a user token is required")
    try:
        claims_org, subject = tokens.unverified_identity(token)
        found = users.with_org(session, org_slug=claims_org, username=subject)
        if found is None:
            raise tokens.InvalidUserToken("unknown org or user")
        org, user = found
        claims = tokens.verify_user_token(token, secret=orgs.signing_secret(ctx, org), now=ctx.clock.now())
    except tokens.InvalidUserToken as exc:
        raise unauthorized(f"invalid user token: {exc}") from exc
    return UserPrincipal(org=org, user=user, expires_at=claims.expires_at)


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()
