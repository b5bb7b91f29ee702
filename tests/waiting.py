"""Waiting for something that happens in another thread or process, bounded in time."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(
    predicate: Callable[[], object],
    what: str,
    *,
    timeout: float = 20.0,
    every: float = 0.02,
    alive: Callable[[], str | None] | None = None,
) -> None:
    """Poll `predicate` until it is true; fail naming `what` after `timeout` seconds.

    `alive` is asked on every round: a message (a process exited, with its log) fails at once
    rather than waiting out the timeout."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if alive is not None:
            dead = alive()
            if dead:
                raise AssertionError(f"gave up waiting for {what}: {dead}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)
