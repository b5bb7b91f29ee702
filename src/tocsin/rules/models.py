from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, Json, UtcDateTime


class FieldRule(Base):
    """A field-change rule: a `record_updated` event whose `data.changes` moves `field` of an
    `entity_type` record into one of `values` notifies `recipients` as `event_type`."""

    __tablename__ = "field_rules"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    rule_id: Mapped[str] = mapped_column(String(100))  # the admin's own id, from the URL
    entity_type: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(100))
    values: Mapped[list[Any]] = mapped_column(Json, default=list)
    event_type: Mapped[str] = mapped_column(String(64))
    recipients: Mapped[list[str]] = mapped_column(Json, default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # More than this many notifications of the rule for one recipient in one batch call become
    # one (events.collapse); None: never.
    collapse_over: Mapped[int | None] = mapped_column(Integer, nullable=True, default=25, server_default="25")
    # The event's `data.document_url` goes with the email as an attachment (a sales order's PDF).
    attach_document: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Fixed addresses that get a copy of the rule's email, besides its event type's `cc_emails`.
    cc_emails: Mapped[list[str] | None] = mapped_column(Json, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("org_id", "rule_id"),)
