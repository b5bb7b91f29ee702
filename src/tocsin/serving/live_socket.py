"""uvicorn's sans-I/O WebSocket protocol, with the live bell's socket served without ASGI.

Every other WebSocket goes through the app as usual. An upgrade of `GET /v1/me/stream` is handed
to `realtime.sockets.LiveSocket` once the handshake is in: the origin is checked before it is
accepted (403), then the socket lives on callbacks alone, with no ASGI task, no receive queue and
no middleware frames held open (realtime/sockets.py says what that saves, docs/realtime.md the
figures). The keep-alive pings, the size limit on incoming frames and the closing handshake stay
uvicorn's and the `websockets` library's.

Written against uvicorn 0.54 and websockets 17.4 (both pinned); tests/realtime run it through
real `tocsin serve` processes.
"""

from __future__ import annotations

import logging
import struct
from typing import Any
from urllib.parse import parse_qsl

from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from websockets.http11 import Request, Response

from tocsin.realtime import live, sockets
from tocsin.realtime.hub import CLOSE_RESTART

# A peer that does not answer our close frame within this time is dropped.
CLOSE_TIMEOUT_SECONDS = 2.0


class _Discard:
    """Stands in for uvicorn's receive queue on a live socket: nothing ever reads it."""

    def put_nowait(self, _message: object) -> None:
        return None

    def empty(self) -> bool:
        return True


_DISCARD = _Discard()


class LiveSocketProtocol(WebSocketsSansIOProtocol):
    live_app: Any = None  # the FastAPI app whose `state.realtime` serves the sockets (set per server)

    _live: sockets.LiveSocket | None = None
    _paused = False

    def handle_connect(self, event: Request) -> None:
        path, _, query = event.path.partition("?")
        rt = live.of(self.live_app) if self.live_app is not None else None
        if path != sockets.PATH or rt is None:
            super().handle_connect(event)  # not ours, or the app is starting or stopping
            return
        self.handshake_initiated = True
        headers = event.headers
        if not sockets.origin_ok(rt, headers.get("Origin"), headers.get("Host")):
            # Before accepting: a page of an origin that is not allowed gets a refused handshake.
            self._refuse(403)
            return
        response = self.conn.accept(event)
        if response.status_code != 101:  # not a valid WebSocket handshake: the library's answer
            self._answer_and_close(response)
            return
        self.handshake_complete = True
        self.conn.send_response(response)
        self.transport.write(b"".join(self.conn.data_to_send()))
        self.start_keepalive()
        if self.logger.isEnabledFor(logging.INFO):  # uvicorn's line (its log config hides the token)
            client = f"{self.client[0]}:{self.client[1]}" if self.client else ""
            self.logger.info('%s - "WebSocket %s" [accepted]', client, event.path)
        # Nothing reads uvicorn's receive queue from here on: it is let go.
        self.queue = _DISCARD  # type: ignore[assignment]
        self.frames = []
        token = dict(parse_qsl(query)).get("token")
        self._live = sockets.LiveSocket(rt, self, token)
        task = self._live.start()
        self.tasks.add(task)
        task.add_done_callback(self.on_task_complete)

    def _refuse(self, status: int) -> None:
        self._answer_and_close(self.conn.reject(status, ""))

    def _answer_and_close(self, response: Response) -> None:
        """An HTTP answer instead of the upgrade, then the connection ends."""
        self.handshake_complete = True
        self.close_sent = True
        self.conn.send_response(response)
        self.transport.write(b"".join(self.conn.data_to_send()))
        self.transport.close()

    # The peer's side, called by LiveSocket.

    def write_text(self, text: str) -> bool:
        if self._paused:
            return False
        if self.close_sent or self.transport.is_closing():
            return True  # the socket is ending: the message is dropped, as on a closed stream
        self.transport.write(text_frame(text.encode()))
        return True

    def send_close(self, code: int, reason: str) -> None:
        if self.close_sent or self.transport.is_closing():
            return
        self.conn.send_close(code, reason)
        self.transport.write(b"".join(self.conn.data_to_send()))
        self.close_sent = True
        if self.read_paused:
            self.read_paused = False
            self.transport.resume_reading()
        self.close_timer = self.loop.call_later(CLOSE_TIMEOUT_SECONDS, self.transport.close)

    # The transport's side.

    def send_receive_event_to_app(self) -> None:
        if self._live is None:
            super().send_receive_event_to_app()
            return
        data = self.frames[0] if len(self.frames) == 1 else b"".join(self.frames)
        self.frames = []
        if self.close_sent or self.curr_msg_data_type != "text":
            return
        try:
            text = data.decode()
        except UnicodeDecodeError:
            self.send_close(1007, "invalid UTF-8")
            return
        self._live.received(text)

    def pause_writing(self) -> None:
        if self._live is None:
            super().pause_writing()
        self._paused = True

    def resume_writing(self) -> None:
        self._paused = False
        if self._live is None:
            super().resume_writing()
        else:
            self._live.writable()

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        if self._live is not None:
            self._live.lost()

    def shutdown(self) -> None:
        # The server stops: the bell is told to come back (1012), as uvicorn tells ASGI sockets.
        if self._live is not None and not self.close_sent:
            self._live.shutting_down()
            self.send_close(CLOSE_RESTART, "server restarting")
        super().shutdown()


def text_frame(payload: bytes) -> bytes:
    """One unfragmented, unmasked text frame (RFC 6455, section 5.2), as a server sends it.

    Written here rather than through the library's `send_text`: in a broadcast this is the one
    step per socket, and the library's frame object, checks and output buffer cost more than the
    write itself. A whole frame between the library's own (pings, close) keeps the stream valid."""
    size = len(payload)
    if size < 126:
        return bytes((0x81, size)) + payload
    if size < 1 << 16:
        return struct.pack("!BBH", 0x81, 126, size) + payload
    return struct.pack("!BBQ", 0x81, 127, size) + payload


def for_app(app: Any) -> type[LiveSocketProtocol]:
    """The protocol class for a server of `app`."""
    return type("LiveSocket", (LiveSocketProtocol,), {"live_app": app})
