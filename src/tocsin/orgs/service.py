"""Orgs, their credentials and their settings."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.errors import unauthorized
from tocsin.event_types import service as event_types
from tocsin.kit import tokens
from tocsin.orgs import repository
from tocsin.orgs.models import ApiKey, Org
from tocsin.orgs.schemas import OrgSettings, OrgSettingsPatch
from tocsin.signals import TokensRevoked

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class OrgExists(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class NewOrg:
    org: Org
    api_key: str
    signing_secret: str


@dataclass(frozen=True, slots=True)
class NewKey:
    key: ApiKey
    secret: str


def create_org(session: Session, ctx: AppContext, *, slug: str, name: str) -> NewOrg:
    """Create an org with one API key, a signing secret and the seeded event catalog."""
    if not SLUG.match(slug):
        raise ValueError("slug must be lowercase letters, digits and dashes (at most 63)")
    if repository.get_by_slug(session, slug) is not None:
        raise OrgExists(f"org {slug!r} exists already")
    now = ctx.clock.now()
    secret = tokens.new_signing_secret()
    org = repository.add_org(session, slug=slug, name=name, signing_secret_enc=ctx.box.encrypt(secret), now=now)
    event_types.seed_catalog(session, org.id, now=now)
    key = add_api_key(session, ctx, org=org, name="default")
    return NewOrg(org=org, api_key=key.secret, signing_secret=secret)


def add_api_key(session: Session, ctx: AppContext, *, org: Org, name: str) -> NewKey:
    secret = tokens.new_api_key()
    key = repository.add_key(
        session,
        org_id=org.id,
        name=name,
        prefix=secret[:8],
        key_hash=tokens.hash_api_key(secret),
        now=ctx.clock.now(),
    )
    return NewKey(key=key, secret=secret)


def org_for_api_key(session: Session, secret: str) -> Org | None:
    if not secret.startswith(tokens.API_KEY_PREFIX):
        return None
    return repository.org_for_key_hash(session, tokens.hash_api_key(secret))


def org_of_api_key(session: Session, secret: str) -> Org:
    """The org of an API key (inside a write queue job, in its transaction), or the 401 every
    invalid or revoked key gets."""
    org = org_for_api_key(session, secret)
    if org is None:
        raise unauthorized("invalid or revoked API key")
    return org


def org_and_key_name_for_api_key(session: Session, secret: str) -> tuple[Org, str] | None:
    if not secret.startswith(tokens.API_KEY_PREFIX):
        return None
    return repository.org_and_key_name_for_key_hash(session, tokens.hash_api_key(secret))


def orgs_for_api_keys(session: Session, secrets: Collection[str]) -> dict[str, Org]:
    """{secret: org} for the valid, active keys among `secrets`, in one query."""
    hashes = {tokens.hash_api_key(s): s for s in secrets if s.startswith(tokens.API_KEY_PREFIX)}
    if not hashes:
        return {}
    return {hashes[h]: org for h, org in repository.orgs_for_key_hashes(session, hashes).items()}


def signing_secret(ctx: AppContext, org: Org) -> str:
    return ctx.box.decrypt(org.signing_secret_enc)


def token_versions(session: Session, org_ids: Collection[int]) -> dict[int, tuple[int, str]]:
    """{org_id: (users_version, encrypted signing secret)}: both change whenever a token of the
    org may have died (a user written, the secret rotated), so a holder of open streams need only
    look closer at an org whose pair changed."""
    return repository.token_versions(session, org_ids)


def mint_token(
    ctx: AppContext, org: Org, username: str, *, ttl_seconds: int | None = None, not_before: datetime | None = None
) -> str:
    ttl = timedelta(seconds=ttl_seconds or ctx.settings.user_token_ttl_seconds)
    return tokens.mint_user_token(
        username=username,
        org=org.slug,
        secret=signing_secret(ctx, org),
        now=ctx.clock.now(),
        ttl=ttl,
        not_before=not_before,
    )


def rotate_signing_secret(session: Session, ctx: AppContext, *, slug: str) -> str:
    """A new signing secret for the org: every user token signed with the old one stops working
    at once. Returns the new secret (shown once; the CRM signs its tokens with it)."""
    org = repository.get_by_slug(session, slug)
    if org is None:
        raise ValueError(f"no org {slug!r}")
    secret = tokens.new_signing_secret()
    org.signing_secret_enc = ctx.box.encrypt(secret)
    session.flush()
    notice, signals = TokensRevoked(org_id=org.id, user_id=None), ctx.signals
    after_commit(session, lambda: signals.tokens_revoked(notice))  # the org's open streams end
    return secret


def settings_of(org: Org) -> OrgSettings:
    return OrgSettings.model_validate(org.settings or {})


def update_settings(session: Session, org: Org, patch: OrgSettingsPatch) -> OrgSettings:
    updated = patch.apply(settings_of(org))
    repository.save_settings(session, org, updated.model_dump())
    repository.bump_config_version(session, org.id)  # ingestion's cached copy is stale
    return updated
