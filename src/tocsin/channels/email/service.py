"""The email channel's settings as the admin edits them: read (password masked), save, test."""

from __future__ import annotations

import asyncio
import secrets
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels.base import Outgoing, SendError
from tocsin.channels.email.channel import CHANNEL, SETTINGS, provider_for, provider_names
from tocsin.channels.email.config import EmailConfig
from tocsin.channels.email.schemas import (
    EmailChannelIn,
    EmailChannelOut,
    EmailFallbackOut,
    EmailTestIn,
    EmailTestOut,
)
from tocsin.channels.failover import provider_states
from tocsin.channels.outbound import OutboundRefused, check_literal
from tocsin.channels.schemas import ProviderStateOut
from tocsin.channels.settings import Stored, given_of, send_once
from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.kit.netaddr import url_host_port
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org


def _out(stored: Stored, cfg: EmailConfig, providers: list[ProviderStateOut]) -> EmailChannelOut:
    own_smtp = cfg.source == "org" and cfg.provider == "smtp"
    fallbacks = [
        EmailFallbackOut(
            provider=f.provider,
            host=f.host if f.provider == "smtp" else None,
            port=f.port if f.provider == "smtp" else None,
            username=f.username if f.provider == "smtp" else None,
            password=SETTINGS.masked(f.password),
            encryption=f.encryption if f.provider == "smtp" else None,
            **_oauth_out(f, f.oauth.client_secret if f.oauth else None),
        )
        for f in cfg.fallbacks
    ]
    return EmailChannelOut(
        enabled=stored.configured and stored.enabled,
        provider=cfg.provider,
        host=cfg.host if own_smtp else None,
        port=cfg.port if own_smtp else None,
        username=cfg.username if own_smtp else None,
        password=SETTINGS.masked(cfg.source == "org" and stored.secrets.get("password")),
        encryption=cfg.encryption if own_smtp else None,
        **(_oauth_out(cfg, stored.secrets.get("oauth_client_secret")) if own_smtp else {}),
        from_address=cfg.from_address,
        from_name=cfg.from_name,
        configured=stored.configured,
        source=cfg.source,
        fallbacks=fallbacks,
        providers=providers,
    )


def _oauth_out(cfg: EmailConfig, secret: str | None) -> dict[str, Any]:
    """An SMTP provider's login method and OAuth client, its secret masked."""
    if cfg.provider != "smtp":
        return {}
    oauth = cfg.oauth
    return {
        "auth": cfg.auth,
        "oauth_token_url": oauth.token_url if oauth else None,
        "oauth_client_id": oauth.client_id if oauth else None,
        "oauth_client_secret": SETTINGS.masked(secret),
        "oauth_scope": oauth.scope if oauth else None,
    }


def _states(ctx: AppContext, org: Org, cfg: EmailConfig) -> list[ProviderStateOut]:
    names = provider_names(cfg)
    return provider_states(ctx.breakers, ctx.clock.now(), org_id=org.id, channel=CHANNEL, names=names)


def get_settings(session: Session, ctx: AppContext, org: Org) -> EmailChannelOut:
    stored = SETTINGS.stored(session, ctx, org.id)
    cfg = SETTINGS.read(stored.config, stored.secrets, ctx.settings)
    return _out(stored, cfg, _states(ctx, org, cfg))


def _check(ctx: AppContext, stored: Stored) -> None:
    secret = stored.secrets.get("oauth_client_secret")
    _check_one(ctx, stored.config, stored.secrets.get("password"), at="", oauth_secret=secret)
    for i, entry in enumerate(stored.secrets.get("fallbacks") or ()):
        secret = entry.get("oauth_client_secret")
        _check_one(ctx, entry, entry.get("password"), at=f"fallbacks.{i}.", oauth_secret=secret)


def _check_oauth(ctx: AppContext, config: dict[str, Any], secret: str | None, *, at: str) -> None:
    """XOAUTH2: the mailbox to log in as, and a client whose token endpoint passes the address rule."""
    for name, value in (
        ("username", config.get("username")),
        ("oauth_token_url", config.get("oauth_token_url")),
        ("oauth_client_id", config.get("oauth_client_id")),
        ("oauth_client_secret", secret),
    ):
        if not value:
            raise invalid(f"{at}{name}", f"{name} is required with auth oauth2")
    try:
        host, _port = url_host_port(str(config["oauth_token_url"]))
        check_literal(host, allow_private=ctx.settings.outbound_allow_private)
    except (ValueError, OutboundRefused) as exc:
        raise invalid(f"{at}oauth_token_url", f"{exc} (outbound connections go to public addresses only)") from exc


def _check_one(
    ctx: AppContext, config: dict[str, Any], password: str | None, *, at: str, oauth_secret: str | None
) -> None:
    """One provider of the org's: `at` prefixes the fields named in an error (`fallbacks.0.`)."""
    provider = config.get("provider")
    if provider == "smtp":
        _check_smtp(ctx, config, at=at)
        if (config.get("auth") or "password") == "oauth2":
            _check_oauth(ctx, config, oauth_secret, at=at)
    if provider == "resend" and not password:
        raise invalid(f"{at}password", "the Resend API key (in `password`) is required with provider resend")


def _check_smtp(ctx: AppContext, config: dict[str, Any], *, at: str) -> None:
    """An org's own SMTP server: a host that passes the address rule, and no password in clear."""
    if not config.get("host"):
        raise invalid(f"{at}host", "an SMTP host is required with provider smtp")
    try:
        check_literal(str(config["host"]), allow_private=ctx.settings.outbound_allow_private)
    except OutboundRefused as exc:
        raise invalid(f"{at}host", f"{exc} (outbound connections go to public addresses only)") from exc
    plaintext = (config.get("encryption") or "starttls") == "none"
    if plaintext and config.get("username") and not ctx.settings.smtp_allow_plaintext_login:
        raise invalid(
            f"{at}encryption",
            "SMTP login without TLS would send the password in clear: use starttls or ssl "
            "(or allow it with TOCSIN_SMTP_ALLOW_PLAINTEXT_LOGIN)",
        )


def put_settings(session: Session, ctx: AppContext, org: Org, body: EmailChannelIn) -> EmailChannelOut:
    """Update the email settings given. Everything is checked before anything is written; a
    first configuration turns email on unless the admin says otherwise."""
    given = given_of(body)
    if given.get("fallbacks") == []:  # none: nothing kept (what GET shows, sent back, is [])
        given["fallbacks"] = None
    if given.get("fallbacks"):
        given["fallbacks"] = _keep_masked(given["fallbacks"], SETTINGS.stored(session, ctx, org.id))
    stored, cfg = SETTINGS.put(session, ctx, org, given, check=lambda stored: _check(ctx, stored))
    return _out(stored, cfg, _states(ctx, org, cfg))


def _keep_masked(entries: list[dict[str, Any]], stored: Stored) -> list[dict[str, Any]]:
    """Fallbacks as given, a masked password (sent back as GET shows it) replaced by the one
    stored at the same place; an entry left without one has none."""
    before = stored.secrets.get("fallbacks") or []
    out = []
    for i, entry in enumerate(entries):
        entry = {k: v for k, v in entry.items() if v is not None}
        for secret in ("password", "oauth_client_secret"):
            if entry.get(secret) == SETTINGS.mask:
                kept = before[i].get(secret) if i < len(before) else None
                entry.pop(secret)
                if kept:
                    entry[secret] = kept
        out.append(entry)
    return out


async def send_test(ctx: AppContext, org: Org, config: EmailConfig, body: EmailTestIn) -> EmailTestOut:
    """Send a test email with the org's current settings (enabled or not) and report the answer."""
    provider = provider_for(config, ctx.settings, org_slug=org.slug, clock=ctx.clock)
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
        result = await send_once(ctx, provider, payload)
    except SendError as exc:
        # The class of failure only: what a remote server says (its banner, its error text) is
        # not relayed, so the test cannot be used to probe other machines.
        return EmailTestOut(ok=False, provider=config.provider, error=exc.failure, step=exc.step or "send")
    except TimeoutError:
        return EmailTestOut(ok=False, provider=config.provider, error="timed out", step="send")
    return EmailTestOut(
        ok=True,
        provider=config.provider,
        detail="accepted" if result.detail else None,
        provider_message_id=result.provider_message_id,
    )
