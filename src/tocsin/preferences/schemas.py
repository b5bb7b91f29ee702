from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from tocsin.kit.text import InputModel
from tocsin.orgs.schemas import DndWindow
from tocsin.users.schemas import DeliveryChoice


class PreferenceCell(BaseModel):
    on: bool
    locked: bool  # the admin does not let users change this cell (in_app is always locked on)
    available: bool  # the org has this channel configured


class DigestChoice(BaseModel):
    window_minutes: int  # the event type's digest window, set by the admin
    on: bool  # whether this user gets the type's external messages as a digest


class PreferencesOut(BaseModel):
    channels: list[str]
    event_types: dict[str, dict[str, PreferenceCell]]
    descriptions: dict[str, str]
    delivery_choice: str
    dnd: DndWindow | None
    # The org's quiet hours: a user's own window must lie inside it (when it is on).
    org_dnd: DndWindow
    urgent_bypasses_dnd: bool
    # Event types with a digest: {type: {window_minutes, on}}.
    digests: dict[str, DigestChoice] = {}


class PreferencesIn(InputModel):
    """Cells left out keep their value. `null` for a cell returns it to the admin's default."""

    model_config = ConfigDict(extra="forbid")

    event_types: dict[str, dict[str, bool | None]] | None = None
    delivery_choice: DeliveryChoice | None = None
    dnd: DndWindow | None = None
    # {event type: on/off} for types with a digest; null returns to the default (on).
    digests: dict[str, bool | None] | None = None
