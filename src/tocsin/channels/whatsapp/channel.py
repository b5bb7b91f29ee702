"""The WhatsApp channel: the org's Cloud API number, the recipient's WhatsApp number."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import Provider
from tocsin.channels.misconfigured import Misconfigured
from tocsin.channels.whatsapp.cloud_api import CloudApiProvider
from tocsin.channels.whatsapp.config import WhatsAppConfig, from_stored
from tocsin.config import Settings
from tocsin.context import AppContext

CHANNEL = "whatsapp"


def load_config(session: Session, ctx: AppContext, org_id: int) -> WhatsAppConfig:
    row = repository.get(session, org_id, CHANNEL)
    if row is None:
        return WhatsAppConfig()
    return from_stored(row.config, ctx.box.decrypt_json(row.secrets_enc))


def webhook_url(settings: Settings, org_slug: str) -> str | None:
    base = settings.public_url.rstrip("/")
    return f"{base}/v1/providers/whatsapp/{org_slug}" if base else None


def provider_for(config: WhatsAppConfig, settings: Settings) -> Provider:
    try:
        return CloudApiProvider(config, settings)
    except ValueError as exc:
        return Misconfigured(f"whatsapp is not fully configured: {exc}")


def load_provider(session: Session, ctx: AppContext, org_id: int) -> Provider | None:
    return provider_for(load_config(session, ctx, org_id), ctx.settings)


def address(ctx: AppContext, user: Any) -> str | None:
    return ctx.box.decrypt_opt(user.whatsapp_enc)
