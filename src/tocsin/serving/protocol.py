"""uvicorn's HTTP protocol with a header-read deadline.

uvicorn closes a connection that stays idle after an answer (keep-alive timeout), but any byte
received cancels that timer, and nothing bounds how long a request's headers may take: a client
sending a header line every few seconds (slowloris) keeps its socket, and a few hundred such
clients hold the server's connections for as long as they like. Here a request's headers must be
complete within the deadline counted from their first byte, and a connection must send that first
byte within the deadline of its opening (or of its previous answer, on a kept-alive connection);
otherwise the connection is closed. So a slow-header client is dropped after at most twice the
deadline. Counting from the first byte, not the connection, spares clients that connect and then
take a moment to write (a loaded client machine) while giving slow senders no more time. Bodies,
streaming answers and WebSockets are not affected: the deadline ends when the headers are in.

A deadline is about the client, not the server: when it passes while bytes the client sent are
still unread in the kernel (the loop is behind, as in a storm of 15,000 bells connecting at once),
the connection is kept and looked at again shortly. Measured: with the deadline alone, such a
storm had most handshakes cut before they were read, and every bell had to come back.
"""

from __future__ import annotations

import asyncio
import fcntl
import struct
import termios

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

# A deadline that passes while the client's bytes are waiting unread is looked at again after this.
UNREAD_RECHECK_SECONDS = 1.0


class HeaderDeadlineProtocol(HttpToolsProtocol):
    header_timeout_seconds = 5.0  # set per server by `with_header_timeout`

    def __init__(self, config: Config, server_state: ServerState, *args: object, **kwargs: object) -> None:
        super().__init__(config, server_state, *args, **kwargs)  # type: ignore[arg-type]
        self._header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._header_deadline is not None:  # the first byte of a request: its headers' own time
            self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # A pipelined request already read has its headers: only an idle connection waits for more.
        if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._header_deadline = self.loop.call_later(self.header_timeout_seconds, self._expired)

    def _disarm(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _expired(self) -> None:
        self._header_deadline = None
        if self.transport.is_closing():
            return
        if _unread_bytes(self.transport) > 0:
            # The client did send; the bytes wait in the kernel because the loop is behind (a
            # storm of thousands of connects at once): its timer ran before its data was read.
            # Looked at again shortly; once read, the parser's progress decides as usual.
            self._header_deadline = self.loop.call_later(UNREAD_RECHECK_SECONDS, self._expired)
            return
        self.transport.close()


def _unread_bytes(transport: asyncio.Transport) -> int:
    """Bytes received on the connection's socket that nobody has read yet (0 when unknown)."""
    sock = transport.get_extra_info("socket")
    if sock is None:
        return 0
    try:
        answer = fcntl.ioctl(sock.fileno(), termios.FIONREAD, b"\0\0\0\0")
    except (OSError, ValueError):
        return 0
    return int(struct.unpack("i", answer)[0])


def with_header_timeout(seconds: float) -> type[HeaderDeadlineProtocol]:
    """The protocol class for a server whose clients get `seconds` to send a request's headers."""
    return type("HeaderDeadline", (HeaderDeadlineProtocol,), {"header_timeout_seconds": seconds})
