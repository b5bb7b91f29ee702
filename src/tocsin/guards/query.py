"""Query strings and paths are text too: NUL and control characters in them are refused with a
422 naming the parameter, before any endpoint (or database) sees them."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from tocsin.kit.text import control_problem


def _problem(scope: Scope) -> tuple[str, str] | None:
    raw_path = scope.get("path", "")
    problem = control_problem(raw_path)
    if problem:
        return "path", problem
    query = scope.get("query_string", b"")
    if not query:
        return None
    try:
        text = query.decode("ascii")
    except UnicodeDecodeError:
        return "query", "must be ASCII (percent-encode other characters)"
    for name, value in parse_qsl(text, keep_blank_values=True, errors="strict"):
        for part in (name, value):
            problem = control_problem(part)
            if problem:
                return (name if control_problem(name) is None else "query"), problem
    return None


class QueryTextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        try:
            found = _problem(scope)
        except UnicodeDecodeError:
            found = ("query", "is not valid UTF-8 once percent-decoded")
        if found is None:
            await self.app(scope, receive, send)
            return
        field, problem = found
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008, "reason": f"{field}: {problem}"[:120]})
            return
        body = json.dumps(
            {"error": {"code": "validation_error", "message": f"{field}: {problem}", "field": field}}
        ).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 422, "headers": headers})
        await send({"type": "http.response.body", "body": body})

