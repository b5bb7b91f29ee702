"""Models of the routes agreed between the server's engineers but not in its OpenAPI document yet:
bulk user sync (`PUT /v1/users`) and the event history (`GET /v1/events`, `GET /v1/events/{id}`).

Written by hand from the agreed shapes, lenient where the shape is not pinned down (`extra="allow"`).
Once the server serves these routes, `generate.py` writes their models into `models.py` and this
module's classes are replaced by them (the operation-coverage test then lists the routes as served).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tocsin_client.models import UserIn

BULK_USERS_MAX = 1000


class BulkUserIn(UserIn):
    """One row of a bulk sync: the username and the fields of `UserIn`."""

    username: str = Field(pattern=r"^[A-Za-z0-9_.@+-]{1,150}$")


class BulkUserResult(BaseModel):
    username: str
    status: Literal["created", "updated", "unchanged", "refused"]
    # For a refused row: the user's own field at fault (`timezone`) and why.
    field: str | None = None
    reason: str | None = None


class BulkUsersResult(BaseModel):
    """One result per row, in the request's order, and the counts."""

    results: list[BulkUserResult]
    created: int
    updated: int
    unchanged: int
    refused: int


class EventSummary(BaseModel):
    """An event of the history (fields beyond these are kept as the server sends them)."""

    model_config = ConfigDict(extra="allow")
    id: int | None = None
    type: str | None = None
    created_at: datetime | None = None


class EventPage(BaseModel):
    """One page of the event history, newest first; pass `next_cursor` back as `cursor`."""

    items: list[EventSummary]
    next_cursor: str | None = None


class EventDetail(BaseModel):
    """An event with who it reached: its recipients, notifications and deliveries."""

    model_config = ConfigDict(extra="allow")
    id: int | None = None
    type: str | None = None
    recipients: list[Any] = Field(default_factory=list)
    notifications: list[dict[str, Any]] = Field(default_factory=list)
    deliveries: list[dict[str, Any]] = Field(default_factory=list)
