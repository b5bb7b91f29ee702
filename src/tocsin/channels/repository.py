from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tocsin.channels.models import ChannelConfig


def get(session: Session, org_id: int, channel: str) -> ChannelConfig | None:
    return session.scalars(
        select(ChannelConfig).where(ChannelConfig.org_id == org_id, ChannelConfig.channel == channel)
    ).one_or_none()


def all_for_org(session: Session, org_id: int) -> list[ChannelConfig]:
    return list(session.scalars(select(ChannelConfig).where(ChannelConfig.org_id == org_id)))
