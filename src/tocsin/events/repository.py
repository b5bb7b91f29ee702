from __future__ import annotations

from collections.abc import Collection, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tocsin.db import bulk
from tocsin.events.models import Event
from tocsin.events.notes import NotificationColumns, NotificationTable
from tocsin.notifications.models import Notification


def event_by_key(session: Session, org_id: int, idempotency_key: str) -> Event | None:
    return session.scalars(
        select(Event).where(Event.org_id == org_id, Event.idempotency_key == idempotency_key)
    ).one_or_none()


def events_by_keys(session: Session, org_id: int, keys: Collection[str]) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.org_id == org_id, Event.idempotency_key.in_(keys))))


def reserve_ids(session: Session, *, events: int, notifications: int) -> tuple[list[int], list[int]]:
    """Ids for `events` events and `notifications` notifications, reserved in one round trip."""
    event_ids, notification_ids = bulk.allocate_many(
        session,
        [(Event.__table__, events), (Notification.__table__, notifications)],  # type: ignore[list-item]
    )
    return event_ids, notification_ids


def pipelined(session: Session) -> AbstractContextManager[None]:
    """The bulk inserts made inside the block go in one round trip (`db.bulk.pipelined`)."""
    return bulk.pipelined(session)


def insert_event_columns(session: Session, columns: dict[str, list[Any]]) -> None:
    """Bulk insert of events by column, ids reserved (`reserve_ids`)."""
    bulk.insert_gathered(session, Event.__table__, columns)  # type: ignore[arg-type]


def insert_notification_table(session: Session, table: NotificationTable) -> None:
    """Bulk insert of many events' notifications gathered by column (ids reserved)."""
    bulk.insert_gathered(session, Notification.__table__, table.columns)  # type: ignore[arg-type]


def add_event(session: Session, event: Event) -> Event:
    session.add(event)
    session.flush()
    return event


def store_result(session: Session, event_id: int, result: dict[str, Any]) -> None:
    session.execute(update(Event).where(Event.id == event_id).values(result=result))


def reserve_notification_ids(session: Session, count: int) -> list[int]:
    return bulk.allocate_ids(session, Notification.__table__, count)  # type: ignore[arg-type]


def insert_notification_columns(session: Session, notes: NotificationColumns, ids: Sequence[int]) -> None:
    """Bulk insert of one event part's notifications, with reserved ids in recipient order."""
    bulk.insert_columns(session, Notification.__table__, notes.varying(ids), notes.fixed())  # type: ignore[arg-type]
