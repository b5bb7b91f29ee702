"""A CRM's callback receiver on loopback: it checks every request the way the Standard Webhooks
library documents (`Webhook(secret).verify(body, headers)`), keeps what verified, and can be
told to answer with an outage status instead."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


@dataclass
class Receiver:
    secret: str = ""
    url: str = ""
    outage_status: int | None = None  # answer this instead of 204 while set
    verified: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why requests failed verification
    tries: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, headers: dict[str, str], body: bytes) -> int:
        with self.lock:
            self.tries += 1
            if self.outage_status is not None:
                return self.outage_status
            try:
                Webhook(self.secret).verify(body, headers)
            except WebhookVerificationError as exc:
                self.refused.append(str(exc))
                return 400
            self.verified.append(json.loads(body))
            self.headers.append(headers)
            return 204

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        with self.lock:
            return [m for m in self.verified if m["type"] == kind]


@contextmanager
def crm_receiver(secret: str = "") -> Iterator[Receiver]:
    receiver = Receiver(secret=secret)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            status = receiver.handle({k.lower(): v for k, v in self.headers.items()}, body)
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/tocsin/callbacks"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
