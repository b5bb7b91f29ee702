from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

EVENT_KEY_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"


class RoutingCell(BaseModel):
    model_config = ConfigDict(extra="forbid")

    on: bool
    overridable: bool = False


class EventTypeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    description: str | None = Field(default=None, max_length=500)
    urgent_default: bool | None = None
    title_template: str | None = Field(default=None, max_length=2000)
    body_template: str | None = Field(default=None, max_length=10_000)
    routing: dict[str, RoutingCell] | None = None


class EventTypeOut(BaseModel):
    key: str
    description: str
    urgent_default: bool
    builtin: bool
    title_template: str
    body_template: str
    routing: dict[str, RoutingCell]


class RoutingOut(BaseModel):
    """The event x channel matrix: `matrix[event_type][channel] = {on, overridable}`."""

    channels: list[str]
    matrix: dict[str, dict[str, RoutingCell]]


class RoutingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    matrix: dict[str, dict[str, RoutingCell]]
