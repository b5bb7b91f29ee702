"""How an event gets in: `accept` (shared by the endpoint and the fast path) and `IngestFastPath`.

`POST /v1/events` is the route a CRM calls for every change it reports, so its cost per request
sets the ingestion rate. Routed through FastAPI, most of that cost is the framework's own (route
matching across every router, dependency resolution, response model handling): measured, it was
more than the validation and the write together. `IngestFastPath` is an ASGI layer just outside
the router that answers the common case itself, with the same steps and functions as the
endpoint: the body validated by the same model, the same API key check and rate limit, the same
`accept`, the same answer body. It handles only what it is sure of: any body it cannot parse or
validate, a content type other than JSON, or an `Idempotency-Key` header out of bounds is passed,
untouched, to the normal route, which answers it exactly as before (the same 422 naming the
field). The route stays declared in FastAPI for the OpenAPI document and for those answers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tocsin.auth.dependencies import counted_api_key
from tocsin.context import AppContext
from tocsin.db.writer import Busy
from tocsin.errors import ApiError, api_error_response, error_body, invalid
from tocsin.events import service
from tocsin.events.schemas import EventIn, EventResult

PATH = "/v1/events"
IDEMPOTENCY_KEY_MAX = 200


async def accept(ctx: AppContext, key: str, body: EventIn, idempotency_key: str | None) -> EventResult:
    """Ingest one event through the write queue and return its answer once it is committed.

    The `Idempotency-Key` header is an alias of the body's `idempotency_key` (both given: they
    must agree). The event is written in a group commit with other requests' events."""
    if idempotency_key is not None:
        if body.idempotency_key is not None and body.idempotency_key != idempotency_key:
            raise invalid("idempotency_key", "differs from the Idempotency-Key header")
        body = body.model_copy(update={"idempotency_key": idempotency_key})
    answer: EventResult = await ctx.writer.run_grouped(service.SINGLE_EVENTS, service.Ingestion(ctx, key, body))
    return answer


def busy_response(exc: Busy) -> JSONResponse:
    """Back-pressure: answered at once, so a client backs off instead of piling up requests."""
    headers = {"Retry-After": str(exc.retry_after)}
    return JSONResponse(error_body("overloaded", str(exc)), status_code=503, headers=headers)


@dataclass(frozen=True, slots=True)
class _Route:
    """What the request metrics read from `scope["route"]`: the route's template."""

    path_format: str = PATH


def _is_json(content_type: bytes) -> bool:
    media = content_type.split(b";", 1)[0].strip().lower()
    return media == b"application/json"


class IngestFastPath:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != PATH:
            await self.app(scope, receive, send)
            return
        headers: dict[bytes, bytes] = {}
        for name, value in scope["headers"]:
            headers.setdefault(name, value)  # the first of a repeated header, as Starlette reads it
        if not _is_json(headers.get(b"content-type", b"")):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        raw = b"".join(chunks)
        event = _valid_event(raw)
        idempotency_key = headers.get(b"idempotency-key")
        if event is None or (idempotency_key is not None and not 0 < len(idempotency_key) <= IDEMPOTENCY_KEY_MAX):
            await self.app(scope, _replay(raw, receive), send)
            return
        scope["route"] = _Route()
        ctx: AppContext = scope["app"].state.ctx
        response: JSONResponse
        try:
            key = await counted_api_key(scope["app"].state, _text(headers.get(b"authorization")), "POST", PATH)
            result = await accept(ctx, key, event, _text(idempotency_key))
        except ApiError as exc:
            response = api_error_response(exc)
        except Busy as exc:
            response = busy_response(exc)
        else:
            body = result.model_dump_json().encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 202,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await response(scope, receive, send)


def _valid_event(raw: bytes) -> EventIn | None:
    """The event, validated as the route validates it (JSON parsed, then the model in Python
    mode), or None for anything the route should answer itself."""
    try:
        document: Any = json.loads(raw)
        return EventIn.model_validate(document)
    except (ValueError, ValidationError, RecursionError):
        return None


def _text(value: bytes | None) -> str | None:
    return value.decode("latin-1") if value is not None else None


def _replay(raw: bytes, receive: Receive) -> Receive:
    """A `receive` that gives the body already read, then whatever the client sends next."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": raw, "more_body": False}
        return await receive()

    return again
