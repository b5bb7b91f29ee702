"""Many live-bell WebSockets from one process, cheaply: for connect storms in tests and benchmarks.

Each socket is an asyncio Protocol driving the `websockets` library's sans-I/O `ClientProtocol`:
no task per socket once it is connected (a task lives only while its TCP connect is under way), a
small object per socket, and received messages parsed only as much as needed (the `hello` is
decoded; of any later message only the `seq` of its notification's data is looked for, and its time
of arrival kept). The library queues the pong to each of the server's pings; it is written after
every read.

The sockets come back as the bell does (web/static/bell/backoff.js): after a close with 1012 or
1013 whose reason carries a number (`server full; retry_after=10`), after a random wait in
[0, that number]; after any other close or a failed connect, with full-jitter exponential
back-off (a random wait in [0, min(30, 2^attempt)] seconds, the attempt counted from the last
`hello`).

    crowd = Crowd(urls)
    crowd.start()                       # every socket at once, no pacing
    await crowd.until(crowd.all_open, timeout=120)
    crowd.seen["b0"]                    # arrival times (time.monotonic) of the notification seq b0
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import resource
import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import cast

from websockets.client import ClientProtocol
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory
from websockets.frames import Frame, Opcode
from websockets.uri import WebSocketURI, parse_uri

CLOSE_RESTART = 1012
CLOSE_TRY_LATER = 1013
COME_BACK_LATER = (CLOSE_RESTART, CLOSE_TRY_LATER)
RECONNECT_BASE_SECONDS = 1.0
RECONNECT_CAP_SECONDS = 30.0
CLOSING_SECONDS = 5.0  # after a close frame, how long the server has to end the connection
SEQ = b'"seq":"'
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def raise_open_files() -> int:
    """The soft limit of open files raised to the hard one (each socket is a file); returns it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def hint_seconds(code: int | None, reason: str) -> float | None:
    """The server's hint of when to come back: the first number of a 1012/1013 close's reason."""
    found = _NUMBER.search(reason) if code in COME_BACK_LATER else None
    return float(found.group()) if found else None


def reconnect_ceiling(attempt: int) -> float:
    return min(RECONNECT_CAP_SECONDS, RECONNECT_BASE_SECONDS * 2.0 ** max(0, min(attempt, 30)))


class Bell(asyncio.Protocol):
    """One socket, for the crowd's whole run: it reconnects by itself until the crowd stops."""

    __slots__ = ("attempt", "close", "crowd", "hello", "index", "is_open", "messages", "timer", "transport", "ws")

    def __init__(self, crowd: Crowd, index: int) -> None:
        self.crowd = crowd
        self.index = index
        self.hello: tuple[int, int] | None = None  # (unread, unseen) of the last hello
        self.is_open = False  # the current connection had its hello
        self.messages = 0  # messages after the hellos, all connections together
        self.attempt = 0  # failed attempts since the last hello
        self.transport: asyncio.Transport | None = None
        self.ws: ClientProtocol | None = None
        self.close: tuple[int, str] | None = None  # the close frame received on this connection
        self.timer: asyncio.TimerHandle | None = None

    # The attempt: connect, handshake, hello (or give up after the crowd's hello_timeout).

    def connect(self) -> None:
        crowd = self.crowd
        if crowd.stopping:
            return
        self.timer = crowd.loop.call_later(crowd.hello_timeout, self._give_up)
        task = crowd.loop.create_task(self._connect())
        crowd.connecting[self.index] = task
        task.add_done_callback(lambda _: crowd.connecting.pop(self.index, None))

    async def _connect(self) -> None:
        uri = self.crowd.uris[self.index]
        try:
            await self.crowd.loop.create_connection(lambda: self, uri.host, uri.port)
        except (OSError, asyncio.CancelledError) as exc:
            timed_out = self.timer is None  # _give_up ran
            self._cancel_timer()
            if not self.crowd.stopping:
                self.crowd.fail("connect: no hello in time" if timed_out else f"connect: {type(exc).__name__}")
                self._again(None)

    def _give_up(self) -> None:
        self.timer = None
        task = self.crowd.connecting.get(self.index)
        if task is not None:
            task.cancel()
        elif self.transport is not None:
            self.transport.abort()

    def _cancel_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _again(self, hint: float | None) -> None:
        if self.crowd.stopping:
            return
        ceiling = hint if hint is not None else reconnect_ceiling(self.attempt)
        self.attempt += 1
        self.crowd.loop.call_later(random.uniform(0, ceiling), self.connect)

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports do not subclass it
        self.close = None
        self.ws = ws = ClientProtocol(self.crowd.uris[self.index], extensions=self.crowd.extensions)
        ws.send_request(ws.connect())
        self._flush()

    def data_received(self, data: bytes) -> None:
        ws = self.ws
        if ws is None:
            return
        ws.receive_data(data)
        for event in ws.events_received():
            if isinstance(event, Frame):
                if event.opcode is Opcode.TEXT:
                    self._text(event.data)
                elif event.opcode is Opcode.CLOSE and ws.close_rcvd is not None:
                    self.close = (ws.close_rcvd.code, ws.close_rcvd.reason)
                    # The server ends the TCP connection next; should it not, abort.
                    self._cancel_timer()
                    self.timer = self.crowd.loop.call_later(CLOSING_SECONDS, self._give_up)
        self._flush()
        if ws.handshake_exc is not None and self.transport is not None:
            self.transport.close()  # refused at the HTTP level (403, 503, ...): counted as failed

    def eof_received(self) -> bool | None:
        if self.ws is not None:
            self.ws.receive_eof()
            self._flush()
        return None  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        crowd, was_open, close, ws = self.crowd, self.is_open, self.close, self.ws
        self.transport = self.ws = None
        self.is_open = False
        self._cancel_timer()
        code, reason = close if close is not None else (None, "")
        crowd.changed()
        if crowd.stopping:
            if was_open:
                crowd.open_count -= 1
            return
        if was_open:
            crowd.open_count -= 1
            crowd.closes[code] += 1
        elif code == CLOSE_TRY_LATER:
            crowd.refused += 1
            crowd.refusals[reason] += 1
        elif code is not None:
            crowd.fail(f"close {code} before hello")
        elif ws is not None and ws.handshake_exc is not None:
            crowd.fail(f"handshake: {ws.handshake_exc}")
        else:
            crowd.fail(f"ended before hello: {type(exc).__name__ if exc else 'by the server'}")
        self._again(hint_seconds(code, reason))

    def _flush(self) -> None:
        assert self.ws is not None and self.transport is not None
        for chunk in self.ws.data_to_send():
            if chunk:
                self.transport.write(chunk)
            elif self.transport.can_write_eof():
                self.transport.write_eof()

    def _text(self, data: bytes | bytearray | memoryview) -> None:
        data = bytes(data)
        if not self.is_open:
            message = json.loads(data)
            if message.get("type") == "hello":
                self.hello = (message["unread"], message["unseen"])
                self.is_open = True
                self.attempt = 0
                self._cancel_timer()
                self.crowd.opened()
            return
        self.messages += 1
        at = data.find(SEQ)
        if at >= 0:
            start = at + len(SEQ)
            end = data.find(b'"', start)
            if end > 0:
                self.crowd.heard(data[start:end].decode(), time.monotonic())

    def shut(self) -> None:
        """Close as a client does: a close frame, then the server ends the TCP connection."""
        self._cancel_timer()
        if self.ws is not None and self.transport is not None:
            if self.is_open and self.close is None:
                self.ws.send_close(1000)
                self._flush()
            else:
                self.transport.abort()


class Crowd:
    """Sockets to `urls` (one each), opened at once by `start()`; figures kept as they come."""

    def __init__(self, urls: Sequence[str], *, deflate: bool = False, hello_timeout: float = 120) -> None:
        self.loop = asyncio.get_running_loop()
        self.uris: list[WebSocketURI] = [parse_uri(url) for url in urls]
        # Offered as browsers do; the server decides (Tocsin's default declines).
        self.extensions = [ClientPerMessageDeflateFactory()] if deflate else None
        self.hello_timeout = hello_timeout
        self.bells = [Bell(self, i) for i in range(len(urls))]
        self.connecting: dict[int, asyncio.Task[None]] = {}
        self.open_count = 0
        self.refused = 0  # closes 1013 before hello, each retried after a wait over its hint
        self.refusals: Counter[str] = Counter()  # their reasons
        self.failed = 0  # failed connects, handshakes and other closes before hello, each retried
        self.failures: Counter[str] = Counter()  # their kinds
        self.closes: Counter[int | None] = Counter()  # closes of open sockets by code (None: no close frame)
        self.seen: dict[str, list[float]] = {}  # notification seq -> arrival times (time.monotonic)
        self.began = 0.0
        self.last_hello = 0.0  # time.monotonic of the latest hello
        self.stopping = False
        self._changed = asyncio.Event()

    def start(self) -> None:
        self.began = time.monotonic()
        for bell in self.bells:
            bell.connect()

    def all_open(self) -> bool:
        return self.open_count == len(self.bells)

    def opened(self) -> None:
        self.open_count += 1
        self.last_hello = time.monotonic()
        self.changed()

    def fail(self, kind: str) -> None:
        self.failed += 1
        self.failures[kind] += 1

    def heard(self, seq: str, at: float) -> None:
        times = self.seen.get(seq)
        if times is None:
            times = self.seen[seq] = []
        times.append(at)
        self.changed()

    def changed(self) -> None:
        self._changed.set()

    async def until(self, predicate: Callable[[], bool], *, timeout: float) -> bool:
        """Wait until `predicate()` holds (checked on every hello, close and notification); False
        after `timeout` seconds."""
        try:
            async with asyncio.timeout(timeout):
                while not predicate():
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            return False
        return True

    def hellos(self) -> list[tuple[int, int] | None]:
        return [bell.hello for bell in self.bells]

    async def stop(self, *, timeout: float = 10) -> None:
        """Close every socket (a close frame each; the server ends the connection), stop
        reconnecting, and abort what is still there after `timeout` seconds."""
        self.stopping = True
        for task in list(self.connecting.values()):
            task.cancel()
        for bell in self.bells:
            bell.shut()

        deadline = time.monotonic() + timeout
        while self.connecting or any(bell.transport is not None for bell in self.bells):
            if time.monotonic() > deadline:
                for bell in self.bells:
                    if bell.transport is not None:
                        bell.transport.abort()
                deadline = float("inf")
            await asyncio.sleep(0.05)
