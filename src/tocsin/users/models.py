from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, Json, UtcDateTime
from tocsin.kit.secretbox import ENCRYPTED


class User(Base):
    """A recipient. Addresses are encrypted at rest (`*_enc`); `has_*` flags let routing decide
    without decrypting thousands of addresses for a broadcast."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    username: Mapped[str] = mapped_column(String(150))
    display_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    email_enc: Mapped[str | None] = mapped_column(Text, nullable=True, info=ENCRYPTED)
    phone_enc: Mapped[str | None] = mapped_column(Text, nullable=True, info=ENCRYPTED)
    whatsapp_enc: Mapped[str | None] = mapped_column(Text, nullable=True, info=ENCRYPTED)
    webhook_url_enc: Mapped[str | None] = mapped_column(Text, nullable=True, info=ENCRYPTED)
    has_email: Mapped[bool] = mapped_column(Boolean, default=False)
    has_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    has_whatsapp: Mapped[bool] = mapped_column(Boolean, default=False)
    has_webhook: Mapped[bool] = mapped_column(Boolean, default=False)
    # At least one browser push subscription (push_subscriptions) is on file.
    has_webpush: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    webhook_kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    delivery_choice: Mapped[str] = mapped_column(String(10), default="email")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    locale: Mapped[str] = mapped_column(String(20), default="en")
    manager: Mapped[str | None] = mapped_column(String(150), nullable=True)
    roles: Mapped[list[str]] = mapped_column(Json, default=list)
    dnd: Mapped[dict[str, Any] | None] = mapped_column(Json, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Tokens issued before this time are refused: set when the user is deactivated, deleted or
    # re-created, so neither an old token nor a re-used username brings access back.
    tokens_valid_after: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        UniqueConstraint("org_id", "username"),
        Index("ix_users_org_active", "org_id", "active"),
    )


class PushSubscription(Base):
    """One browser's Web Push subscription (a user may have many). The endpoint is a capability
    URL and the keys decrypt what is sent to it: both are encrypted at rest; `endpoint_hash`
    (SHA-256 of the endpoint) finds a subscription without decrypting every row."""

    __tablename__ = "push_subscriptions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    endpoint_hash: Mapped[str] = mapped_column(String(64))
    endpoint_enc: Mapped[str] = mapped_column(Text, info=ENCRYPTED)
    keys_enc: Mapped[str] = mapped_column(Text, info=ENCRYPTED)  # {"p256dh", "auth"}
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        UniqueConstraint("org_id", "endpoint_hash"),
        Index("ix_push_subscriptions_user_id", "user_id"),
    )
