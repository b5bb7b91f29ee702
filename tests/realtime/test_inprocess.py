"""The live routes inside the test's own app (TestClient): the publisher wired to the signals of
ingestion and of the in-app API, on the same database as the HTTP calls."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from tests.factories import Factory
from tocsin.app import create_app
from tocsin.context import AppContext
from tocsin.realtime import live as state


def test_hello_then_live_notifications_and_reads(factory: Factory, client: TestClient) -> None:
    org = factory.org()
    org.put_user("jane")
    org.put_user("bob")
    org.event("manual", recipients=["jane"])
    with client.websocket_connect(f"/v1/me/stream?token={org.token('jane')}") as ws:
        assert ws.receive_json() == {"type": "hello", "unread": 1, "unseen": 1}
        result = org.event("manual", recipients=["jane", "bob"], data={"k": "v"})
        assert result["notifications"] == 2
        pushed = ws.receive_json()
        assert pushed["type"] == "notification" and pushed["unread"] == 2
        assert pushed["notification"]["data"] == {"k": "v"}
        assert org.me("jane", "POST", f"/notifications/{pushed['notification']['id']}/read").status_code == 200
        assert ws.receive_json() == {"type": "read", "ids": [pushed["notification"]["id"]], "unread": 1, "unseen": 1}
        items = org.me("jane", "GET", "/notifications").json()["items"]
        first = next(i["id"] for i in items if i["read_at"] is None)
        assert org.me("jane", "POST", "/notifications/seen", json={"ids": [first]}).status_code == 200
        assert ws.receive_json() == {"type": "seen", "ids": [first], "unread": 1, "unseen": 0}
        ws.send_text('{"type":"ping"}')
        assert ws.receive_json() == {"type": "pong"}


def test_an_invalid_token_is_closed_with_4401(factory: Factory, client: TestClient) -> None:
    org = factory.org()
    org.put_user("jane")
    for url in ("/v1/me/stream", "/v1/me/stream?token=bogus", f"/v1/me/stream?token={org.token('jane')}x"):
        with client.websocket_connect(url) as ws, pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
        assert closed.value.code == 4401


def test_the_event_stream_refuses_a_missing_or_bad_token(client: TestClient) -> None:
    missing = client.get("/v1/me/events")
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "unauthorized"
    bad = client.get("/v1/me/events", headers={"Authorization": "Bearer bogus"})
    assert bad.status_code == 401


def test_nothing_is_pushed_for_a_rolled_back_write(factory: Factory, client: TestClient) -> None:
    org = factory.org()
    org.put_user("jane")
    with client.websocket_connect(f"/v1/me/stream?token={org.token('jane')}") as ws:
        assert ws.receive_json()["unread"] == 0
        # A batch that fails once its first event is written (an idempotency key repeated with
        # another payload) is rolled back as a whole: nothing committed, nothing pushed.
        first = {"type": "manual", "recipients": ["jane"], "idempotency_key": "k1"}
        again = {**first, "recipients": ["jane"], "data": {"other": True}}
        r = client.post("/v1/events/batch", json={"events": [first, again]}, headers=org.headers)
        assert r.status_code == 409, r.text
        org.event("manual", recipients=["jane"])
        assert ws.receive_json()["unread"] == 1


def test_the_live_parts_exist_only_while_the_app_runs(ctx: AppContext) -> None:
    app = create_app(ctx=ctx)
    assert state.of(app) is None
    with TestClient(app):
        running = state.of(app)
        assert running is not None and len(running.hub) == 0
    assert state.of(app) is None


def _gauge(client: TestClient, name: str) -> float:
    text = client.get("/metrics").text
    return float(next(line.split()[1] for line in text.splitlines() if line.startswith(f"{name} ")))


def test_open_streams_are_counted_in_metrics(factory: Factory, client: TestClient) -> None:
    org = factory.org()
    org.put_user("jane")
    before = _gauge(client, "tocsin_realtime_connections")
    with client.websocket_connect(f"/v1/me/stream?token={org.token('jane')}") as ws:
        ws.receive_json()
        assert _gauge(client, "tocsin_realtime_connections") == before + 1
    # Leaving the block waits for the socket's handler to finish: the stream is gone from the hub.
    assert _gauge(client, "tocsin_realtime_connections") == before


def test_a_revoked_token_closes_its_open_socket_with_4401(factory: Factory, client: TestClient) -> None:
    org = factory.org()
    org.put_user("jane")
    org.put_user("bob")
    with (
        client.websocket_connect(f"/v1/me/stream?token={org.token('jane')}") as jane,
        client.websocket_connect(f"/v1/me/stream?token={org.token('bob')}") as bob,
    ):
        assert jane.receive_json()["type"] == bob.receive_json()["type"] == "hello"
        assert client.post("/v1/users/jane/tokens/revoke", headers=org.headers).status_code == 204
        with pytest.raises(WebSocketDisconnect) as closed:
            jane.receive_json()
        assert (closed.value.code, closed.value.reason) == (4401, "token revoked")
        bob.send_text('{"type":"ping"}')
        assert bob.receive_json() == {"type": "pong"}  # bob's stream is untouched


def test_a_message_over_the_size_limit_closes_the_socket_with_1009(factory: Factory, client: TestClient) -> None:
    org = factory.org()
    org.put_user("jane")
    with client.websocket_connect(f"/v1/me/stream?token={org.token('jane')}") as ws:
        assert ws.receive_json()["type"] == "hello"
        ws.send_text("é" * 32 * 1024)  # 32 K characters, 64 KB in UTF-8: just at the limit
        ws.send_text('{"type":"ping"}')
        assert ws.receive_json() == {"type": "pong"}
        ws.send_bytes(b"x" * (64 * 1024 + 1))
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
        assert closed.value.code == 1009


def test_the_fan_out_histogram_is_served_in_metrics(client: TestClient) -> None:
    text = client.get("/metrics").text
    assert "# TYPE tocsin_fanout_seconds histogram" in text
    assert 'tocsin_fanout_seconds_bucket{le="1.0"}' in text
    assert "tocsin_fanout_sockets_total" in text
