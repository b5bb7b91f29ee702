"""How messages reach the instance that holds the user's connections.

Memory (the embedded default): this process holds every connection, publishing is delivering.
Redis (TOCSIN_REDIS_URL): every instance publishes to one pub/sub channel and listens on it, and
delivers only what it hears, its own messages included, so each message reaches a client once
whichever instance ingested the event.

Notices that tokens died (`TokensRevoked`) travel the same way, so every instance closes the
streams it holds for them.

Redis going away never fails a request: a failed publish is logged and delivered to this
process's own clients; the listener reconnects with backoff, then asks for a resync (a fresh
hello to every client here), since whatever was published meanwhile is lost to it.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from contextlib import suppress
from typing import Any, Protocol

from redis import Redis as SyncRedis
from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from tocsin.kit import tasks
from tocsin.realtime import metrics
from tocsin.realtime.messages import Envelope, Outgoing
from tocsin.signals import TokensRevoked

log = logging.getLogger(__name__)

Deliver = Callable[[Envelope], None]
Resumed = Callable[[], None]

MAGIC = "tocsin-rt1"
REVOKE = "revoke"


class Backplane(Protocol):
    @property
    def shared(self) -> bool:
        """True when other instances may hold connections (so counts cannot be limited to ours)."""
        ...

    @property
    def subscribed(self) -> bool:
        """True while this instance receives what the others publish (readiness)."""
        ...

    async def start(self, *, deliver: Deliver, resumed: Resumed) -> None: ...

    async def publish(self, batch: list[Envelope]) -> None: ...

    async def stop(self) -> None: ...


class MemoryBackplane:
    shared = False
    subscribed = True

    def __init__(self) -> None:
        self._deliver: Deliver | None = None

    async def start(self, *, deliver: Deliver, resumed: Resumed) -> None:
        self._deliver = deliver

    async def publish(self, batch: list[Envelope]) -> None:
        if self._deliver is not None:
            for outgoing in batch:
                self._deliver(outgoing)

    async def stop(self) -> None:
        self._deliver = None


def encode(envelope: Envelope) -> bytes:
    """Messages: one header line, then `<user_id> <message>` per line (messages are single-line
    JSON). A revocation: one line, `<magic> <org_id> revoke <user_id or *> <not_before>`."""
    if isinstance(envelope, TokensRevoked):
        user = "*" if envelope.user_id is None else str(envelope.user_id)
        return f"{MAGIC} {envelope.org_id} {REVOKE} {user} {envelope.not_before}".encode()
    lines = [f"{MAGIC} {envelope.org_id}"]
    lines.extend(f"{user_id} {text}" for user_id, text in envelope.items)
    return "\n".join(lines).encode()


def decode(data: bytes) -> Envelope:
    lines = data.decode().split("\n")
    magic, _, header = lines[0].partition(" ")
    if magic != MAGIC:
        raise ValueError("not a tocsin real-time envelope")
    org, _, rest = header.partition(" ")
    if rest:
        kind, user, not_before = rest.split(" ")
        if kind != REVOKE or len(lines) != 1:
            raise ValueError("unknown real-time envelope")
        return TokensRevoked(int(org), None if user == "*" else int(user), int(not_before))
    items: list[tuple[int, str]] = []
    for line in lines[1:]:
        user_id, _, text = line.partition(" ")
        items.append((int(user_id), text))
    return Outgoing(int(org), items)


def _retries(count: int) -> Retry:
    # Failures are handled here (local delivery, backoff), not by waiting retries inside redis-py.
    return Retry(NoBackoff(), count)


class RedisBackplane:
    shared = True

    def __init__(
        self,
        url: str,
        *,
        channel: str,
        reconnect_max_seconds: float = 10.0,
        ping_seconds: float = 20.0,
        startup_wait_seconds: float = 3.0,
    ) -> None:
        self._startup_wait = startup_wait_seconds
        self._url = url
        self._channel = channel
        self._reconnect_max = max(0.2, reconnect_max_seconds)
        self._ping_seconds = max(0.5, ping_seconds)
        self._deliver: Deliver | None = None
        self._resumed: Resumed | None = None
        self._publisher: Redis | None = None
        self._listener: asyncio.Task[None] | None = None
        self._subscribed = asyncio.Event()
        # Circuit breaker for publishing: after a failure, skip Redis until this loop time.
        self._publish_paused_until = 0.0
        self._publish_backoff = 0.2
        self._publish_failing = False

    async def start(self, *, deliver: Deliver, resumed: Resumed) -> None:
        self._deliver = deliver
        self._resumed = resumed
        # One immediate retry: a pooled connection that died with a Redis restart reconnects at once
        # instead of losing the message for the other instances.
        self._publisher = Redis.from_url(self._url, socket_connect_timeout=1.0, socket_timeout=2.0, retry=_retries(1))
        self._listener = asyncio.create_task(self._listen(), name="tocsin-realtime-redis")
        # Give the first subscription a moment, so pushes right after start-up are not lost; the
        # server starts anyway without Redis (ingestion does not need it) and keeps retrying.
        with suppress(TimeoutError):
            await asyncio.wait_for(self._subscribed.wait(), timeout=self._startup_wait)

    async def stop(self) -> None:
        await tasks.cancel(self._listener)
        self._listener = None
        if self._publisher is not None:
            with suppress(RedisError, OSError):
                await self._publisher.aclose()
            self._publisher = None

    @property
    def subscribed(self) -> bool:
        return self._subscribed.is_set()

    async def publish(self, batch: list[Envelope]) -> None:
        """The batch in one round trip (a broadcast is dozens of chunks: one at a time, each
        waited for, took longer than the fan-out). If Redis fails, this process's own clients get
        the whole batch: some may have had part of it through Redis already, which the bell
        ignores (it keeps a notification once)."""
        loop = asyncio.get_running_loop()
        if not batch:
            return
        if self._publisher is None or loop.time() < self._publish_paused_until:
            self._local(batch)
            return
        try:
            async with self._publisher.pipeline(transaction=False) as pipe:
                for outgoing in batch:
                    pipe.publish(self._channel, encode(outgoing))
                await pipe.execute()
        except (RedisError, OSError) as exc:
            self._publish_failed(exc, loop.time())
            self._local(batch)
            return
        if self._publish_failing:
            self._publish_failing = False
            log.warning("realtime: publishing to Redis works again")

    def _local(self, batch: list[Envelope]) -> None:
        # Redis is unreachable: this process's own clients still get the message; clients on
        # other instances resync when those instances get Redis back.
        if self._deliver is not None:
            for outgoing in batch:
                self._deliver(outgoing)

    def _publish_failed(self, exc: Exception, now: float) -> None:
        metrics.BACKPLANE_ERRORS.labels(kind="publish").inc()
        if not self._publish_failing:
            log.warning("realtime: publishing to Redis failed (%s: %s); delivering locally", type(exc).__name__, exc)
        self._publish_failing = True
        self._publish_paused_until = now + self._publish_backoff
        self._publish_backoff = min(self._publish_backoff * 2, self._reconnect_max)

    async def _listen(self) -> None:
        delay = 0.2
        connected_before = False
        lost = False
        while True:
            client = Redis.from_url(self._url, socket_connect_timeout=2.0, socket_keepalive=True, retry=_retries(0))
            pubsub = client.pubsub()
            try:
                await self._subscribe(pubsub)
                self._subscribed.set()
                delay = 0.2
                self._publish_paused_until, self._publish_backoff = 0.0, 0.2
                if connected_before:
                    log.warning("realtime: Redis listener reconnected; resyncing clients")
                    if self._resumed is not None:
                        self._resumed()
                connected_before, lost = True, False
                await self._read(pubsub)
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError) as exc:
                self._subscribed.clear()
                metrics.BACKPLANE_ERRORS.labels(kind="subscribe").inc()
                if not lost:
                    log.warning(
                        "realtime: Redis listener lost (%s: %s); retrying with backoff", type(exc).__name__, exc
                    )
                lost = True
            finally:
                with suppress(RedisError, OSError):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]  # unannotated in redis-py
                with suppress(RedisError, OSError):
                    await client.aclose()
            await asyncio.sleep(delay * random.uniform(0.5, 1.0))
            delay = min(delay * 2, self._reconnect_max)

    async def _subscribe(self, pubsub: PubSub) -> None:
        await pubsub.subscribe(self._channel)
        deadline = asyncio.get_running_loop().time() + 5.0
        while asyncio.get_running_loop().time() < deadline:
            message = await pubsub.get_message(timeout=1.0)
            if message is not None and message.get("type") == "subscribe":
                return
        raise RedisError("no subscription confirmation")

    async def _read(self, pubsub: PubSub) -> None:
        loop = asyncio.get_running_loop()
        heard = loop.time()
        pinged = 0.0
        while True:
            message: dict[str, Any] | None = await pubsub.get_message(timeout=1.0)
            now = loop.time()
            if message is None:
                # A silent peer (a dropped network path) never errors: ping it, give up if it stays mute.
                if now - heard > 3 * self._ping_seconds:
                    raise RedisError("Redis stopped answering pings")
                if now - heard > self._ping_seconds and now - pinged > self._ping_seconds:
                    pinged = now
                    await pubsub.ping()
                continue
            heard = now
            if message.get("type") == "message":
                self._dispatch(message["data"])

    def _dispatch(self, data: bytes) -> None:
        try:
            envelope = decode(data)
        except (ValueError, UnicodeDecodeError):
            log.warning("realtime: ignored a malformed message on the Redis channel")
            return
        if self._deliver is not None:
            try:
                self._deliver(envelope)
            except Exception:  # one bad delivery must not stop the listener
                log.exception("realtime: delivering a backplane message failed")


def channel_name(prefix: str) -> str:
    return f"{prefix}:realtime"


def announce_now(redis_url: str | None, *, channel_prefix: str, notice: TokensRevoked) -> bool:
    """Publish a notice straight to the instances, from a process that runs no server (the CLI
    rotating a signing secret). Returns whether Redis took it; without Redis, or with Redis
    unreachable, the instances' own check of their streams' tokens catches the change."""
    if not redis_url:
        return False
    client = SyncRedis.from_url(redis_url, socket_connect_timeout=2.0, socket_timeout=2.0)
    try:
        client.publish(channel_name(channel_prefix), encode(notice))
    except (RedisError, OSError) as exc:
        log.warning("realtime: could not announce revoked tokens on Redis (%s: %s)", type(exc).__name__, exc)
        return False
    finally:
        client.close()
    return True


def build_backplane(
    redis_url: str | None, *, channel_prefix: str, reconnect_max_seconds: float, ping_seconds: float
) -> MemoryBackplane | RedisBackplane:
    if not redis_url:
        return MemoryBackplane()
    return RedisBackplane(
        redis_url,
        channel=channel_name(channel_prefix),
        reconnect_max_seconds=reconnect_max_seconds,
        ping_seconds=ping_seconds,
    )
