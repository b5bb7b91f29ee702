from __future__ import annotations

from pydantic import BaseModel, Field

from tocsin.kit.bounds import Timestamp
from tocsin.kit.text import InputModel, Text


class DeliveryOut(BaseModel):
    """The delivery as the admin log shows it, plus `address` (the recipient's address, masked)."""

    id: int
    notification_id: int
    event_type: str
    recipient: str
    address: str | None
    # A copy to a fixed address (an event type's `cc_emails`): `recipient` is that address, masked.
    is_copy: bool = False
    channel: str
    status: str
    attempts: int
    next_attempt_at: str | None
    last_error: str | None
    provider_message_id: str | None
    parts: int | None = None  # billable parts where the channel counts them (SMS segments)
    deferred_until: str | None = None  # while deferred: when it is due
    # Why it waits or waited (quiet_hours, digest, escalation, retry), why it was skipped, or
    # `urgent_bypass`: it left in the recipient's quiet hours because the event was urgent.
    reason: str | None = None
    created_at: str
    updated_at: str


class AttemptOut(BaseModel):
    attempt_no: int
    started_at: str
    finished_at: str
    outcome: str  # sent | transient | permanent | lost
    error: str | None
    provider_message_id: str | None
    provider: str | None = None  # which of the org's providers (failover: one row per provider tried)


class DeliveryDetailOut(DeliveryOut):
    attempts_log: list[AttemptOut]


class DeliveryPage(BaseModel):
    items: list[DeliveryOut]
    next_cursor: str | None


class ChannelSummary(BaseModel):
    """One external channel as the admin console lists it."""

    name: str
    admin: bool  # whether this build can configure it (its admin routes exist)
    configured: bool
    enabled: bool
    held: int  # deliveries held while it is off; they go out when it is enabled
    secret_fields: list[str]  # write-only settings, shown masked
    test_fields: list[str]  # what a test asks for (e.g. `to`)


class RetryFilter(InputModel):
    """POST /v1/admin/deliveries/retry: every failed delivery matching the filter (the delivery
    log's filters; none: every failed delivery of the org)."""

    model_config = {"extra": "forbid"}

    channel: Text | None = Field(default=None, max_length=20)
    event_type: Text | None = Field(default=None, max_length=64)
    user: Text | None = Field(default=None, max_length=150)
    since: Timestamp | None = None
    until: Timestamp | None = None


class RetryResult(BaseModel):
    retried: int
    by_channel: dict[str, int]
