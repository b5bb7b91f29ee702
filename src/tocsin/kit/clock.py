"""Time comes from an injectable clock so tests can move it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, **kwargs: float) -> None:
        self._now += timedelta(**kwargs)

    def set(self, value: datetime) -> None:
        self._now = value


def isoformat(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z suffix, as the API promises."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def start_of_day(now: datetime, timezone: str) -> datetime:
    """Midnight of `now`'s day in `timezone`, as a UTC instant (a DST day is 23 or 25 hours)."""
    local = now.astimezone(ZoneInfo(timezone))
    midnight = datetime(local.year, local.month, local.day, tzinfo=ZoneInfo(timezone))
    return midnight.astimezone(UTC)
