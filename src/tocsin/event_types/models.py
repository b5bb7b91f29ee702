from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, Json, UtcDateTime


class EventType(Base):
    """An event type and its row of the routing matrix: `routing[channel] = {"on", "overridable"}`."""

    __tablename__ = "event_types"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    urgent_default: Mapped[bool] = mapped_column(Boolean, default=False)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    title_template: Mapped[str | None] = mapped_column(Text, nullable=True)
    body_template: Mapped[str | None] = mapped_column(Text, nullable=True)
    routing: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    # `data` keys left out of lock-screen texts (SMS, WhatsApp, push); None: amounts and contact
    # details (event_types.sensitivity).
    sensitive_fields: Mapped[list[str] | None] = mapped_column(Json, nullable=True)
    # Unread escalation `{"after_minutes", "channel", "manager_after_minutes"}`; None: off.
    escalation: Mapped[dict[str, Any] | None] = mapped_column(Json, nullable=True)
    # Digest `{"window_minutes"}`: external deliveries gather per user and channel; None: off.
    digest: Mapped[dict[str, Any] | None] = mapped_column(Json, nullable=True)
    # Off: the type's events are accepted and stored, and notify nobody (events.decide).
    enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Fixed addresses that get a copy of the type's email (outside the CRM's users); None: none.
    cc_emails: Mapped[list[str] | None] = mapped_column(Json, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("org_id", "key"),)
