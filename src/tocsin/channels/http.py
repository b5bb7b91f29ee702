"""One HTTP connection pool per provider and batch, shared by the lanes that send through it.

The worker opens `max_connections` lanes per org and channel; for an HTTP provider each lane's
`connect()` borrows the same `httpx.AsyncClient` (its pool keeps up to that many keep-alive
connections), opened by the first lane and closed by the last.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx


class SharedClient:
    def __init__(self, factory: Callable[[], httpx.AsyncClient]) -> None:
        self._factory = factory
        self._client: httpx.AsyncClient | None = None
        self._users = 0
        self._lock: asyncio.Lock | None = None

    @asynccontextmanager
    async def borrow(self) -> AsyncIterator[httpx.AsyncClient]:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._client is None:
                self._client = self._factory()
            self._users += 1
            client = self._client
        try:
            yield client
        finally:
            async with self._lock:
                self._users -= 1
                if self._users == 0 and self._client is not None:
                    closing, self._client = self._client, None
                    await closing.aclose()


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
