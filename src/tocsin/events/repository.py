from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from tocsin.db import bulk
from tocsin.deliveries.models import Delivery
from tocsin.events.models import Event, EventType
from tocsin.notifications.models import Notification
from tocsin.preferences.models import Preference


def event_type(session: Session, org_id: int, key: str) -> EventType | None:
    return session.scalars(select(EventType).where(EventType.org_id == org_id, EventType.key == key)).one_or_none()


def event_types(session: Session, org_id: int) -> list[EventType]:
    return list(session.scalars(select(EventType).where(EventType.org_id == org_id).order_by(EventType.key)))


def add_event_type(session: Session, row: EventType) -> EventType:
    session.add(row)
    session.flush()
    return row


def event_by_key(session: Session, org_id: int, idempotency_key: str) -> Event | None:
    return session.scalars(
        select(Event).where(Event.org_id == org_id, Event.idempotency_key == idempotency_key)
    ).one_or_none()


def events_by_keys(session: Session, org_id: int, keys: Collection[str]) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.org_id == org_id, Event.idempotency_key.in_(keys))))


def reserve_event_ids(session: Session, count: int) -> list[int]:
    return bulk.allocate_ids(session, Event.__table__, count)  # type: ignore[arg-type]


def reserve_notification_ids(session: Session, count: int) -> list[int]:
    return bulk.allocate_ids(session, Notification.__table__, count)  # type: ignore[arg-type]


def insert_events(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk insert of events whose ids were reserved (`reserve_event_ids`), answers included."""
    bulk.insert_rows(session, Event.__table__, rows)  # type: ignore[arg-type]


def insert_notification_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Bulk insert of notifications whose ids were reserved (`reserve_notification_ids`)."""
    bulk.insert_rows(session, Notification.__table__, rows)  # type: ignore[arg-type]


def add_event(session: Session, event: Event) -> Event:
    session.add(event)
    session.flush()
    return event


def store_result(session: Session, event_id: int, result: dict[str, Any]) -> None:
    session.execute(update(Event).where(Event.id == event_id).values(result=result))


def preferences_for_type(session: Session, org_id: int, event_type_key: str) -> dict[int, dict[str, bool]]:
    """Every user's overrides for one event type: {user_id: {channel: enabled}} in one query."""
    out: dict[int, dict[str, bool]] = {}
    rows = session.execute(
        select(Preference.user_id, Preference.channel, Preference.enabled).where(
            Preference.org_id == org_id, Preference.event_type == event_type_key
        )
    )
    for user_id, channel, enabled in rows:
        out.setdefault(user_id, {})[channel] = enabled
    return out


def insert_notifications(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Bulk insert; returns the new ids in the order of `rows`."""
    table: Table = Notification.__table__  # type: ignore[assignment]
    ids = bulk.allocate_ids(session, table, len(rows))
    bulk.insert_rows(session, table, [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids


def insert_deliveries(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    bulk.insert_rows(session, Delivery.__table__, rows)  # type: ignore[arg-type]
