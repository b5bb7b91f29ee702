"""Which channels one recipient gets for one event (SPEC §5.2, §6). Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from tocsin.channels.names import EXTERNAL_CHANNELS

# Types that reach both email and webhook whatever the user's delivery choice (SPEC §6).
FORCED_EMAIL_AND_WEBHOOK = frozenset({"manual", "activity_reminder"})

ADDRESS_NAMES = {
    "email": "email address",
    "sms": "phone number",
    "whatsapp": "WhatsApp number",
    "webpush": "push subscription",
    "webhook": "webhook URL",
}

PlanStatus = Literal["pending", "held", "skipped"]


@dataclass(frozen=True, slots=True)
class Cell:
    on: bool
    overridable: bool = False


def matrix_of(routing: Mapping[str, Mapping[str, object]] | None) -> dict[str, Cell]:
    """An event type's stored routing row (`{channel: {"on", "overridable"}}`) as cells."""
    return {ch: Cell(on=bool(c.get("on")), overridable=bool(c.get("overridable"))) for ch, c in (routing or {}).items()}


# A user's address flags and the channel each one serves.
ADDRESS_FLAGS = (("has_email", "email"), ("has_phone", "sms"), ("has_whatsapp", "whatsapp"), ("has_webhook", "webhook"))


def addresses_of(user: object) -> frozenset[str]:
    """The external channels a user (a row with `has_*` flags) has an address for."""
    return frozenset(channel for flag, channel in ADDRESS_FLAGS if getattr(user, flag))


@dataclass(frozen=True, slots=True)
class ChannelState:
    configured: bool
    enabled: bool


@dataclass(frozen=True, slots=True)
class Recipient:
    addresses: frozenset[str]
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
    """External channels this recipient should get, before channel state and addresses."""
    wanted: set[str] = set()
    for channel in EXTERNAL_CHANNELS:
        cell = matrix.get(channel, Cell(on=False))
        on = cell.on
        if cell.overridable and channel in prefs:
            on = prefs[channel]
        if on:
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
        state = channels.get(channel, ChannelState(configured=False, enabled=False))
        if not state.configured:
            continue
        if channel not in recipient.addresses:
            out.append(ChannelPlan(channel, "skipped", f"no {ADDRESS_NAMES[channel]}"))
        elif not state.enabled:
            out.append(ChannelPlan(channel, "held"))
        else:
            out.append(ChannelPlan(channel, "pending"))
    return out
