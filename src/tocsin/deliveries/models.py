from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, Json, UtcDateTime, partial_index

# pending: due at next_attempt_at; deferred: waiting (quiet hours, digest, escalation, retry); held: channel disabled;
# sending: leased by a worker until lease_until; sent / failed / skipped: final, except that a
# provider's receipt moves a sent delivery on to delivered or undelivered.
DELIVERY_STATUSES = (
    "pending",
    "deferred",
    "held",
    "sending",
    "sent",
    "delivered",
    "undelivered",
    "failed",
    "skipped",
)
DUE_STATUSES = ("pending", "deferred")


class Delivery(Base):
    """One attempt chain of one notification on one external channel: the queue and the log."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # The org and the user by id, without a foreign key (here and on notifications): each key is
    # checked per inserted row, which was half the database time of a broadcast, and nothing
    # cascades through them (users are soft-deleted, orgs never deleted, the purge deletes rows
    # itself). The rows are written only for users read in the same transaction.
    org_id: Mapped[int] = mapped_column(BigId)
    notification_id: Mapped[int] = mapped_column(ForeignKey("notifications.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(BigId)
    event_id: Mapped[int] = mapped_column(BigId)
    event_type: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    leased_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    provider_message_id: Mapped[str | None] = mapped_column(String(300), nullable=True)
    # Billable parts where the channel counts them (SMS segments), as the provider reported them.
    parts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The body of a CRM callback (channel `callback`), fixed when it was queued; null otherwise.
    payload: Mapped[dict[str, Any] | None] = mapped_column(Json, nullable=True)
    # Why it waits or was skipped: quiet_hours, digest, escalation, read_in_app, ...
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Sent during the recipient's quiet hours because the event was urgent and the org allows it.
    dnd_bypassed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A copy to a fixed address (the event type's `cc_emails`), not to a user: the row hangs on
    # one recipient's notification for its texts, `user_id` is 0. Null for a user's delivery.
    copy_to: Mapped[str | None] = mapped_column(String(320), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        # Provider receipts find their delivery by the provider's message id (new rows have none).
        partial_index(
            "ix_deliveries_provider_message_id", "provider_message_id", where="provider_message_id IS NOT NULL"
        ),
        # The worker's claim query: due work only, oldest first (ties in creation order). Rows
        # deferred to a later time sit past the range the claim reads and are never scanned.
        partial_index("ix_deliveries_due", "next_attempt_at", "id", where="status IN ('pending', 'deferred')"),
        # What still waits, by notification: reading a notification finds what to cancel here
        # (usually nothing) without probing every delivery the notification ever had.
        partial_index("ix_deliveries_waiting", "notification_id", where="status IN ('pending', 'deferred')"),
        # Expired leases of crashed workers.
        partial_index("ix_deliveries_leased", "lease_until", where="status = 'sending'"),
        Index("ix_deliveries_org_id", "org_id", "id"),
        Index("ix_deliveries_org_status", "org_id", "status", "id"),
        Index("ix_deliveries_org_channel_status", "org_id", "channel", "status"),
    )


class DeliveryAttempt(Base):
    """Every send attempt is a row: when, how it ended, what the provider said."""

    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    attempt_no: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime] = mapped_column(UtcDateTime)
    outcome: Mapped[str] = mapped_column(String(12))
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    provider_message_id: Mapped[str | None] = mapped_column(String(300), nullable=True)
    worker: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # The provider this try went through ("smtp", "resend", "smtp#2" for a second relay); with
    # failover one attempt number can have a row per provider tried.
    provider: Mapped[str | None] = mapped_column(String(100), nullable=True)
