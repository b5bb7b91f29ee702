from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from tocsin.event_types.schemas import EVENT_KEY_PATTERN
from tocsin.kit.text import JSON_MAX_BYTES, JSON_MAX_DEPTH, InputModel, OneLine, Text, check_json_blob
from tocsin.users.schemas import USERNAME_PATTERN

ENTITY_EXTRA_MAX_BYTES = 16 * 1024
BATCH_MAX = 1000
MASS_UPDATE_MAX = 10_000


class EntityIn(InputModel):
    """The CRM record an event is about. `type` is its module (lead, contact, deal, task, ...)."""

    model_config = ConfigDict(extra="allow")

    type: OneLine | None = Field(default=None, max_length=64)
    id: OneLine | None = Field(default=None, max_length=200)
    name: OneLine | None = Field(default=None, max_length=500)
    url: Text | None = Field(default=None, max_length=2000, pattern=r"^(https?://|/)")
    owner: Text | None = Field(default=None, pattern=USERNAME_PATTERN)
    previous_owner: Text | None = Field(default=None, pattern=USERNAME_PATTERN)

    @model_validator(mode="after")
    def _bounded_extras(self) -> EntityIn:
        # Extra fields are free JSON the CRM may add (shown to templates): bounded like `data`.
        if self.model_extra:
            try:
                check_json_blob(self.model_extra, max_bytes=ENTITY_EXTRA_MAX_BYTES)
            except ValueError as exc:
                raise ValueError(f"entity: {exc}") from exc
        return self


class ActionIn(InputModel):
    """A button the notification offers; taking it sends the `notification.action` callback."""

    model_config = ConfigDict(extra="forbid")

    id: Text = Field(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")
    label: OneLine = Field(min_length=1, max_length=40)
    style: Literal["primary", "secondary", "danger"] = "secondary"


LINK_PATTERN = re.compile(r"^(https?://|/)")


def distinct_actions(value: list[ActionIn] | None) -> list[ActionIn] | None:
    if value is not None and len({a.id for a in value}) != len(value):
        raise ValueError("action ids must be distinct")
    return value


ATTACHMENTS_MAX = 5
INLINE_MAX_BYTES = 1024 * 1024
_CONTENT_TYPE = r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"


class AttachmentIn(InputModel):
    """A file for the event's email: fetched from `url` when the email is sent, or given inline
    as `content_base64` (at most 1 MB decoded). Other channels get its name and link."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "url": "https://crm.example.com/so/5521.pdf",
                    "filename": "SO-5521.pdf",
                    "content_type": "application/pdf",
                }
            ]
        },
    )

    filename: OneLine = Field(min_length=1, max_length=200)
    content_type: Text = Field(pattern=_CONTENT_TYPE)
    url: Text | None = Field(default=None, max_length=2000)
    content_base64: Text | None = Field(default=None, max_length=(INLINE_MAX_BYTES + 2) // 3 * 4 + 4)

    @field_validator("filename")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if "/" in value or "\\" in value or value in (".", ".."):
            raise ValueError("a file name, without a folder")
        return value

    @field_validator("content_type")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower()

    @field_validator("url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/?#]+", value):
            raise ValueError("must be an absolute http(s) URL")
        return value

    @field_validator("content_base64")
    @classmethod
    def _decodes(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            size = len(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError) as exc:
            raise ValueError("not valid base64") from exc
        if size > INLINE_MAX_BYTES:
            raise ValueError(f"at most {INLINE_MAX_BYTES} bytes once decoded (give a url for larger files)")
        return value

    @model_validator(mode="after")
    def _one_source(self) -> AttachmentIn:
        if (self.url is None) == (self.content_base64 is None):
            raise ValueError("give either url or content_base64")
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

    type: Text = Field(pattern=EVENT_KEY_PATTERN)
    actor: OneLine | None = Field(default=None, max_length=150)
    entity: EntityIn = Field(default_factory=EntityIn)
    data: dict[str, Any] = Field(
        default_factory=dict,
        description=f"free JSON for templates: at most {JSON_MAX_BYTES} bytes and {JSON_MAX_DEPTH} levels deep; "
        "no string or key may hold NUL, control characters (tab and line breaks aside) or lone surrogates",
    )
    urgent: bool | None = None
    idempotency_key: OneLine | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="a repeat with the same key returns the first answer; the `Idempotency-Key` header is an alias",
    )
    recipients: list[Annotated[Text, Field(max_length=150)]] | None = Field(default=None, max_length=10_000)
    actions: list[ActionIn] | None = Field(
        default=None, max_length=3, description="up to 3 buttons on the notification (bell, toast, history)"
    )
    attachments: list[AttachmentIn] | None = Field(
        default=None,
        max_length=ATTACHMENTS_MAX,
        description="up to 5 files for the email; other channels get their names and links in `data.attachments`",
    )

    @field_validator("data")
    @classmethod
    def _bounded_data(cls, value: dict[str, Any]) -> dict[str, Any]:
        checked: dict[str, Any] = check_json_blob(value)
        document = checked.get("document_url")
        if document is not None and not (isinstance(document, str) and LINK_PATTERN.match(document)):
            raise ValueError("document_url: must be an http(s) link or a path")
        created = checked.get("created")
        if created is not None:
            if not isinstance(created, list) or not all(isinstance(item, dict) for item in created):
                raise ValueError('created: must be a list of {"type", "id", "name", "url"}')
            for index, item in enumerate(created):
                url = item.get("url")
                if url is not None and not (isinstance(url, str) and LINK_PATTERN.match(url)):
                    raise ValueError(f"created.{index}.url: must be an http(s) link or a path")
        return checked

    @field_validator("actions")
    @classmethod
    def _distinct_actions(cls, value: list[ActionIn] | None) -> list[ActionIn] | None:
        return distinct_actions(value)


class NotifyIn(InputModel):
    """POST /v1/notify: a message sent by hand (the CRM's Notify button) to chosen users."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "actor": "bob",
                    "recipients": ["jane", "sam"],
                    "message": "Can one of you call Acme back today?",
                    "entity": {"type": "account", "id": "7", "name": "Acme", "url": "https://crm.example.com/a/7"},
                }
            ]
        },
    )

    actor: OneLine | None = Field(default=None, max_length=150)
    recipients: list[Annotated[Text, Field(min_length=1, max_length=150)]] = Field(min_length=1, max_length=1000)
    message: Text = Field(min_length=1, max_length=5000)
    title: OneLine | None = Field(default=None, max_length=200, description="default: the entity's name")
    entity: EntityIn = Field(default_factory=EntityIn)
    urgent: bool | None = None
    idempotency_key: OneLine | None = Field(default=None, min_length=1, max_length=200)
    actions: list[ActionIn] | None = Field(default=None, max_length=3)

    @field_validator("actions")
    @classmethod
    def _distinct_actions(cls, value: list[ActionIn] | None) -> list[ActionIn] | None:
        return distinct_actions(value)

    def as_event(self, header_key: str | None) -> EventIn:
        data: dict[str, Any] = {"message": self.message}
        if self.title:
            data["title"] = self.title
        return EventIn(
            type="manual",
            actor=self.actor,
            entity=self.entity,
            data=data,
            urgent=self.urgent,
            idempotency_key=header_key or self.idempotency_key,
            recipients=list(self.recipients),
            actions=self.actions,
        )


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why one event of a batch was refused at the door: `field` within the event."""

    field: str
    message: str


def _one_of_a_batch(value: Any, _handler: ValidatorFunctionWrapHandler) -> EventIn | Refusal:
    """Each event of a batch is validated on its own, so one bad event is refused alone."""
    if isinstance(value, EventIn | Refusal):
        return value
    try:
        return EventIn.model_validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        return Refusal(field=".".join(str(part) for part in first["loc"]), message=str(first["msg"]))


class _DescribedAsEventIn:
    """What the OpenAPI document shows of a batch's item: an EventIn (a refusal is only ever the
    outcome of validating one)."""

    @staticmethod
    def __get_pydantic_json_schema__(_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return handler(EventIn.__pydantic_core_schema__)


BatchEvent = Annotated[EventIn | Refusal, WrapValidator(_one_of_a_batch), _DescribedAsEventIn()]


class EventBatchIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    events: list[BatchEvent] = Field(
        min_length=1,
        max_length=MASS_UPDATE_MAX,
        description=f"at most {BATCH_MAX} events; a batch of `record_updated` events only (a mass update "
        f"reported to the field-change rules) may hold up to {MASS_UPDATE_MAX}. Each event is checked on its "
        "own: the answer holds one result per event, in order, and an event refused at the door is answered "
        "`{refused: true, error}` while the others are stored",
    )
    collapse_over: int | None = Field(
        default=25,
        ge=1,
        le=MASS_UPDATE_MAX,
        description="more than this many notifications of one rule (or event type) for one recipient in this "
        "call become one, listing the first 20 records and linking to the rest in the event history; "
        "left out: each rule's own `collapse_over` (25 by default); null: never. Every event is stored",
    )

    @field_validator("events")
    @classmethod
    def _bounded(cls, events: list[EventIn | Refusal]) -> list[EventIn | Refusal]:
        if len(events) > BATCH_MAX and any(
            isinstance(event, EventIn) and event.type != "record_updated" for event in events
        ):
            raise ValueError(
                f"at most {BATCH_MAX} events in a batch (up to {MASS_UPDATE_MAX} when all are record_updated)"
            )
        return events


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
    # record_updated only: the ids of the field-change rules it matched. Left out of the answer
    # where it does not apply; `exclude_if` (not a serializer) keeps the fields in the OpenAPI schema.
    matched_rules: list[str] | None = Field(default=None, exclude_if=lambda value: value is None)
    # approval_completed only: how many open approval requests it resolved.
    resolved: int | None = Field(default=None, exclude_if=lambda value: value is None)


class RefusalError(BaseModel):
    code: Literal["validation_error"] = "validation_error"
    message: str
    field: str


class EventRefused(BaseModel):
    """A batch's answer for an event refused at the door: nothing of it was stored."""

    refused: Literal[True] = True
    error: RefusalError

    @classmethod
    def at(cls, field: str, message: str) -> EventRefused:
        return cls(error=RefusalError(message=f"{field}: {message}", field=field))


class EventBatchResult(BaseModel):
    # One per event of the batch, in its order.
    results: list[EventResult | EventRefused]
