"""Waking workers in other processes at once: PostgreSQL LISTEN/NOTIFY.

A worker inside `tocsin serve` is woken by the in-process signal; a `tocsin worker` elsewhere
would only find new deliveries at its next poll. So on PostgreSQL the server also sends a NOTIFY
after each commit that made deliveries due, and every worker LISTENs. Polling stays as the safety
net: a lost notification delays work by one poll interval, never loses it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CHANNEL = "tocsin_deliveries_due"


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
