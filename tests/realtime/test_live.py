"""The live bell against a running `tocsin serve`, with real WebSocket and SSE clients."""

from __future__ import annotations

import base64
import os
import signal
import socket
import sqlite3
from contextlib import closing
from datetime import timedelta

import httpx
import pytest
from sqlalchemy.engine import make_url
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.factories import Factory, OrgHandle
from tests.realtime.conftest import (
    SSE,
    StartServer,
    api,
    as_user,
    assert_nothing_queued,
    post_event,
    recv,
    user_token,
    ws_url,
)
from tocsin.config import Settings


def test_hello_carries_the_unread_count(live: StartServer, org: OrgHandle) -> None:
    server = live()
    for n in range(3):
        post_event(server, org, recipients=["jane"], data={"n": n})
    token = user_token(org, "jane")
    with as_user(server, token) as me:
        first = me.get("/v1/me/notifications").json()["items"][0]["id"]
        assert me.post(f"/v1/me/notifications/{first}/read").status_code == 200
    with connect(ws_url(server, token)) as ws:
        assert recv(ws) == {"type": "hello", "unread": 2, "unseen": 2}
    with (
        httpx.Client(timeout=15) as client,
        client.stream("GET", f"{server.base_url}/v1/me/events", headers={"Authorization": f"Bearer {token}"}) as r,
    ):
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        stream = SSE(r)
        assert stream.next() == {"type": "hello", "unread": 2, "unseen": 2}
        assert stream.retry == 3000


def test_a_new_notification_arrives_live_on_websocket_and_sse(live: StartServer, org: OrgHandle) -> None:
    server = live()
    token = user_token(org, "jane")
    with (
        connect(ws_url(server, token)) as ws,
        httpx.Client(timeout=15) as client,
        client.stream("GET", f"{server.base_url}/v1/me/events?token={token}") as r,
    ):
        stream = SSE(r)
        assert recv(ws) == stream.next() == {"type": "hello", "unread": 0, "unseen": 0}
        result = post_event(
            server,
            org,
            type="lead_assigned",
            actor="bob",
            entity={
                "type": "lead",
                "id": "L1",
                "name": "Jane Smith",
                "url": "https://crm.example/l/1",
                "owner": "jane",
            },
        )
        assert result["recipients"] == ["jane"]
        pushed = recv(ws)
        assert pushed == stream.next()
        assert pushed["type"] == "notification" and pushed["unread"] == 1 and "silent" not in pushed
        notification = pushed["notification"]
        assert notification["title"] == "Lead assigned: Jane Smith"
        assert notification["url"] == "https://crm.example/l/1"
        assert notification["entity"] == {"type": "lead", "id": "L1"}
        assert notification["read_at"] is None and notification["created_at"].endswith("Z")
        with as_user(server, token) as me:
            assert me.get("/v1/me/notifications").json()["items"][0] == notification


def test_reading_in_one_tab_updates_every_tab_and_device(live: StartServer, org: OrgHandle) -> None:
    server = live()
    jane, bob = user_token(org, "jane"), user_token(org, "bob")
    with (
        connect(ws_url(server, jane)) as tab1,
        connect(ws_url(server, jane)) as tab2,
        connect(ws_url(server, bob)) as other,
        httpx.Client(timeout=15) as client,
        client.stream("GET", f"{server.base_url}/v1/me/events?token={jane}") as r,
    ):
        phone = SSE(r)
        for conn in (tab1, tab2, other):
            recv(conn)
        phone.next()
        ids = [post_event(server, org, recipients=["jane"], data={"n": n})["event_id"] for n in range(3)]
        assert len(ids) == 3
        pushed = [[recv(tab)["notification"]["id"] for _ in range(3)] for tab in (tab1, tab2)]
        assert pushed[0] == pushed[1]
        assert [phone.next()["notification"]["id"] for _ in range(3)] == pushed[0]
        first, *rest = pushed[0]

        with as_user(server, jane) as me:
            assert me.post(f"/v1/me/notifications/{first}/read").status_code == 200
            expected = {"type": "read", "ids": [first], "unread": 2, "unseen": 2}
            assert recv(tab1) == recv(tab2) == phone.next() == expected

            assert me.post(f"/v1/me/notifications/{rest[0]}/dismiss").status_code == 200
            expected = {"type": "read", "ids": [rest[0]], "unread": 1, "unseen": 1}
            assert recv(tab1) == recv(tab2) == phone.next() == expected

            assert me.post("/v1/me/notifications/read-all").json()["changed"] == 1
            expected = {"type": "read", "ids": [rest[1]], "unread": 0, "unseen": 0}
            assert recv(tab1) == recv(tab2) == phone.next() == expected
        # Bob heard none of Jane's changes.
        assert_nothing_queued(other)


def test_a_client_reconnecting_after_a_restart_gets_the_current_count(
    live: StartServer, org: OrgHandle, factory: Factory
) -> None:
    server = live()
    token = user_token(org, "jane")
    post_event(server, org, recipients=["jane"])
    with (
        connect(ws_url(server, token)) as ws,
        httpx.Client(timeout=15) as client,
        client.stream("GET", f"{server.base_url}/v1/me/events?token={token}") as r,
    ):
        stream = SSE(r)
        assert recv(ws) == stream.next() == {"type": "hello", "unread": 1, "unseen": 1}
        server.stop()
        # It stopped on SIGTERM (uvicorn re-raises it after a graceful shutdown), not SIGKILL after
        # a timeout: it closed both streams itself instead of waiting on them (1012: restarting).
        assert server.process.returncode == -signal.SIGTERM, server.log()
        with pytest.raises(ConnectionClosed) as closed:
            recv(ws)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1012
        assert stream.ended() is None  # restarting: no token problem
    # Events keep arriving while it is down (through another instance, here the test's own app).
    for _ in range(2):
        org.event("manual", recipients=["jane"])
    restarted = live(port=server.port)
    with connect(ws_url(restarted, token)) as ws:
        assert recv(ws) == {"type": "hello", "unread": 3, "unseen": 3}
        post_event(restarted, org, recipients=["jane"])
        assert recv(ws)["unread"] == 4


def test_an_expired_or_invalid_token_is_closed_with_4401(live: StartServer, org: OrgHandle) -> None:
    server = live()
    short = user_token(org, "jane", ttl=timedelta(seconds=3))
    with connect(ws_url(server, short)) as ws:
        assert recv(ws)["type"] == "hello"
        with pytest.raises(ConnectionClosed) as closed:
            recv(ws, timeout=30)
        assert closed.value.rcvd is not None
        assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (4401, "token expired")

    for bad in ("not-a-token", user_token(org, "nobody"), short, ""):
        with connect(ws_url(server, bad)) as ws, pytest.raises(ConnectionClosed) as closed:
            recv(ws)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401
        assert bad not in closed.value.rcvd.reason or not bad

    with httpx.Client(timeout=15) as client:
        again = client.get(f"{server.base_url}/v1/me/events?token={short}")
        assert again.status_code == 401 and again.json()["error"]["code"] == "unauthorized"
        assert client.get(f"{server.base_url}/v1/me/events").status_code == 401


def test_an_expired_token_ends_the_event_stream(live: StartServer, org: OrgHandle) -> None:
    server = live()
    short = user_token(org, "jane", ttl=timedelta(seconds=3))
    with (
        httpx.Client(timeout=30) as client,
        client.stream("GET", f"{server.base_url}/v1/me/events", headers={"Authorization": f"Bearer {short}"}) as r,
    ):
        stream = SSE(r)
        assert stream.next()["type"] == "hello"
        assert stream.ended() == "unauthorized"  # the bell asks for a new token


def _stalled_client(url: str):  # type: ignore[no-untyped-def]
    """A WebSocket client that never reads: a tiny receive buffer and a one-message queue, so the
    server's socket fills up after a few messages."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    host, port = url.split("/")[2].split(":")
    sock.connect((host, int(port)))
    return connect(url, sock=sock, max_queue=1, compression=None, ping_interval=None, max_size=None)


SLOW_EVENTS = 150


def test_a_slow_consumer_does_not_delay_others_and_is_closed(live: StartServer, org: OrgHandle) -> None:
    server = live(TOCSIN_WS_QUEUE_SIZE="8")
    big = "x" * 60_000  # large messages (near the 64 KB data limit) fill the stalled client's socket quickly
    with (
        _stalled_client(ws_url(server, user_token(org, "bob"))) as stalled,
        connect(ws_url(server, user_token(org, "jane")), max_size=None) as fast,
    ):
        assert recv(fast)["type"] == "hello"
        with api(server, org) as client:
            for n in range(SLOW_EVENTS):
                r = client.post(
                    "/v1/events", json={"type": "manual", "recipients": ["jane", "bob"], "data": {"n": n, "pad": big}}
                )
                assert r.status_code == 202
                # Each message reaches the reader while the other client reads nothing at all.
                message = recv(fast)
                assert message["notification"]["data"]["n"] == n and message["unread"] == n + 1
        # The stalled client gets what was buffered, then a close telling it to resync (4409); had
        # it stayed silent past the close timeout, the server would have dropped it (1006).
        received = 0
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                message = recv(stalled, timeout=30)
                received += message["type"] == "notification"
        assert received < SLOW_EVENTS
        assert closed.value.rcvd is None or closed.value.rcvd.code == 4409


def test_tokens_never_reach_the_access_log(live: StartServer, org: OrgHandle) -> None:
    server = live(TOCSIN_LOG_LEVEL="info")
    token = user_token(org, "jane")
    with connect(ws_url(server, token)) as ws:
        recv(ws)
    with connect(ws_url(server, "invalid.token.value")) as ws, pytest.raises(ConnectionClosed):
        recv(ws)
    with (
        httpx.Client(timeout=15) as client,
        client.stream("GET", f"{server.base_url}/v1/me/events?token={token}") as r,
    ):
        SSE(r).next()
    with httpx.Client(timeout=15) as client:
        assert client.get(f"{server.base_url}/v1/me/notifications?token={token}").status_code == 200
    server.stop()
    log = server.log()
    assert "/v1/me/stream?token=[redacted]" in log
    assert "/v1/me/events?token=[redacted]" in log
    assert token not in log and token.split(".")[2] not in log
    assert "invalid.token.value" not in log


def _frames(data: bytes) -> list[tuple[int, bytes]]:
    """Server frames (unmasked, uncompressed) after the handshake response: (opcode, payload)."""
    _, _, rest = data.partition(b"\r\n\r\n")
    frames = []
    while len(rest) >= 2:
        opcode, length, offset = rest[0] & 0x0F, rest[1] & 0x7F, 2
        if length == 126:
            length, offset = int.from_bytes(rest[2:4], "big"), 4
        elif length == 127:
            length, offset = int.from_bytes(rest[2:10], "big"), 10
        frames.append((opcode, rest[offset : offset + length]))
        rest = rest[offset + length :]
    return frames


def test_a_peer_that_stops_answering_pings_is_dropped(live: StartServer, org: OrgHandle) -> None:
    server = live(TOCSIN_WS_PING_SECONDS="0.5")
    token = user_token(org, "jane")
    # A bare socket: it completes the handshake, then never answers anything, like a dead network.
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET /v1/me/stream?token={token} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        sock.sendall(request.encode())
        data = b""
        while chunk := sock.recv(65536):  # until the server closes the connection
            data += chunk
    assert data.startswith(b"HTTP/1.1 101")
    frames = _frames(data)
    assert frames[0] == (0x1, b'{"type":"hello","unread":0,"unseen":0}')
    assert 0x9 in {opcode for opcode, _ in frames}  # pinged
    assert frames[-1][0] == 0x8 and int.from_bytes(frames[-1][1][:2], "big") == 1011  # then dropped


def test_the_event_stream_sends_comment_pings(live: StartServer, org: OrgHandle) -> None:
    server = live(TOCSIN_WS_PING_SECONDS="0.5")
    token = user_token(org, "jane")
    with (
        httpx.Client(timeout=15) as client,
        client.stream("GET", f"{server.base_url}/v1/me/events?token={token}") as r,
    ):
        lines = r.iter_lines()
        assert next(line for line in lines if line.startswith(":")) == ": ping"


def test_a_stream_opens_while_a_writer_holds_the_sqlite_lock(
    live: StartServer, org: OrgHandle, settings: Settings
) -> None:
    if not settings.is_sqlite:
        pytest.skip("SQLite's single write lock only")
    server = live()
    token = user_token(org, "jane")
    # A long write transaction elsewhere: the streams read without queueing for the write lock.
    with closing(sqlite3.connect(str(make_url(settings.database_url).database), isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        try:
            with connect(ws_url(server, token)) as ws:
                assert recv(ws, timeout=10) == {"type": "hello", "unread": 0, "unseen": 0}
        finally:
            writer.execute("ROLLBACK")
