from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tocsin.templates.models import Template


def get(session: Session, *, org_id: int, event_type: str, channel: str, locale: str) -> Template | None:
    return session.scalars(
        select(Template).where(
            Template.org_id == org_id,
            Template.event_type == event_type,
            Template.channel == channel,
            Template.locale == locale,
        )
    ).one_or_none()


def for_type(session: Session, *, org_id: int, event_type: str, channel: str) -> list[Template]:
    """Every locale of one event type's template on one channel."""
    return list(
        session.scalars(
            select(Template).where(
                Template.org_id == org_id, Template.event_type == event_type, Template.channel == channel
            )
        )
    )


def for_types(session: Session, *, org_id: int, channel: str, event_types: Iterable[str]) -> list[Template]:
    """The org's templates on `channel` for a batch's event types, every locale, in one query."""
    keys = sorted(set(event_types))
    if not keys:
        return []
    return list(
        session.scalars(
            select(Template).where(
                Template.org_id == org_id, Template.channel == channel, Template.event_type.in_(keys)
            )
        )
    )


def list_for_org(session: Session, org_id: int) -> list[Template]:
    return list(
        session.scalars(
            select(Template)
            .where(Template.org_id == org_id)
            .order_by(Template.event_type, Template.channel, Template.locale)
        )
    )


def save(
    session: Session,
    *,
    org_id: int,
    event_type: str,
    channel: str,
    locale: str,
    subject: str | None,
    body: str,
    html: str | None,
    now: datetime,
) -> Template:
    row = get(session, org_id=org_id, event_type=event_type, channel=channel, locale=locale)
    if row is None:
        row = Template(org_id=org_id, event_type=event_type, channel=channel, locale=locale)
        session.add(row)
    row.subject = subject
    row.body = body
    row.html = html
    row.updated_at = now
    session.flush()
    return row


def remove(session: Session, *, org_id: int, event_type: str, channel: str, locale: str) -> bool:
    result = session.execute(
        delete(Template).where(
            Template.org_id == org_id,
            Template.event_type == event_type,
            Template.channel == channel,
            Template.locale == locale,
        )
    )
    return bool(getattr(result, "rowcount", 0))
