from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from tocsin.kit.text import InputModel, OneLine


class ChannelStateOut(BaseModel):
    channel: str
    configured: bool
    enabled: bool
    released: int = 0  # held deliveries released by this enable


class ProviderStateOut(BaseModel):
    """One of the org's providers in the order they are tried, with its circuit breaker: `closed`
    (in use), `open` (skipped after repeated failures until `reopens_at`), `half_open` (the next
    send probes it). Per server process: each worker keeps its own."""

    provider: str
    state: Literal["closed", "open", "half_open"]
    consecutive_failures: int
    reopens_at: str | None


class ProviderStateEcho(InputModel):
    """A provider's state as a page sends back what it read (`providers` of GET): accepted and
    ignored, since the breakers are not set by hand."""

    provider: OneLine | None = None
    state: Literal["closed", "open", "half_open"] | None = None
    consecutive_failures: int | None = None
    reopens_at: OneLine | None = None
