from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from tocsin.event_types.models import EventType


def event_type(session: Session, org_id: int, key: str) -> EventType | None:
    return session.scalars(select(EventType).where(EventType.org_id == org_id, EventType.key == key)).one_or_none()


def event_types(session: Session, org_id: int) -> list[EventType]:
    return list(session.scalars(select(EventType).where(EventType.org_id == org_id).order_by(EventType.key)))


def add_event_type(session: Session, row: EventType) -> EventType:
    session.add(row)
    session.flush()
    return row


def seed(session: Session, org_id: int, rows: list[dict[str, Any]], now: datetime) -> None:
    session.execute(
        insert(EventType),
        [{**row, "org_id": org_id, "created_at": now, "updated_at": now} for row in rows],
    )


@dataclass(frozen=True, slots=True)
class TypeTexts:
    title_template: str | None
    body_template: str | None
    sensitive_fields: list[str] | None


def texts(session: Session, pairs: set[tuple[int, str]]) -> dict[tuple[int, str], TypeTexts]:
    """{(org_id, type key): its in-app texts and sensitive fields} in one query."""
    if not pairs:
        return {}
    rows = session.execute(
        select(
            EventType.org_id,
            EventType.key,
            EventType.title_template,
            EventType.body_template,
            EventType.sensitive_fields,
        ).where(EventType.org_id.in_(sorted({o for o, _ in pairs})), EventType.key.in_(sorted({k for _, k in pairs})))
    )
    return {
        (org, key): TypeTexts(title, body, list(fields) if fields is not None else None)
        for org, key, title, body, fields in rows
        if (org, key) in pairs
    }


def routings(session: Session, pairs: set[tuple[int, str]]) -> dict[tuple[int, str], dict[str, Any]]:
    """{(org_id, type key): routing row} for several orgs' event types in one query."""
    if not pairs:
        return {}
    org_ids = sorted({org for org, _ in pairs})
    keys = sorted({key for _, key in pairs})
    rows = session.execute(
        select(EventType.org_id, EventType.key, EventType.routing).where(
            EventType.org_id.in_(org_ids), EventType.key.in_(keys)
        )
    )
    return {(org, key): dict(routing or {}) for org, key, routing in rows if (org, key) in pairs}
