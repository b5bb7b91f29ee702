"""Token deaths told to every process through Redis, when it is configured: each process forgets
the dead token's org from its token checks (auth/cached.py) within milliseconds, not at its next
re-read of the org (`TOCSIN_TOKEN_CHECK_SECONDS`).

A process that kills a token publishes the org's id on `<prefix>:tokens` after the commit; every
server listens on a thread of its own (redis-py's pub/sub thread). Redis being away loses only
the speed: the re-read after `TOCSIN_TOKEN_CHECK_SECONDS` still sees the death, so a failed
publish or a lost subscription is logged, never raised.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import redis
from fastapi.concurrency import run_in_threadpool

from tocsin.context import AppContext
from tocsin.signals import TokensRevoked

log = logging.getLogger(__name__)


def channel_name(prefix: str) -> str:
    return f"{prefix}:tokens"


class RevocationBus:
    def __init__(self, url: str, *, channel: str, forget: Callable[[int], None]) -> None:
        self._redis = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        self._channel = channel
        self._forget = forget
        self._pubsub: Any = None
        self._thread: Any = None
        self._failing = threading.Event()
        self._stopped = False

    def start(self) -> None:
        self._pubsub = self._redis.pubsub(ignore_subscribe_messages=True)  # type: ignore[no-untyped-call]
        self._pubsub.subscribe(**{self._channel: self._heard})
        self._thread = self._pubsub.run_in_thread(sleep_time=1.0, daemon=True, exception_handler=self._lost)

    def stop(self) -> None:
        self._stopped = True
        if self._thread is not None:
            self._thread.stop()
            self._thread.join(timeout=5)
        if self._pubsub is not None:
            self._pubsub.close()
        self._redis.close()

    def publish(self, notice: TokensRevoked) -> None:
        """The `signals.on_tokens_revoked` subscriber (after commit): tell every process."""
        if self._stopped:
            return
        try:
            self._redis.publish(self._channel, str(notice.org_id))
        except redis.RedisError as exc:
            log.warning("token checks: could not tell other processes of a revocation: %s", exc)

    def _heard(self, message: dict[str, Any]) -> None:
        self._failing.clear()
        try:
            org_id = int(message["data"])
        except (KeyError, TypeError, ValueError):
            return
        self._forget(org_id)

    def _lost(self, exc: BaseException, pubsub: Any, thread: Any) -> None:
        # Called on the listening thread; redis-py reconnects on the next read. Logged once per outage.
        if not self._failing.is_set():
            log.warning("token checks: the revocation channel is away (%s); re-reads still apply", exc)
            self._failing.set()
        time.sleep(1.0)


@asynccontextmanager
async def running(ctx: AppContext) -> AsyncIterator[None]:
    """While the server runs: its token deaths published, others' heard (only with Redis, and
    only while token checks remember anything)."""
    settings = ctx.settings
    if not settings.redis_url or settings.token_check_seconds <= 0:
        yield
        return
    channel = channel_name(settings.redis_channel_prefix)
    bus = RevocationBus(settings.redis_url, channel=channel, forget=ctx.tokens.forget_org)
    try:
        await run_in_threadpool(bus.start)
    except redis.RedisError as exc:
        log.warning("token checks: no revocation channel (%s); re-reads still apply", exc)
        yield
        return
    ctx.signals.on_tokens_revoked(bus.publish)
    try:
        yield
    finally:
        await run_in_threadpool(bus.stop)
