"""HTTP for the providers: clients kept for the worker's life, and their answers.

A provider's `connect()` borrows a client from `shared_client`, keyed by everything the client is
made of (base URL, credentials, connection limit, timeout): every batch of the worker that sends
with the same configuration reuses the same client, its keep-alive connections and its TLS
context (building one costs more than a request). A changed configuration (a new token) makes a
new client; the old one is closed once idle for IDLE_SECONDS. Clients belong to the event loop
that made them and are kept while a `kept_clients` block runs in it (the worker's and the
server's life), which closes them when it ends.

The providers send with aiohttp rather than httpx: measured on the SMS and webhook benchmarks,
httpx's client spent about 1.5 ms of CPU per request, most of the worker's time per message, and
aiohttp a fraction of that (SMS went from 219 to 734 messages a second through one worker). The
phone providers use `phone_client`; URLs that users gave (webhooks, push endpoints, callbacks)
go through `channels/outbound.py`, which adds the address rule. `post` gives the answers a small
shape of their own (`Answer`).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Hashable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
from yarl import URL

from tocsin.channels.base import TransientError

IDLE_SECONDS = 300.0


@dataclass
class _Entry:
    client: Any  # an aiohttp.ClientSession, or a wrapper of one with `closed` and `close()`
    users: int = 0
    last_used: float = field(default_factory=time.monotonic)


# Per event loop that keeps clients (see `kept_clients`): its clients by configuration key, and
# how many `kept_clients` blocks are open in it.
_POOLS: dict[asyncio.AbstractEventLoop, dict[Hashable, _Entry]] = {}
_KEEPERS: dict[asyncio.AbstractEventLoop, int] = {}


async def _close(client: Any) -> None:
    await client.close()  # aiohttp: its sockets close on the loop's next turn, so give it that turn
    await asyncio.sleep(0)


@asynccontextmanager
async def kept_clients() -> AsyncIterator[None]:
    """Keep the clients `shared_client` makes in this event loop until the block ends (the
    worker's and the server's life), then close them."""
    loop = asyncio.get_running_loop()
    _KEEPERS[loop] = _KEEPERS.get(loop, 0) + 1
    _POOLS.setdefault(loop, {})
    try:
        yield
    finally:
        _KEEPERS[loop] -= 1
        if _KEEPERS[loop] == 0:
            del _KEEPERS[loop]
            for entry in _POOLS.pop(loop, {}).values():
                await _close(entry.client)


@asynccontextmanager
async def shared_client(key: Hashable, factory: Callable[[], Any]) -> AsyncIterator[Any]:
    """The loop's client for `key`, made by `factory` the first time (or after it was closed).
    Outside `kept_clients` the client is made for this use alone and closed after it."""
    loop = asyncio.get_running_loop()
    pool = _POOLS.get(loop)
    if pool is None:
        client = factory()
        try:
            yield client
        finally:
            await _close(client)
        return
    entry = pool.get(key)
    if entry is None or entry.client.closed:
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
        await _close(pool.pop(k).client)


@dataclass(frozen=True, slots=True)
class Answer:
    """A provider's HTTP answer, read whole."""

    status: int
    reason: str
    headers: Mapping[str, str]
    body: bytes

    @property
    def is_success(self) -> bool:
        return 200 <= self.status < 300

    @property
    def text(self) -> str:
        """The body as text (UTF-8, undecodable bytes replaced)."""
        return self.body.decode("utf-8", "replace")

    def json(self) -> dict[str, Any]:
        """The body as a JSON object, or {} when it is not one."""
        try:
            loaded = json.loads(self.body)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}


class Unreachable(Exception):
    """No answer: the connection failed or timed out (`timed_out`). The text is the failure's
    kind, never the URL."""

    def __init__(self, text: str, *, timed_out: bool = False) -> None:
        super().__init__(text)
        self.timed_out = timed_out


async def post(client: aiohttp.ClientSession, url: str | URL, **kwargs: Any) -> Answer:
    """POST and read the whole answer, following no redirect; a network failure or timeout is
    `Unreachable`."""
    try:
        async with client.post(url, allow_redirects=False, **kwargs) as response:
            return Answer(response.status, response.reason or "", response.headers, await response.read())
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise Unreachable(failure_text(exc), timed_out=isinstance(exc, TimeoutError)) from exc


def failure_text(exc: BaseException) -> str:
    """What went wrong, in words an admin reads (never a library's class name, never the URL)."""
    if isinstance(exc, TimeoutError | aiohttp.ServerTimeoutError):
        return "no answer in time"
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return "host name not found (DNS)"
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return "TLS certificate not accepted"
    if isinstance(exc, aiohttp.ClientConnectorError):
        return "connection refused or unreachable"
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError):
        return "connection closed before an answer"
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return "answer could not be read"
    return "network error"


class UrlSender:
    """A `Sender` that posts every payload to one provider URL over a shared client; a network
    failure or timeout is a `TransientError` naming the provider (`label`)."""

    label = "the provider"

    def __init__(self, client: aiohttp.ClientSession, url: str) -> None:
        self._client = client
        self._url = url

    async def _post(self, **kwargs: Any) -> Answer:
        try:
            return await post(self._client, self._url, **kwargs)
        except Unreachable as exc:
            raise TransientError(f"{self.label} unreachable: {exc}") from exc


def phone_client(*, max_connections: int, timeout: float, headers: Mapping[str, str]) -> aiohttp.ClientSession:
    """A client for a phone provider's API: `max_connections` keep-alive connections at most."""
    return aiohttp.ClientSession(
        headers=dict(headers),
        timeout=aiohttp.ClientTimeout(total=timeout),
        connector=aiohttp.TCPConnector(limit=max_connections),
    )


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """HTTP `Retry-After` in seconds (delta-seconds or an HTTP date), or None."""
    value = headers.get("Retry-After")
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
