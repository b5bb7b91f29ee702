"""The retry policy and the bulk throttle, exhaustively (they are pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tocsin.channels.base import classify_http_status
from tocsin.channels.email.smtp import classify_smtp_reply
from tocsin.deliveries.policy import after_attempt, max_attempts, staggered

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
DEFAULT = [60, 300, 540]

delays = st.lists(st.integers(min_value=1, max_value=86_400), max_size=8)
times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))


def test_the_default_schedule_is_three_retries_over_fifteen_minutes() -> None:
    now, tries = NOW, []
    attempt = 1
    while True:
        step = after_attempt(attempt=attempt, outcome="transient", now=now, delays=DEFAULT)
        tries.append(now)
        if step.status == "failed":
            break
        assert step.status == "deferred" and step.next_attempt_at is not None
        now, attempt = step.next_attempt_at, attempt + 1
    assert [t - NOW for t in tries] == [timedelta(0), timedelta(minutes=1), timedelta(minutes=6), timedelta(minutes=15)]
    assert len(tries) == max_attempts(DEFAULT) == 4


@given(delays, st.integers(min_value=1, max_value=20), times)
def test_transient_retries_exactly_len_delays_times(delays: list[int], attempt: int, now: datetime) -> None:
    step = after_attempt(attempt=attempt, outcome="transient", now=now, delays=delays)
    if attempt <= len(delays):
        assert step.status == "deferred"
        assert step.next_attempt_at == now + timedelta(seconds=delays[attempt - 1])
    else:
        assert step.status == "failed" and step.next_attempt_at is None


@given(delays, st.integers(min_value=1, max_value=20), times)
def test_sent_and_permanent_are_final_at_any_attempt(delays: list[int], attempt: int, now: datetime) -> None:
    assert after_attempt(attempt=attempt, outcome="sent", now=now, delays=delays).status == "sent"
    permanent = after_attempt(attempt=attempt, outcome="permanent", now=now, delays=delays)
    assert (permanent.status, permanent.next_attempt_at) == ("failed", None)


def test_attempt_numbers_start_at_one() -> None:
    with pytest.raises(ValueError):
        after_attempt(attempt=0, outcome="sent", now=NOW, delays=DEFAULT)


@given(st.integers(min_value=200, max_value=599))
def test_smtp_replies(code: int) -> None:
    expected = "sent" if code < 400 else "transient" if code < 500 else "permanent"
    assert classify_smtp_reply(code) == expected


@given(st.integers(min_value=200, max_value=599))
def test_http_statuses(status: int) -> None:
    outcome = classify_http_status(status)
    if status < 400:
        assert outcome == "sent"
    elif status >= 500 or status in (408, 429):
        assert outcome == "transient"
    else:
        assert outcome == "permanent"


@given(st.integers(min_value=0, max_value=2000), st.integers(min_value=1, max_value=500), st.integers(1, 3600))
def test_staggering_never_drops_and_never_exceeds_the_batch(count: int, batch: int, window: int) -> None:
    due = staggered(count, now=NOW, batch_size=batch, window_seconds=window)
    assert len(due) == count
    assert due == sorted(due)
    per_window: dict[datetime, int] = {}
    for t in due:
        assert (t - NOW) % timedelta(seconds=window) == timedelta(0)
        per_window[t] = per_window.get(t, 0) + 1
    assert all(n <= batch for n in per_window.values())
    # Windows are filled in order, without gaps: only the last may be partial.
    assert len(per_window) == -(-count // batch)
