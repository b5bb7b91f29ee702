"""Channel names, shared by routing, preferences and the admin API."""

from __future__ import annotations

from typing import Literal

IN_APP = "in_app"
EXTERNAL_CHANNELS: tuple[str, ...] = ("email", "sms", "whatsapp", "webpush", "webhook")
ALL_CHANNELS: tuple[str, ...] = (IN_APP, *EXTERNAL_CHANNELS)

ExternalChannel = Literal["email", "sms", "whatsapp", "webpush", "webhook"]
