from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, Update, update
from sqlalchemy.orm import Mapped, mapped_column

from tocsin import signals
from tocsin.db.base import Base, BigId, Json, UtcDateTime
from tocsin.kit.secretbox import ENCRYPTED


class Org(Base):
    __tablename__ = "orgs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    signing_secret_enc: Mapped[str] = mapped_column(Text, info=ENCRYPTED)
    settings: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Bumped by every change to the org's settings, event types, routing or channels, in the same
    # transaction: processes compare it with the version of what they cached (kit/cache.py).
    config_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Bumped by every write to the org's users (users.repository listens to the session), in the
    # same transaction: a broadcast reuses the directory it cached at this version.
    users_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_api_keys_org_active", "org_id", "revoked_at"),)


def config_bump(org_id: int) -> Update:
    """The statement any change to what ingestion caches of an org (settings, event types and
    routing, channel states) runs in its own transaction: every process sees the new
    `config_version` on its next request and reloads (see events.service.org_config). Here, with
    the model, because the repositories of several domains run it."""
    return update(Org).where(Org.id == org_id).values(config_version=Org.config_version + 1)


def users_bump(org_ids: list[int] | None) -> Update:
    """The statement every write to an org's users runs in its transaction (all orgs when
    `org_ids` is None: a bulk statement may touch any): a cached directory is never used after
    a change. Here, with the model, as `config_bump`: the orgs table is written by its package."""
    stmt = update(Org).values(users_version=Org.users_version + 1)
    return stmt if org_ids is None else stmt.where(Org.id.in_(org_ids))


def _config_changed(session: Any, org_id: int) -> None:
    session.execute(config_bump(org_id))


# Lower layers (event types) say that an org's cached configuration changed; the bump is ours.
signals.provide("org_config_changed", "orgs", _config_changed)
