"""The live bell's WebSocket under `tocsin serve`: driven by the transport's callbacks, with no
task of its own once it is open.

The ASGI endpoint (endpoints.py) keeps a task per socket waiting on the peer and another sending
from the connection's mailbox, and every socket holds the frames of the whole middleware stack
for its lifetime: about 45 KB a socket, most of it Python objects (measured with tracemalloc at
2,000 sockets). Here the server's WebSocket protocol (serving/live_socket.py) hands the upgrade
of `GET /v1/me/stream` to a `LiveSocket`, which:

- checks the origin before the handshake is accepted (403 otherwise), then admission (1013 with
  `retry_after`), the token (4401) and registers the connection in the hub, exactly as the
  endpoint does, in one short-lived task; the token checks and the hello counts of sockets
  connecting together are read in batches (one grouped query each per batch, service.py);
- writes each message to the socket the moment the hub hands it over (`Connection.sink`), in the
  caller's turn of the loop; only while the socket's send buffer is full do messages wait in the
  connection's mailbox, written out when the buffer drains (a peer that stays behind overflows
  the mailbox and is closed with 4409, as before);
- answers application pings, and closes the socket with the connection's close code when the
  hub closes it (revocation, expiry, overflow, shutdown).

The peer (`Peer`) is the transport side: a WebSocket protocol that can write a text frame now, or
say it cannot, and send a close frame.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from tocsin.db.writer import Busy
from tocsin.errors import ApiError
from tocsin.kit.origins import origin_allowed
from tocsin.realtime import admission, messages, service
from tocsin.realtime.hub import CLOSE_RESTART, CLOSE_TRY_LATER, CLOSE_UNAUTHORIZED, Closing, Connection
from tocsin.realtime.live import Realtime

log = logging.getLogger(__name__)

PATH = "/v1/me/stream"
# A connecting socket's read refused by a full read queue is asked again after about this long,
# this many times in all, before the socket is told to come back later (1013).
BUSY_PAUSE_SECONDS = 0.2
BUSY_TRIES = 25

T = TypeVar("T")


class Peer(Protocol):
    def write_text(self, text: str) -> bool:
        """Write a text frame now; False when the send buffer is full (nothing was written)."""

    def send_close(self, code: int, reason: str) -> None:
        """Send a close frame (once) and end the connection after the peer's answer or a timeout."""


def refusal(rt: Realtime) -> str | None:
    """Why a new stream is refused now (admission.py), or None."""
    settings = rt.ctx.settings
    limits = admission.Limits(max_streams=settings.live_max_streams, max_connecting=settings.live_max_connecting)
    return admission.refusal(open_streams=len(rt.hub), connecting=rt.hub.connecting, limits=limits)


def origin_ok(rt: Realtime, origin: str | None, host: str | None) -> bool:
    settings = rt.ctx.settings
    return origin_allowed(origin, allowed=settings.allowed_origins, host=host, public_url=settings.public_url)


def remaining(rt: Realtime, sub: service.Subscriber) -> float:
    """Seconds until the subscriber's token expires."""
    return sub.expires_at - rt.ctx.clock.now().timestamp()


async def _in_turn(rt: Realtime, read: Callable[[], Awaitable[T]]) -> T:
    """A read of the connect, once its turn comes (`Realtime.connect_turns`), asked again a moment
    later if the read queue is full anyway: an admitted socket waits on the server, which costs it
    less than a close, a back-off and a new handshake."""
    async with rt.connect_turns:
        for _ in range(BUSY_TRIES - 1):
            try:
                return await read()
            except Busy:
                await asyncio.sleep(random.uniform(BUSY_PAUSE_SECONDS / 2, BUSY_PAUSE_SECONDS))
        return await read()


class LiveSocket:
    """One bell's open WebSocket. Its only task is the connect (`start`), which ends once hello
    is sent; after that it lives on the transport's callbacks and the hub's writes."""

    __slots__ = ("_conn", "_expiry", "_gone", "_peer", "_rt", "_setup", "_token")

    def __init__(self, rt: Realtime, peer: Peer, token: str | None) -> None:
        self._rt = rt
        self._peer = peer
        self._token = token
        self._conn: Connection | None = None
        self._expiry: asyncio.TimerHandle | None = None
        self._setup: asyncio.Task[None] | None = None
        self._gone = False

    def start(self) -> asyncio.Task[None]:
        self._setup = asyncio.get_running_loop().create_task(self._open())
        return self._setup

    async def _open(self) -> None:
        rt, peer = self._rt, self._peer
        retry_after = rt.ctx.settings.live_retry_after_seconds
        refused = refusal(rt)
        if refused is not None:
            peer.send_close(CLOSE_TRY_LATER, admission.close_reason(refused, retry_after))
            return
        checked_at = asyncio.get_running_loop().time()
        rt.hub.connecting += 1  # until hello is sent
        try:
            await self._subscribe(checked_at)
        except ApiError as exc:
            peer.send_close(CLOSE_UNAUTHORIZED, exc.message[:120])
        except Exception as exc:  # the read queue full, the database unreachable: come back later
            if not isinstance(exc, Busy):
                log.warning("realtime: a live socket could not connect (%s)", type(exc).__name__)
            peer.send_close(CLOSE_TRY_LATER, admission.close_reason("server busy", retry_after))
            if self._conn is not None:
                self._conn.close(CLOSE_TRY_LATER, "server busy")
                rt.hub.remove(self._conn)
        finally:
            rt.hub.connecting -= 1

    async def _subscribe(self, checked_at: float) -> None:
        """Token, registration, count and hello; a refused token (ApiError) or a read that could
        not be made (Busy, or worse) is answered by `_open`."""
        rt = self._rt
        sub = await _in_turn(rt, lambda: service.authenticate_together(rt.ctx, self._token))
        self._token = None
        if self._gone:
            return
        # Registered before the count is read: a change committed in between is both counted and
        # queued (in the mailbox, until hello is written), never lost.
        conn = rt.hub.open(
            sub.org_id, sub.user_id, issued_at=sub.issued_at, secret_id=sub.secret_id, checked_at=checked_at
        )
        self._conn = conn
        counts = await _in_turn(
            rt, lambda: service.hello_counts(rt.ctx.reader, org_id=sub.org_id, user_id=sub.user_id)
        )
        if self._gone:
            return
        if conn.open:  # a token revoked while connecting gets no hello
            self._peer.write_text(messages.hello(counts))
            expires_in = max(0.0, remaining(rt, sub))
            self._expiry = asyncio.get_running_loop().call_later(
                expires_in, conn.close, CLOSE_UNAUTHORIZED, "token expired"
            )
            conn.sink = self._peer.write_text
            self.writable()  # what was queued while connecting, in order, after hello
        conn.closing.add_done_callback(self._closing)

    def writable(self) -> None:
        """The send buffer has room (again): write what waits in the mailbox, in order."""
        conn = self._conn
        if conn is None or not conn.open:
            return
        queue = conn.queue
        while not queue.empty():
            if not self._peer.write_text(queue.peek()):
                return
            queue.get_nowait()

    def received(self, text: str) -> None:
        """A text message from the client: only application pings mean anything."""
        conn = self._conn
        if conn is not None and messages.is_ping(text):
            conn.offer(messages.PONG)

    def _closing(self, closing: asyncio.Future[Closing]) -> None:
        """The hub closed the connection (revocation, expiry, overflow, shutdown)."""
        self._stop_timer()
        if not self._gone:
            result = closing.result()
            self._peer.send_close(result.code, result.reason)
        conn = self._conn
        if conn is not None:
            self._rt.hub.remove(conn)

    def lost(self) -> None:
        """The socket is gone (the peer left, or the close handshake ended)."""
        if self._gone:
            return
        self._gone = True
        self._stop_timer()
        setup = self._setup
        if setup is not None and not setup.done():
            setup.cancel()
        conn = self._conn
        if conn is not None:
            conn.close(1000, "")
            self._rt.hub.remove(conn)

    def shutting_down(self) -> None:
        """The server stops: the bell is told to come back (1012)."""
        conn = self._conn
        if conn is not None and conn.open:
            conn.close(CLOSE_RESTART, "server restarting")

    def _stop_timer(self) -> None:
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None
