"""The webhook channel: the org's switch and signing secret, the user's URL and kind."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels.base import Provider
from tocsin.channels.settings import SettingsForm
from tocsin.channels.webhook.config import WebhookConfig, from_stored
from tocsin.channels.webhook.schemas import WebhookChannelIn
from tocsin.channels.webhook.sender import WebhookProvider, address_of
from tocsin.context import AppContext
from tocsin.users import service as users

CHANNEL = "webhook"
# The signing secret shows masked with its prefix, as Standard Webhooks secrets are recognised.
SETTINGS = SettingsForm(
    channel=CHANNEL,
    schema=WebhookChannelIn,
    secret_fields=("signing_secret",),
    read=lambda _config, secrets, _settings: from_stored(secrets),
    mask="whsec_********",
)


def load_config(session: Session, ctx: AppContext, org_id: int) -> WebhookConfig:
    return SETTINGS.effective(session, ctx, org_id)


def load_provider(session: Session, ctx: AppContext, org_id: int) -> Provider | None:
    return WebhookProvider(load_config(session, ctx, org_id), ctx.settings)


def address(ctx: AppContext, user: Any) -> str | None:
    """The user's webhook as JSON: URL, kind, and whose it is (so a 410 removes it from that user)."""
    url = ctx.box.decrypt_opt(user.webhook_url_enc)
    if not url:
        return None
    return json.dumps({"url": url, "kind": user.webhook_kind, "user_id": user.id})


def forget(session: Session, ctx: AppContext, org_id: int, addresses: Sequence[str]) -> None:
    """Webhook URLs answered 410 Gone: removed from their users (unless changed since), so the
    user's next notifications go by email, as for any user who chose webhook without a URL."""
    for text in addresses:
        target = address_of(text)
        user_id, url = target.get("user_id"), target.get("url")
        if isinstance(user_id, int) and isinstance(url, str):
            users.forget_webhook_url(session, ctx, org_id=org_id, user_id=user_id, url=url)
