"""Rate limits (the `limits` library, moving window): per API key on ingestion and on the other
API-key routes, per user on the user-token routes, per client address for callers without
credentials (and for failed authentications). With TOCSIN_REDIS_URL the counters live in Redis
and so hold across every process; otherwise each process counts its own.

A limit reached is a 429 with `Retry-After`. A counter store that cannot be reached lets the
request through (logged): losing Redis must not take the API down with it.
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import dataclass
from typing import Literal

from anyio import to_thread
from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

from tocsin.config import Settings
from tocsin.errors import ApiError

log = logging.getLogger(__name__)

Kind = Literal["ingest", "admin", "user", "anon"]
# POST routes that carry a CRM's bulk traffic, counted against the ingestion limit.
INGEST_PATHS = ("/v1/events", "/v1/notify")


class InProcessStorage(MemoryStorage):
    """limits' in-process counters, expired inline at most once a second.

    The library's own storage starts a 10 ms timer thread to expire counters whenever its last
    one has ended: at a few hundred requests a second that meant a thread started for nearly every
    request, which cost more than the counting (measured: most of the rate limit's share of an
    ingestion request). Expiry only frees memory (every strategy compares timestamps itself), so
    doing it inline, once a second, changes no answer. Should a later limits release rename the
    hook overridden here, the override goes unused and the library's timer does the work again.
    """

    EXPIRE_EVERY_SECONDS = 1.0

    def __init__(self) -> None:
        self._expire_at = 0.0
        super().__init__()

    def _MemoryStorage__schedule_expiry(self) -> None:  # the library's private hook, by its mangled name
        now = time.monotonic()
        if now >= self._expire_at:
            self._expire_at = now + self.EXPIRE_EVERY_SECONDS
            getattr(self, "_MemoryStorage__expire_events")()  # noqa: B009 (a mangled private name)


class RateLimited(ApiError):
    def __init__(self, kind: Kind, retry_after: int) -> None:
        super().__init__(
            429,
            "rate_limited",
            f"too many requests ({kind} limit); retry after {retry_after} s",
            headers={"Retry-After": str(retry_after)},
        )
        self.retry_after = retry_after


@dataclass
class RateLimits:
    limiter: MovingWindowRateLimiter
    items: dict[Kind, list[RateLimitItem]]
    shared: bool  # counters in Redis (a network call: keep it off the event loop)

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimits:
        storage: Storage
        if settings.redis_url:
            storage = RedisStorage(
                settings.redis_url, key_prefix=f"{settings.redis_channel_prefix}:ratelimit", socket_timeout=1
            )
        else:
            storage = InProcessStorage()
        items: dict[Kind, list[RateLimitItem]] = {
            "ingest": parse_many(settings.rate_limit_ingest),
            "admin": parse_many(settings.rate_limit_admin),
            "user": parse_many(settings.rate_limit_user),
            "anon": parse_many(settings.rate_limit_anon),
        }
        return cls(MovingWindowRateLimiter(storage), items, shared=settings.redis_url is not None)

    def hit(self, kind: Kind, key: str) -> None:
        """Count one request of `key` against the `kind` limit; raise RateLimited when over it."""
        try:
            for item in self.items[kind]:
                if not self.limiter.hit(item, kind, key):
                    reset = self.limiter.get_window_stats(item, kind, key).reset_time
                    raise RateLimited(kind, max(1, math.ceil(reset - time.time())))
        except RateLimited:
            raise
        except Exception as exc:  # the counter store is down: serve rather than fail
            log.warning("rate limit store unavailable: %s", type(exc).__name__)


def api_key_kind(method: str, path: str) -> Kind:
    return "ingest" if method == "POST" and path.startswith(INGEST_PATHS) else "admin"


def client_address(conn: HTTPConnection) -> str:
    return conn.client.host if conn.client else "unknown"


def _has_credentials(scope: Scope) -> bool:
    for name, _value in scope.get("headers", ()):
        if name == b"authorization":
            return True
    return b"token=" in scope.get("query_string", b"")


class AnonymousRateLimitMiddleware:
    """Requests that carry no credentials count against their address's limit."""

    def __init__(self, app: ASGIApp, *, limits: RateLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") == "OPTIONS" or _has_credentials(scope):
            await self.app(scope, receive, send)
            return
        key = client_address(HTTPConnection(scope))
        try:
            if self.limits.shared:
                await to_thread.run_sync(self.limits.hit, "anon", key)
            else:
                self.limits.hit("anon", key)
        except RateLimited as exc:
            body = json.dumps({"error": {"code": exc.code, "message": exc.message}}).encode()
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(exc.retry_after).encode()),
            ]
            await send({"type": "http.response.start", "status": 429, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)
