"""At send time: whether a delivery that passed the re-check leaves now, waits again (quiet
hours) or is skipped because its notification was read in-app meanwhile. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tocsin.kit.quiet_hours import QuietDecision

READ_IN_APP = "read_in_app"
# Deliveries that wait on purpose: what a read in-app makes pointless.
WAITING_REASONS = frozenset({"quiet_hours", "digest", "escalation"})


@dataclass(frozen=True, slots=True)
class When:
    skip: str | None = None  # skip with this reason
    wait_until: datetime | None = None  # wait again until then
    reason: str | None = None  # the reason it waits
    bypassed: bool = False  # leaves in quiet hours: urgent, and the org lets urgent events through


SEND_NOW = When()


def at_send_time(*, reason: str | None, read: bool, skip_read: bool, quiet: QuietDecision) -> When:
    """A delivery that waited (quiet hours, digest, escalation) whose notification was read in-app
    is skipped when the org skips read ones (an escalation always: a read cancels it). In quiet
    hours, any delivery waits until the window ends, keeping a digest's or escalation's reason."""
    if read and reason in WAITING_REASONS and (skip_read or reason == "escalation"):
        return When(skip=READ_IN_APP)
    if quiet.until is not None:
        return When(wait_until=quiet.until, reason=reason if reason in ("digest", "escalation") else "quiet_hours")
    return When(bypassed=quiet.bypassed)
