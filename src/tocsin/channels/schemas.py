from __future__ import annotations

from pydantic import BaseModel


class ChannelStateOut(BaseModel):
    channel: str
    configured: bool
    enabled: bool
    released: int = 0  # held deliveries released by this enable
