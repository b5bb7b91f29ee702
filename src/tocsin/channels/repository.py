from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tocsin.channels.models import ChannelConfig
from tocsin.deliveries.models import Delivery
from tocsin.notifications.models import Notification
from tocsin.orgs.models import config_bump
from tocsin.users.models import User


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


def mark_receipt(
    session: Session,
    *,
    org_id: int,
    channel: str,
    provider_message_id: str,
    status: str,
    error: str | None,
    now: datetime,
) -> list[Any]:
    """A provider's receipt: the org's sent delivery with this provider message id becomes
    `status` (delivered or undelivered). Deliveries in any other state are left alone (a late or
    repeated receipt changes nothing). Returns the deliveries moved, with what a callback about
    them says (id, notification, user, event, type, entity, recipient)."""
    moved = (
        session.execute(
            update(Delivery)
            .where(
                Delivery.org_id == org_id,
                Delivery.channel == channel,
                Delivery.provider_message_id == provider_message_id,
                Delivery.status == "sent",
            )
            .values(status=status, last_error=error, updated_at=now)
            .returning(Delivery.id)
            .execution_options(synchronize_session=False)
        )
        .scalars()
        .all()
    )
    if not moved:
        return []
    return list(
        session.execute(
            select(
                Delivery.id,
                Delivery.notification_id,
                Delivery.user_id,
                Delivery.event_id,
                Delivery.event_type,
                Notification.entity_type,
                Notification.entity_id,
                User.username,
            )
            .join(Notification, Notification.id == Delivery.notification_id)
            .join(User, User.id == Delivery.user_id)
            .where(Delivery.id.in_(list(moved)))
        ).all()
    )
