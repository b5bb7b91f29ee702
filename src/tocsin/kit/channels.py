"""Channel names, shared by routing, preferences and the admin API."""

from __future__ import annotations

from typing import Literal

IN_APP = "in_app"
EXTERNAL_CHANNELS: tuple[str, ...] = ("email", "sms", "whatsapp", "webpush", "webhook")
ALL_CHANNELS: tuple[str, ...] = (IN_APP, *EXTERNAL_CHANNELS)

ExternalChannel = Literal["email", "sms", "whatsapp", "webpush", "webhook"]

# Channels whose texts show on a phone's lock screen and pass through carriers: fields an admin
# marks sensitive are left out of them (event_types.sensitivity).
LOCK_SCREEN_CHANNELS = frozenset({"sms", "whatsapp", "webpush"})
