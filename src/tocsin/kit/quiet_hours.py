"""Quiet hours (do not disturb), escalation and digest timing. Pure: plain data and a clock value.

A window is a wall-clock span, `start` to `end` (HH:MM), that may cross midnight, on the weekdays
in `days` (0 = Monday; the day the window *starts*), read in a timezone. `start == end` is a whole
day. Times are evaluated with zoneinfo, so a window keeps its wall-clock hours across daylight
saving changes: 20:00-08:00 in Europe/London ends at 08:00 local time on the morning after the
clocks change, whatever the UTC offset. A wall-clock time that does not exist on a spring-forward
day is read with the offset before the change (zoneinfo's `fold=0`), which lands after the gap;
an ambiguous autumn time is its first occurrence.

The same function answers at planning time and again at send time (the worker re-checks), so a
window changed while deliveries wait is honoured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAY_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Window:
    start: str  # HH:MM
    end: str  # HH:MM
    days: frozenset[int]  # weekdays the window starts on, 0 = Monday
    timezone: str  # IANA name


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def length_minutes(window: Window) -> int:
    """How long the window lasts; start == end is a whole day."""
    span = (minutes(window.end) - minutes(window.start)) % DAY_MINUTES
    return span or DAY_MINUTES


def _local(day: date, hhmm: str, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm), tzinfo=zone)


def quiet_until(window: Window | None, now: datetime) -> datetime | None:
    """The end of the quiet window `now` falls in (UTC), or None when `now` is not in one."""
    if window is None or not window.days:
        return None
    zone = ZoneInfo(window.timezone)
    now = now.astimezone(UTC)
    today = now.astimezone(zone).date()
    crosses = minutes(window.end) <= minutes(window.start)
    # A window that started yesterday may still be running; check the latest start first.
    for back in (0, 1):
        day = today - timedelta(days=back)
        if day.weekday() not in window.days:
            continue
        start = _local(day, window.start, zone).astimezone(UTC)
        end = _local(day + timedelta(days=1 if crosses else 0), window.end, zone).astimezone(UTC)
        if start <= now < end:
            return end
    return None


def within(inner: Window, outer: Window) -> bool:
    """Whether a user's window lies inside the org's: same or later start, same or earlier end
    (clock times, read from the org's start, so both may cross midnight), on days the org's window
    covers (a subset of its days, shifted by one for a window that starts after midnight)."""
    origin = minutes(outer.start)
    # A user's window that starts before the org's start clock time lies in the org window that
    # began the day before (01:00 on Tuesday is inside Monday's 20:00-08:00).
    shift = 0 if minutes(inner.start) >= origin else 1
    if not {(day - shift) % 7 for day in inner.days} <= outer.days:
        return False
    start = (minutes(inner.start) - origin) % DAY_MINUTES
    span = length_minutes(inner)
    return start + span <= length_minutes(outer)


@dataclass(frozen=True, slots=True)
class QuietFacts:
    """What decides whether one recipient is in quiet hours now."""

    window: Window | None  # the recipient's effective window (theirs, else the org's), or None
    urgent: bool
    urgent_bypasses: bool


@dataclass(frozen=True, slots=True)
class QuietDecision:
    until: datetime | None  # external deliveries wait until then (None: send now)
    silent: bool  # the in-app notification raises no toast
    bypassed: bool  # in quiet hours, but urgent and the org lets urgent events through


def decide(facts: QuietFacts, now: datetime) -> QuietDecision:
    """Defer, or let through (recording an urgent bypass)."""
    end = quiet_until(facts.window, now)
    if end is None:
        return QuietDecision(until=None, silent=False, bypassed=False)
    if facts.urgent and facts.urgent_bypasses:
        return QuietDecision(until=None, silent=False, bypassed=True)
    return QuietDecision(until=end, silent=True, bypassed=False)


def effective_window(
    *, org_window: Window | None, user_window: Window | None, user_opted_out: bool, user_timezone: str | None
) -> Window | None:
    """A recipient's window: their own where they set one (off if they turned it off), else the
    org's read in the recipient's timezone (the window's own when the user has none)."""
    if user_window is not None:
        return user_window
    if user_opted_out or org_window is None:
        return None
    if user_timezone:
        return Window(org_window.start, org_window.end, org_window.days, user_timezone)
    return org_window


def window_of(raw: dict[str, object] | None) -> Window | None:
    """A stored window (`{"enabled", "start", "end", "days", "timezone"}`), None when off or unset."""
    if not raw or not raw.get("enabled"):
        return None
    days = raw.get("days")
    day_list: Sequence[int] = days if isinstance(days, list) else list(range(7))
    return Window(
        start=str(raw.get("start") or "20:00"),
        end=str(raw.get("end") or "08:00"),
        days=frozenset(int(d) for d in day_list),
        timezone=str(raw.get("timezone") or "UTC"),
    )


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def digest_due(now: datetime, window_minutes: int) -> datetime:
    """When the digest that `now` falls in leaves: the end of the current window, windows counted
    from the Unix epoch (a 60-minute digest leaves on the hour, a daily one at midnight UTC).
    Everything of one user, channel and window is due at the same instant, so the worker gathers
    it into one message."""
    size = timedelta(minutes=window_minutes)
    elapsed = (now.astimezone(UTC) - EPOCH) // size
    return EPOCH + size * (elapsed + 1)


@dataclass(frozen=True, slots=True)
class Escalation:
    after_minutes: int | None  # send on `channel` if still unread after this long
    channel: str | None
    manager_after_minutes: int | None  # tell the manager if still unread after this long


@dataclass(frozen=True, slots=True)
class EscalationTimes:
    send_at: datetime | None
    manager_at: datetime | None


def escalation_times(escalation: Escalation | None, created_at: datetime) -> EscalationTimes:
    """When each step of an unread escalation comes due, counted from the notification."""
    if escalation is None:
        return EscalationTimes(None, None)
    send_at = (
        created_at + timedelta(minutes=escalation.after_minutes)
        if escalation.after_minutes and escalation.channel
        else None
    )
    manager_at = (
        created_at + timedelta(minutes=escalation.manager_after_minutes) if escalation.manager_after_minutes else None
    )
    return EscalationTimes(send_at, manager_at)


def for_recipient(
    *,
    org_dnd: dict[str, object] | None,
    urgent_bypasses: bool,
    user_dnd: dict[str, object] | None,
    user_timezone: str | None,
    urgent: bool,
    now: datetime,
) -> QuietDecision:
    """The quiet-hours decision for one recipient of one event, from the stored settings.

    A user's own window (stored, enabled) replaces the org's; one stored but turned off means no
    quiet hours for them. The org's window is read in the user's timezone, unless the user's is
    the default UTC, in which case the window's own timezone applies."""
    org_window = window_of(org_dnd)
    user_window = window_of(user_dnd)
    opted_out = bool(user_dnd) and user_window is None
    if user_window is not None and org_window is not None and not within(user_window, org_window):
        user_window = None  # the org's window moved since: its bounds win
    zone = user_timezone if user_timezone and user_timezone != "UTC" else None
    window = effective_window(
        org_window=org_window, user_window=user_window, user_opted_out=opted_out, user_timezone=zone
    )
    return decide(QuietFacts(window=window, urgent=urgent, urgent_bypasses=urgent_bypasses), now)
