"""The email channel: which provider an org's emails go through, and the recipient's address."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tocsin.channels.base import Provider
from tocsin.channels.email.config import EmailConfig, effective
from tocsin.channels.email.outbox import OutboxProvider
from tocsin.channels.email.resend import ResendProvider
from tocsin.channels.email.schemas import EmailChannelIn
from tocsin.channels.email.smtp import SmtpProvider
from tocsin.channels.failover import FailoverProvider
from tocsin.channels.misconfigured import Misconfigured
from tocsin.channels.settings import SettingsForm
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.kit.clock import Clock
from tocsin.orgs import repository as orgs_repo

CHANNEL = "email"


def server_default(settings: Settings) -> bool:
    """A new org starts with email on when the server has a default provider."""
    return settings.email_provider != "none"


SETTINGS = SettingsForm(
    channel=CHANNEL,
    schema=EmailChannelIn,
    # The fallbacks are kept encrypted whole: each may hold a password or an API key.
    secret_fields=("password", "oauth_client_secret", "fallbacks"),
    read=effective,
    server_default=server_default,
    on_when_first_saved=True,
)


def load_config(session: Session, ctx: AppContext, org_id: int) -> EmailConfig:
    return SETTINGS.effective(session, ctx, org_id)


def provider_for(
    config: EmailConfig, settings: Settings, *, org_slug: str, clock: Clock | None = None
) -> Provider | None:
    """The provider of `config`; None for `none` (nothing is sent). `clock` times OAuth tokens."""
    try:
        if config.provider == "smtp":
            return SmtpProvider(config, settings, clock=clock)
        if config.provider == "resend":
            return ResendProvider(config, settings)
    except ValueError as exc:
        return Misconfigured(f"email is not fully configured: {exc}")
    if config.provider == "file":
        folder = settings.email_outbox_dir or settings.data_dir / "outbox"
        return OutboxProvider(config, folder / org_slug)
    return None


def load_provider(session: Session, ctx: AppContext, org_id: int) -> Provider | None:
    org = orgs_repo.get(session, org_id)
    if org is None:
        return None
    config = load_config(session, ctx, org_id)
    if not config.fallbacks:
        return provider_for(config, ctx.settings, org_slug=org.slug, clock=ctx.clock)
    built = [
        (c.provider, provider_for(c, ctx.settings, org_slug=org.slug, clock=ctx.clock))
        for c in (config, *config.fallbacks)
    ]
    providers = [(name, p) for name, p in built if p is not None]
    if not providers:
        return None
    return FailoverProvider(
        [p for _, p in providers],
        names=[name for name, _ in providers],
        org_id=org_id,
        channel=CHANNEL,
        breakers=ctx.breakers,
        clock=ctx.clock,
    )


def provider_names(config: EmailConfig) -> list[str]:
    """The providers' names in the order they are tried (as the worker's `load_provider` builds them)."""
    return [c.provider for c in (config, *config.fallbacks) if c.provider != "none"]
