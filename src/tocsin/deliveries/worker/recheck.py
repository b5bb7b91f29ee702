"""The send-time re-check (STYLE principle 4): a delivery planned a while ago looks again. Pure.

Between planning and sending, the notification may have been dismissed or purged, the user
deleted, deactivated or opted out, the admin may have disabled the channel, and a worker may have
died holding the delivery. Each case has one answer, decided here from plain facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tocsin.channels.availability import ChannelState
from tocsin.channels.registry import address_name

Action = Literal["send", "skip", "hold", "fail"]


@dataclass(frozen=True, slots=True)
class SendFacts:
    channel: str
    notification_present: bool
    dismissed: bool
    user_present: bool  # the row exists and is not soft-deleted
    user_active: bool
    channel_wanted: bool  # routing matrix, the user's preferences and delivery choice, as they are now
    has_address: bool
    channel_state: ChannelState
    attempts: int  # tries already started (a try that died with its worker counts)
    max_attempts: int


@dataclass(frozen=True, slots=True)
class Verdict:
    action: Action
    reason: str | None = None


SEND = Verdict("send")


def decide(facts: SendFacts) -> Verdict:
    """Send, skip (final, with the reason), hold (channel disabled: kept until re-enabled) or fail."""
    if not facts.notification_present:
        return Verdict("skip", "notification purged")
    if not facts.user_present:
        return Verdict("skip", "user deleted")
    if facts.dismissed:
        return Verdict("skip", "notification dismissed")
    if not facts.user_active:
        return Verdict("skip", "user deactivated")
    if not (facts.channel_state.configured and facts.channel_state.enabled):
        # Disabled (or no longer configured): held, never dropped; re-enabling releases it.
        return Verdict("hold")
    if not facts.channel_wanted:
        return Verdict("skip", f"{facts.channel} turned off for this event type or by the user")
    if not facts.has_address:
        return Verdict("skip", f"no {address_name(facts.channel)}")
    if facts.attempts >= facts.max_attempts:
        # Only a delivery whose worker died mid-send gets here: each lost try counts, so a message
        # that kills workers cannot loop forever.
        return Verdict("fail", f"gave up after {facts.attempts} attempts whose workers stopped before recording")
    return SEND
