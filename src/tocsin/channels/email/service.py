"""The email channel's settings as the admin edits them: read (password masked), save, test."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import Outgoing, SendError, public_error
from tocsin.channels.email.channel import CHANNEL, provider_for, server_default
from tocsin.channels.email.config import CONFIG_KEYS, EmailConfig, effective
from tocsin.channels.email.schemas import EmailChannelIn, EmailChannelOut, EmailTestIn, EmailTestOut
from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org

# A stored password reads as this, whatever its length: no character of it leaves the server.
MASK = "********"


@dataclass(frozen=True, slots=True)
class _Stored:
    config: dict[str, Any]
    secrets: dict[str, Any]
    enabled: bool
    configured: bool
    exists: bool = True


def _stored(session: Session, ctx: AppContext, org: Org) -> _Stored:
    row = repository.get(session, org.id, CHANNEL)
    if row is None:
        on = server_default(ctx.settings)
        return _Stored({}, {}, on, on, exists=False)
    return _Stored(dict(row.config or {}), ctx.box.decrypt_json(row.secrets_enc), row.enabled, row.configured)


def _out(stored: _Stored, ctx: AppContext) -> EmailChannelOut:
    cfg = effective(stored.config, stored.secrets, ctx.settings)
    own_smtp = cfg.source == "org" and cfg.provider == "smtp"
    return EmailChannelOut(
        enabled=stored.configured and stored.enabled,
        provider=cfg.provider,
        host=cfg.host if own_smtp else None,
        port=cfg.port if own_smtp else None,
        username=cfg.username if own_smtp else None,
        password=MASK if cfg.source == "org" and stored.secrets.get("password") else None,
        encryption=cfg.encryption if own_smtp else None,
        from_address=cfg.from_address,
        from_name=cfg.from_name,
        configured=stored.configured,
        source=cfg.source,
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> EmailChannelOut:
    return _out(_stored(session, ctx, org), ctx)


def put_settings(session: Session, ctx: AppContext, org: Org, body: EmailChannelIn) -> EmailChannelOut:
    """Update the email settings given. Everything is checked before anything is written."""
    current = _stored(session, ctx, org)
    given = body.model_dump(exclude_unset=True, mode="json")
    config = dict(current.config)
    for key in CONFIG_KEYS:
        if key in given:
            if given[key] is None:
                config.pop(key, None)
            else:
                config[key] = given[key]
    stored_secrets = dict(current.secrets)
    if "password" in given:
        password = given["password"]
        if password is None:
            stored_secrets.pop("password", None)
        elif password != MASK:  # the masked value sent back (GET, edit, PUT) keeps the password
            stored_secrets["password"] = password
    provider = config.get("provider")
    if provider == "smtp" and not config.get("host"):
        raise invalid("host", "an SMTP host is required with provider smtp")
    if provider == "resend" and not stored_secrets.get("password"):
        raise invalid("password", "the Resend API key (in `password`) is required with provider resend")
    configured = effective(config, stored_secrets, ctx.settings).sends
    if given.get("enabled") is True and not configured:
        raise invalid("enabled", "email has no provider to send with (provider is none)")
    # A first configuration turns email on unless the admin says otherwise.
    enabled = given["enabled"] if given.get("enabled") is not None else (current.enabled or not current.exists)
    repository.save(
        session,
        org_id=org.id,
        channel=CHANNEL,
        configured=configured,
        enabled=enabled,
        config=config,
        secrets_enc=ctx.box.encrypt_json(stored_secrets) if stored_secrets else None,
        now=ctx.clock.now(),
    )
    return _out(_Stored(config, stored_secrets, enabled, configured), ctx)


def load_config(session: Session, ctx: AppContext, org: Org) -> EmailConfig:
    stored = _stored(session, ctx, org)
    return effective(stored.config, stored.secrets, ctx.settings)


async def send_test(ctx: AppContext, org: Org, config: EmailConfig, body: EmailTestIn) -> EmailTestOut:
    """Send a test email with the org's current settings (enabled or not) and report the answer."""
    provider = provider_for(config, ctx.settings, org_slug=org.slug)
    if provider is None:
        return EmailTestOut(ok=False, provider=config.provider, error="provider is none: nothing is sent")
    prefix = orgs.settings_of(org).email_subject_prefix
    message = Outgoing(
        delivery_id=0,
        to=str(body.to),
        to_name=None,
        subject=f"{prefix} Test email from Tocsin".strip(),
        text=f"This is a test email from Tocsin for {org.name}.\n\nIf you can read it, email notifications work.\n",
        html=None,
        message_key=f"test-{secrets.token_hex(8)}",
    )
    try:
        payload = await asyncio.to_thread(provider.prepare, message)
        async with asyncio.timeout(ctx.settings.send_timeout_seconds * 3):
            async with provider.connect() as sender:
                result = await sender.send(payload)
    except SendError as exc:
        return EmailTestOut(ok=False, provider=config.provider, error=public_error(exc.message))
    except TimeoutError:
        return EmailTestOut(ok=False, provider=config.provider, error="timed out")
    return EmailTestOut(
        ok=True,
        provider=config.provider,
        detail=public_error(result.detail) if result.detail else None,
        provider_message_id=result.provider_message_id,
    )
