"""Web Push as the admin and the browsers use it: settings, VAPID keys, subscriptions, the test."""

from __future__ import annotations

import asyncio
import json

from sqlalchemy.orm import Session

from tocsin.channels.base import Outgoing, SendError, SkipSend, public_error
from tocsin.channels.settings import Stored, given_of, send_once
from tocsin.channels.webpush import vapid
from tocsin.channels.webpush.channel import SETTINGS, load_addresses, provider_for
from tocsin.channels.webpush.config import WebPushConfig, from_stored
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


def _out(session: Session, org: Org, config: WebPushConfig, *, enabled: bool) -> WebPushChannelOut:
    return WebPushChannelOut(
        enabled=enabled and config.complete,
        subject=config.subject,
        public_key=config.public_key,
        configured=config.complete,
        subscriptions=subscriptions.count_for_org(session, org.id),
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> WebPushChannelOut:
    stored = SETTINGS.stored(session, ctx, org.id)
    return _out(session, org, SETTINGS.read(stored.config, stored.secrets, ctx.settings), enabled=stored.enabled)


def put_settings(session: Session, ctx: AppContext, org: Org, body: WebPushChannelIn) -> WebPushChannelOut:
    """Update the subject (and `enabled`); the first complete configuration turns push on unless
    `enabled: false` is given."""
    saved, config = SETTINGS.put(session, ctx, org, given_of(body))
    return _out(session, org, config, enabled=saved.enabled)


def generate_vapid(session: Session, ctx: AppContext, org: Org) -> VapidOut:
    """A new VAPID key pair for the org (the private key encrypted at rest). Replacing a pair
    ends every existing subscription: push services refuse pushes signed with another key than
    the one the browser subscribed with, so those subscriptions are removed and the answer warns."""
    stored = SETTINGS.stored(session, ctx, org.id)
    replaced = bool(stored.config.get("public_key"))
    invalidated = subscriptions.remove_all(session, org.id) if replaced else 0
    pair = vapid.generate()
    config = {**stored.config, "public_key": pair.public_key}
    secrets = {**stored.secrets, "vapid_private_key": pair.private_key}
    complete = from_stored(config, secrets).complete
    enabled = stored.enabled or (complete and not stored.configured and not replaced)
    SETTINGS.save(session, ctx, org.id, Stored(config, secrets, enabled, complete))
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
    key = SETTINGS.stored(session, ctx, org.id).config.get("public_key")
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
        result = await send_once(ctx, provider, provider.prepare(message))
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
