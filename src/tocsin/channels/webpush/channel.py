"""The Web Push channel: the org's VAPID keys, and the recipient's browsers as its address."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from sqlalchemy.orm import Session

from tocsin.channels.base import Provider
from tocsin.channels.misconfigured import or_misconfigured
from tocsin.channels.settings import SettingsForm
from tocsin.channels.webpush.config import WebPushConfig, from_stored
from tocsin.channels.webpush.push import WebPushProvider
from tocsin.channels.webpush.schemas import WebPushChannelIn
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.users import push_subscriptions as subscriptions

CHANNEL = "webpush"
# The VAPID key pair is not among the admin's fields: `POST .../vapid` generates it.
SETTINGS = SettingsForm(
    channel=CHANNEL,
    schema=WebPushChannelIn,
    secret_fields=(),
    read=lambda config, secrets, _settings: from_stored(config, secrets),
)


def load_config(session: Session, ctx: AppContext, org_id: int) -> WebPushConfig:
    return SETTINGS.effective(session, ctx, org_id)


def provider_for(config: WebPushConfig, settings: Settings) -> Provider:
    return or_misconfigured(CHANNEL, lambda: WebPushProvider(config, settings))


def load_provider(session: Session, ctx: AppContext, org_id: int) -> Provider | None:
    return provider_for(load_config(session, ctx, org_id), ctx.settings)


def subscription_json(ctx: AppContext, endpoint_enc: str, keys_enc: str) -> dict[str, object]:
    return {"endpoint": ctx.box.decrypt(endpoint_enc), "keys": ctx.box.decrypt_json(keys_enc)}


def load_addresses(session: Session, ctx: AppContext, org_id: int, user_ids: Collection[int]) -> dict[int, str]:
    """{user_id: JSON list of that user's PushSubscriptions} (decrypted: never logged)."""
    grouped: dict[int, list[dict[str, object]]] = {}
    for row in subscriptions.for_users(session, org_id, user_ids):
        grouped.setdefault(row.user_id, []).append(subscription_json(ctx, row.endpoint_enc, row.keys_enc))
    return {user_id: json.dumps(subs) for user_id, subs in grouped.items()}


def forget(session: Session, ctx: AppContext, org_id: int, endpoints: Sequence[str]) -> None:
    subscriptions.remove_endpoints(session, org_id, endpoints)
