"""An org's effective email settings: its own, or the server's default. Pure.

An org that chose a provider uses its own settings entirely: the server's SMTP credentials are
never sent to a host an org admin typed in. An org that did not (provider left unset) uses the
server's provider and credentials, with its own from name and address where it set them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from email.utils import parseaddr
from typing import Any, Literal

from tocsin.channels.email.oauth import OAuthClient
from tocsin.config import Settings

PROVIDERS = ("smtp", "resend", "file", "none")
ENCRYPTIONS = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
FALLBACK_FROM = "tocsin@localhost"


@dataclass(frozen=True, slots=True)
class EmailConfig:
    provider: str
    source: Literal["org", "server"]
    host: str | None = None
    port: int | None = None
    username: str | None = None
    # The SMTP password, or the Resend API key; never shown in a repr (and so never in a log line).
    password: str | None = field(default=None, repr=False)
    encryption: str = "none"
    # `password` (LOGIN/PLAIN with `password`) or `oauth2` (XOAUTH2 with a token for `oauth`).
    auth: str = "password"
    oauth: OAuthClient | None = None
    from_address: str = FALLBACK_FROM
    from_name: str | None = None
    # The org's further providers, tried in order when this one fails (failover).
    fallbacks: tuple[EmailConfig, ...] = ()

    @property
    def sends(self) -> bool:
        return self.provider != "none"

    @property
    def complete(self) -> bool:
        return self.sends

    @property
    def missing(self) -> list[str]:
        return [] if self.sends else ["a provider (provider is none)"]

    @property
    def from_domain(self) -> str:
        return self.from_address.rpartition("@")[2] or "localhost"


def server_from(settings: Settings) -> tuple[str | None, str]:
    name, address = parseaddr(settings.email_from)
    return (name or None), (address or FALLBACK_FROM)


def effective(config: dict[str, Any] | None, secrets: dict[str, Any], settings: Settings) -> EmailConfig:
    """The settings an org's emails go out with, from its channel_configs row (if any)."""
    config = config or {}
    default_name, default_address = server_from(settings)
    from_address = config.get("from_address") or default_address
    from_name = config.get("from_name") or default_name
    provider = config.get("provider")
    fallbacks = tuple(
        _own(
            entry,
            entry.get("password"),
            oauth_secret=entry.get("oauth_client_secret"),
            from_address=from_address,
            from_name=from_name,
        )
        for entry in secrets.get("fallbacks") or ()
    )
    if provider is None:
        primary = _server(settings, from_address=from_address, from_name=from_name)
    else:
        primary = _own(
            config,
            secrets.get("password"),
            oauth_secret=secrets.get("oauth_client_secret"),
            from_address=from_address,
            from_name=from_name,
        )
    return replace(primary, fallbacks=fallbacks) if fallbacks else primary


def _own(
    config: dict[str, Any],
    password: str | None,
    *,
    oauth_secret: str | None = None,
    from_address: str,
    from_name: str | None,
) -> EmailConfig:
    """A provider the org configured itself (its first, or one of its fallbacks)."""
    encryption = config.get("encryption") or "starttls"
    auth = config.get("auth") or "password"
    oauth = None
    if auth == "oauth2" and config.get("oauth_token_url") and config.get("oauth_client_id") and oauth_secret:
        oauth = OAuthClient(
            token_url=config["oauth_token_url"],
            client_id=config["oauth_client_id"],
            client_secret=oauth_secret,
            scope=config.get("oauth_scope") or None,
        )
    return EmailConfig(
        provider=config.get("provider") or "smtp",
        source="org",
        host=config.get("host"),
        port=config.get("port") or DEFAULT_PORTS.get(encryption, 25),
        username=config.get("username") or None,
        password=password or None,
        encryption=encryption,
        auth=auth,
        oauth=oauth,
        from_address=from_address,
        from_name=from_name,
    )


def _server(settings: Settings, *, from_address: str, from_name: str | None) -> EmailConfig:
    provider = settings.email_provider
    if provider == "smtp":
        return EmailConfig(
            provider="smtp",
            source="server",
            host=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_username or None,
            password=settings.smtp_password or None,
            encryption=settings.smtp_encryption,
            from_address=from_address,
            from_name=from_name,
        )
    if provider == "resend":
        return EmailConfig(
            provider="resend",
            source="server",
            password=settings.resend_api_key or None,
            from_address=from_address,
            from_name=from_name,
        )
    return EmailConfig(provider=provider, source="server", from_address=from_address, from_name=from_name)
