from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tocsin.event_types.schemas import EVENT_KEY_PATTERN
from tocsin.users.schemas import USERNAME_PATTERN


class EntityIn(BaseModel):
    """The CRM record an event is about. `type` is its module (lead, contact, deal, task, ...)."""

    model_config = ConfigDict(extra="allow")

    type: str | None = Field(default=None, max_length=64)
    id: str | None = Field(default=None, max_length=200)
    name: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^(https?://|/)")
    owner: str | None = Field(default=None, pattern=USERNAME_PATTERN)
    previous_owner: str | None = Field(default=None, pattern=USERNAME_PATTERN)


class EventIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: str = Field(pattern=EVENT_KEY_PATTERN)
    actor: str | None = Field(default=None, max_length=150)
    entity: EntityIn = Field(default_factory=EntityIn)
    data: dict[str, Any] = Field(default_factory=dict)
    urgent: bool | None = None
    idempotency_key: str | None = Field(default=None, min_length=1, max_length=200)
    recipients: list[str] | None = Field(default=None, max_length=10_000)


class EventBatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    events: list[EventIn] = Field(min_length=1, max_length=1000)


class EventResult(BaseModel):
    event_id: int
    duplicate: bool
    notifications: int
    recipients: list[str]
    unknown_recipients: list[str]
    inactive_recipients: list[str]
    deliveries: dict[str, int]
    skipped: dict[str, int]


class EventBatchResult(BaseModel):
    results: list[EventResult]
