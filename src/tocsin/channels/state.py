"""Whether each external channel of an org is configured and enabled."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.names import EXTERNAL_CHANNELS
from tocsin.config import Settings
from tocsin.events.routing import ChannelState


def default_state(channel: str, settings: Settings) -> ChannelState:
    """A new org: email is on where the server has a default provider; the rest unconfigured."""
    if channel == "email" and settings.email_provider != "none":
        return ChannelState(configured=True, enabled=True)
    return ChannelState(configured=False, enabled=False)


def channel_states(session: Session, settings: Settings, org_id: int) -> dict[str, ChannelState]:
    states = {channel: default_state(channel, settings) for channel in EXTERNAL_CHANNELS}
    for row in repository.all_for_org(session, org_id):
        states[row.channel] = ChannelState(configured=row.configured, enabled=row.configured and row.enabled)
    return states
