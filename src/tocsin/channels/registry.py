"""Every external channel Tocsin knows, in one place: one line per channel in `DECLARED`.

A channel is a package under `channels/` with a `declaration.py` (pure data: its name, the
user's address for it, its routing defaults) and a `spec.py` whose `SPEC` says what it does
(provider, admin settings, routes). The declarations are read by every layer (users, event types,
templates through `kit/channels.py`); the specs are loaded on first use from the channel's own
package, so reading this module never imports a provider, and the layers below `channels` can.
Channels whose spec provides no provider (`sends` is false) are known to routing and
preferences (their users' address flags exist) but stay unconfigured, so they plan no deliveries.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from tocsin.channels.declaration import ChannelDeclaration
from tocsin.channels.email.declaration import EMAIL
from tocsin.channels.sms.declaration import SMS
from tocsin.channels.webhook.declaration import WEBHOOK
from tocsin.channels.webpush.declaration import WEBPUSH
from tocsin.channels.whatsapp.declaration import WHATSAPP

if TYPE_CHECKING:
    from tocsin.channels.base import ChannelSpec

# The order is the channels' order everywhere: the routing matrix, the preferences page, the
# users' address flags as routing reads them by position.
DECLARED: tuple[ChannelDeclaration, ...] = (EMAIL, SMS, WHATSAPP, WEBPUSH, WEBHOOK)

NAMES: tuple[str, ...] = tuple(declaration.name for declaration in DECLARED)
DECLARATIONS: dict[str, ChannelDeclaration] = {declaration.name: declaration for declaration in DECLARED}
# The users' columns saying whether they have each channel's address, in the channels' order.
ADDRESS_FLAGS = tuple(declaration.address.flag for declaration in DECLARED)


class _Specs(Mapping[str, "ChannelSpec"]):
    """{name: ChannelSpec}, each read from `tocsin.channels.<name>.spec.SPEC` when first asked."""

    def __getitem__(self, name: str) -> ChannelSpec:
        if name not in DECLARATIONS:
            raise KeyError(name)
        return _spec(name)

    def __iter__(self) -> Iterator[str]:
        return iter(NAMES)

    def __len__(self) -> int:
        return len(NAMES)


@cache
def _spec(name: str) -> ChannelSpec:
    spec: ChannelSpec = importlib.import_module(f"tocsin.channels.{name}.spec").SPEC
    assert spec.declaration is DECLARATIONS[name], f"channels/{name}/spec.py declares another channel"
    return spec


CHANNELS: Mapping[str, ChannelSpec] = _Specs()


def sending() -> dict[str, ChannelSpec]:
    """The channels this build can send on (the worker claims deliveries of these only)."""
    return {name: spec for name, spec in CHANNELS.items() if spec.sends}


def address_name(channel: str) -> str:
    declaration = DECLARATIONS.get(channel)
    return declaration.address.called if declaration is not None else "address"


def addresses_of(user: Any) -> frozenset[str]:
    """The external channels a user (a row with `has_*` address flags) has an address for."""
    return addresses_from_flags(tuple(bool(getattr(user, flag, False)) for flag in ADDRESS_FLAGS))


@lru_cache(maxsize=64)
def addresses_from_flags(flags: tuple[Any, ...]) -> frozenset[str]:
    """The external channels of a user whose `has_*` flags are `flags`, in `ADDRESS_FLAGS` order
    (true or false in any form). Few distinct combinations: a broadcast to thousands of users
    shares a handful of frozensets."""
    return frozenset(name for name, on in zip(NAMES, flags, strict=True) if on)
