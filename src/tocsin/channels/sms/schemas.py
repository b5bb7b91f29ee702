from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tocsin.channels.schemas import ProviderStateEcho, ProviderStateOut
from tocsin.kit.text import InputModel, Text
from tocsin.users.schemas import PhoneNumber, normalize_phone

_ACCOUNT_SID = r"^AC[0-9a-fA-F]{32}$"
_SERVICE_SID = r"^MG[0-9a-fA-F]{32}$"


class SmsSenderIn(InputModel):
    """A further Twilio sender (another number, messaging service or account), tried when the ones
    before it fail; `auth_token` sent back masked keeps the one stored at the same place."""

    model_config = ConfigDict(extra="forbid")

    account_sid: Text = Field(pattern=_ACCOUNT_SID)
    auth_token: Text = Field(min_length=1, max_length=200)
    from_number: Text | None = None
    messaging_service_sid: Text | None = Field(default=None, pattern=_SERVICE_SID)

    @field_validator("from_number")
    @classmethod
    def _e164(cls, value: str | None) -> str | None:
        return None if value is None else normalize_phone(value)


class SmsSenderOut(BaseModel):
    account_sid: str | None
    auth_token: str | None  # "********"
    from_number: str | None
    messaging_service_sid: str | None


class SmsChannelIn(InputModel):
    """PUT /v1/admin/channels/sms. Fields left out keep their value, `null` clears one;
    `auth_token` left out (or sent back masked, as GET shows it) keeps the stored token. Messages
    go out from `from_number` (E.164), or through `messaging_service_sid` when that is set."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool | None = None
    account_sid: Text | None = Field(default=None, pattern=_ACCOUNT_SID)
    auth_token: Text | None = Field(default=None, min_length=1, max_length=200)
    from_number: Text | None = None
    messaging_service_sid: Text | None = Field(default=None, pattern=_SERVICE_SID)
    daily_cap: int | None = Field(default=None, ge=0, le=10_000_000)
    # Twilio senders tried in order after the first when it fails (failover); `[]` or null: none.
    fallbacks: list[SmsSenderIn] | None = Field(default=None, max_length=4)
    # Read-only fields of GET, accepted and ignored so a page can send back what it read.
    configured: bool | None = Field(default=None, exclude=True)
    status_callback_url: Text | None = Field(default=None, exclude=True)
    providers: list[ProviderStateEcho] | None = Field(default=None, exclude=True)

    @field_validator("from_number")
    @classmethod
    def _e164(cls, value: str | None) -> str | None:
        return None if value is None else normalize_phone(value)


class SmsChannelOut(BaseModel):
    """The SMS settings as the admin reads them; `status_callback_url` is where Twilio reports
    delivery (null until the server knows its public URL, `TOCSIN_PUBLIC_URL`)."""

    enabled: bool
    account_sid: str | None
    auth_token: str | None  # "********" when one is stored, never the token
    from_number: str | None
    messaging_service_sid: str | None
    daily_cap: int
    configured: bool
    status_callback_url: str | None
    fallbacks: list[SmsSenderOut] = []
    providers: list[ProviderStateOut] = []


class SmsTestIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    to: PhoneNumber
    body: Text | None = Field(default=None, min_length=1, max_length=1600)


class SmsTestOut(BaseModel):
    ok: bool
    provider: str
    detail: str | None = None  # Twilio's status of the message ("queued", "accepted")
    provider_message_id: str | None = None
    segments: int | None = None
    error: str | None = None  # Twilio's own error: "Twilio 21211: The 'To' number ... is not valid"
