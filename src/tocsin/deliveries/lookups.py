"""What the worker reads about a claimed batch to re-check and render it: a few IN (...) queries
per batch, never one per delivery."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tocsin.events.models import Event, EventType
from tocsin.notifications.models import Notification
from tocsin.orgs.models import Org
from tocsin.preferences.models import Preference
from tocsin.users.models import User


def _ids(values: Iterable[int]) -> list[int]:
    return sorted(set(values))


def notifications(session: Session, ids: Iterable[int]) -> dict[int, Notification]:
    return {n.id: n for n in session.scalars(select(Notification).where(Notification.id.in_(_ids(ids))))}


def users(session: Session, ids: Iterable[int]) -> dict[int, User]:
    return {u.id: u for u in session.scalars(select(User).where(User.id.in_(_ids(ids))))}


def event_entities(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    rows = session.execute(select(Event.id, Event.entity).where(Event.id.in_(_ids(ids))))
    return {event_id: dict(entity or {}) for event_id, entity in rows}


def routings(session: Session, pairs: Iterable[tuple[int, str]]) -> dict[tuple[int, str], dict[str, Any]]:
    """{(org_id, type key): routing row} for the batch's event types."""
    wanted = set(pairs)
    if not wanted:
        return {}
    org_ids = sorted({org for org, _ in wanted})
    keys = sorted({key for _, key in wanted})
    rows = session.execute(
        select(EventType.org_id, EventType.key, EventType.routing).where(
            EventType.org_id.in_(org_ids), EventType.key.in_(keys)
        )
    )
    return {(org, key): dict(routing or {}) for org, key, routing in rows if (org, key) in wanted}


def preferences(
    session: Session, user_ids: Iterable[int], event_types: Iterable[str]
) -> dict[tuple[int, str], dict[str, bool]]:
    """{(user_id, event type): {channel: enabled}} for the batch's users."""
    out: dict[tuple[int, str], dict[str, bool]] = {}
    keys = sorted(set(event_types))
    if not keys:
        return out
    rows = session.execute(
        select(Preference.user_id, Preference.event_type, Preference.channel, Preference.enabled).where(
            Preference.user_id.in_(_ids(user_ids)), Preference.event_type.in_(keys)
        )
    )
    for user_id, event_type, channel, enabled in rows:
        out.setdefault((user_id, event_type), {})[channel] = enabled
    return out


def orgs(session: Session, ids: Iterable[int]) -> dict[int, Org]:
    return {o.id: o for o in session.scalars(select(Org).where(Org.id.in_(_ids(ids))))}
