"""What stands between the network and the endpoints: checks that need no endpoint's knowledge.

The request body limit is FastAPI's own (`max_body_size`, outermost); then rate limits for callers
without credentials, refusal of control characters in query strings and paths, and the security
headers of every answer. Per-key and per-user limits are taken where the caller is known (`deps`).
"""

from __future__ import annotations

from fastapi import FastAPI

from tocsin.config import Settings
from tocsin.guards.headers import SecurityHeadersMiddleware
from tocsin.guards.query import QueryTextMiddleware
from tocsin.guards.ratelimit import AnonymousRateLimitMiddleware, RateLimits


def install(app: FastAPI, settings: Settings) -> None:
    limits = RateLimits.from_settings(settings)
    app.state.rate_limits = limits
    # Added last runs first: headers wrap everything, then the anonymous limit, then the text check.
    app.add_middleware(QueryTextMiddleware)
    app.add_middleware(AnonymousRateLimitMiddleware, limits=limits)
    app.add_middleware(SecurityHeadersMiddleware, settings=settings)
