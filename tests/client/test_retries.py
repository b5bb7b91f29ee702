"""Retries: one idempotency key across a server restart, and `Retry-After` honoured."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.factories import Factory
from tests.servers import free_port, server_env, start_server
from tocsin.client import EventIn, RetryPolicy, ServerError, Tocsin
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.events.models import Event

LEAD = {"type": "lead", "id": "42", "owner": "jane"}


def test_a_retried_event_keeps_its_key_across_a_server_restart(
    base_settings: Settings, factory: Factory, ctx: AppContext, tmp_path: Path
) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    port = free_port()
    env = server_env(base_settings)
    server = start_server(env, tmp_path / "first.log", port=port)
    keys: list[str] = []
    restarted: list[object] = []

    def record(request: httpx.Request) -> None:
        keys.append(request.headers["Idempotency-Key"])

    def restart(_seconds: float) -> None:
        # The client waits before its retry: bring the server back meanwhile (no fixed sleep).
        restarted.append(start_server(env, tmp_path / "second.log", port=port))

    tocsin = Tocsin(
        f"http://127.0.0.1:{port}",
        api_key=org.api_key,
        sleep=restart,
        retry=RetryPolicy(max_retries=1),
        event_hooks={"request": [record]},
    )
    try:
        server.stop()
        answer = tocsin.send_event(EventIn(type="lead_assigned", entity=LEAD))
        assert answer.notifications == 1 and answer.duplicate is False
        assert len(keys) == 2 and keys[0] == keys[1]
        with ctx.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Event).where(Event.idempotency_key == keys[0])) == 1
    finally:
        tocsin.close()
        for proc in restarted:
            proc.stop()  # type: ignore[attr-defined]


class Flaky(BaseHTTPRequestHandler):
    """Answers 429 (Retry-After in seconds), then 503 (Retry-After as an HTTP date), then the event answer."""

    answers: list[tuple[int, dict[str, str]]] = []
    seen: list[tuple[str | None, bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        type(self).seen.append((self.headers.get("Idempotency-Key"), body))
        status, headers = type(self).answers.pop(0)
        if status == 202:
            payload = {
                "event_id": 1,
                "duplicate": False,
                "notifications": 1,
                "recipients": ["jane"],
                "unknown_recipients": [],
                "inactive_recipients": [],
                "deliveries": {},
                "skipped": {},
            }
        else:
            payload = {"error": {"code": "rate_limited" if status == 429 else "unavailable", "message": "later"}}
        raw = json.dumps(payload).encode()
        self.send_response(status)
        for name, value in {**headers, "content-type": "application/json"}.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def flaky() -> Iterator[str]:
    Flaky.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_retry_after_is_honoured_with_the_same_request(flaky: str) -> None:
    Flaky.answers = [(429, {"Retry-After": "7"}), (503, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), (202, {})]
    waits: list[float] = []
    with Tocsin(flaky, api_key="tsn_x", sleep=waits.append) as tocsin:
        answer = tocsin.send_event(type="lead_assigned", entity=LEAD)
    assert answer.recipients == ["jane"]
    assert waits == [7.0, 0.0]  # a date in the past: retry at once
    assert len(Flaky.seen) == 3 and len({key for key, _ in Flaky.seen}) == 1 and len({b for _, b in Flaky.seen}) == 1


def test_retries_end_with_a_typed_error(flaky: str) -> None:
    Flaky.answers = [(503, {}), (503, {}), (503, {})]
    waits: list[float] = []
    tocsin = Tocsin(flaky, api_key="tsn_x", sleep=waits.append, retry=RetryPolicy(max_retries=2))
    with tocsin, pytest.raises(ServerError) as failed:
        tocsin.send_event(type="lead_assigned", entity=LEAD)
    assert (failed.value.status, failed.value.code) == (503, "unavailable")
    assert len(waits) == 2 and all(0 < w <= 30 for w in waits)
