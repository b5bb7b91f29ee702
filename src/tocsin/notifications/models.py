from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, Json, UtcDateTime, partial_index


class Notification(Base):
    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # The org and the user by id, without a foreign key: see `Delivery.org_id`.
    org_id: Mapped[int] = mapped_column(BigId)
    user_id: Mapped[int] = mapped_column(BigId)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    entity_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    actor: Mapped[str | None] = mapped_column(String(150), nullable=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    silent: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    dismissed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Up to three buttons from the event; which one the user took, and when.
    actions: Mapped[list[dict[str, Any]] | None] = mapped_column(Json, nullable=True)
    acted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    action: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Shared resolution: an approval decided by someone (`{"decision", "by", "by_name"}`).
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolution: Mapped[dict[str, Any] | None] = mapped_column(Json, nullable=True)

    __table_args__ = (
        # Keyset pagination, newest first, per user.
        Index("ix_notifications_user_id", "org_id", "user_id", "id"),
        # Unread count and read-all touch only the user's unread rows; with `seen_at` in it the
        # unread and unseen counts are read from the index alone.
        partial_index(
            "ix_notifications_unread",
            "org_id",
            "user_id",
            "id",
            "seen_at",
            where="read_at IS NULL AND dismissed_at IS NULL",
        ),
        Index("ix_notifications_org_created", "org_id", "created_at"),
        # Shared resolution finds the open requests about one record.
        partial_index(
            "ix_notifications_open_requests",
            "org_id",
            "entity_type",
            "entity_id",
            where="type = 'approval_requested' AND resolved_at IS NULL",
        ),
    )
