from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, Json, UtcDateTime
from tocsin.kit.secretbox import ENCRYPTED


class CallbackSettings(Base):
    """Where an org's CRM hears back from Tocsin, which callbacks it wants, and the secret that
    signs them (encrypted at rest)."""

    __tablename__ = "callback_settings"

    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    events: Mapped[list[Any]] = mapped_column(Json, default=list)
    signing_secret_enc: Mapped[str] = mapped_column(Text, info=ENCRYPTED)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
