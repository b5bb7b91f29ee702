"""Resend through its HTTP API, answered by a loopback server that checks each request as Resend
documents it: POST /emails, `Authorization: Bearer <key>`, JSON with from, to (list), subject,
html and text; an `Idempotency-Key` header (at most 256 characters)."""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.deliveries.conftest import attempts, cycle, deliveries
from tests.factories import Factory, OrgHandle
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker

API_KEY = "re_test_4f8a9b2c1d"


@dataclass
class FakeResend:
    port: int = 0
    requests: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    answers: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # queued non-200 answers
    seen_keys: dict[str, str] = field(default_factory=dict)  # idempotency key -> email id


def _handler(state: FakeResend) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def _answer(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            problems = []
            if self.path != "/emails":
                problems.append(f"path {self.path}")
            if self.headers.get("Authorization") != f"Bearer {API_KEY}":
                self._answer(401, {"statusCode": 401, "name": "missing_api_key", "message": "Missing API key"})
                return
            if not self.headers.get("Content-Type", "").startswith("application/json"):
                problems.append("content type")
            key = self.headers.get("Idempotency-Key") or ""
            if not 1 <= len(key) <= 256:
                problems.append("idempotency key")
            for name in ("from", "subject", "html", "text"):
                if not isinstance(body.get(name), str) or not body[name]:
                    problems.append(f"field {name}")
            if not isinstance(body.get("to"), list) or not all(isinstance(t, str) for t in body["to"]):
                problems.append("field to")
            if not isinstance(body.get("headers", {}), dict):
                problems.append("field headers")
            for item in body.get("attachments", []):  # {filename, content (base64), content_type}
                if not (isinstance(item.get("filename"), str) and isinstance(item.get("content"), str)):
                    problems.append("field attachments")
            state.requests.append({"body": body, "key": key})
            state.problems.extend(problems)
            if problems:
                self._answer(422, {"statusCode": 422, "name": "validation_error", "message": "; ".join(problems)})
                return
            if state.answers:
                status, answer = state.answers.pop(0)
                self._answer(status, answer)
                return
            email_id = state.seen_keys.setdefault(key, str(uuid.uuid4()))
            self._answer(200, {"id": email_id})

    return Handler


@pytest.fixture
def resend() -> Iterator[FakeResend]:
    state = FakeResend()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def settings(base_settings: Settings, resend: FakeResend) -> Settings:
    return base_settings.model_copy(
        update={
            "email_provider": "resend",
            "resend_api_key": API_KEY,
            "resend_base_url": f"http://127.0.0.1:{resend.port}",
            "email_from": "Acme CRM <crm@acme.example>",
            "send_timeout_seconds": 5.0,
        }
    )


def _assign(org: OrgHandle) -> None:
    org.put_user("jane", email="jane@example.com", display_name="Jane Doe")
    org.event(
        "deal_closed_won",
        entity={"type": "deal", "id": "D1", "name": "Acme renewal", "owner": "jane", "url": "https://crm.example/d/1"},
        data={"amount": "$12,500"},
    )


def test_an_email_through_resend_as_documented(
    factory: Factory, ctx: AppContext, worker: Worker, resend: FakeResend
) -> None:
    org = factory.org()
    _assign(org)

    assert cycle(worker).sent == 1

    assert resend.problems == []
    [request] = resend.requests
    body = request["body"]
    assert body["from"] == "Acme CRM <crm@acme.example>"
    assert body["to"] == ["jane@example.com"]
    assert body["subject"] == "[CRM] Deal won: Acme renewal"
    assert "https://crm.example/d/1" in body["html"] and "https://crm.example/d/1" in body["text"]
    assert body["headers"]["Auto-Submitted"] == "auto-generated"
    [d] = deliveries(ctx)
    assert request["key"] == f"tocsin-delivery/{d.id}"
    assert d.status == "sent" and d.provider_message_id == resend.seen_keys[request["key"]]


def test_resend_5xx_and_429_are_retried_with_the_same_idempotency_key(
    factory: Factory, ctx: AppContext, worker: Worker, resend: FakeResend, clock: Any
) -> None:
    resend.answers = [
        (500, {"statusCode": 500, "name": "internal_server_error", "message": "oops"}),
        (429, {"statusCode": 429, "name": "rate_limit_exceeded", "message": "Too many requests"}),
    ]
    org = factory.org()
    _assign(org)

    assert cycle(worker).retried == 1
    [d] = deliveries(ctx)
    assert d.last_error == "Resend answered 500 internal_server_error: oops"
    clock.advance(minutes=1)
    assert cycle(worker).retried == 1
    clock.advance(minutes=5)
    assert cycle(worker).sent == 1

    keys = {r["key"] for r in resend.requests}
    assert len(resend.requests) == 3 and len(keys) == 1
    assert [a.outcome for a in attempts(ctx, d.id)] == ["transient", "transient", "sent"]


def test_resend_4xx_fails_at_once(factory: Factory, ctx: AppContext, worker: Worker, resend: FakeResend) -> None:
    resend.answers = [(422, {"statusCode": 422, "name": "validation_error", "message": "Invalid `to` field"})]
    org = factory.org()
    _assign(org)

    assert cycle(worker).failed == 1
    [d] = deliveries(ctx)
    assert (d.status, d.last_error) == ("failed", "Resend answered 422 validation_error: Invalid `to` field")


def test_attachments_go_as_base64_with_their_names(
    factory: Factory, ctx: AppContext, worker: Worker, resend: FakeResend
) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    content = bytes(range(256))
    inline = {"content_base64": base64.b64encode(content).decode(), "filename": "a.png", "content_type": "image/png"}
    task = {"type": "task", "id": "T1", "name": "Call Acme", "owner": "jane"}
    org.event("task_assigned", actor="bob", entity=task, attachments=[inline])
    assert cycle(worker).sent == 1
    assert resend.problems == []
    [sent] = resend.requests
    [file] = sent["body"]["attachments"]
    assert (file["filename"], file["content_type"], base64.b64decode(file["content"])) == (
        "a.png",
        "image/png",
        content,
    )
