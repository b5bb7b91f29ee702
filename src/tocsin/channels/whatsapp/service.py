"""The WhatsApp channel's settings as the admin edits them: read (secrets masked), save, test."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels.base import SendError, public_error
from tocsin.channels.settings import given_of, send_once
from tocsin.channels.whatsapp.channel import SETTINGS, provider_for, webhook_url
from tocsin.channels.whatsapp.cloud_api import WhatsAppPayload, template_body
from tocsin.channels.whatsapp.config import WaTemplate, WhatsAppConfig
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

PROVIDER = "whatsapp_cloud_api"


def _out(ctx: AppContext, org: Org, config: WhatsAppConfig, *, enabled: bool) -> WhatsAppChannelOut:
    return WhatsAppChannelOut(
        enabled=enabled and config.complete,
        phone_number_id=config.phone_number_id,
        access_token=SETTINGS.masked(config.access_token),
        app_secret=SETTINGS.masked(config.app_secret),
        verify_token=config.verify_token,
        templates={
            key: WaTemplateIn(name=t.name, language=t.language, parameters=list(t.parameters))
            for key, t in sorted(config.templates.items())
        },
        configured=config.complete,
        webhook_url=webhook_url(ctx.settings, org.slug),
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> WhatsAppChannelOut:
    stored = SETTINGS.stored(session, ctx, org.id)
    return _out(ctx, org, SETTINGS.read(stored.config, stored.secrets, ctx.settings), enabled=stored.enabled)


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
    given = given_of(body)
    if given.get("templates") is not None:
        _check_templates(session, org, given["templates"])
    saved, config = SETTINGS.put(session, ctx, org, given)
    return _out(ctx, org, config, enabled=saved.enabled)


async def send_test(ctx: AppContext, org: Org, config: WhatsAppConfig, body: WhatsAppTestIn) -> WhatsAppTestOut:
    """Send a real test template message with the org's current settings (enabled or not) and
    report Meta's own answer: the message id, or Meta's error code and message."""
    if not config.complete:
        return WhatsAppTestOut(
            ok=False, provider=PROVIDER, error=f"not configured: missing {', '.join(config.missing)}"
        )
    template = WaTemplate(name=body.template, language=body.language)
    payload = WhatsAppPayload(template_body(body.to, template, list(body.parameters)))
    try:
        result = await send_once(ctx, provider_for(config, ctx.settings), payload)
    except SendError as exc:
        return WhatsAppTestOut(ok=False, provider=PROVIDER, error=public_error(exc.message))
    except TimeoutError:
        return WhatsAppTestOut(ok=False, provider=PROVIDER, error="timed out")
    return WhatsAppTestOut(
        ok=True, provider=PROVIDER, provider_message_id=result.provider_message_id, detail=result.detail
    )
