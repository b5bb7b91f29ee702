from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tocsin.kit.text import InputModel, Text
from tocsin.users.schemas import PhoneNumber

_TEMPLATE_NAME = r"^[a-z0-9_]{1,512}$"
_LANGUAGE = r"^[a-z]{2,3}(_[A-Za-z0-9]{2,8})?$"


class WaTemplateIn(InputModel):
    """An approved template: `parameters` are Jinja expressions over the event's variables
    (`name`, `actor`, `entity.name`, `data.stage`, `url`, ...), one per body placeholder, written bare
    (`entity.name`) or in braces as in other templates (`{{ entity.name }}`)."""

    model_config = ConfigDict(extra="forbid")

    name: Text = Field(pattern=_TEMPLATE_NAME)
    language: Text = Field(pattern=_LANGUAGE)
    parameters: list[Text] = Field(default_factory=list, max_length=20)

    @field_validator("parameters")
    @classmethod
    def _bare_expressions(cls, value: list[str]) -> list[str]:
        """`{{ entity.name }}`, as every other template writes it, means the same as `entity.name`."""
        return [bare_expression(p) for p in value]


def bare_expression(parameter: str) -> str:
    text = parameter.strip()
    inner = text[2:-2]
    if text.startswith("{{") and text.endswith("}}") and "{{" not in inner and "}}" not in inner:
        return inner.strip()
    return parameter


class WhatsAppChannelIn(InputModel):
    """PUT /v1/admin/channels/whatsapp. Fields left out keep their value, `null` clears one;
    secrets (`access_token`, `app_secret`) left out or sent back masked keep the stored value.
    `templates` replaces the whole map: {event_type: {name, language, parameters}}."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool | None = None
    phone_number_id: Text | None = Field(default=None, pattern=r"^[0-9]{1,40}$")
    access_token: Text | None = Field(default=None, min_length=1, max_length=1000)
    app_secret: Text | None = Field(default=None, min_length=1, max_length=200)
    verify_token: Text | None = Field(default=None, min_length=8, max_length=200)
    templates: dict[str, WaTemplateIn] | None = Field(default=None, max_length=200)
    configured: bool | None = Field(default=None, exclude=True)
    webhook_url: Text | None = Field(default=None, exclude=True)


class WhatsAppChannelOut(BaseModel):
    """The WhatsApp settings as the admin reads them; `webhook_url` is the callback URL to give
    Meta for status webhooks (null until the server knows its public URL, `TOCSIN_PUBLIC_URL`)."""

    enabled: bool
    phone_number_id: str | None
    access_token: str | None  # "********" when stored
    app_secret: str | None  # "********" when stored
    verify_token: str | None
    templates: dict[str, WaTemplateIn]
    configured: bool
    webhook_url: str | None


class WhatsAppTestIn(InputModel):
    """Send one template message to `to`: by default Meta's sample `hello_world` (en_US), which
    every new WhatsApp Business account has; `parameters` are literal texts."""

    model_config = ConfigDict(extra="forbid")

    to: PhoneNumber
    template: Text = Field(default="hello_world", pattern=_TEMPLATE_NAME)
    language: Text = Field(default="en_US", pattern=_LANGUAGE)
    parameters: list[Text] = Field(default_factory=list, max_length=20)


class WhatsAppTestOut(BaseModel):
    ok: bool
    provider: str
    provider_message_id: str | None = None
    detail: str | None = None
    error: str | None = None  # Meta's own error: "WhatsApp 132001: Template name does not exist ..."
