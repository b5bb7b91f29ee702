"""Whether each external channel of an org is configured and enabled."""

from __future__ import annotations

from collections.abc import Iterable

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


def states_of_orgs(
    session: Session, settings: Settings, org_ids: Iterable[int], *, lock: bool = False
) -> dict[int, dict[str, ChannelState]]:
    """{org_id: {channel: state}} for several orgs in one query (`lock`: see repository.for_orgs)."""
    ids = set(org_ids)
    states = {org: {ch: default_state(ch, settings) for ch in EXTERNAL_CHANNELS} for org in ids}
    for row in repository.for_orgs(session, ids, lock=lock):
        enabled = row.configured and row.enabled
        states[row.org_id][row.channel] = ChannelState(configured=row.configured, enabled=enabled)
    return states


def channel_states(session: Session, settings: Settings, org_id: int) -> dict[str, ChannelState]:
    return states_of_orgs(session, settings, [org_id])[org_id]
