from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from tocsin.kit.addresses import EmailAddress
from tocsin.kit.text import InputModel, OneLine, Text

EVENT_KEY_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
MAX_CC_EMAILS = 10


class RoutingCell(InputModel):
    model_config = ConfigDict(extra="forbid")

    on: bool
    overridable: bool = False


class EscalationSpec(InputModel):
    """Unread escalation: still unread after `after_minutes`, the notification is sent on `channel`;
    still unread after `manager_after_minutes`, the recipient's manager gets an `escalation`
    notification. Either step may be null (left out)."""

    model_config = ConfigDict(extra="forbid")

    after_minutes: int | None = Field(default=None, ge=1, le=30 * 24 * 60)
    channel: Text | None = None
    manager_after_minutes: int | None = Field(default=None, ge=1, le=30 * 24 * 60)


class DigestSpec(InputModel):
    """Digest: the type's external deliveries for one user and channel gather for the window and
    go out as one message."""

    model_config = ConfigDict(extra="forbid")

    window_minutes: int = Field(ge=1, le=24 * 60)


class EventTypeIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    description: OneLine | None = Field(default=None, max_length=500)
    urgent_default: bool | None = None
    title_template: Text | None = Field(default=None, max_length=2000)
    body_template: Text | None = Field(default=None, max_length=10_000)
    routing: dict[str, RoutingCell] | None = None
    # `data` fields kept off SMS, WhatsApp and push texts; [] for none, null for the default rule.
    sensitive_fields: list[Annotated[Text, Field(min_length=1, max_length=100)]] | None = Field(
        default=None, max_length=100
    )
    # null turns it off; left out keeps it.
    escalation: EscalationSpec | None = None
    digest: DigestSpec | None = None
    # false: the type's events are accepted and stored, and notify nobody (the answer warns).
    enabled: bool | None = None
    # Fixed addresses (outside the CRM's users) that get a copy of the type's email; [] for none.
    cc_emails: list[EmailAddress] | None = Field(default=None, max_length=MAX_CC_EMAILS)


class EventTypeOut(BaseModel):
    key: str
    description: str
    urgent_default: bool
    builtin: bool
    title_template: str
    body_template: str
    routing: dict[str, RoutingCell]
    # The type's own list, or null when amounts and contact details (the default rule) apply.
    sensitive_fields: list[str] | None = None
    escalation: EscalationSpec | None = None
    digest: DigestSpec | None = None
    enabled: bool = True
    cc_emails: list[str] = Field(default_factory=list)


class RoutingOut(BaseModel):
    """The event x channel matrix: `matrix[event_type][channel] = {on, overridable}`."""

    channels: list[str]
    matrix: dict[str, dict[str, RoutingCell]]


class RoutingIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    matrix: dict[str, dict[str, RoutingCell]]
