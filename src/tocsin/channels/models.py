from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, Json, UtcDateTime
from tocsin.kit.secretbox import ENCRYPTED


class ChannelConfig(Base):
    """An org's settings for one external channel; secrets live encrypted in `secrets_enc`."""

    __tablename__ = "channel_configs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    configured: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    config: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    secrets_enc: Mapped[str | None] = mapped_column(Text, nullable=True, info=ENCRYPTED)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("org_id", "channel"),)
