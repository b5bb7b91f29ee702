"""The event history: an org's events as stored, newest first, and one event with what became
of it (its recipients' notifications and every delivery). Events are kept as long as their
notifications: the retention purge deletes both (`schedule.retention`), so the history reaches
back `retention_days`. The notifications and deliveries are read through their owners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tocsin.context import AppContext
from tocsin.deliveries import admin_log as deliveries
from tocsin.errors import invalid, not_found
from tocsin.events import repository
from tocsin.events.history_schemas import EventDetailOut, EventNotificationOut, EventPage, EventSummary
from tocsin.events.models import Event
from tocsin.kit.clock import isoformat
from tocsin.kit.pagination import BadCursor, decode_cursor, split_page
from tocsin.notifications import service as notifications
from tocsin.orgs.models import Org
from tocsin.users import service as users

MAX_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Filters:
    """The history's filters as the API takes them; `recipient` is a username."""

    type: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None
    actor: str | None = None
    recipient: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def list_page(session: Session, org: Org, filters: Filters, *, cursor: str | None, limit: int) -> EventPage:
    """Newest first. An unknown recipient matches nothing (users come and go; not an error)."""
    try:
        before = decode_cursor(cursor) if cursor else None
    except BadCursor as exc:
        raise invalid("cursor", str(exc)) from exc
    event_ids = None
    if filters.recipient is not None:
        user_id = users.id_of_username(session, org.id, filters.recipient)
        if user_id is None:
            return EventPage(items=[], next_cursor=None)
        event_ids = notifications.event_ids_of_user(org_id=org.id, user_id=user_id)
    where = repository.HistoryFilter(
        type=filters.type,
        entity_type=filters.entity_type,
        entity_id=filters.entity_id,
        actor=filters.actor,
        since=filters.since,
        until=filters.until,
        event_ids=event_ids,
    )
    rows = repository.history_page(session, org_id=org.id, where=where, before_id=before, limit=limit + 1)
    page, next_cursor = split_page(rows, limit, lambda event: event.id)
    return EventPage(items=[summary(event) for event in page], next_cursor=next_cursor)


def summary(event: Event) -> EventSummary:
    result: dict[str, Any] = event.result or {}
    return EventSummary(
        id=event.id,
        type=event.type,
        actor=event.actor,
        entity=dict(event.entity or {}),
        urgent=bool(event.urgent),
        created_at=isoformat(event.created_at) or "",
        recipient_count=len(result.get("recipients", [])),
        queued=dict(result.get("deliveries", {})),
        skipped=dict(result.get("skipped", {})),
        warnings=list(result.get("warnings", [])),
    )


def detail(session: Session, ctx: AppContext, org: Org, event_id: int) -> EventDetailOut:
    """One event of the org (another org's is a 404) with its notifications and deliveries."""
    event = repository.get_event(session, org_id=org.id, event_id=event_id)
    if event is None:
        raise not_found("event")
    made = notifications.of_event(session, org_id=org.id, event_id=event.id)
    names = users.usernames_by_id(session, org.id, {n.user_id for n in made})
    notes = [
        EventNotificationOut(
            id=n.id,
            user=names.get(n.user_id, ""),
            title=n.title,
            created_at=isoformat(n.created_at) or "",
            seen_at=isoformat(n.seen_at),
            read_at=isoformat(n.read_at),
            dismissed_at=isoformat(n.dismissed_at),
            acted_at=isoformat(n.acted_at),
            action=n.action,
        )
        for n in made
    ]
    result: dict[str, Any] = event.result or {}
    return EventDetailOut(
        **summary(event).model_dump(),
        data=dict(event.data or {}),
        recipients=[note.user for note in notes],
        unknown_recipients=list(result.get("unknown_recipients", [])),
        inactive_recipients=list(result.get("inactive_recipients", [])),
        notifications=notes,
        deliveries=deliveries.of_notifications(session, ctx, org, [n.id for n in made]),
    )
