"""An org's WhatsApp settings as the worker and the admin API use them. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tocsin.channels.stored import read_stored


@dataclass(frozen=True, slots=True)
class WaTemplate:
    """An approved template for one event type: its name, language code and the Jinja
    expressions (over the message's variables) that fill its body parameters {{1}}, {{2}}, ..."""

    name: str
    language: str
    parameters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WhatsAppConfig:
    phone_number_id: str | None = None
    access_token: str | None = field(default=None, repr=False)
    app_secret: str | None = field(default=None, repr=False)
    verify_token: str | None = field(default=None, repr=False)
    templates: dict[str, WaTemplate] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return bool(self.phone_number_id and self.access_token)

    @property
    def missing(self) -> list[str]:
        return [name for name in ("phone_number_id", "access_token") if not getattr(self, name)]


def templates_of(stored: dict[str, Any] | None) -> dict[str, WaTemplate]:
    return {
        key: WaTemplate(
            name=str(value["name"]),
            language=str(value["language"]),
            parameters=tuple(str(p) for p in value.get("parameters") or ()),
        )
        for key, value in (stored or {}).items()
    }


def from_stored(config: dict[str, Any] | None, secrets: dict[str, Any]) -> WhatsAppConfig:
    secrets_as = {"access_token": "access_token", "app_secret": "app_secret"}
    return read_stored(WhatsAppConfig, config, secrets, secrets_as=secrets_as, convert={"templates": templates_of})
