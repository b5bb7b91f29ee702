from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, UtcDateTime


class Preference(Base):
    """A user's override of one routing-matrix cell (event type x external channel)."""

    __tablename__ = "preferences"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    event_type: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(20))
    enabled: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        UniqueConstraint("user_id", "event_type", "channel"),
        # A broadcast loads every user's choice for one event type in one query.
        Index("ix_preferences_org_type", "org_id", "event_type"),
    )


class CopyOptOut(Base):
    """A fixed address (an event type's `cc_emails`) that unsubscribed: it gets no more copies
    from the org."""

    __tablename__ = "copy_optouts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    address: Mapped[str] = mapped_column(String(320))
    event_type: Mapped[str] = mapped_column(String(64))  # the copy whose link was used
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("org_id", "address"),)
