"""Per request: an id (kept from `X-Request-ID` when well-formed, else made), echoed in the answer
and bound to every log line written while serving it; Prometheus counts and latency by route
template and status; and, with JSON logs, one access line per request.

    tocsin_http_requests_total{method, route, status}
    tocsin_http_request_seconds{method, route}

`route` is the template (`/v1/users/{username}`), never the concrete path, so neither usernames
nor ids become label values; requests that match no route count as `unmatched`.
"""

from __future__ import annotations

import itertools
import re
import time
import uuid
from typing import Any

import structlog
from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUESTS = Counter(
    "tocsin_http_requests", "HTTP requests answered, by route template and status", ["method", "route", "status"]
)
LATENCY = Histogram(
    "tocsin_http_request_seconds",
    "Time to answer an HTTP request (to the end of the response), by route template",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
GOOD_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
HEADER = b"x-request-id"
# Streams stay open for hours: their latency would only blur the histogram.
STREAMING = frozenset({"/v1/me/events"})

log = structlog.get_logger("tocsin.http")


# Made ids: this process's random prefix and a counter. Unique across processes and restarts
# (the prefix), and cheaper than a fresh uuid4 per request (a system call for random bytes).
_PREFIX = uuid.uuid4().hex[:16]
_COUNTER = itertools.count(1)


def _new_id() -> str:
    return f"{_PREFIX}{next(_COUNTER):016x}"


def _route(scope: Scope) -> str:
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    return str(template) if template else "unmatched"


class RequestContext:
    def __init__(self, app: ASGIApp, *, access_log: bool) -> None:
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(HEADER, b"").decode("latin-1")
        request_id = given if GOOD_ID.match(given) else _new_id()
        started = time.perf_counter()
        status = 500
        structlog.contextvars.bind_contextvars(request_id=request_id)

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers: list[Any] = list(message.get("headers") or [])
                headers.append((HEADER, request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            method = str(scope.get("method", "GET"))
            route = _route(scope)
            REQUESTS.labels(method=method, route=route, status=str(status)).inc()
            if route not in STREAMING:
                LATENCY.labels(method=method, route=route).observe(seconds)
            if self.access_log:
                log.info(
                    "request",
                    method=method,
                    route=route,
                    path=scope.get("path", ""),
                    status=status,
                    duration_ms=round(seconds * 1000, 1),
                )
            structlog.contextvars.unbind_contextvars("request_id")
