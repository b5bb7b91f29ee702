"""Percentiles of times to read (pure)."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The `fraction` percentile (0..1) by linear interpolation between the closest ranks, as
    PostgreSQL's `percentile_cont` computes it; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    low, high = math.floor(position), math.ceil(position)
    if low == high:
        return float(ordered[low])
    return float(ordered[low] + (ordered[high] - ordered[low]) * (position - low))


def rounded(seconds: float | None) -> float | None:
    """Seconds to the millisecond: both databases' clocks carry microseconds, SQLite's arithmetic less."""
    return None if seconds is None else round(seconds, 3)
