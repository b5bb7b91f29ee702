"""Provider receipts: a sent delivery moves on to delivered or undelivered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from tocsin.callbacks import service as callbacks
from tocsin.channels import repository
from tocsin.channels.base import public_error
from tocsin.context import AppContext

Final = Literal["delivered", "undelivered"]


@dataclass(frozen=True, slots=True)
class Receipt:
    provider_message_id: str
    status: Final
    error: str | None = None  # the provider's error for an undelivered message


def apply(session: Session, ctx: AppContext, *, org_id: int, channel: str, receipts: list[Receipt]) -> int:
    """Record receipts of one org's channel; returns how many deliveries they moved. Each move is
    reported to the CRM (`delivery.delivered`, or `delivery.failed` with status `undelivered`)
    where the org asked for it, in the same transaction."""
    now = ctx.clock.now()
    reports: list[callbacks.CallbackItem] = []
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
            reports.append(
                callbacks.CallbackItem(
                    org_id=org_id,
                    type="delivery.delivered" if r.status == "delivered" else "delivery.failed",
                    notification_id=row.notification_id,
                    user_id=row.user_id,
                    event_id=row.event_id,
                    data={
                        "delivery_id": row.id,
                        "notification_id": row.notification_id,
                        "event_id": row.event_id,
                        "event_type": row.event_type,
                        "channel": channel,
                        "recipient": row.username,
                        "status": r.status,
                        "error": error,
                        "provider_message_id": r.provider_message_id,
                        "entity": {"type": row.entity_type, "id": row.entity_id},
                    },
                )
            )
    callbacks.enqueue(session, ctx, reports, now=now)
    return len(reports)
