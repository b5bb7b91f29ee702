from __future__ import annotations

from collections.abc import Collection, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, select, update
from sqlalchemy.orm import Session

from tocsin.db import bulk
from tocsin.events.models import Event
from tocsin.notifications.models import Notification


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
    """Bulk insert of events by column, ids reserved (`reserve_ids`): the one insert into the
    events table, made by the ingestion pipeline's write stage."""
    bulk.insert_gathered(session, Event.__table__, columns)  # type: ignore[arg-type]


def delete_events(session: Session, ids: Sequence[int]) -> int:
    """Delete events by id (their notifications and deliveries are deleted first, by their owners)."""
    if not ids:
        return 0
    return int(getattr(session.execute(delete(Event).where(Event.id.in_(ids))), "rowcount", 0) or 0)


def store_results(session: Session, results: dict[int, dict[str, Any]]) -> None:
    """Replace the stored answers of a few events (their texts fell back to built-in ones)."""
    for event_id, result in results.items():
        session.execute(update(Event).where(Event.id == event_id).values(result=result))


# -- the event history (reads) -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    type: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None
    actor: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    # The recipient's events (a subquery of event ids, from the notifications' owner).
    event_ids: Select[Any] | None = None


def history_page(
    session: Session, *, org_id: int, where: HistoryFilter, before_id: int | None, limit: int
) -> list[Event]:
    """The org's events newest first, keyset on id; each filter has an (org, ..., id) index."""
    stmt = select(Event).where(Event.org_id == org_id)
    for column, value in (
        (Event.type, where.type),
        (Event.entity_type, where.entity_type),
        (Event.entity_id, where.entity_id),
        (Event.actor, where.actor),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if where.since is not None:
        stmt = stmt.where(Event.created_at >= where.since)
    if where.until is not None:
        stmt = stmt.where(Event.created_at < where.until)
    if where.event_ids is not None:
        stmt = stmt.where(Event.id.in_(where.event_ids))
    if before_id is not None:
        stmt = stmt.where(Event.id < before_id)
    return list(session.scalars(stmt.order_by(Event.id.desc()).limit(limit)))


def get_event(session: Session, *, org_id: int, event_id: int) -> Event | None:
    event = session.get(Event, event_id)
    return event if event is not None and event.org_id == org_id else None
