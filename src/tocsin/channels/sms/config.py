"""An org's SMS settings as the worker and the admin API use them. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tocsin.channels.stored import read_stored


@dataclass(frozen=True, slots=True)
class SmsConfig:
    account_sid: str | None = None
    auth_token: str | None = field(default=None, repr=False)  # never in a repr, so never in a log line
    from_number: str | None = None
    messaging_service_sid: str | None = None
    daily_cap: int = 0  # messages per org per day; 0: no cap

    @property
    def complete(self) -> bool:
        """Enough to send: an account, its token, and a sender (a number or a messaging service)."""
        return bool(self.account_sid and self.auth_token and (self.from_number or self.messaging_service_sid))

    @property
    def missing(self) -> list[str]:
        out = [name for name in ("account_sid", "auth_token") if not getattr(self, name)]
        if not (self.from_number or self.messaging_service_sid):
            out.append("from_number")
        return out


def from_stored(config: dict[str, Any] | None, secrets: dict[str, Any]) -> SmsConfig:
    convert = {"daily_cap": lambda value: int(value or 0)}
    return read_stored(SmsConfig, config, secrets, secrets_as={"auth_token": "auth_token"}, convert=convert)
