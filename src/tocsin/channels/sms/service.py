"""The SMS channel's settings as the admin edits them: read (token masked), save, test."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tocsin.channels.base import Outgoing, SendError, public_error
from tocsin.channels.failover import provider_states
from tocsin.channels.settings import given_of, send_once
from tocsin.channels.sms.channel import CHANNEL, SETTINGS, provider_for, status_callback_url
from tocsin.channels.sms.config import SmsConfig
from tocsin.channels.sms.schemas import SmsChannelIn, SmsChannelOut, SmsSenderOut, SmsTestIn, SmsTestOut
from tocsin.channels.sms.twilio import TwilioPayload
from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.orgs.models import Org


def _out(ctx: AppContext, org: Org, config: SmsConfig, *, enabled: bool) -> SmsChannelOut:
    return SmsChannelOut(
        enabled=enabled and config.complete,
        account_sid=config.account_sid,
        auth_token=SETTINGS.masked(config.auth_token),
        from_number=config.from_number,
        messaging_service_sid=config.messaging_service_sid,
        daily_cap=config.daily_cap,
        configured=config.complete,
        status_callback_url=status_callback_url(ctx.settings, org.slug),
        fallbacks=[
            SmsSenderOut(
                account_sid=f.account_sid,
                auth_token=SETTINGS.masked(f.auth_token),
                from_number=f.from_number,
                messaging_service_sid=f.messaging_service_sid,
            )
            for f in config.fallbacks
        ],
        providers=provider_states(
            ctx.breakers,
            ctx.clock.now(),
            org_id=org.id,
            channel=CHANNEL,
            names=["twilio"] * (1 + len(config.fallbacks)),
        ),
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> SmsChannelOut:
    stored = SETTINGS.stored(session, ctx, org.id)
    return _out(ctx, org, SETTINGS.read(stored.config, stored.secrets, ctx.settings), enabled=stored.enabled)


def put_settings(session: Session, ctx: AppContext, org: Org, body: SmsChannelIn) -> SmsChannelOut:
    """Update the SMS settings given. Everything is checked before anything is written; the first
    complete configuration turns SMS on unless `enabled: false` is given."""
    given = given_of(body)
    if given.get("fallbacks") == []:  # none: nothing kept (what GET shows, sent back, is [])
        given["fallbacks"] = None
    if given.get("fallbacks"):
        before = SETTINGS.stored(session, ctx, org.id).secrets.get("fallbacks") or []
        for i, entry in enumerate(given["fallbacks"]):
            if entry.get("auth_token") == SETTINGS.mask:  # sent back as GET shows it: keep the stored one
                entry["auth_token"] = before[i].get("auth_token") if i < len(before) else None
            if not entry.get("auth_token"):
                raise invalid(f"fallbacks.{i}.auth_token", "an auth token is required")
            if not (entry.get("from_number") or entry.get("messaging_service_sid")):
                raise invalid(f"fallbacks.{i}.from_number", "a from_number or messaging_service_sid is required")
    saved, config = SETTINGS.put(session, ctx, org, given)
    return _out(ctx, org, config, enabled=saved.enabled)


async def send_test(ctx: AppContext, org: Org, config: SmsConfig, body: SmsTestIn) -> SmsTestOut:
    """Send a real test SMS with the org's current settings (enabled or not) and report Twilio's
    own answer: the message's sid and status, or Twilio's error code and message."""
    if not config.complete:
        return SmsTestOut(ok=False, provider="twilio", error=f"not configured: missing {', '.join(config.missing)}")
    provider = provider_for(config, ctx.settings, org_slug=org.slug)
    text = body.body or f"Test message from Tocsin for {org.name}: SMS notifications work."
    payload = provider.prepare(Outgoing(delivery_id=0, to=body.to, to_name=None, subject="", text=text))
    segments = payload.segments if isinstance(payload, TwilioPayload) else None
    try:
        result = await send_once(ctx, provider, payload)
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
