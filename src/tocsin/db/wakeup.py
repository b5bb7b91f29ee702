"""Waking background loops in other processes at once (PostgreSQL LISTEN/NOTIFY), and the one
lifecycle both background loops (the delivery worker, the scheduler) run under.

A loop inside `tocsin serve` is woken by an in-process signal; a `tocsin worker` elsewhere would
only find new work at its next poll. So on PostgreSQL each commit that made work due also sends a
NOTIFY on the loop's channel, and every loop LISTENs. Polling stays as the safety net: a lost
notification delays work by one poll interval, never loses it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any, Protocol, TypeVar

import psycopg
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from tocsin.kit import tasks as background

log = logging.getLogger(__name__)

CHANNEL = "tocsin_deliveries_due"
NOTICE_AFTER_SECONDS = 1.0  # a stop that takes longer says what it waits for


class Notifier:
    """A `deliveries_due` subscriber that sends NOTIFY from one background thread. Calls are
    coalesced (a burst of commits sends one or two NOTIFYs) and never block the caller."""

    def __init__(self, engine: Engine, *, channel: str = CHANNEL) -> None:
        self._engine = engine
        self._channel = channel
        self._pending = threading.Event()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="tocsin-notify", daemon=True)
        self._thread.start()

    def __call__(self) -> None:
        if not self._closed:
            self._pending.set()

    def _run(self) -> None:
        while True:
            self._pending.wait()
            if self._closed:
                return
            self._pending.clear()
            try:
                with self._engine.connect() as conn:
                    conn.execute(text("SELECT pg_notify(:channel, '')"), {"channel": self._channel})
                    conn.commit()
            except Exception as exc:  # the next poll picks the work up anyway
                log.warning("could not notify workers: %s", type(exc).__name__)

    def close(self) -> None:
        self._closed = True
        self._pending.set()
        self._thread.join(timeout=5)


async def listen(
    database_url: str, wake: Callable[[], None], *, channel: str = CHANNEL, max_backoff: float = 30.0
) -> None:
    """LISTEN until cancelled, calling `wake` on each notification; reconnects with backoff."""
    conninfo = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    delay = 1.0
    while True:
        try:
            conn = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
            async with conn:
                await conn.execute(f"LISTEN {channel}")
                delay = 1.0
                wake()  # anything that became due while we were not listening
                async for _ in conn.notifies():
                    wake()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("LISTEN %s lost (%s); retrying in %.0f s", channel, type(exc).__name__, delay)
        await asyncio.sleep(delay)
        delay = min(delay * 2, max_backoff)


class Loop(Protocol):
    """A background loop: runs until stopped; `wake` and `stop` are safe from any thread."""

    def run(self) -> Coroutine[Any, Any, None]: ...

    def wake(self) -> None: ...

    def stop(self) -> None: ...


L = TypeVar("L", bound=Loop)


@asynccontextmanager
async def running(
    loop: L | None,
    *,
    engine: Engine,
    database_url: str,
    channel: str,
    on_due: Callable[[Callable[[], None]], None],
    grace_seconds: float,
    name: str,
) -> AsyncIterator[L | None]:
    """Run `loop` (when given) in this event loop until the block ends. On PostgreSQL, commits that
    make work due (`on_due` subscribes to them) NOTIFY `channel`, and the loop LISTENs to it, so
    loops in other processes wake too. On the way out the loop finishes what it has in hand;
    past `grace_seconds` it is cancelled (it records what it finished and gives the rest back)."""
    postgres = engine.dialect.name == "postgresql"
    notifier = None
    if postgres:
        notifier = Notifier(engine, channel=channel)
        on_due(notifier)
    tasks: list[asyncio.Task[None]] = []
    if loop is not None:
        tasks.append(asyncio.create_task(loop.run(), name=name))
        if postgres:
            tasks.append(asyncio.create_task(listen(database_url, loop.wake, channel=channel), name=f"{name}-listen"))
    try:
        yield loop
    finally:
        if loop is not None:
            await stop(loop, tasks[0], grace_seconds=grace_seconds, name=name)
        for task in tasks[1:]:
            await background.cancel(task)
        if notifier is not None:
            notifier.close()


async def stop(loop: Loop, task: asyncio.Task[None], *, grace_seconds: float, name: str) -> None:
    """Let the loop finish the work in hand; past `grace_seconds`, cancel it."""
    loop.stop()
    # Most stops are immediate; one that waits on work in flight (a provider slow to answer) says
    # so, or a shutdown would seem to hang for no reason.
    quick = min(NOTICE_AFTER_SECONDS, grace_seconds)
    done, _ = await asyncio.wait({task}, timeout=quick)
    if done:
        return
    log.info("%s: finishing the work in hand before stopping (up to %.0f s more)", name, grace_seconds - quick)
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=grace_seconds - quick)
    except TimeoutError:
        log.warning("%s did not stop within %.0f s; cancelling", name, grace_seconds)
        await background.cancel(task)
