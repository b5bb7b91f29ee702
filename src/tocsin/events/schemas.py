from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tocsin.event_types.schemas import EVENT_KEY_PATTERN
from tocsin.kit.text import JSON_MAX_BYTES, JSON_MAX_DEPTH, InputModel, OneLine, check_json_blob
from tocsin.users.schemas import USERNAME_PATTERN

ENTITY_EXTRA_MAX_BYTES = 16 * 1024


class EntityIn(InputModel):
    """The CRM record an event is about. `type` is its module (lead, contact, deal, task, ...)."""

    model_config = ConfigDict(extra="allow")

    type: OneLine | None = Field(default=None, max_length=64)
    id: OneLine | None = Field(default=None, max_length=200)
    name: OneLine | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^(https?://|/)")
    owner: str | None = Field(default=None, pattern=USERNAME_PATTERN)
    previous_owner: str | None = Field(default=None, pattern=USERNAME_PATTERN)

    @model_validator(mode="after")
    def _bounded_extras(self) -> EntityIn:
        # Extra fields are free JSON the CRM may add (shown to templates): bounded like `data`.
        if self.model_extra:
            try:
                check_json_blob(self.model_extra, max_bytes=ENTITY_EXTRA_MAX_BYTES)
            except ValueError as exc:
                raise ValueError(f"entity: {exc}") from exc
        return self


class EventIn(InputModel):
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
    actor: OneLine | None = Field(default=None, max_length=150)
    entity: EntityIn = Field(default_factory=EntityIn)
    data: dict[str, Any] = Field(
        default_factory=dict,
        description=f"free JSON for templates: at most {JSON_MAX_BYTES} bytes and {JSON_MAX_DEPTH} levels deep",
    )
    urgent: bool | None = None
    idempotency_key: OneLine | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="a repeat with the same key returns the first answer; the `Idempotency-Key` header is an alias",
    )
    recipients: list[Annotated[str, Field(max_length=150)]] | None = Field(default=None, max_length=10_000)

    @field_validator("data")
    @classmethod
    def _bounded_data(cls, value: dict[str, Any]) -> dict[str, Any]:
        return check_json_blob(value)  # type: ignore[no-any-return]


class EventBatchIn(InputModel):
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
