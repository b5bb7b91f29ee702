"""The live bell's two transports: `GET /v1/me/stream` (WebSocket) and `GET /v1/me/events` (SSE).

Under `tocsin serve` the WebSocket is served by realtime/sockets.py without going through the app
(the server's protocol hands it over, serving/live_socket.py); this endpoint serves it under any
other ASGI server and in the in-process tests, with the same messages and close codes."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack
from typing import Annotated

from fastapi import APIRouter, Query, Request, WebSocket
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocketDisconnect

from tocsin.auth.service import bearer
from tocsin.db.writer import Busy
from tocsin.errors import ApiError
from tocsin.realtime import admission, live, service
from tocsin.realtime.hub import CLOSE_RESTART, CLOSE_TRY_LATER, CLOSE_UNAUTHORIZED
from tocsin.realtime.sockets import origin_ok, refusal, remaining
from tocsin.realtime.streams import EventStream, pump_websocket, subscribed

router = APIRouter(tags=["me: live"])

CLOSE_FORBIDDEN_ORIGIN = 1008  # policy violation; before accept, the handshake is refused with 403

EVENTS_DESCRIPTION = """Server-Sent Events for clients that cannot use the WebSocket: the same messages as
`/v1/me/stream`, one `data:` line each, comment pings, and a `retry:` hint. The token comes in
`Authorization: Bearer` or `?token=`. The stream ends when the token expires or is revoked (an
`unauthorized` event comes first; reconnecting would get 401: fetch a new token), when the server
restarts, or when the client falls behind."""


@router.websocket("/v1/me/stream")
async def stream(websocket: WebSocket) -> None:
    """First `{"type":"hello","unread":n}`, then notification and read messages (docs/realtime.md)."""
    rt = live.of(websocket.app)
    token = websocket.query_params.get("token")
    if rt is not None and not origin_ok(rt, websocket.headers.get("origin"), websocket.headers.get("host")):
        # Before accepting: a page of an origin that is not allowed gets a refused handshake (403).
        await websocket.close(CLOSE_FORBIDDEN_ORIGIN)
        return
    # Accept first: close codes (4401, 1013) only exist on an open socket; a refused handshake is opaque.
    await websocket.accept()
    if rt is None:
        await websocket.close(CLOSE_RESTART, "not ready")
        return
    retry_after = rt.ctx.settings.live_retry_after_seconds
    try:
        refused = refusal(rt)
        if refused is not None:
            await websocket.close(CLOSE_TRY_LATER, admission.close_reason(refused, retry_after))
            return
        checked_at = asyncio.get_running_loop().time()
        try:
            sub = await _authenticate(rt, token)
        except ApiError as exc:
            await websocket.close(CLOSE_UNAUTHORIZED, exc.message[:120])
            return
        async with AsyncExitStack() as stack:
            try:
                conn, hello = await stack.enter_async_context(subscribed(rt, sub, checked_at=checked_at))
            except Busy:  # the read queue is full: the hello's count cannot be read now
                await websocket.close(CLOSE_TRY_LATER, admission.close_reason("server busy", retry_after))
                return
            await pump_websocket(
                websocket,
                conn,
                hello=hello,
                expires_in=remaining(rt, sub),
                max_message_bytes=rt.ctx.settings.ws_max_message_bytes,
            )
    except WebSocketDisconnect:
        return  # the peer left before we were done with it: nothing to report


@router.get(
    "/v1/me/events",
    response_class=Response,
    responses={200: {"content": {"text/event-stream": {}}, "description": "the event stream"}},
    description=EVENTS_DESCRIPTION,
)
async def events(request: Request, token: Annotated[str | None, Query(include_in_schema=False)] = None) -> Response:
    rt = live.of(request.app)
    if rt is None:
        raise ApiError(503, "unavailable", "the server is starting or stopping")
    if not origin_ok(rt, request.headers.get("origin"), request.headers.get("host")):
        raise ApiError(403, "forbidden_origin", "this origin is not among the allowed origins")
    settings = rt.ctx.settings
    refused = refusal(rt)
    if refused is not None:
        retry_after = {"Retry-After": str(settings.live_retry_after_seconds)}
        raise ApiError(503, "overloaded", f"{refused}: retry later", headers=retry_after)
    credential = bearer(request.headers.get("authorization")) or token
    checked_at = asyncio.get_running_loop().time()
    sub = await _authenticate(rt, credential)
    return EventStream(
        subscribed(rt, sub, checked_at=checked_at),
        expires_in=remaining(rt, sub),
        ping_seconds=settings.ws_ping_seconds,
        retry_seconds=settings.sse_retry_seconds,
        retry_after_seconds=settings.live_retry_after_seconds,
    )


async def _authenticate(rt: live.Realtime, token: str | None) -> service.Subscriber:
    """The token check, counted among the streams connecting (admission.py) while it runs."""
    rt.hub.connecting += 1
    try:
        return await run_in_threadpool(service.authenticate, rt.ctx, rt.reads, token)
    finally:
        rt.hub.connecting -= 1
