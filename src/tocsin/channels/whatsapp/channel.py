"""The WhatsApp channel: the org's Cloud API number, the recipient's WhatsApp number."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tocsin.channels.base import Provider
from tocsin.channels.misconfigured import or_misconfigured
from tocsin.channels.settings import SettingsForm
from tocsin.channels.whatsapp.cloud_api import CloudApiProvider
from tocsin.channels.whatsapp.config import WhatsAppConfig, from_stored
from tocsin.channels.whatsapp.schemas import WhatsAppChannelIn
from tocsin.config import Settings
from tocsin.context import AppContext

CHANNEL = "whatsapp"
SETTINGS = SettingsForm(
    channel=CHANNEL,
    schema=WhatsAppChannelIn,
    secret_fields=("access_token", "app_secret"),
    read=lambda config, secrets, _settings: from_stored(config, secrets),
)


def load_config(session: Session, ctx: AppContext, org_id: int) -> WhatsAppConfig:
    return SETTINGS.effective(session, ctx, org_id)


def webhook_url(settings: Settings, org_slug: str) -> str | None:
    base = settings.public_url.rstrip("/")
    return f"{base}/v1/providers/whatsapp/{org_slug}" if base else None


def provider_for(config: WhatsAppConfig, settings: Settings) -> Provider:
    return or_misconfigured(CHANNEL, lambda: CloudApiProvider(config, settings))


def load_provider(session: Session, ctx: AppContext, org_id: int) -> Provider | None:
    return provider_for(load_config(session, ctx, org_id), ctx.settings)
