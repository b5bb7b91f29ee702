"""The webhook channel's settings as the admin edits them: switch, signing secret, test post."""

from __future__ import annotations

import asyncio
import secrets

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import Outgoing, SendError, public_error
from tocsin.channels.webhook.channel import CHANNEL
from tocsin.channels.webhook.config import WebhookConfig, from_stored, new_signing_secret, valid_signing_secret
from tocsin.channels.webhook.schemas import WebhookChannelIn, WebhookChannelOut, WebhookTestIn, WebhookTestOut
from tocsin.channels.webhook.sender import WebhookProvider, build, signer_of
from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.kit.netaddr import OutboundRefused, check_url_now
from tocsin.orgs.models import Org

MASK = "whsec_********"


def _out(config: WebhookConfig, *, enabled: bool, show_secret: bool = False) -> WebhookChannelOut:
    secret = config.signing_secret
    return WebhookChannelOut(
        enabled=enabled and config.complete,
        configured=config.complete,
        signing_secret=(secret if show_secret else MASK) if secret else None,
        signing_secret_created=show_secret,
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> WebhookChannelOut:
    row = repository.get(session, org.id, CHANNEL)
    if row is None:
        return _out(WebhookConfig(), enabled=False)
    return _out(from_stored(ctx.box.decrypt_json(row.secrets_enc)), enabled=row.enabled)


def put_settings(session: Session, ctx: AppContext, org: Org, body: WebhookChannelIn) -> WebhookChannelOut:
    """Configure webhooks: the signing secret (generated when absent) and the switch."""
    row = repository.get(session, org.id, CHANNEL)
    stored = ctx.box.decrypt_json(row.secrets_enc) if row is not None else {}
    was_configured = row is not None and row.configured
    enabled = row.enabled if row is not None else False
    given = body.model_dump(exclude_unset=True)
    created = False
    if "signing_secret" in given:
        value = given["signing_secret"]
        if value is None:
            stored["signing_secret"], created = new_signing_secret(), True
        elif value not in ("", MASK):
            if not valid_signing_secret(value):
                raise invalid("signing_secret", "must be whsec_ followed by base64 of 24 to 64 bytes")
            stored["signing_secret"] = value
    if not stored.get("signing_secret"):
        stored["signing_secret"], created = new_signing_secret(), True
    if given.get("enabled") is not None:
        enabled = bool(given["enabled"])
    elif not was_configured:
        enabled = True
    repository.save(
        session,
        org_id=org.id,
        channel=CHANNEL,
        configured=True,
        enabled=enabled,
        config={},
        secrets_enc=ctx.box.encrypt_json(stored),
        now=ctx.clock.now(),
    )
    return _out(from_stored(stored), enabled=enabled, show_secret=created)


def load_config(session: Session, ctx: AppContext, org: Org) -> WebhookConfig:
    row = repository.get(session, org.id, CHANNEL)
    return from_stored(ctx.box.decrypt_json(row.secrets_enc)) if row is not None else WebhookConfig()


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
        async with asyncio.timeout(ctx.settings.send_timeout_seconds * 3):
            async with provider.connect() as sender:
                result = await sender.send(payload)
    except SendError as exc:
        return WebhookTestOut(ok=False, provider="webhook", kind=payload.kind, error=public_error(exc.message))
    except TimeoutError:
        return WebhookTestOut(ok=False, provider="webhook", kind=payload.kind, error="timed out")
    return WebhookTestOut(
        ok=True, provider="webhook", kind=payload.kind, status=int(result.detail or 0) or None, detail=result.detail
    )
