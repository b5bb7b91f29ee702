"""An org's Web Push settings as the worker and the admin API use them. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tocsin.channels.stored import read_stored


@dataclass(frozen=True, slots=True)
class WebPushConfig:
    subject: str | None = None  # mailto: or https: contact that push services may use
    public_key: str | None = None  # VAPID public key, base64url of the uncompressed P-256 point
    private_key: str | None = field(default=None, repr=False)  # base64url of the 32-byte scalar

    @property
    def complete(self) -> bool:
        return bool(self.subject and self.public_key and self.private_key)

    @property
    def missing(self) -> list[str]:
        out = [] if self.subject else ["subject"]
        if not (self.public_key and self.private_key):
            out.append("vapid key pair (POST /v1/admin/channels/webpush/vapid)")
        return out


def from_stored(config: dict[str, Any] | None, secrets: dict[str, Any]) -> WebPushConfig:
    return read_stored(WebPushConfig, config, secrets, secrets_as={"private_key": "vapid_private_key"})
