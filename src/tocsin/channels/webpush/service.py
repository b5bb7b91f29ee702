"""Web Push as the admin and the browsers use it: settings, VAPID keys, subscriptions, the test."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import Outgoing, SendError, SkipSend, public_error
from tocsin.channels.webpush import vapid
from tocsin.channels.webpush.channel import CHANNEL, load_addresses, provider_for
from tocsin.channels.webpush.config import CONFIG_KEYS, WebPushConfig, from_stored
from tocsin.channels.webpush.push import WebPushSender
from tocsin.channels.webpush.schemas import (
    PublicKeyOut,
    SubscriptionIn,
    SubscriptionOut,
    VapidOut,
    WebPushChannelIn,
    WebPushChannelOut,
    WebPushTestIn,
    WebPushTestOut,
)
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.errors import ApiError, invalid, not_found
from tocsin.kit.masking import mask_url
from tocsin.kit.netaddr import OutboundRefused, check_url_now
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs.models import Org
from tocsin.users import push_subscriptions as subscriptions
from tocsin.users import repository as users_repo
from tocsin.users.models import User

REGENERATE_WARNING = (
    "the VAPID key pair was replaced: every browser subscribed with the old public key stops receiving "
    "pushes and must subscribe again (their subscriptions were removed)"
)


def _stored(session: Session, ctx: AppContext, org_id: int) -> tuple[dict[str, Any], dict[str, Any], bool]:
    row = repository.get(session, org_id, CHANNEL)
    if row is None:
        return {}, {}, False
    return dict(row.config or {}), ctx.box.decrypt_json(row.secrets_enc), row.enabled


def _out(session: Session, org: Org, config: WebPushConfig, *, enabled: bool) -> WebPushChannelOut:
    return WebPushChannelOut(
        enabled=enabled and config.complete,
        subject=config.subject,
        public_key=config.public_key,
        configured=config.complete,
        subscriptions=subscriptions.count_for_org(session, org.id),
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> WebPushChannelOut:
    config, secrets, enabled = _stored(session, ctx, org.id)
    return _out(session, org, from_stored(config, secrets), enabled=enabled)


def _save(
    session: Session, ctx: AppContext, org: Org, config: dict[str, Any], secrets: dict[str, Any], *, enabled: bool
) -> WebPushConfig:
    effective = from_stored(config, secrets)
    repository.save(
        session,
        org_id=org.id,
        channel=CHANNEL,
        configured=effective.complete,
        enabled=enabled,
        config=config,
        secrets_enc=ctx.box.encrypt_json(secrets) if secrets else None,
        now=ctx.clock.now(),
    )
    return effective


def put_settings(session: Session, ctx: AppContext, org: Org, body: WebPushChannelIn) -> WebPushChannelOut:
    """Update the subject (and `enabled`); the first complete configuration turns push on unless
    `enabled: false` is given."""
    config, secrets, enabled = _stored(session, ctx, org.id)
    was_complete = from_stored(config, secrets).complete
    given = body.model_dump(exclude_unset=True, mode="json")
    for key in CONFIG_KEYS:
        if key in given:
            if given[key] is None:
                config.pop(key, None)
            else:
                config[key] = given[key]
    effective = from_stored(config, secrets)
    if given.get("enabled") is True and not effective.complete:
        raise invalid("enabled", f"webpush is not fully configured: missing {', '.join(effective.missing)}")
    if given.get("enabled") is not None:
        enabled = bool(given["enabled"])
    elif effective.complete and not was_complete:
        enabled = True
    effective = _save(session, ctx, org, config, secrets, enabled=enabled)
    return _out(session, org, effective, enabled=enabled)


def generate_vapid(session: Session, ctx: AppContext, org: Org) -> VapidOut:
    """A new VAPID key pair for the org (the private key encrypted at rest). Replacing a pair
    ends every existing subscription: push services refuse pushes signed with another key than
    the one the browser subscribed with, so those subscriptions are removed and the answer warns."""
    config, secrets, enabled = _stored(session, ctx, org.id)
    was_complete = from_stored(config, secrets).complete
    replaced = bool(config.get("public_key"))
    invalidated = subscriptions.remove_all(session, org.id) if replaced else 0
    pair = vapid.generate()
    config["public_key"] = pair.public_key
    secrets["vapid_private_key"] = pair.private_key
    effective = from_stored(config, secrets)
    if effective.complete and not was_complete and not replaced:
        enabled = True
    _save(session, ctx, org, config, secrets, enabled=enabled)
    return VapidOut(
        public_key=pair.public_key,
        replaced=replaced,
        subscriptions_invalidated=invalidated,
        warning=REGENERATE_WARNING if replaced else None,
    )


def public_key(session: Session, ctx: AppContext, org_slug: str) -> PublicKeyOut:
    """The org's VAPID public key, for browsers to subscribe with; 404 for an unknown org or one
    without a key (the same answer, so org names cannot be probed apart)."""
    org = orgs_repo.get_by_slug(session, org_slug)
    if org is None:
        raise not_found("webpush public key")
    config, _secrets, _enabled = _stored(session, ctx, org.id)
    key = config.get("public_key")
    if not key:
        raise not_found("webpush public key")
    return PublicKeyOut(public_key=str(key))


def subscribe(session: Session, ctx: AppContext, *, org: Org, user: User, body: SubscriptionIn) -> SubscriptionOut:
    """Store the browser's subscription for the user (one user, many browsers). The endpoint
    must be https (http only where private addresses are allowed) and pass the address rule."""
    endpoint = body.endpoint.strip()
    allow = ctx.settings.outbound_allow_private
    if not endpoint.startswith("https://") and not (allow and endpoint.startswith("http://")):
        raise invalid("endpoint", "must be an https URL (a browser's push service)")
    try:
        check_url_now(endpoint, allow_private=allow)
    except OutboundRefused as exc:
        raise invalid("endpoint", f"{exc} (push endpoints must be public addresses)") from exc
    # An endpoint is one browser profile's: another user posting it would receive that user's
    # pushes. The browser unsubscribes (DELETE) when its user turns pushes off; until then it is theirs.
    holder = subscriptions.holder(session, org_id=org.id, endpoint=endpoint)
    if holder is not None and holder != user.id:
        raise ApiError(409, "endpoint_taken", "this push endpoint is subscribed by another user", field="endpoint")
    created = subscriptions.upsert(
        session,
        org_id=org.id,
        user_id=user.id,
        endpoint=endpoint,
        endpoint_enc=ctx.box.encrypt(endpoint),
        keys_enc=ctx.box.encrypt_json(body.keys.model_dump()),
        now=ctx.clock.now(),
    )
    return SubscriptionOut(endpoint=mask_url(endpoint) or "***", created=created)


def unsubscribe(session: Session, *, org: Org, user: User, endpoint: str) -> None:
    """Remove one of the user's subscriptions; 404 if the user has none with this endpoint."""
    if not subscriptions.remove_for_user(session, org_id=org.id, user_id=user.id, endpoint=endpoint.strip()):
        raise not_found("push subscription")


def load_config(session: Session, ctx: AppContext, org: Org) -> WebPushConfig:
    config, secrets, _ = _stored(session, ctx, org.id)
    return from_stored(config, secrets)


def _admin_browsers(ctx: AppContext, org: Org, username: str) -> str | None:
    with ctx.reads() as session:
        user = users_repo.get_by_username(session, org.id, username)
        if user is None:
            raise not_found("user")
        return load_addresses(session, ctx, org.id, [user.id]).get(user.id)


def _forget(ctx: AppContext, org: Org, endpoints: tuple[str, ...]) -> None:
    with unit_of_work(ctx.sessions) as session:
        subscriptions.remove_endpoints(session, org.id, endpoints)


async def send_test(ctx: AppContext, org: Org, config: WebPushConfig, body: WebPushTestIn) -> WebPushTestOut:
    """Push a test notification to every browser the admin subscribed, with the current settings
    (enabled or not); subscriptions the push service says are gone are removed."""
    if not config.complete:
        return WebPushTestOut(
            ok=False, provider="webpush", browsers=0, error=f"not configured: missing {', '.join(config.missing)}"
        )
    address = await asyncio.to_thread(_admin_browsers, ctx, org, body.username)
    browsers = len(json.loads(address)) if address else 0
    if not address:
        return WebPushTestOut(
            ok=False, provider="webpush", browsers=0, error=f"{body.username} has no push subscription"
        )
    provider = provider_for(config, ctx.settings)
    base = ctx.settings.public_url.rstrip("/")
    message = Outgoing(
        delivery_id=0,
        to=address,
        to_name=None,
        subject=body.title or f"Test from Tocsin for {org.name}",
        text=body.body or "Browser push notifications work.",
        url=f"{base}/preferences" if base else None,
        message_key="test",
    )
    try:
        payload = provider.prepare(message)
        async with asyncio.timeout(ctx.settings.send_timeout_seconds * 3):
            async with provider.connect() as sender:
                assert isinstance(sender, WebPushSender)
                result = await sender.send(payload)
    except SendError as exc:
        if exc.gone:
            await asyncio.to_thread(_forget, ctx, org, exc.gone)
        error = "every subscription has expired (removed)" if isinstance(exc, SkipSend) else public_error(exc.message)
        return WebPushTestOut(ok=False, provider="webpush", browsers=browsers, removed=len(exc.gone), error=error)
    except TimeoutError:
        return WebPushTestOut(ok=False, provider="webpush", browsers=browsers, error="timed out")
    if result.gone:
        await asyncio.to_thread(_forget, ctx, org, result.gone)
    accepted = browsers - len(result.gone)
    return WebPushTestOut(
        ok=True,
        provider="webpush",
        browsers=browsers,
        accepted=accepted,
        removed=len(result.gone),
        detail=result.detail,
    )
