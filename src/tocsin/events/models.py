from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, Json, UtcDateTime


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str | None] = mapped_column(String(150), nullable=True)
    entity: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    # The entity's type and id again, as columns: the event history filters and indexes them.
    entity_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    # Files for the email: [{filename, content_type, url} or {filename, content_type, content_base64}].
    attachments: Mapped[list[dict[str, Any]] | None] = mapped_column(Json, nullable=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # SHA-256 of the request (without its key): a repeated key with another payload is refused.
    request_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(Json, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        # The unique constraint is the idempotency guarantee: two racing inserts cannot both win.
        UniqueConstraint("org_id", "idempotency_key"),
        Index("ix_events_org_created", "org_id", "created_at"),
        # The event history: newest first (keyset on id), whole or by type, record or actor.
        Index("ix_events_org_id", "org_id", "id"),
        Index("ix_events_org_type", "org_id", "type", "id"),
        Index("ix_events_org_entity", "org_id", "entity_type", "entity_id", "id"),
        Index("ix_events_org_actor", "org_id", "actor", "id"),
    )
