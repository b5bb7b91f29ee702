from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class EntityRef(BaseModel):
    type: str | None
    id: str | None


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
    read_at: str | None
    dismissed_at: str | None
    data: dict[str, Any]


class NotificationPage(BaseModel):
    items: list[NotificationOut]
    next_cursor: str | None


class UnreadCount(BaseModel):
    unread: int


class ReadAllResult(BaseModel):
    changed: int
    unread: int
