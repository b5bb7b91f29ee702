"""The SMS channel's settings as the admin edits them: read (token masked), save, test."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import Outgoing, SendError, public_error
from tocsin.channels.sms.channel import CHANNEL, provider_for, status_callback_url
from tocsin.channels.sms.config import CONFIG_KEYS, SmsConfig, from_stored
from tocsin.channels.sms.schemas import SmsChannelIn, SmsChannelOut, SmsTestIn, SmsTestOut
from tocsin.channels.sms.twilio import TwilioPayload
from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.orgs.models import Org

# A stored token reads as this, whatever its length: no character of it leaves the server.
MASK = "********"


def _stored(session: Session, ctx: AppContext, org: Org) -> tuple[dict[str, Any], dict[str, Any], bool, bool]:
    row = repository.get(session, org.id, CHANNEL)
    if row is None:
        return {}, {}, False, False
    return dict(row.config or {}), ctx.box.decrypt_json(row.secrets_enc), row.enabled, row.configured


def _out(ctx: AppContext, org: Org, config: SmsConfig, *, enabled: bool) -> SmsChannelOut:
    return SmsChannelOut(
        enabled=enabled and config.complete,
        account_sid=config.account_sid,
        auth_token=MASK if config.auth_token else None,
        from_number=config.from_number,
        messaging_service_sid=config.messaging_service_sid,
        daily_cap=config.daily_cap,
        configured=config.complete,
        status_callback_url=status_callback_url(ctx.settings, org.slug),
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> SmsChannelOut:
    config, secrets, enabled, _ = _stored(session, ctx, org)
    return _out(ctx, org, from_stored(config, secrets), enabled=enabled)


def put_settings(session: Session, ctx: AppContext, org: Org, body: SmsChannelIn) -> SmsChannelOut:
    """Update the SMS settings given. Everything is checked before anything is written; the first
    complete configuration turns SMS on unless `enabled: false` is given."""
    config, secrets, enabled, was_configured = _stored(session, ctx, org)
    given = body.model_dump(exclude_unset=True, mode="json")
    for key in CONFIG_KEYS:
        if key in given:
            if given[key] is None:
                config.pop(key, None)
            else:
                config[key] = given[key]
    if "auth_token" in given:
        token = given["auth_token"]
        if token is None:
            secrets.pop("auth_token", None)
        elif token != MASK:  # the masked value sent back (GET, edit, PUT) keeps the token
            secrets["auth_token"] = token
    effective = from_stored(config, secrets)
    if given.get("enabled") is True and not effective.complete:
        raise invalid("enabled", f"sms is not fully configured: missing {', '.join(effective.missing)}")
    if given.get("enabled") is not None:
        enabled = bool(given["enabled"])
    elif effective.complete and not was_configured:
        enabled = True
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
    return _out(ctx, org, effective, enabled=enabled)


def load_config(session: Session, ctx: AppContext, org: Org) -> SmsConfig:
    config, secrets, _, _ = _stored(session, ctx, org)
    return from_stored(config, secrets)


async def send_test(ctx: AppContext, org: Org, config: SmsConfig, body: SmsTestIn) -> SmsTestOut:
    """Send a real test SMS with the org's current settings (enabled or not) and report Twilio's
    own answer: the message's sid and status, or Twilio's error code and message."""
    if not config.complete:
        return SmsTestOut(ok=False, provider="twilio", error=f"not configured: missing {', '.join(config.missing)}")
    provider = provider_for(config, ctx.settings, org_slug=org.slug)
    text = body.body or f"Test message from Tocsin for {org.name}: SMS notifications work."
    message = Outgoing(delivery_id=0, to=body.to, to_name=None, subject="", text=text)
    payload = provider.prepare(message)
    segments = payload.segments if isinstance(payload, TwilioPayload) else None
    try:
        async with asyncio.timeout(ctx.settings.send_timeout_seconds * 3):
            async with provider.connect() as sender:
                result = await sender.send(payload)
    except SendError as exc:
        return SmsTestOut(ok=False, provider="twilio", segments=segments, error=public_error(exc.message))
    except TimeoutError:
        return SmsTestOut(ok=False, provider="twilio", segments=segments, error="timed out")
    return SmsTestOut(
        ok=True,
        provider="twilio",
        detail=result.detail,
        provider_message_id=result.provider_message_id,
        segments=result.parts or segments,
    )
