"""The WhatsApp channel's settings as the admin edits them: read (secrets masked), save, test."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import SendError, public_error
from tocsin.channels.whatsapp.channel import CHANNEL, provider_for, webhook_url
from tocsin.channels.whatsapp.cloud_api import WhatsAppPayload, template_body
from tocsin.channels.whatsapp.config import CONFIG_KEYS, SECRET_KEYS, WaTemplate, WhatsAppConfig, from_stored
from tocsin.channels.whatsapp.schemas import (
    WaTemplateIn,
    WhatsAppChannelIn,
    WhatsAppChannelOut,
    WhatsAppTestIn,
    WhatsAppTestOut,
)
from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.event_types import service as event_types
from tocsin.kit.sandbox import TemplateProblem, check
from tocsin.orgs.models import Org

MASK = "********"


def _stored(session: Session, ctx: AppContext, org: Org) -> tuple[dict[str, Any], dict[str, Any], bool, bool]:
    row = repository.get(session, org.id, CHANNEL)
    if row is None:
        return {}, {}, False, False
    return dict(row.config or {}), ctx.box.decrypt_json(row.secrets_enc), row.enabled, row.configured


def _out(ctx: AppContext, org: Org, config: WhatsAppConfig, *, enabled: bool) -> WhatsAppChannelOut:
    return WhatsAppChannelOut(
        enabled=enabled and config.complete,
        phone_number_id=config.phone_number_id,
        access_token=MASK if config.access_token else None,
        app_secret=MASK if config.app_secret else None,
        verify_token=config.verify_token,
        templates={
            key: WaTemplateIn(name=t.name, language=t.language, parameters=list(t.parameters))
            for key, t in sorted(config.templates.items())
        },
        configured=config.complete,
        webhook_url=webhook_url(ctx.settings, org.slug),
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> WhatsAppChannelOut:
    config, secrets, enabled, _ = _stored(session, ctx, org)
    return _out(ctx, org, from_stored(config, secrets), enabled=enabled)


def _check_templates(session: Session, org: Org, templates: dict[str, Any]) -> None:
    for key, template in templates.items():
        if event_types.find(session, org.id, key) is None:
            raise invalid(f"templates.{key}", "unknown event type")
        for i, expression in enumerate(template.get("parameters") or []):
            try:
                check("{{ " + expression + " }}")
            except TemplateProblem as problem:
                raise invalid(f"templates.{key}.parameters.{i}", f"not a Jinja expression: {problem.message}") from None


def put_settings(session: Session, ctx: AppContext, org: Org, body: WhatsAppChannelIn) -> WhatsAppChannelOut:
    """Update the WhatsApp settings given. Everything is checked before anything is written; the
    first complete configuration turns WhatsApp on unless `enabled: false` is given."""
    config, secrets, enabled, was_configured = _stored(session, ctx, org)
    given = body.model_dump(exclude_unset=True, mode="json")
    if given.get("templates") is not None:
        _check_templates(session, org, given["templates"])
    for key in CONFIG_KEYS:
        if key in given:
            if given[key] is None:
                config.pop(key, None)
            else:
                config[key] = given[key]
    for key in SECRET_KEYS:
        if key in given:
            value = given[key]
            if value is None:
                secrets.pop(key, None)
            elif value != MASK:
                secrets[key] = value
    effective = from_stored(config, secrets)
    if given.get("enabled") is True and not effective.complete:
        raise invalid("enabled", f"whatsapp is not fully configured: missing {', '.join(effective.missing)}")
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


def load_config(session: Session, ctx: AppContext, org: Org) -> WhatsAppConfig:
    config, secrets, _, _ = _stored(session, ctx, org)
    return from_stored(config, secrets)


async def send_test(ctx: AppContext, org: Org, config: WhatsAppConfig, body: WhatsAppTestIn) -> WhatsAppTestOut:
    """Send a real test template message with the org's current settings (enabled or not) and
    report Meta's own answer: the message id, or Meta's error code and message."""
    provider = "whatsapp_cloud_api"
    if not config.complete:
        return WhatsAppTestOut(
            ok=False, provider=provider, error=f"not configured: missing {', '.join(config.missing)}"
        )
    template = WaTemplate(name=body.template, language=body.language)
    payload = WhatsAppPayload(template_body(body.to, template, list(body.parameters)))
    try:
        async with asyncio.timeout(ctx.settings.send_timeout_seconds * 3):
            async with provider_for(config, ctx.settings).connect() as sender:
                result = await sender.send(payload)
    except SendError as exc:
        return WhatsAppTestOut(ok=False, provider=provider, error=public_error(exc.message))
    except TimeoutError:
        return WhatsAppTestOut(ok=False, provider=provider, error="timed out")
    return WhatsAppTestOut(
        ok=True, provider=provider, provider_message_id=result.provider_message_id, detail=result.detail
    )
