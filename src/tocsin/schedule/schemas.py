from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from tocsin.kit.bounds import bounded_time
from tocsin.kit.text import InputModel, Text
from tocsin.users.schemas import USERNAME_PATTERN

ITEM_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,199}$"
URL_PATTERN = r"^(https?://|/)"


def _within_bounds(value: datetime) -> datetime:
    # Reminders are computed minutes or days around this time: year 1 or 9999 would overflow.
    bounded_time(value)
    return value


ScheduledTime = Annotated[AwareDatetime, AfterValidator(_within_bounds)]


class _Record(InputModel):
    """What the CRM sends on every PUT: the record as it is now (a full replacement)."""

    model_config = ConfigDict(extra="forbid")

    title: Text | None = Field(default=None, max_length=500)
    url: Text | None = Field(default=None, max_length=2000, pattern=URL_PATTERN)


class ActivityIn(_Record):
    owner: Text = Field(pattern=USERNAME_PATTERN)
    starts_at: ScheduledTime
    # Absent or null: the org's default (`reminder_default_minutes`); 0: no reminder.
    reminder_minutes: int | None = Field(default=None, ge=0, le=7 * 24 * 60)


class TaskIn(_Record):
    assignee: Text = Field(pattern=USERNAME_PATTERN)
    due_at: ScheduledTime
    completed: bool = False


class TargetIn(_Record):
    owner: Text = Field(pattern=USERNAME_PATTERN)
    goal: float = Field(gt=0, allow_inf_nan=False)
    current: float = Field(ge=0, allow_inf_nan=False)


class NextFiring(BaseModel):
    type: str
    at: str


class ActivityOut(BaseModel):
    id: str
    owner: str
    title: str | None
    url: str | None
    starts_at: str
    reminder_minutes: int | None
    effective_reminder_minutes: int
    next_firing: NextFiring | None
    next_firing_at: str | None
    created_at: str
    updated_at: str


class TaskOut(BaseModel):
    id: str
    assignee: str
    title: str | None
    url: str | None
    due_at: str
    completed: bool
    next_firing: NextFiring | None
    next_firing_at: str | None
    created_at: str
    updated_at: str


class TargetOut(BaseModel):
    id: str
    owner: str
    title: str | None
    url: str | None
    goal: float
    current: float
    percent: float
    fired_threshold: int | None  # the milestone this update announced, if any
    milestones_reached: list[int]
    next_threshold: int | None
    created_at: str
    updated_at: str


class MissedFiringOut(BaseModel):
    id: int
    type: str
    item_kind: str
    item_id: str
    title: str | None
    recipient: str
    due_at: str
    recorded_at: str | None


class MissedPage(BaseModel):
    items: list[MissedFiringOut]
    next_cursor: str | None
