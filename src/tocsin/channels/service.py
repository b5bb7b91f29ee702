"""Channel settings common to every channel: which exist, enable and disable."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tocsin.channels import registry, repository
from tocsin.channels.availability import default_state
from tocsin.channels.base import ChannelAdmin
from tocsin.channels.schemas import ChannelStateOut
from tocsin.context import AppContext
from tocsin.errors import ApiError, invalid, not_found
from tocsin.kit.channels import EXTERNAL_CHANNELS
from tocsin.orgs.models import Org


def admin_of(channel: str) -> ChannelAdmin:
    """The channel's settings schema and handlers; 404 for a channel this build cannot configure."""
    spec = registry.CHANNELS.get(channel)
    if spec is None or spec.admin is None:
        raise not_found("channel")
    return spec.admin


def set_enabled(session: Session, ctx: AppContext, org: Org, channel: str, *, enabled: bool) -> ChannelStateOut:
    """Enable or disable a channel. Disabling takes effect at once: the worker holds what is due on
    it from now on. What was held goes out again when the caller releases it (deliveries)."""
    if channel not in EXTERNAL_CHANNELS:
        raise invalid("channel", f"unknown channel; one of {', '.join(EXTERNAL_CHANNELS)}")
    row = repository.get(session, org.id, channel)
    configured = row.configured if row is not None else default_state(channel, ctx.settings).configured
    if enabled and not configured:
        raise ApiError(409, "not_configured", f"{channel} is not configured: configure it before enabling it")
    if row is None:
        repository.save(
            session,
            org_id=org.id,
            channel=channel,
            configured=configured,
            enabled=enabled,
            config={},
            secrets_enc=None,
            now=ctx.clock.now(),
        )
    else:
        row.enabled = enabled
        row.updated_at = ctx.clock.now()
        session.flush()  # the UPDATE waits for workers reading this row FOR SHARE (PostgreSQL)
        repository.config_changed(session, org.id)
    return ChannelStateOut(channel=channel, configured=configured, enabled=enabled and configured)
