"""The SMS channel: the org's Twilio account, the recipient's phone number, the daily cap."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import Provider
from tocsin.channels.failover import FailoverProvider
from tocsin.channels.misconfigured import or_misconfigured
from tocsin.channels.settings import SettingsForm
from tocsin.channels.sms.config import SmsConfig, from_stored
from tocsin.channels.sms.schemas import SmsChannelIn
from tocsin.channels.sms.twilio import TwilioProvider
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.orgs import repository as orgs_repo

CHANNEL = "sms"
SETTINGS = SettingsForm(
    channel=CHANNEL,
    schema=SmsChannelIn,
    # The fallbacks are kept encrypted whole: each holds an auth token.
    secret_fields=("auth_token", "fallbacks"),
    read=lambda config, secrets, _settings: from_stored(config, secrets),
)


def load_config(session: Session, ctx: AppContext, org_id: int) -> SmsConfig:
    return SETTINGS.effective(session, ctx, org_id)


def status_callback_url(settings: Settings, org_slug: str) -> str | None:
    """Where Twilio reports delivery; it must reach this server from the internet, so it is only
    given when the server knows its public URL."""
    base = settings.public_url.rstrip("/")
    return f"{base}/v1/providers/twilio/{org_slug}/status" if base else None


def provider_for(config: SmsConfig, settings: Settings, *, org_slug: str) -> Provider:
    callback = status_callback_url(settings, org_slug)
    return or_misconfigured(CHANNEL, lambda: TwilioProvider(config, settings, status_callback=callback))


def load_provider(session: Session, ctx: AppContext, org_id: int) -> Provider | None:
    org = orgs_repo.get(session, org_id)
    if org is None:
        return None
    config = load_config(session, ctx, org_id)
    if not config.fallbacks:
        return provider_for(config, ctx.settings, org_slug=org.slug)
    providers = [provider_for(c, ctx.settings, org_slug=org.slug) for c in (config, *config.fallbacks)]
    names = ["twilio"] * len(providers)
    return FailoverProvider(
        providers, names=names, org_id=org_id, channel=CHANNEL, breakers=ctx.breakers, clock=ctx.clock
    )


def daily_cap(session: Session, ctx: AppContext, org_id: int) -> int:
    # Read in every claim: the plain config only, the secrets stay encrypted.
    row = repository.get(session, org_id, CHANNEL)
    return int((row.config or {}).get("daily_cap") or 0) if row is not None else 0
