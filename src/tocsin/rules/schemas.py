from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from tocsin.event_types.schemas import EVENT_KEY_PATTERN, MAX_CC_EMAILS
from tocsin.kit.addresses import EmailAddress
from tocsin.kit.text import InputModel, OneLine, Text, check_text

RULE_ID_PATTERN = r"^[A-Za-z0-9_.-]{1,100}$"
Username = Annotated[Text, Field(pattern=r"^[A-Za-z0-9_.@+-]{1,150}$")]
# Checked as a whole: a failing member of the union would otherwise name itself in the error's field.
Scalar = Annotated[str | int | float | bool | None, AfterValidator(check_text)]


class RuleIn(InputModel):
    """A field-change rule: when `field` of an `entity_type` record enters one of `values`
    (reported by a `record_updated` event in `data.changes`), `recipients` are notified as
    `event_type`."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "entity_type": "sales_order",
                    "field": "status",
                    "values": ["eSigned"],
                    "event_type": "sales_order_status_change",
                    "recipients": ["shipping"],
                    "enabled": True,
                    "collapse_over": 25,
                    "attach_document": True,
                }
            ]
        },
    )

    entity_type: OneLine = Field(min_length=1, max_length=64)
    field: OneLine = Field(min_length=1, max_length=100)
    values: list[Scalar] = Field(min_length=1, max_length=100)
    event_type: Text = Field(pattern=EVENT_KEY_PATTERN)
    recipients: list[Username] = Field(min_length=1, max_length=1000)
    enabled: bool = True
    # More than this many notifications of the rule for one recipient in one batch call become
    # one, listing the first records; null: never.
    collapse_over: int | None = Field(default=25, ge=1, le=10_000)
    # The event's `data.document_url` (an absolute http(s) link) is attached to the email as a file.
    attach_document: bool = False
    # Fixed addresses (outside the CRM's users) that get a copy of the rule's email, besides the
    # event type's own `cc_emails`.
    cc_emails: list[EmailAddress] = Field(default_factory=list, max_length=MAX_CC_EMAILS)

    @field_validator("values")
    @classmethod
    def _short_values(cls, values: list[Any]) -> list[Any]:
        for value in values:
            if isinstance(value, str) and len(value) > 500:
                raise ValueError("each value is at most 500 characters")
        return values

    @field_validator("recipients")
    @classmethod
    def _distinct(cls, names: list[str]) -> list[str]:
        return list(dict.fromkeys(names))


class RuleOut(BaseModel):
    id: str
    entity_type: str
    field: str
    values: list[Scalar]
    event_type: str
    recipients: list[str]
    enabled: bool
    collapse_over: int | None
    attach_document: bool = False
    cc_emails: list[str] = Field(default_factory=list)
    created_at: datetime
    updated_at: datetime


class RulePage(BaseModel):
    items: list[RuleOut]
    next_cursor: str | None
