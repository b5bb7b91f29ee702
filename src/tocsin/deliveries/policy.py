"""Retry and throttle decisions. Pure: plain values in, plain values out.

An attempt ends in one of three outcomes. `sent` is final. `permanent` fails the delivery at
once (the provider said the message can never go: unknown mailbox, invalid number, HTTP 4xx).
`transient` is retried on the schedule `delays` (seconds after the previous try; default 60, 300,
540 = 1, 5 and 9 minutes, 3 retries over 15 minutes); the attempt after the last delay fails it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from tocsin.channels.base import Outcome

NextStatus = Literal["sent", "deferred", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class NextStep:
    status: NextStatus
    next_attempt_at: datetime | None = None


def max_attempts(delays: Sequence[int]) -> int:
    """The first try plus one retry per delay."""
    return len(delays) + 1


def after_attempt(
    *,
    attempt: int,
    outcome: Outcome,
    now: datetime,
    delays: Sequence[int],
    retry_after_seconds: float | None = None,
) -> NextStep:
    """What happens to a delivery after its `attempt`-th try (1-based) ended in `outcome` at `now`.

    A provider that said how long to wait (`retry_after_seconds`, HTTP Retry-After) is not tried
    again sooner than that; the schedule's own delay applies when it is longer."""
    if attempt < 1:
        raise ValueError("attempt numbers start at 1")
    if outcome == "sent":
        return NextStep("sent")
    if outcome == "skipped":
        return NextStep("skipped")
    if outcome == "permanent" or attempt > len(delays):
        return NextStep("failed")
    delay = max(float(delays[attempt - 1]), retry_after_seconds or 0.0)
    return NextStep("deferred", now + timedelta(seconds=delay))


def staggered(count: int, *, now: datetime, batch_size: int, window_seconds: int) -> list[datetime]:
    """Due times for `count` messages released together: `batch_size` per window, none dropped.

    The same bulk throttle ingestion applies to the emails of one event, used again when held
    deliveries are released, so re-enabling a channel never sends a backlog all at once.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    window = timedelta(seconds=window_seconds)
    # One datetime per window, shared by its messages (their rows serialise it once).
    times = [now + window * k for k in range(-(-count // batch_size))]
    return [times[i // batch_size] for i in range(count)]
