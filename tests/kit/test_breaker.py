"""The circuit breaker's states, as pure decisions over a clock value."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tocsin.kit.breaker import BreakerKey, BreakerPolicy, Breakers

T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
KEY = BreakerKey(1, "email", "smtp")


def test_opens_after_the_consecutive_failures_and_probes_once_after_the_cool_down() -> None:
    b = Breakers(BreakerPolicy(failures=3, cooldown_seconds=60))
    for _ in range(2):
        assert b.allow(KEY, T0)
        b.failed(KEY, T0)
    assert b.state(KEY).state_at(T0, b.policy) == "closed"
    b.failed(KEY, T0)
    assert b.state(KEY).state_at(T0, b.policy) == "open"
    assert not b.allow(KEY, T0 + timedelta(seconds=59))

    later = T0 + timedelta(seconds=60)
    assert b.state(KEY).state_at(later, b.policy) == "half_open"
    assert b.allow(KEY, later)  # the probe
    assert not b.allow(KEY, later)  # one at a time
    b.failed(KEY, later)  # a failed probe: open for another cool-down
    assert not b.allow(KEY, later + timedelta(seconds=59))
    assert b.allow(KEY, later + timedelta(seconds=60))
    b.succeeded(KEY)
    assert b.state(KEY).state_at(later, b.policy) == "closed" and b.state(KEY).consecutive_failures == 0


def test_a_success_resets_the_count_and_keys_are_independent() -> None:
    b = Breakers(BreakerPolicy(failures=2, cooldown_seconds=60))
    b.failed(KEY, T0)
    b.succeeded(KEY)
    b.failed(KEY, T0)
    assert b.allow(KEY, T0)
    other = BreakerKey(2, "email", "smtp")
    b.failed(other, T0)
    b.failed(other, T0)
    assert not b.allow(other, T0) and b.allow(KEY, T0)


def test_a_released_probe_lets_the_next_try_probe_and_zero_never_opens() -> None:
    b = Breakers(BreakerPolicy(failures=1, cooldown_seconds=10))
    b.failed(KEY, T0)
    later = T0 + timedelta(seconds=10)
    assert b.allow(KEY, later) and not b.allow(KEY, later)
    b.released(KEY)  # the probe met a bad address: no verdict
    assert b.allow(KEY, later)

    never = Breakers(BreakerPolicy(failures=0, cooldown_seconds=10))
    for _ in range(100):
        never.failed(KEY, T0)
    assert never.allow(KEY, T0)
