from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tocsin.channels.schemas import ProviderStateEcho, ProviderStateOut
from tocsin.kit.addresses import EmailAddress
from tocsin.kit.text import InputModel, Text

Provider = Literal["smtp", "resend", "file", "none"]
Encryption = Literal["starttls", "ssl", "none"]
Auth = Literal["password", "oauth2"]

# One header line: no CR/LF (they would let a value inject headers).
_ONE_LINE = r"^[^\r\n]*$"
_HOST = r"^[A-Za-z0-9.\-\[\]:]+$"
_URL = r"^https?://[^\s]+$"


class EmailFallbackIn(InputModel):
    """One further provider, tried when the ones before it fail: an SMTP relay of the org's, or
    a Resend account (`password`: its API key). `password` sent back masked keeps the one stored
    at the same place in the list."""

    model_config = ConfigDict(extra="forbid")

    provider: Literal["smtp", "resend"]
    host: Text | None = Field(default=None, max_length=255, pattern=_HOST)
    port: int | None = Field(default=None, ge=1, le=65535)
    username: Text | None = Field(default=None, max_length=255, pattern=_ONE_LINE)
    password: Text | None = Field(default=None, max_length=1000)
    encryption: Encryption | None = None
    # SMTP login: `password` (with `password`) or `oauth2` (XOAUTH2 as `username`, with an access
    # token from `oauth_token_url` by the client-credentials grant).
    auth: Auth | None = None
    oauth_token_url: Text | None = Field(default=None, max_length=1000, pattern=_URL)
    oauth_client_id: Text | None = Field(default=None, max_length=255, pattern=_ONE_LINE)
    oauth_client_secret: Text | None = Field(default=None, max_length=1000)
    oauth_scope: Text | None = Field(default=None, max_length=1000, pattern=_ONE_LINE)


class EmailFallbackOut(BaseModel):
    provider: str
    host: str | None
    port: int | None
    username: str | None
    password: str | None  # "********" when one is stored
    encryption: str | None
    auth: str | None = None
    oauth_token_url: str | None = None
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = None  # "********" when one is stored
    oauth_scope: str | None = None


class EmailChannelIn(InputModel):
    """PUT /v1/admin/channels/email. Fields left out keep their value; `password` left out (or sent
    back masked, as GET shows it) keeps the stored one, `null` clears it. `provider: null` goes back
    to the server's default provider. With `resend`, `password` is the Resend API key."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool | None = None
    provider: Provider | None = None
    host: Text | None = Field(default=None, max_length=255, pattern=_HOST)
    port: int | None = Field(default=None, ge=1, le=65535)
    username: Text | None = Field(default=None, max_length=255, pattern=_ONE_LINE)
    password: Text | None = Field(default=None, max_length=1000)
    encryption: Encryption | None = None
    # SMTP login: `password` (with `password`) or `oauth2` (XOAUTH2 as `username`, with an access
    # token from `oauth_token_url` by the client-credentials grant).
    auth: Auth | None = None
    oauth_token_url: Text | None = Field(default=None, max_length=1000, pattern=_URL)
    oauth_client_id: Text | None = Field(default=None, max_length=255, pattern=_ONE_LINE)
    oauth_client_secret: Text | None = Field(default=None, max_length=1000)
    oauth_scope: Text | None = Field(default=None, max_length=1000, pattern=_ONE_LINE)
    from_address: EmailAddress | None = None
    from_name: Text | None = Field(default=None, max_length=100, pattern=_ONE_LINE)
    # Providers tried in order after the first when it fails (failover); `[]` or null: none.
    fallbacks: list[EmailFallbackIn] | None = Field(default=None, max_length=4)
    # Read-only fields of GET, accepted and ignored so a page can send back what it read.
    configured: bool | None = Field(default=None, exclude=True)
    source: Text | None = Field(default=None, exclude=True)
    providers: list[ProviderStateEcho] | None = Field(default=None, exclude=True)


class EmailChannelOut(BaseModel):
    """The email settings as the admin reads them, with `configured` and `source` (`org`: the
    org's own settings; `server`: the server's default provider, whose host and credentials are
    not shown)."""

    enabled: bool
    provider: str
    host: str | None
    port: int | None
    username: str | None
    password: str | None  # "********" when one is stored, never the password
    encryption: str | None
    auth: str | None = None
    oauth_token_url: str | None = None
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = None  # "********" when one is stored, never the secret
    oauth_scope: str | None = None
    from_address: str
    from_name: str | None
    configured: bool
    source: Literal["org", "server"]
    fallbacks: list[EmailFallbackOut] = []
    providers: list[ProviderStateOut] = []


class EmailTestIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    to: EmailAddress


class EmailTestOut(BaseModel):
    ok: bool
    provider: str
    detail: str | None = None  # "accepted": never the server's own words
    provider_message_id: str | None = None
    error: str | None = None
    # Where it failed: token (the OAuth token endpoint), connect, auth (the login) or send.
    step: str | None = None
