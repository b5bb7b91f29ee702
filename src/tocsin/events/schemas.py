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
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "type": "lead_assigned",
                    "actor": "bob",
                    "idempotency_key": "lead-42-assign-1",
                    "entity": {
                        "type": "lead",
                        "id": "42",
                        "name": "Jane Smith",
                        "owner": "jane",
                        "url": "https://crm.example.com/leads/42",
                    },
                }
            ]
        },
    )

    type: str = Field(pattern=EVENT_KEY_PATTERN)
    actor: str | None = Field(default=None, max_length=150)
    entity: EntityIn = Field(default_factory=EntityIn)
    data: dict[str, Any] = Field(default_factory=dict)
    urgent: bool | None = None
    idempotency_key: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="a repeat with the same key returns the first answer; the `Idempotency-Key` header is an alias",
    )
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
    # Why the event reached nobody (e.g. `lead_assigned` without `entity.owner`); empty otherwise.
    warnings: list[str] = Field(default_factory=list)


class EventBatchResult(BaseModel):
    results: list[EventResult]
