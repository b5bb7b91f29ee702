from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tocsin.channels.models import ChannelConfig
from tocsin.orgs.models import config_bump


def get(session: Session, org_id: int, channel: str) -> ChannelConfig | None:
    return session.scalars(
        select(ChannelConfig).where(ChannelConfig.org_id == org_id, ChannelConfig.channel == channel)
    ).one_or_none()


def for_orgs(session: Session, org_ids: Iterable[int], *, lock: bool = False) -> list[ChannelConfig]:
    """Channel settings of several orgs. With `lock` (PostgreSQL: FOR SHARE) an admin's enable or
    disable waits until the reading transaction ends, so a worker that decided to hold a delivery
    because the channel was disabled commits before the re-enable releases held rows."""
    ids = sorted(set(org_ids))
    if not ids:
        return []
    stmt = select(ChannelConfig).where(ChannelConfig.org_id.in_(ids))
    if lock:
        stmt = stmt.with_for_update(read=True)
    return list(session.scalars(stmt))


def save(
    session: Session,
    *,
    org_id: int,
    channel: str,
    configured: bool,
    enabled: bool,
    config: dict[str, Any],
    secrets_enc: str | None,
    now: datetime,
) -> ChannelConfig:
    row = get(session, org_id, channel)
    if row is None:
        row = ChannelConfig(org_id=org_id, channel=channel)
        session.add(row)
    row.configured = configured
    row.enabled = enabled
    row.config = config
    row.secrets_enc = secrets_enc
    row.updated_at = now
    session.flush()
    config_changed(session, org_id)
    return row


def config_changed(session: Session, org_id: int) -> None:
    """Channel states are cached by ingestion: they are stale from this transaction's commit on."""
    session.execute(config_bump(org_id))
