"""HTTP connection pools for the providers, kept for the worker's life.

A provider's `connect()` borrows a client from `shared_client`, keyed by everything the client is
made of (base URL, credentials, connection limit, timeout): every batch of the worker that sends
with the same configuration reuses the same `httpx.AsyncClient`, its keep-alive connections and
its TLS context (building one costs more than a request). A changed configuration (a new token)
makes a new client; the old one is closed once idle for IDLE_SECONDS. Clients belong to the event
loop that made them; the worker closes its loop's clients when it stops (`close_clients`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Hashable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

IDLE_SECONDS = 300.0


@dataclass
class _Entry:
    client: httpx.AsyncClient
    users: int = 0
    last_used: float = field(default_factory=time.monotonic)


# Per event loop: the clients made in it, by configuration key.
_POOLS: dict[asyncio.AbstractEventLoop, dict[Hashable, _Entry]] = {}


@asynccontextmanager
async def shared_client(key: Hashable, factory: Callable[[], httpx.AsyncClient]) -> AsyncIterator[httpx.AsyncClient]:
    """The loop's client for `key`, made by `factory` the first time (or after it was closed)."""
    loop = asyncio.get_running_loop()
    pool = _POOLS.setdefault(loop, {})
    entry = pool.get(key)
    if entry is None or entry.client.is_closed:
        entry = pool[key] = _Entry(factory())
    entry.users += 1
    try:
        yield entry.client
    finally:
        entry.users -= 1
        entry.last_used = time.monotonic()
        await _close_idle(pool, keep=key)


async def _close_idle(pool: dict[Hashable, _Entry], *, keep: Hashable) -> None:
    now = time.monotonic()
    idle = [k for k, e in pool.items() if k != keep and e.users == 0 and now - e.last_used > IDLE_SECONDS]
    for k in idle:
        await pool.pop(k).client.aclose()


async def close_clients() -> None:
    """Close every client this event loop made (the worker, when it stops)."""
    pool = _POOLS.pop(asyncio.get_running_loop(), {})
    for entry in pool.values():
        await entry.client.aclose()


def json_of(response: httpx.Response) -> dict[str, Any]:
    try:
        loaded = response.json()
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def retry_after_seconds(response: httpx.Response) -> float | None:
    """HTTP `Retry-After` in seconds (delta-seconds or an HTTP date), or None."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
