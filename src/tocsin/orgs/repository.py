from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tocsin.orgs.models import ApiKey, Org, config_bump


def get_by_slug(session: Session, slug: str) -> Org | None:
    return session.scalars(select(Org).where(Org.slug == slug)).one_or_none()


def get(session: Session, org_id: int) -> Org | None:
    return session.get(Org, org_id)


def token_versions(session: Session, org_ids: Collection[int]) -> dict[int, tuple[int, str]]:
    """{org_id: (users_version, signing_secret_enc)}: what changes when any of its tokens may have died."""
    rows = session.execute(
        select(Org.id, Org.users_version, Org.signing_secret_enc).where(Org.id.in_(list(org_ids)))
    ).all()
    return {org_id: (int(version), secret) for org_id, version, secret in rows}


def add_org(session: Session, *, slug: str, name: str, signing_secret_enc: str, now: datetime) -> Org:
    org = Org(slug=slug, name=name, signing_secret_enc=signing_secret_enc, settings={}, created_at=now)
    session.add(org)
    session.flush()
    return org


def add_key(session: Session, *, org_id: int, name: str, prefix: str, key_hash: str, now: datetime) -> ApiKey:
    key = ApiKey(org_id=org_id, name=name, prefix=prefix, key_hash=key_hash, created_at=now)
    session.add(key)
    session.flush()
    return key


def org_for_key_hash(session: Session, key_hash: str) -> Org | None:
    return session.scalars(
        select(Org)
        .join(ApiKey, ApiKey.org_id == Org.id)
        .where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
    ).one_or_none()


def org_and_key_name_for_key_hash(session: Session, key_hash: str) -> tuple[Org, str] | None:
    """The org of an active key and the key's name (admin calls record it as their actor)."""
    row = session.execute(
        select(Org, ApiKey.name)
        .join(ApiKey, ApiKey.org_id == Org.id)
        .where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
    ).one_or_none()
    return None if row is None else (row[0], row[1])


def orgs_for_key_hashes(session: Session, key_hashes: Collection[str]) -> dict[str, Org]:
    """{key hash: org} for the active keys among `key_hashes`, in one query."""
    rows = session.execute(
        select(ApiKey.key_hash, Org)
        .join(Org, ApiKey.org_id == Org.id)
        .where(ApiKey.key_hash.in_(key_hashes), ApiKey.revoked_at.is_(None))
    )
    return {key_hash: org for key_hash, org in rows}


def list_keys(session: Session, org_id: int) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).where(ApiKey.org_id == org_id).order_by(ApiKey.id)))


def revoke_key(session: Session, *, org_id: int, key_id: int, now: datetime) -> bool:
    result = session.execute(
        update(ApiKey)
        .where(ApiKey.org_id == org_id, ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


def save_settings(session: Session, org: Org, settings: dict[str, Any]) -> None:
    org.settings = settings
    session.flush()


def bump_config_version(session: Session, org_id: int) -> None:
    session.execute(config_bump(org_id))
