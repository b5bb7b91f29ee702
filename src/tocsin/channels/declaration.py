"""What every layer may know of a channel: its name, the user's address for it, its routing
defaults. Pure data, no Tocsin imports but `kit`: users, event types and templates (below
`channels` in the layers) read it through `channels/registry.py`, and a channel package's
`declaration.py` imports nothing heavier, so reading it never loads a provider.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tocsin.kit.masking import mask_email, mask_phone, mask_url

# Every event type, custom ones included.
EVERY_TYPE: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class UserAddress:
    """The user's address for a channel, as the users API takes it (`field`) and stores it:
    encrypted in `column` (None: the channel keeps addresses in a table of its own), with
    `flag` saying one is on file. `called` is what the user lacks when there is none."""

    called: str
    flag: str
    field: str | None = None
    column: str | None = None
    mask: Callable[[str | None], str | None] = mask_email
    # A URL the server will connect to: it must pass the outbound address rule when saved.
    public_url: bool = False


@dataclass(frozen=True, slots=True)
class RoutingDefault:
    """A channel's cell in a new event type's routing: on for the types in `on` (`EVERY_TYPE`:
    all, custom ones included) but those in `off`, and whether users may override it."""

    on: frozenset[str] | None = frozenset()
    off: frozenset[str] = frozenset()
    overridable: bool = True

    def on_for(self, event_type: str) -> bool:
        return (self.on is None or event_type in self.on) and event_type not in self.off


@dataclass(frozen=True, slots=True)
class ChannelDeclaration:
    name: str
    address: UserAddress
    routing: RoutingDefault = field(default_factory=RoutingDefault)
    # Texts show on a phone's lock screen and pass through carriers: fields an admin marks
    # sensitive are left out of them.
    lock_screen: bool = False
    # Messages carry files (an event's `attachments`); other channels get their links in `data`.
    attachments: bool = False


__all__ = ["EVERY_TYPE", "ChannelDeclaration", "RoutingDefault", "UserAddress", "mask_email", "mask_phone", "mask_url"]
