"""An org's webhook settings: the switch and the signing secret of generic JSON webhooks. Pure."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from typing import Any

SECRET_PREFIX = "whsec_"


def new_signing_secret() -> str:
    """`whsec_` + base64 of 32 random bytes, the form Standard Webhooks libraries take."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def valid_signing_secret(value: str) -> bool:
    if not value.startswith(SECRET_PREFIX):
        return False
    try:
        raw = base64.b64decode(value[len(SECRET_PREFIX) :], validate=True)
    except ValueError:
        return False
    return 24 <= len(raw) <= 64


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    signing_secret: str | None = field(default=None, repr=False)

    @property
    def complete(self) -> bool:
        return bool(self.signing_secret)

    @property
    def missing(self) -> list[str]:
        return [] if self.signing_secret else ["signing_secret"]


def from_stored(secrets_: dict[str, Any]) -> WebhookConfig:
    return WebhookConfig(signing_secret=secrets_.get("signing_secret") or None)
