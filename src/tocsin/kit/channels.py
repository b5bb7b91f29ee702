"""Channel names, shared by routing, preferences, templates and the admin API.

The external channels are those declared in `channels/registry.py` (pure data, readable from
every layer); `in_app` is Tocsin's own and always there.
"""

from __future__ import annotations

from tocsin.channels.registry import DECLARED, NAMES

__all__ = [
    "ADDRESS_FLAGS",
    "ALL_CHANNELS",
    "DECLARED",
    "EXTERNAL_CHANNELS",
    "IN_APP",
    "LOCK_SCREEN_CHANNELS",
    "USER_ADDRESSES",
]

IN_APP = "in_app"
EXTERNAL_CHANNELS: tuple[str, ...] = NAMES
ALL_CHANNELS: tuple[str, ...] = (IN_APP, *EXTERNAL_CHANNELS)

# Channels whose texts show on a phone's lock screen and pass through carriers: fields an admin
# marks sensitive are left out of them (event_types.sensitivity).
LOCK_SCREEN_CHANNELS = frozenset(declaration.name for declaration in DECLARED if declaration.lock_screen)

# The users' addresses, one per channel, in the channels' order.
USER_ADDRESSES = tuple(declaration.address for declaration in DECLARED)
ADDRESS_FLAGS = tuple(address.flag for address in USER_ADDRESSES)
