"""Whether each external channel of an org is configured and enabled."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tocsin.channels import registry, repository
from tocsin.config import Settings
from tocsin.kit.channels import EXTERNAL_CHANNELS


@dataclass(frozen=True, slots=True)
class ChannelState:
    configured: bool
    enabled: bool


UNCONFIGURED = ChannelState(configured=False, enabled=False)


def default_state(channel: str, settings: Settings) -> ChannelState:
    """A new org: a channel whose server default can send starts on (email with a server
    provider); every other channel starts unconfigured."""
    spec = registry.CHANNELS.get(channel)
    if spec is not None and spec.server_default is not None and spec.server_default(settings):
        return ChannelState(configured=True, enabled=True)
    return UNCONFIGURED


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
