from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from tocsin.kit.text import InputModel
from tocsin.orgs.schemas import DndWindow
from tocsin.users.schemas import DeliveryChoice


class PreferenceCell(BaseModel):
    on: bool
    locked: bool  # the admin does not let users change this cell (in_app is always locked on)
    available: bool  # the org has this channel configured


class PreferencesOut(BaseModel):
    channels: list[str]
    event_types: dict[str, dict[str, PreferenceCell]]
    descriptions: dict[str, str]
    delivery_choice: str
    dnd: DndWindow | None


class PreferencesIn(InputModel):
    """Cells left out keep their value. `null` for a cell returns it to the admin's default."""

    model_config = ConfigDict(extra="forbid")

    event_types: dict[str, dict[str, bool | None]] | None = None
    delivery_choice: DeliveryChoice | None = None
    dnd: DndWindow | None = None
