"""What the CRM hears about deliveries, and the rows that carry it.

A callback is a delivery on the `callback` channel: deliveries owns those rows as it owns every
delivery row, so the CRM's callbacks (from the worker, from provider receipts, from reads and
actions through `signals.callbacks_queued`) are queued here, in the transaction of what they
report. The `delivery.<status>` body is built by one function, whoever reports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tocsin.callbacks import service as callbacks
from tocsin.channels.base import public_error
from tocsin.context import AppContext
from tocsin.db.engine import after_commit
from tocsin.deliveries import repository
from tocsin.deliveries.repository import Claimed
from tocsin.notifications.models import Notification
from tocsin.users.models import User


def delivery_callback(
    row: Claimed,
    note: Notification,
    user: User,
    *,
    status: str,
    error: str | None,
    provider_message_id: str | None,
) -> callbacks.CallbackItem:
    """The `delivery.<status>` callback of one delivery, as the CRM sees it (`undelivered` is
    reported as `delivery.failed` with that status)."""
    kind = "failed" if status == "undelivered" else status
    return callbacks.CallbackItem(
        org_id=row.org_id,
        type=f"delivery.{kind}",
        notification_id=row.notification_id,
        user_id=row.user_id,
        event_id=row.event_id,
        data={
            "delivery_id": row.id,
            "notification_id": row.notification_id,
            "event_id": row.event_id,
            "event_type": row.event_type,
            "channel": row.channel,
            "recipient": user.username,
            "status": status,
            "error": error,
            "provider_message_id": provider_message_id,
            "entity": {"type": note.entity_type, "id": note.entity_id},
        },
        records=callbacks.collapsed_records(note.data),
    )


def queue_callbacks(session: Session, ctx: AppContext, items: Sequence[Any], *, now: datetime) -> int:
    """Queue the callbacks each org asked for (one query for the settings, one insert); the
    worker is woken after commit. Returns how many were queued."""
    rows = callbacks.rows_for(session, items, now=now)
    repository.insert_callbacks(session, rows)
    if rows:
        after_commit(session, ctx.signals.deliveries_due)
    return len(rows)


def apply_receipts(session: Session, ctx: AppContext, org_id: int, channel: str, receipts: Sequence[Any]) -> int:
    """Record provider receipts of one org's channel (`provider_message_id`, `status`: delivered
    or undelivered, `error`); returns how many deliveries they moved. Each move is reported to
    the CRM where the org asked for it, in the same transaction."""
    now = ctx.clock.now()
    moved: list[tuple[Claimed, Any, str | None]] = []
    for r in receipts:
        error = public_error(r.error) if r.error else None
        for row in repository.mark_receipt(
            session,
            org_id=org_id,
            channel=channel,
            provider_message_id=r.provider_message_id,
            status=r.status,
            error=error,
            now=now,
        ):
            moved.append((row, r, error))
    if not moved:
        return 0
    notes = repository.notifications_by_id(session, (row.notification_id for row, _, _ in moved))
    people = repository.users_by_id(session, (row.user_id for row, _, _ in moved))
    reports = [
        delivery_callback(
            row,
            notes[row.notification_id],
            people[row.user_id],
            status=r.status,
            error=error,
            provider_message_id=r.provider_message_id,
        )
        for row, r, error in moved
        if row.notification_id in notes and row.user_id in people
    ]
    queue_callbacks(session, ctx, reports, now=now)
    return len(moved)
