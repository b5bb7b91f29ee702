"""The event history's answers (`GET /v1/events`, `GET /v1/events/{id}`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tocsin.deliveries.schemas import DeliveryOut


class EventSummary(BaseModel):
    """An event as the history lists it: what happened, about which record, by whom, and what
    ingesting it produced (recipients, deliveries queued per channel, warnings)."""

    id: int
    type: str
    actor: str | None
    entity: dict[str, Any]
    urgent: bool
    created_at: str
    recipient_count: int
    queued: dict[str, int]  # deliveries queued per channel when it was ingested
    skipped: dict[str, int]
    warnings: list[str]


class EventPage(BaseModel):
    items: list[EventSummary]
    next_cursor: str | None


class EventNotificationOut(BaseModel):
    """One recipient's in-app notification of the event, and what they did with it."""

    id: int
    user: str
    title: str
    created_at: str
    seen_at: str | None
    read_at: str | None
    dismissed_at: str | None
    acted_at: str | None
    action: str | None


class EventDetailOut(EventSummary):
    """The event with its data, who it reached and what became of each notification and delivery."""

    data: dict[str, Any]
    recipients: list[str]  # the users notified, in order
    unknown_recipients: list[str]
    inactive_recipients: list[str]
    notifications: list[EventNotificationOut]
    deliveries: list[DeliveryOut]  # every channel's, with status, attempts and the last error
