from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tocsin.kit.bounds import RowId
from tocsin.kit.text import InputModel


class EntityRef(BaseModel):
    type: str | None
    id: str | None


class ActionOut(BaseModel):
    id: str
    label: str
    style: str


class Resolution(BaseModel):
    decision: str  # e.g. "approved", "rejected"
    by: str | None  # the username of who decided
    by_name: str | None  # their display name, where known


class NotificationOut(BaseModel):
    id: int
    type: str
    title: str
    body: str
    url: str | None
    entity: EntityRef
    actor: str | None
    urgent: bool
    created_at: str
    seen_at: str | None  # shown to the user (in the bell's open panel, a list); reading implies it
    read_at: str | None
    dismissed_at: str | None
    silent: bool = False  # arrived in the recipient's quiet hours: counted, no toast
    data: dict[str, Any]
    # Buttons the event offered (`{"id", "label", "style"}`), and the one the user took.
    actions: list[ActionOut] = Field(default_factory=list)
    acted_at: str | None = None
    action: str | None = None
    # Set when someone else's decision settled it (an approval request decided by another approver).
    resolved_at: str | None = None
    resolution: Resolution | None = None


class NotificationPage(BaseModel):
    items: list[NotificationOut]
    next_cursor: str | None


class UnreadCount(BaseModel):
    unread: int
    unseen: int


class ReadAllResult(BaseModel):
    changed: int
    unread: int
    unseen: int


class SeenIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    ids: list[RowId] = Field(min_length=1, max_length=500)


class SeenResult(BaseModel):
    ids: list[int]  # those that were not seen before
    unread: int
    unseen: int
