"""Every external channel Tocsin knows, in one place.

Adding a channel is a package under `channels/` that builds a `ChannelSpec` and one line here;
routing, the worker, the admin API and the preferences page find it through this registry.
Channels listed without a provider (`sends` is false) are known to routing and preferences
(their users' address flags exist) but stay unconfigured, so they plan no deliveries.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tocsin.channels.base import ChannelSpec
from tocsin.channels.email import EMAIL
from tocsin.channels.sms import SMS
from tocsin.channels.webhook import WEBHOOK
from tocsin.channels.webpush import WEBPUSH
from tocsin.channels.whatsapp import WHATSAPP
from tocsin.kit.channels import EXTERNAL_CHANNELS

CHANNELS: dict[str, ChannelSpec] = {
    spec.name: spec
    for spec in (
        EMAIL,
        SMS,
        WHATSAPP,
        WEBPUSH,
        WEBHOOK,
    )
}
assert tuple(CHANNELS) == EXTERNAL_CHANNELS, "the registry lists every external channel, in order"
# The users' columns saying whether they have each channel's address, in the channels' order.
ADDRESS_FLAGS = tuple(spec.address_flag for spec in CHANNELS.values())


def sending() -> dict[str, ChannelSpec]:
    """The channels this build can send on (the worker claims deliveries of these only)."""
    return {name: spec for name, spec in CHANNELS.items() if spec.sends}


def address_name(channel: str) -> str:
    spec = CHANNELS.get(channel)
    return spec.address_name if spec is not None else "address"


def addresses_of(user: Any) -> frozenset[str]:
    """The external channels a user (a row with `has_*` address flags) has an address for."""
    return addresses_from_flags(tuple(bool(getattr(user, flag, False)) for flag in ADDRESS_FLAGS))


@lru_cache(maxsize=64)
def addresses_from_flags(flags: tuple[Any, ...]) -> frozenset[str]:
    """The external channels of a user whose `has_*` flags are `flags`, in `ADDRESS_FLAGS` order
    (true or false in any form). Few distinct combinations: a broadcast to thousands of users
    shares a handful of frozensets."""
    return frozenset(name for name, on in zip(CHANNELS, flags, strict=True) if on)
