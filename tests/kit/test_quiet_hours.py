"""The pure decisions of when to deliver: quiet-hours windows (across midnight, on chosen days,
across DST changes), a user's window inside the org's bounds, urgent bypass, escalation and
digest timing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tocsin.kit.quiet_hours import (
    Escalation,
    QuietFacts,
    Window,
    decide,
    digest_due,
    escalation_times,
    for_recipient,
    minutes,
    quiet_until,
    within,
)

ZONES = ["Europe/London", "America/New_York", "UTC", "Asia/Kolkata"]
hhmm = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
days = st.frozensets(st.integers(0, 6), min_size=1)
instants = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31)).map(
    lambda d: d.replace(tzinfo=UTC)
)
windows = st.builds(Window, start=hhmm, end=hhmm, days=days, timezone=st.sampled_from(ZONES))


def local(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone)).astimezone(UTC)  # type: ignore[misc]


def _inside_by_definition(window: Window, now: datetime) -> bool:
    """A slow reference: walk the window's starts on the days around `now`."""
    zone = ZoneInfo(window.timezone)
    today = now.astimezone(zone).date()
    for back in range(0, 3):
        day = today - timedelta(days=back)
        if day.weekday() not in window.days:
            continue
        hours, mins = divmod(minutes(window.start), 60)
        start = datetime(day.year, day.month, day.day, hours, mins, tzinfo=zone)
        end_day = day + timedelta(days=1) if minutes(window.end) <= minutes(window.start) else day
        hours, mins = divmod(minutes(window.end), 60)
        end = datetime(end_day.year, end_day.month, end_day.day, hours, mins, tzinfo=zone)
        if start.astimezone(UTC) <= now < end.astimezone(UTC):
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(windows, instants)
def test_quiet_until_agrees_with_the_definition_and_ends_at_the_window_end(window: Window, now: datetime) -> None:
    end = quiet_until(window, now)
    assert (end is not None) == _inside_by_definition(window, now)
    if end is not None:
        assert end > now
        # The end is the window's end in wall-clock time (a time that exists: the end of a window
        # never falls in a spring-forward gap for the windows drawn here except by coincidence).
        local_end = end.astimezone(ZoneInfo(window.timezone))
        assert local_end.strftime("%H:%M") == window.end or local_end.fold == 0
        # Just before the end is still quiet, the end itself is not (unless a new window starts).
        assert quiet_until(window, end - timedelta(seconds=1)) == end


def test_a_window_across_midnight() -> None:
    night = Window("21:00", "07:30", frozenset(range(7)), "UTC")
    assert quiet_until(night, datetime(2026, 3, 4, 0, 5, tzinfo=UTC)) == datetime(2026, 3, 4, 7, 30, tzinfo=UTC)
    assert quiet_until(night, datetime(2026, 3, 4, 21, 0, tzinfo=UTC)) == datetime(2026, 3, 5, 7, 30, tzinfo=UTC)
    assert quiet_until(night, datetime(2026, 3, 4, 7, 30, tzinfo=UTC)) is None
    assert quiet_until(night, datetime(2026, 3, 4, 12, 0, tzinfo=UTC)) is None


def test_weekend_days_are_the_days_the_window_starts() -> None:
    # Friday 18:00 to 08:00, and all of Saturday and Sunday (whole-day windows start == end).
    friday_night = Window("18:00", "08:00", frozenset({4}), "Europe/London")
    weekend = Window("00:00", "00:00", frozenset({5, 6}), "Europe/London")
    saturday_3am = local("Europe/London", 2026, 6, 6, 3, 0)
    assert quiet_until(friday_night, saturday_3am) == local("Europe/London", 2026, 6, 6, 8, 0)
    assert quiet_until(weekend, saturday_3am) == local("Europe/London", 2026, 6, 7, 0, 0)
    # Thursday night is not quiet: the window starts on Fridays only.
    assert quiet_until(friday_night, local("Europe/London", 2026, 6, 5, 3, 0)) is None
    # Sunday 23:59 is in the weekend window, Monday 00:00 is not.
    assert quiet_until(weekend, local("Europe/London", 2026, 6, 7, 23, 59)) is not None
    assert quiet_until(weekend, local("Europe/London", 2026, 6, 8, 0, 0)) is None


def test_dst_changes_keep_the_wall_clock_end() -> None:
    night = Window("20:00", "08:00", frozenset(range(7)), "Europe/London")
    # The clocks go forward on 29 March 2026 (01:00 GMT -> 02:00 BST): the night is an hour shorter.
    end = quiet_until(night, local("Europe/London", 2026, 3, 28, 23, 0))
    assert end == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # 08:00 BST
    # They go back on 25 October 2026: 08:00 GMT is 08:00 UTC.
    assert quiet_until(night, local("Europe/London", 2026, 10, 24, 23, 0)) == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)
    ny = Window("22:00", "07:00", frozenset(range(7)), "America/New_York")
    # New York springs forward on 8 March 2026, falls back on 1 November 2026.
    assert quiet_until(ny, local("America/New_York", 2026, 3, 7, 23, 0)) == datetime(2026, 3, 8, 11, 0, tzinfo=UTC)
    assert quiet_until(ny, local("America/New_York", 2026, 10, 31, 23, 0)) == datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    # A window that starts in the gap (02:30 does not exist on 8 March) still begins that night.
    gap = Window("02:30", "04:00", frozenset(range(7)), "America/New_York")
    assert quiet_until(gap, datetime(2026, 3, 8, 7, 45, tzinfo=UTC)) == datetime(2026, 3, 8, 8, 0, tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(windows, hhmm, hhmm, days)
def test_a_window_inside_the_bounds_is_never_quiet_outside_them(
    outer: Window, start: str, end: str, own: frozenset[int]
) -> None:
    inner = Window(start, end, own, outer.timezone)
    if not within(inner, outer):
        return
    # Sample instants over two weeks: whenever the user's window is quiet, the org's is too.
    base = datetime(2026, 3, 2, tzinfo=UTC)
    for step in range(0, 14 * 24 * 4):
        now = base + timedelta(minutes=15 * step)
        if quiet_until(inner, now) is not None:
            assert quiet_until(outer, now) is not None


def test_bounds_examples() -> None:
    org = Window("20:00", "08:00", frozenset(range(5)), "Europe/London")
    assert within(Window("21:00", "07:30", frozenset({0, 1}), "Europe/London"), org)
    assert within(Window("20:00", "08:00", frozenset(range(5)), "Europe/London"), org)
    assert within(Window("01:00", "06:00", frozenset({2}), "Europe/London"), org)  # after midnight
    # Saturday 01:00 lies in Friday's window; Monday 01:00 would lie in Sunday's, which there is not.
    assert within(Window("01:00", "06:00", frozenset({5}), "Europe/London"), org)
    assert not within(Window("01:00", "06:00", frozenset({0}), "Europe/London"), org)
    assert not within(Window("19:00", "07:00", frozenset({0}), "Europe/London"), org)  # starts earlier
    assert not within(Window("21:00", "09:00", frozenset({0}), "Europe/London"), org)  # ends later
    assert not within(Window("21:00", "07:00", frozenset({5}), "Europe/London"), org)  # Saturday
    assert not within(Window("07:00", "21:00", frozenset({0}), "Europe/London"), org)  # the day


@given(st.booleans(), st.booleans(), instants)
def test_urgent_bypass(urgent: bool, bypasses: bool, now: datetime) -> None:
    always = Window("00:00", "00:00", frozenset(range(7)), "UTC")
    decision = decide(QuietFacts(window=always, urgent=urgent, urgent_bypasses=bypasses), now)
    if urgent and bypasses:
        assert decision.until is None and decision.bypassed and not decision.silent
    else:
        assert decision.until is not None and decision.silent and not decision.bypassed
    assert decide(QuietFacts(window=None, urgent=urgent, urgent_bypasses=bypasses), now).until is None


def test_for_recipient_reads_the_org_window_in_the_users_timezone() -> None:
    org = {"enabled": True, "start": "21:00", "end": "07:30", "days": list(range(7)), "timezone": "UTC"}
    # 23:00 in New York is 04:00 UTC (in the window read in UTC, but it is the user's clock that counts).
    at = local("America/New_York", 2026, 6, 3, 23, 0)
    ny = for_recipient(
        org_dnd=org, urgent_bypasses=True, user_dnd=None, user_timezone="America/New_York", urgent=False, now=at
    )
    assert ny.until == local("America/New_York", 2026, 6, 4, 7, 30) and ny.silent
    # The user's own window replaces the org's; turned off, they have none.
    own = {"enabled": True, "start": "22:00", "end": "06:00", "days": list(range(7)), "timezone": "America/New_York"}
    mine = for_recipient(
        org_dnd=org, urgent_bypasses=True, user_dnd=own, user_timezone="America/New_York", urgent=False, now=at
    )
    assert mine.until == local("America/New_York", 2026, 6, 4, 6, 0)
    off = {**own, "enabled": False}
    none = for_recipient(
        org_dnd=org, urgent_bypasses=True, user_dnd=off, user_timezone="America/New_York", urgent=False, now=at
    )
    assert none.until is None and not none.silent
    # A user window the org's has since moved away from: the org's applies.
    narrowed = {**org, "start": "23:30", "end": "05:00"}
    moved = for_recipient(
        org_dnd=narrowed, urgent_bypasses=True, user_dnd=own, user_timezone="America/New_York", urgent=False, now=at
    )
    assert moved.until is None  # 23:00 is before the org's new start, and the user's window no longer counts


@given(instants, st.integers(1, 1440))
def test_digest_windows_gather_everything_of_one_window(now: datetime, window: int) -> None:
    due = digest_due(now, window)
    assert now < due <= now + timedelta(minutes=window)
    # Any instant of the same window is due at the same time; the next window is due later.
    assert digest_due(due - timedelta(microseconds=1), window) == due
    assert digest_due(due, window) > due


@given(instants, st.integers(1, 600), st.integers(1, 600))
def test_escalation_steps_come_due_after_their_minutes(created: datetime, first: int, extra: int) -> None:
    times = escalation_times(Escalation(first, "email", first + extra), created)
    assert times.send_at == created + timedelta(minutes=first)
    assert times.manager_at == created + timedelta(minutes=first + extra)
    assert times.send_at < times.manager_at
    only_manager = escalation_times(Escalation(None, None, first), created)
    assert only_manager.send_at is None and only_manager.manager_at == created + timedelta(minutes=first)
    assert escalation_times(None, created) == escalation_times(Escalation(None, None, None), created)
