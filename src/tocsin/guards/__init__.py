"""What stands between the network and the endpoints: checks that need no endpoint's knowledge.

Outermost the security headers of every answer, then the request body limit, rate limits for
callers without credentials, and refusal of control characters in query strings and paths.
Per-key and per-user limits are taken where the caller is known (`deps`).
"""

from __future__ import annotations

from fastapi import FastAPI

from tocsin.config import Settings
from tocsin.guards.body import BodyLimitMiddleware
from tocsin.guards.headers import SecurityHeadersMiddleware
from tocsin.guards.query import QueryTextMiddleware
from tocsin.guards.ratelimit import AnonymousRateLimitMiddleware, RateLimits


def install(app: FastAPI, settings: Settings) -> None:
    limits = RateLimits.from_settings(settings)
    app.state.rate_limits = limits
    # Added last runs first.
    app.add_middleware(QueryTextMiddleware)
    app.add_middleware(AnonymousRateLimitMiddleware, limits=limits)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware, settings=settings)
