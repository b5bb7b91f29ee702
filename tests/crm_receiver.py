"""A CRM's callback receiver on loopback: it checks every request the way the Standard Webhooks
library documents (`Webhook(secret).verify(body, headers)`), keeps what verified, and can be
told to answer with an outage status instead."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from tests.loopback import Reply, serve


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

    def respond(method: str, path: str, headers: Any, body: bytes) -> Reply:
        return Reply(receiver.handle({k.lower(): v for k, v in headers.items()}, body))

    server = serve(respond)
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/tocsin/callbacks"
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
