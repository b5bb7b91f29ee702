"""Circuit breakers for providers: after `failures` consecutive failures a provider is skipped for
`cooldown_seconds` (open); then one probe is let through (half-open): its success closes the
breaker, its failure opens it for another cool-down. Pure state and a clock value; kept in
memory per process, keyed by a named value (org, channel, provider).

The decisions (`allows`, `state_at`) are functions of the state and `now`; `Breakers` holds one
state per key behind a lock, since the worker's sends and the console's reads run in different
threads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal, NamedTuple

State = Literal["closed", "open", "half_open"]


class BreakerKey(NamedTuple):
    org_id: int
    channel: str
    provider: str


@dataclass(frozen=True, slots=True)
class BreakerPolicy:
    failures: int = 5  # consecutive failures that open the breaker (0: never opens)
    cooldown_seconds: float = 60.0


@dataclass(frozen=True, slots=True)
class BreakerState:
    consecutive_failures: int = 0
    opened_at: datetime | None = None
    probing: bool = False  # a half-open probe is out: no other try until it ends

    def state_at(self, now: datetime, policy: BreakerPolicy) -> State:
        if self.opened_at is None:
            return "closed"
        if now - self.opened_at < timedelta(seconds=policy.cooldown_seconds):
            return "open"
        return "half_open"

    def reopens_at(self, policy: BreakerPolicy) -> datetime | None:
        return None if self.opened_at is None else self.opened_at + timedelta(seconds=policy.cooldown_seconds)


def allows(state: BreakerState, now: datetime, policy: BreakerPolicy) -> tuple[bool, BreakerState]:
    """Whether a try may go now, and the state after saying so (a half-open probe is taken)."""
    current = state.state_at(now, policy)
    if current == "closed":
        return True, state
    if current == "open" or state.probing:
        return False, state
    return True, replace(state, probing=True)


def after_failure(state: BreakerState, now: datetime, policy: BreakerPolicy) -> BreakerState:
    failures = state.consecutive_failures + 1
    if state.opened_at is not None or (policy.failures and failures >= policy.failures):
        return BreakerState(consecutive_failures=failures, opened_at=now)  # opened, or a failed probe
    return BreakerState(consecutive_failures=failures)


class Breakers:
    """Every breaker of this process."""

    def __init__(self, policy: BreakerPolicy | None = None) -> None:
        self.policy = policy or BreakerPolicy()
        self._states: dict[BreakerKey, BreakerState] = {}
        self._lock = threading.Lock()

    def allow(self, key: BreakerKey, now: datetime) -> bool:
        with self._lock:
            ok, self._states[key] = allows(self._states.get(key, BreakerState()), now, self.policy)
            return ok

    def succeeded(self, key: BreakerKey) -> None:
        with self._lock:
            self._states.pop(key, None)

    def failed(self, key: BreakerKey, now: datetime) -> None:
        with self._lock:
            self._states[key] = after_failure(self._states.get(key, BreakerState()), now, self.policy)

    def released(self, key: BreakerKey) -> None:
        """A half-open probe that ended without a verdict on the provider (a bad address): the
        next try may probe again."""
        with self._lock:
            state = self._states.get(key)
            if state is not None and state.probing:
                self._states[key] = replace(state, probing=False)

    def state(self, key: BreakerKey) -> BreakerState:
        with self._lock:
            return self._states.get(key, BreakerState())
