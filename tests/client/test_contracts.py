"""The client's methods for routes agreed between engineers but not served on this branch yet
(bulk user sync, the event history), against a loopback server that answers the agreed shapes and
checks the requests as the server will. Once the server serves them, test_operations covers them."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tocsin_client import BulkUserIn, Tocsin

SUMMARIES = [{"id": n, "type": "lead_assigned", "created_at": f"2026-12-0{n}T10:00:00Z"} for n in (3, 2, 1)]


class Agreed(BaseHTTPRequestHandler):
    seen: list[tuple[str, str, Any]] = []

    def _answer(self, status: int, payload: Any) -> None:
        raw = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_PUT(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        type(self).seen.append(("PUT", self.path, body))
        assert self.path == "/v1/users" and isinstance(body["users"], list)
        results = [
            {"username": row["username"], "status": "refused", "field": "timezone", "reason": "unknown IANA timezone"}
            if row.get("timezone") == "BST"
            else {"username": row["username"], "status": "created", "field": None, "reason": None}
            for row in body["users"]
        ]
        counts = {s: sum(r["status"] == s for r in results) for s in ("created", "updated", "unchanged", "refused")}
        self._answer(200, {"results": results, **counts})

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        type(self).seen.append(("GET", url.path, query))
        if url.path == "/v1/events":
            start = int(query.get("cursor", "0"))
            limit = int(query.get("limit", "50"))
            page = SUMMARIES[start : start + limit]
            more = start + limit < len(SUMMARIES)
            self._answer(200, {"items": page, "next_cursor": str(start + limit) if more else None})
        else:
            event_id = int(url.path.rsplit("/", 1)[1])
            self._answer(200, {"id": event_id, "type": "lead_assigned", "recipients": ["jane"],
                               "notifications": [{"user": "jane", "read_at": None}],
                               "deliveries": [{"channel": "email", "status": "sent", "attempts": 1}]})  # fmt: skip

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def agreed() -> Iterator[str]:
    Agreed.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Agreed)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_put_users_sends_the_rows_and_reads_each_rows_status(agreed: str) -> None:
    with Tocsin(agreed, api_key="tsn_x") as tocsin:
        answer = tocsin.put_users(
            [BulkUserIn(username="jane", email="jane@example.com"), {"username": "eve", "timezone": "BST"}]
        )
    assert Agreed.seen == [
        (
            "PUT",
            "/v1/users",
            {"users": [{"username": "jane", "email": "jane@example.com"}, {"username": "eve", "timezone": "BST"}]},
        )
    ]
    assert [(r.username, r.status, r.field) for r in answer.results] == [
        ("jane", "created", None), ("eve", "refused", "timezone"),
    ]  # fmt: skip
    assert (answer.created, answer.refused) == (1, 1)


def test_the_event_history_pages_and_details(agreed: str) -> None:
    with Tocsin(agreed, api_key="tsn_x") as tocsin:
        page = tocsin.list_events(type="lead_assigned", recipient="jane", limit=2)
        assert [e.id for e in page.items] == [3, 2] and page.next_cursor == "2"
        assert [e.id for e in tocsin.iter_events(entity_type="lead", limit=2)] == [3, 2, 1]
        detail = tocsin.get_event(3)
    assert (detail.id, detail.recipients, detail.deliveries[0]["status"]) == (3, ["jane"], "sent")
    assert Agreed.seen[0] == ("GET", "/v1/events", {"type": "lead_assigned", "recipient": "jane", "limit": "2"})
    assert Agreed.seen[2] == ("GET", "/v1/events", {"entity_type": "lead", "limit": "2", "cursor": "2"})
