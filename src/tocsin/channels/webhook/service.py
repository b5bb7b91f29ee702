"""The webhook channel's settings as the admin edits them: switch, signing secret, test post."""

from __future__ import annotations

import asyncio
import secrets

from sqlalchemy.orm import Session

from tocsin.channels.base import Outgoing, SendError, public_error
from tocsin.channels.settings import Stored, send_once
from tocsin.channels.webhook.channel import SETTINGS
from tocsin.channels.webhook.config import WebhookConfig, from_stored, new_signing_secret, valid_signing_secret
from tocsin.channels.webhook.schemas import WebhookChannelIn, WebhookChannelOut, WebhookTestIn, WebhookTestOut
from tocsin.channels.webhook.sender import WebhookProvider, build, signer_of
from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.kit.netaddr import OutboundRefused, check_url_now
from tocsin.orgs.models import Org


def _out(config: WebhookConfig, *, enabled: bool, show_secret: bool = False) -> WebhookChannelOut:
    secret = config.signing_secret
    return WebhookChannelOut(
        enabled=enabled and config.complete,
        configured=config.complete,
        signing_secret=secret if show_secret else SETTINGS.masked(secret),
        signing_secret_created=show_secret,
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> WebhookChannelOut:
    stored = SETTINGS.stored(session, ctx, org.id)
    return _out(from_stored(stored.secrets), enabled=stored.enabled)


def _signing_secret(stored: dict[str, object], given: dict[str, object]) -> tuple[str, bool]:
    """The secret to keep and whether it is new: the one given, else the stored one, else a new
    one (also when `null` asks for a new one)."""
    if "signing_secret" in given:
        value = given["signing_secret"]
        if value is None:
            return new_signing_secret(), True
        if isinstance(value, str) and value not in ("", SETTINGS.mask):
            if not valid_signing_secret(value):
                raise invalid("signing_secret", "must be whsec_ followed by base64 of 24 to 64 bytes")
            return value, False
    current = stored.get("signing_secret")
    return (current, False) if isinstance(current, str) and current else (new_signing_secret(), True)


def put_settings(session: Session, ctx: AppContext, org: Org, body: WebhookChannelIn) -> WebhookChannelOut:
    """Configure webhooks: the signing secret (generated when absent) and the switch."""
    stored = SETTINGS.stored(session, ctx, org.id)
    given = body.model_dump(exclude_unset=True)
    secret, created = _signing_secret(stored.secrets, given)
    config = WebhookConfig(signing_secret=secret)
    enabled = SETTINGS.switch(stored, given, config)
    SETTINGS.save(session, ctx, org.id, Stored({}, {**stored.secrets, "signing_secret": secret}, enabled, True))
    return _out(config, enabled=enabled, show_secret=created)


async def send_test(ctx: AppContext, org: Org, config: WebhookConfig, body: WebhookTestIn) -> WebhookTestOut:
    """Post a test message to the URL given (checked by the address rule), in the kind given (or
    recognised from the URL), signed with the org's secret; report the receiver's answer."""
    url = str(body.url)
    allow = ctx.settings.outbound_allow_private
    try:
        await asyncio.to_thread(check_url_now, url, allow_private=allow)
    except OutboundRefused as exc:
        raise invalid("url", f"{exc} (webhooks go to public addresses only)") from exc
    base = ctx.settings.public_url.rstrip("/")
    message = Outgoing(
        delivery_id=0,
        to="",
        to_name=None,
        subject=f"Test from Tocsin for {org.name}",
        text="Team-chat notifications work.",
        url=f"{base}/preferences" if base else None,
        message_key=f"test_{secrets.token_hex(8)}",
        event_type="test",
        variables={"title": f"Test from Tocsin for {org.name}", "body": "Team-chat notifications work."},
    )
    secret = config.signing_secret or new_signing_secret()
    payload = build(message, url=url, kind=body.kind, signer=signer_of(secret), address="")
    provider = WebhookProvider(config, ctx.settings)
    try:
        result = await send_once(ctx, provider, payload)
    except SendError as exc:
        return WebhookTestOut(ok=False, provider="webhook", kind=payload.kind, error=public_error(exc.message))
    except TimeoutError:
        return WebhookTestOut(ok=False, provider="webhook", kind=payload.kind, error="timed out")
    return WebhookTestOut(
        ok=True, provider="webhook", kind=payload.kind, status=int(result.detail or 0) or None, detail=result.detail
    )
