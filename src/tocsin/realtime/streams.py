"""Pumping a connection's queue into a WebSocket or a Server-Sent Events response.

Each stream waits on three things at once: its queue (send), the peer (a disconnect), and the
connection's `closing` future (overflow, token expiry or revocation, shutdown). A peer that stops
reading blocks only its own sender; the hub keeps queueing until the bound, then closes it.

A dead token ends a WebSocket with 4401 and an event stream with an `unauthorized` event: either
way the client knows to get a new token rather than reconnect with the old one.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager, suppress

from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket

from tocsin.db.writer import Busy
from tocsin.errors import error_body
from tocsin.realtime import messages, service
from tocsin.realtime.hub import CLOSE_TOO_BIG, CLOSE_UNAUTHORIZED, Closing, Connection
from tocsin.realtime.live import Realtime

Subscription = AbstractAsyncContextManager[tuple[Connection, str]]

# A peer that does not take our close frame within this time is simply dropped.
CLOSE_TIMEOUT_SECONDS = 2.0


@asynccontextmanager
async def subscribed(
    rt: Realtime, sub: service.Subscriber, *, checked_at: float | None = None
) -> AsyncIterator[tuple[Connection, str]]:
    """A connection in the hub for the life of the block, with its hello message. `checked_at`:
    the loop time the token check began (a revocation heard since then closes it at once).

    The connection is registered before the count is read: a change committed in between is
    then both counted and queued, never lost.
    """
    conn = rt.hub.open(sub.org_id, sub.user_id, issued_at=sub.issued_at, secret_id=sub.secret_id, checked_at=checked_at)
    try:
        counts = await service.hello_counts(rt.ctx.reader, org_id=sub.org_id, user_id=sub.user_id)
        yield conn, messages.hello(counts)
    finally:
        conn.close(1000, "")
        rt.hub.remove(conn)


async def _finish(*tasks: asyncio.Task[None]) -> None:
    for task in tasks:
        task.cancel()
        task.add_done_callback(_retrieve)
    # asyncio.wait, not gather: with gather here, the cancellation of a closing TestClient socket
    # (an anyio cancel scope) escaped the scope as an error.
    await asyncio.wait(tasks)


def _retrieve(task: asyncio.Task[None]) -> None:
    # A peer gone mid-send ends the sender with an error: expected, and not worth a log line.
    if not task.cancelled():
        task.exception()


def _expire(conn: Connection, expires_in: float) -> asyncio.TimerHandle:
    loop = asyncio.get_running_loop()
    return loop.call_later(max(0.0, expires_in), conn.close, CLOSE_UNAUTHORIZED, "token expired")


async def pump_websocket(
    ws: WebSocket, conn: Connection, *, hello: str, expires_in: float, max_message_bytes: int
) -> None:
    """Send hello, then every queued message, until the peer leaves or the connection is closed.

    The sender is the stream's own task and the receiver its only other one: each task of a
    socket costs memory a thousand times over (docs/realtime.md, "Capacity")."""
    if conn.open:  # a token revoked while this stream was connecting gets no hello
        await ws.send_text(hello)
    timer = _expire(conn, expires_in)
    receiver = asyncio.create_task(_receive_websocket(ws, conn, max_message_bytes))
    receiver.add_done_callback(lambda _: conn.queue.wake())
    try:
        await _send_websocket(ws, conn, receiver)
    finally:
        timer.cancel()
        # The receiver also ends after closing the connection itself (a message too big).
        peer_left = receiver.done() and not conn.closing.done()
        await _finish(receiver)
    if conn.closing.done() and not peer_left:
        closing = conn.closing.result()
        # A close frame can wait behind a full socket buffer (that is why a slow peer is closed).
        with suppress(Exception):
            await asyncio.wait_for(ws.close(closing.code, closing.reason), timeout=CLOSE_TIMEOUT_SECONDS)


async def _send_websocket(ws: WebSocket, conn: Connection, receiver: asyncio.Task[None]) -> None:
    """Every queued message, until the connection closes or the peer leaves (the receiver ends).

    A send waits while the peer's socket buffer is full; closing the connection (a slow peer's
    overflow, a dead token, a restart) interrupts that wait."""
    queue = conn.queue
    task = asyncio.current_task()
    assert task is not None
    sending = False

    def interrupt(_: object) -> None:
        if sending:
            task.cancel()

    conn.closing.add_done_callback(interrupt)
    try:
        while conn.open and not receiver.done():
            if queue.empty():
                await queue.wait()
                continue
            sending = True
            try:
                await ws.send_text(queue.get_nowait())
            except asyncio.CancelledError:
                if conn.open or task.uncancel() > 0:
                    raise  # not ours: the server is cancelling the stream
                return
            finally:
                sending = False
    finally:
        conn.closing.remove_done_callback(interrupt)


async def _receive_websocket(ws: WebSocket, conn: Connection, max_bytes: int) -> None:
    while True:
        message = await ws.receive()
        if message["type"] == "websocket.disconnect":
            return
        text = message.get("text")
        # `tocsin serve` refuses such frames itself (uvicorn's ws_max_size); this holds under any server.
        if _too_big(text, message.get("bytes"), max_bytes):
            conn.close(CLOSE_TOO_BIG, "message too big")
            return
        if text and messages.is_ping(text):
            conn.offer(messages.PONG)


def _too_big(text: str | None, data: bytes | None, limit: int) -> bool:
    if text:
        # A character is one to four bytes in UTF-8: only a text near the limit needs encoding.
        return len(text) > limit or (len(text) * 4 > limit and len(text.encode()) > limit)
    return len(data or b"") > limit


class EventStream(Response):
    """`text/event-stream`: a `retry:` hint, then `data: <message>` frames and comment pings."""

    media_type = "text/event-stream"

    def __init__(
        self,
        subscription: Subscription,
        *,
        expires_in: float,
        ping_seconds: float,
        retry_seconds: float,
        retry_after_seconds: int = 1,
    ) -> None:
        self.retry_after_seconds = retry_after_seconds  # the Retry-After of a 503 (server busy)
        self.status_code = 200
        self.background = None
        self.subscription = subscription
        self.expires_in = expires_in
        self.ping_seconds = max(0.5, ping_seconds)
        self.retry_ms = max(0, int(retry_seconds * 1000))
        # No-cache and no proxy buffering: each frame must reach the browser when it is written.
        self.init_headers({"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async with AsyncExitStack() as stack:
            try:
                conn, hello = await stack.enter_async_context(self.subscription)
            except Busy:  # the read queue is full: the hello's count cannot be read now
                await _busy(send, self.retry_after_seconds)
                return
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            if not conn.open:  # the token was revoked while this stream was connecting
                end = f"retry: {self.retry_ms}\n\n".encode() + _ending(conn.closing.result())
                await send({"type": "http.response.body", "body": end, "more_body": False})
                return
            first = f"retry: {self.retry_ms}\n\ndata: {hello}\n\n".encode()
            await send({"type": "http.response.body", "body": first, "more_body": True})
            await self._pump(conn, receive, send)

    async def _pump(self, conn: Connection, receive: Receive, send: Send) -> None:
        timer = _expire(conn, self.expires_in)
        sender = asyncio.create_task(self._send_all(conn, send))
        listener = asyncio.create_task(_wait_disconnect(receive))
        pinger = asyncio.create_task(_ping(conn, self.ping_seconds))
        try:
            await asyncio.wait((sender, listener, conn.closing), return_when=asyncio.FIRST_COMPLETED)
        finally:
            timer.cancel()
            peer_left = listener.done()
            await _finish(sender, listener, pinger)
        if not peer_left:
            # Ending the response tells EventSource to reconnect (after `retry`); a dead token
            # says so first (`unauthorized`), and its reconnection would get a 401.
            last = _ending(conn.closing.result()) if conn.closing.done() else b""
            with suppress(Exception):
                await asyncio.wait_for(
                    send({"type": "http.response.body", "body": last, "more_body": False}),
                    timeout=CLOSE_TIMEOUT_SECONDS,
                )

    async def _send_all(self, conn: Connection, send: Send) -> None:
        get = conn.queue.get
        while True:
            text = await get()
            # The empty string is the pinger's: a comment keeps proxies from timing out, and a dead
            # peer fails the write.
            body = f"data: {text}\n\n".encode() if text else b": ping\n\n"
            await send({"type": "http.response.body", "body": body, "more_body": True})


async def _busy(send: Send, retry_after: int) -> None:
    body = messages.dumps(error_body("overloaded", "too many streams connecting: retry later"))
    headers = [(b"content-type", b"application/json"), (b"retry-after", str(retry_after).encode())]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body.encode(), "more_body": False})


def _ending(closing: Closing) -> bytes:
    """The last frame of an event stream: `unauthorized` when the token died, else nothing."""
    if closing.code != CLOSE_UNAUTHORIZED:
        return b""
    data = messages.dumps({"type": "unauthorized", "reason": closing.reason})
    return f"event: unauthorized\ndata: {data}\n\n".encode()


async def _ping(conn: Connection, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        conn.offer("")


async def _wait_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
