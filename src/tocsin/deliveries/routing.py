"""Which external channels one recipient gets for one event. Pure.

The same rules decide twice: when an event is planned (`plan`) and again when the worker is about
to send (`still_wanted`), so a preference or matrix change made in between is honoured.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from tocsin.channels.availability import UNCONFIGURED, ChannelState
from tocsin.channels.registry import address_name
from tocsin.kit.channels import EXTERNAL_CHANNELS
from tocsin.preferences.rules import cell_on

# Types that reach both email and webhook whatever the user's delivery choice.
FORCED_EMAIL_AND_WEBHOOK = frozenset({"manual", "activity_reminder"})

PlanStatus = Literal["pending", "held", "skipped", "deferred"]


@dataclass(frozen=True, slots=True)
class Cell:
    on: bool
    overridable: bool = False


OFF = Cell(on=False)


def matrix_of(routing: Mapping[str, Mapping[str, object]] | None) -> dict[str, Cell]:
    """An event type's stored routing row (`{channel: {"on", "overridable"}}`) as cells."""
    return {ch: Cell(on=bool(c.get("on")), overridable=bool(c.get("overridable"))) for ch, c in (routing or {}).items()}


@dataclass(frozen=True, slots=True)
class Recipient:
    addresses: frozenset[str]  # external channels the user has an address for
    delivery_choice: str = "email"


@dataclass(frozen=True, slots=True)
class ChannelPlan:
    channel: str
    status: PlanStatus
    reason: str | None = None


def wanted_channels(
    *,
    event_type: str,
    matrix: Mapping[str, Cell],
    recipient: Recipient,
    prefs: Mapping[str, bool],
) -> set[str]:
    """External channels this recipient should get, before channel state and addresses.

    The admin's matrix cell, overridden by the user's choice where the cell allows it; then the
    user's delivery choice between email and webhook (`manual` and `activity_reminder` reach both
    whatever the choice; a user who chose webhook without a URL gets email).
    """
    wanted: set[str] = set()
    for channel in EXTERNAL_CHANNELS:
        cell = matrix.get(channel, OFF)
        if cell_on(admin_on=cell.on, overridable=cell.overridable, choice=prefs.get(channel)):
            wanted.add(channel)
    if event_type in FORCED_EMAIL_AND_WEBHOOK:
        return wanted | {"email", "webhook"}
    choice = recipient.delivery_choice
    email_ok = choice in ("email", "both") or (choice == "webhook" and "webhook" not in recipient.addresses)
    if not email_ok:
        wanted.discard("email")
    if choice not in ("webhook", "both"):
        wanted.discard("webhook")
    return wanted


def plan(
    *,
    event_type: str,
    matrix: Mapping[str, Cell],
    channels: Mapping[str, ChannelState],
    recipient: Recipient,
    prefs: Mapping[str, bool],
) -> list[ChannelPlan]:
    """One plan per external channel that gets a delivery row: pending, held or skipped.

    An unconfigured channel plans nothing. A recipient without an address is skipped with the
    reason; a configured but disabled channel is held (it goes out when re-enabled).
    """
    out: list[ChannelPlan] = []
    wanted = wanted_channels(event_type=event_type, matrix=matrix, recipient=recipient, prefs=prefs)
    for channel in EXTERNAL_CHANNELS:
        if channel not in wanted:
            continue
        state = channels.get(channel, UNCONFIGURED)
        if not state.configured:
            continue
        if channel not in recipient.addresses:
            out.append(ChannelPlan(channel, "skipped", f"no {address_name(channel)}"))
        elif not state.enabled:
            out.append(ChannelPlan(channel, "held"))
        else:
            out.append(ChannelPlan(channel, "pending"))
    return out


def still_wanted(
    *,
    channel: str,
    event_type: str,
    routing: Mapping[str, Any] | None,
    recipient: Recipient,
    prefs: Mapping[str, bool],
) -> bool:
    """At send time: whether routing and the user's choices, as they are now, still send `channel`.

    An event type deleted since is still delivered: the event was accepted under it.
    """
    if routing is None:
        return True
    wanted = wanted_channels(event_type=event_type, matrix=matrix_of(routing), recipient=recipient, prefs=prefs)
    return channel in wanted
