"""One loopback HTTP server for the test fakes (providers, push services, webhooks, the CRM's
callback receiver): a fake is a function from the request to the answer, served by
`http.server` in a daemon thread or, for benchmarks, as an ASGI app under uvicorn."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


# (method, path, headers as a case-insensitive mapping, body) -> the answer
Respond = Callable[[str, str, Any, bytes], Reply]


class _Server(ThreadingHTTPServer):
    # The default listen backlog (5) drops the SYNs of a client opening a pool of connections at
    # once; each dropped one waits a second for its retransmit.
    request_queue_size = 128
    daemon_threads = True


def serve(respond: Respond) -> ThreadingHTTPServer:
    """Answer with `respond` on a free loopback port (HTTP/1.1 keep-alive), in a daemon thread.
    The port is `server.server_address[1]`; `server.shutdown()` stops it."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Headers and body leave in two writes: without this, Nagle's algorithm holds the
            # body back until the client's delayed ACK of the headers (tens of milliseconds).
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def _answer(self, method: str) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            reply = respond(method, self.path, self.headers, raw)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

    server = _Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def asgi(respond: Respond) -> Any:
    """The same fake as an ASGI app, for serving under uvicorn in a process of its own
    (benchmarks: http.server's thread per connection cannot keep up with a worker's pool)."""
    import httpx

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = httpx.Headers([(k.decode(), v.decode()) for k, v in scope["headers"]])
        reply = respond(scope["method"], scope["path"], headers, raw)
        head = [(b"content-length", str(len(reply.body)).encode())]
        head += [(k.lower().encode(), v.encode()) for k, v in reply.headers.items()]
        await send({"type": "http.response.start", "status": reply.status, "headers": head})
        await send({"type": "http.response.body", "body": reply.body})

    return app
