"""The email channel: which provider an org's emails go through, and the recipient's address."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import Outgoing, Provider, SendResult, TransientError
from tocsin.channels.email.config import EmailConfig, effective
from tocsin.channels.email.outbox import OutboxProvider
from tocsin.channels.email.resend import ResendProvider
from tocsin.channels.email.smtp import SmtpProvider
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.orgs import repository as orgs_repo

CHANNEL = "email"


def load_config(session: Session, ctx: AppContext, org_id: int) -> EmailConfig:
    row = repository.get(session, org_id, CHANNEL)
    if row is None:
        return effective(None, {}, ctx.settings)
    return effective(row.config, ctx.box.decrypt_json(row.secrets_enc), ctx.settings)


def provider_for(config: EmailConfig, settings: Settings, *, org_slug: str) -> Provider | None:
    """The provider of `config`; None for `none` (nothing is sent)."""
    try:
        if config.provider == "smtp":
            return SmtpProvider(config, settings)
        if config.provider == "resend":
            return ResendProvider(config, settings)
    except ValueError as exc:
        return Misconfigured(f"email is not fully configured: {exc}")
    if config.provider == "file":
        folder = settings.email_outbox_dir or settings.data_dir / "outbox"
        return OutboxProvider(config, folder / org_slug)
    return None


def load_provider(session: Session, ctx: AppContext, org_id: int) -> Provider | None:
    org = orgs_repo.get(session, org_id)
    if org is None:
        return None
    return provider_for(load_config(session, ctx, org_id), ctx.settings, org_slug=org.slug)


def address(ctx: AppContext, user: Any) -> str | None:
    return ctx.box.decrypt_opt(user.email_enc)


def server_default(settings: Settings) -> bool:
    """A new org starts with email on when the server has a default provider."""
    return settings.email_provider != "none"


class Misconfigured:
    """Stands in for a provider that cannot be built: every send is a transient error naming
    what is missing, so the admin sees it in the log and has the retry schedule to fix it."""

    name = "misconfigured"
    max_connections = 1

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def prepare(self, message: Outgoing) -> Outgoing:
        return message

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[Misconfigured]:
        yield self

    async def send(self, payload: Any) -> SendResult:
        raise TransientError(self.reason)
