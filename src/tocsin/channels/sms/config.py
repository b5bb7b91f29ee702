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
    # Further Twilio senders or accounts, tried in order when this one fails (failover).
    fallbacks: tuple[SmsConfig, ...] = ()

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
    fallbacks = tuple(
        SmsConfig(
            account_sid=entry.get("account_sid") or None,
            auth_token=entry.get("auth_token") or None,
            from_number=entry.get("from_number") or None,
            messaging_service_sid=entry.get("messaging_service_sid") or None,
        )
        for entry in secrets.get("fallbacks") or ()
    )
    convert = {"daily_cap": lambda value: int(value or 0), "fallbacks": lambda _value: fallbacks}
    return read_stored(SmsConfig, config, secrets, secrets_as={"auth_token": "auth_token"}, convert=convert)


def auth_tokens(config: SmsConfig) -> list[str]:
    """Every auth token of the org's Twilio senders: a receipt is signed by the account that sent."""
    return [c.auth_token for c in (config, *config.fallbacks) if c.auth_token]
