from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tocsin.kit.addresses import EmailAddress
from tocsin.kit.text import InputModel, OneLine, Text
from tocsin.kit.tz import validate_timezone

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
Module = Annotated[OneLine, Field(min_length=1, max_length=64)]
# A module's fixed copy addresses: as many as an event type's `cc_emails`.
ModuleCopies = Annotated[list[EmailAddress], Field(max_length=10)]
Username = Annotated[Text, Field(pattern=r"^[A-Za-z0-9_.@+-]{1,150}$")]


class DndWindow(InputModel):
    """Quiet hours: a daily window (may cross midnight) on the given weekdays (0 = Monday)."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = False
    start: Text = "20:00"
    end: Text = "08:00"
    days: list[Annotated[int, Field(ge=0, le=6)]] = Field(default_factory=lambda: list(range(7)))
    timezone: Text = "UTC"

    @field_validator("start", "end")
    @classmethod
    def _hhmm(cls, value: str) -> str:
        if not _HHMM.match(value):
            raise ValueError("must be HH:MM (24-hour)")
        return value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        return validate_timezone(value)


class OrgSettings(BaseModel):
    """Every org-level setting, with its default. Stored as JSON on the org row."""

    model_config = ConfigDict(extra="forbid")

    dnd: DndWindow = Field(default_factory=DndWindow)
    urgent_bypasses_dnd: bool = True
    # A delivery still waiting (quiet hours, digest, escalation) whose notification was read in-app
    # is skipped with reason `read_in_app`.
    skip_read: bool = True
    email_subject_prefix: OneLine = Field(default="[CRM]", max_length=50)
    email_batch_size: int = Field(default=100, ge=1, le=10_000)
    email_batch_window_seconds: int = Field(default=60, ge=1, le=86_400)
    retention_days: int = Field(default=90, ge=1, le=3650)
    reminder_default_minutes: int = Field(default=15, ge=0, le=7 * 24 * 60)
    # Module -> on/off for reassignment notifications; a module not listed is on.
    reassignment_notifications: dict[str, bool] = Field(default_factory=dict)
    # Module -> whether the previous owner hears of a reassignment; a module not listed is off.
    notify_previous_owner: dict[str, bool] = Field(default_factory=dict)
    # Module -> fixed addresses (outside the CRM's users) copied on its reassignment emails,
    # besides the event type's own `cc_emails`.
    reassignment_cc_emails: dict[str, list[str]] = Field(default_factory=dict)
    manager_copy: bool = False
    lockout_recipients: list[str] = Field(default_factory=list)
    credit_override_recipients: list[str] = Field(default_factory=list)


class OrgSettingsPatch(InputModel):
    """PUT /v1/admin/settings: fields left out keep their value."""

    model_config = ConfigDict(extra="forbid")

    dnd: DndWindow | None = None
    urgent_bypasses_dnd: bool | None = None
    skip_read: bool | None = None
    email_subject_prefix: OneLine | None = Field(default=None, max_length=50)
    email_batch_size: int | None = Field(default=None, ge=1, le=10_000)
    email_batch_window_seconds: int | None = Field(default=None, ge=1, le=86_400)
    retention_days: int | None = Field(default=None, ge=1, le=3650)
    reminder_default_minutes: int | None = Field(default=None, ge=0, le=7 * 24 * 60)
    reassignment_notifications: dict[Module, bool] | None = Field(default=None, max_length=200)
    notify_previous_owner: dict[Module, bool] | None = Field(default=None, max_length=200)
    reassignment_cc_emails: dict[Module, ModuleCopies] | None = Field(default=None, max_length=200)
    manager_copy: bool | None = None
    lockout_recipients: list[Username] | None = Field(default=None, max_length=1000)
    credit_override_recipients: list[Username] | None = Field(default=None, max_length=1000)

    def apply(self, current: OrgSettings) -> OrgSettings:
        changes: dict[str, Any] = self.model_dump(exclude_unset=True, exclude_none=True)
        return OrgSettings.model_validate({**current.model_dump(), **changes})
