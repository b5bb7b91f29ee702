"""Which target milestone an update announces. Pure."""

from __future__ import annotations

THRESHOLDS = (50, 75, 100)


def percent(*, goal: float, current: float) -> float:
    return current / goal * 100.0 if goal > 0 else 0.0


def crossed(*, goal: float, current: float, already: int) -> int | None:
    """The milestone to announce now, if any: the highest threshold reached that is above every
    one announced before (`already`). Several crossed in one update announce only the highest;
    a value that falls and rises again never repeats one."""
    reached = [t for t in THRESHOLDS if percent(goal=goal, current=current) >= t and t > already]
    return max(reached) if reached else None


def next_threshold(*, already: int) -> int | None:
    return next((t for t in THRESHOLDS if t > already), None)
