"""Two `tocsin serve` processes joined by Redis: when a user's token dies (deactivation, deletion,
revocation, re-creation of the username) or the org's signing secret is rotated, the open
WebSocket (4401) and SSE (`unauthorized`, then the end) streams of that token close on both
instances, whichever instance (or the command line) made the change; the old token gets 401."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from tests.factories import OrgHandle
from tests.realtime.conftest import (
    SSE,
    StartServer,
    api,
    assert_nothing_queued,
    isolated,
    recv,
    user_token,
    ws_url,
)
from tests.servers import Proc, server_env
from tocsin.config import Settings
from tocsin.kit.tokens import mint_user_token

# The promise is 5 s; the bound leaves room for a test machine busy with other work.
CLOSE_BOUND_SECONDS = 15


@contextmanager
def streams(a: Proc, b: Proc, token: str) -> Iterator[tuple[ClientConnection, ClientConnection, SSE]]:
    """A WebSocket on each instance and an event stream on the second, each past its hello."""
    with (
        connect(ws_url(a, token)) as on_a,
        connect(ws_url(b, token)) as on_b,
        httpx.Client(timeout=CLOSE_BOUND_SECONDS) as client,
        client.stream("GET", f"{b.base_url}/v1/me/events", headers={"Authorization": f"Bearer {token}"}) as r,
    ):
        sse = SSE(r)
        assert recv(on_a)["type"] == recv(on_b)["type"] == sse.next()["type"] == "hello"
        yield on_a, on_b, sse


def assert_closed_4401(ws: ClientConnection) -> None:
    with pytest.raises(ConnectionClosed) as closed:
        recv(ws, timeout=CLOSE_BOUND_SECONDS)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401


def assert_refused(procs: tuple[Proc, ...], token: str) -> None:
    """REST answers 401 and a new stream is refused, on every instance."""
    with httpx.Client(timeout=15) as client:
        for proc in procs:
            headers = {"Authorization": f"Bearer {token}"}
            assert client.get(f"{proc.base_url}/v1/me/notifications", headers=headers).status_code == 401
            assert client.get(f"{proc.base_url}/v1/me/events", headers=headers).status_code == 401
            with connect(ws_url(proc, token)) as ws:
                assert_closed_4401(ws)


def test_a_users_dead_token_closes_their_streams_on_every_instance(
    live: StartServer, org: OrgHandle, redis_url: str
) -> None:
    env = isolated(redis_url)
    a, b = live(**env), live(**env)
    with api(a, org) as admin, api(b, org) as admin_b:
        deaths: dict[str, Callable[[], httpx.Response]] = {
            "deactivated": lambda: admin.put("/v1/users/deactivated", json={"active": False}),
            "deleted": lambda: admin.delete("/v1/users/deleted"),
            "revoked": lambda: admin.post("/v1/users/revoked/tokens/revoke"),
            # Made through the other instance: the notice crosses Redis the other way.
            "revoked-on-b": lambda: admin_b.post("/v1/users/revoked-on-b/tokens/revoke"),
        }
        for username in deaths:
            assert admin.put(f"/v1/users/{username}", json={}).status_code == 201
        with connect(ws_url(b, user_token(org, "bob"))) as bystander:
            assert recv(bystander)["type"] == "hello"
            for username, kill in deaths.items():
                token = user_token(org, username)
                with streams(a, b, token) as (on_a, on_b, sse):
                    assert kill().status_code in (200, 204), username
                    assert_closed_4401(on_a)
                    assert_closed_4401(on_b)
                    assert sse.ended() == "unauthorized"
                assert_refused((a, b), token)
            assert_nothing_queued(bystander)  # nobody else's stream was touched


def test_a_recreated_username_does_not_take_the_old_persons_streams_or_tokens(
    live: StartServer, org: OrgHandle, redis_url: str
) -> None:
    env = isolated(redis_url)
    a, b = live(**env), live(**env)
    old = user_token(org, "jane")
    with api(a, org) as admin, api(b, org) as admin_b, streams(a, b, old) as (on_a, on_b, sse):
        assert admin.delete("/v1/users/jane").status_code == 204
        assert_closed_4401(on_a)
        assert_closed_4401(on_b)
        assert sse.ended() == "unauthorized"
        # Someone else gets the username, through the other instance.
        assert admin_b.put("/v1/users/jane", json={"email": "new.jane@example.com"}).status_code == 201
        assert_refused((a, b), old)
        minted = admin.post("/v1/users/jane/token")
        assert minted.status_code == 200
        with connect(ws_url(b, minted.json()["token"])) as new_jane:
            assert recv(new_jane)["type"] == "hello"


def test_rotating_the_signing_secret_closes_every_stream_of_the_org_on_every_instance(
    live: StartServer, org: OrgHandle, redis_url: str, settings: Settings
) -> None:
    env = isolated(redis_url)
    a, b = live(**env), live(**env)
    jane, bob = user_token(org, "jane"), user_token(org, "bob")
    with streams(a, b, jane) as (jane_a, jane_b, jane_sse), streams(b, a, bob) as (bob_b, bob_a, bob_sse):
        rotated = subprocess.run(
            [sys.executable, "-m", "tocsin", "org", "rotate-signing-secret", org.slug, "--json"],
            env=server_env(settings, **env),
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert rotated.returncode == 0, rotated.stderr.decode()
        for ws in (jane_a, jane_b, bob_b, bob_a):
            assert_closed_4401(ws)
        assert jane_sse.ended() == bob_sse.ended() == "unauthorized"
    assert_refused((a, b), jane)
    secret = json.loads(rotated.stdout)["signing_secret"]
    signed = mint_user_token(
        username="jane", org=org.slug, secret=secret, now=datetime.now(UTC), ttl=timedelta(hours=1)
    )
    with connect(ws_url(a, signed)) as again:
        assert recv(again)["type"] == "hello"


def test_an_oversized_websocket_message_closes_the_socket_with_1009(live: StartServer, org: OrgHandle) -> None:
    server = live()
    with connect(ws_url(server, user_token(org, "jane"))) as ws:
        assert recv(ws)["type"] == "hello"
        ws.send("x" * (64 * 1024))  # at the limit: taken
        ws.send('{"type":"ping"}')
        assert recv(ws) == {"type": "pong"}
        ws.send("x" * (64 * 1024 + 1))
        with pytest.raises(ConnectionClosed) as closed:
            recv(ws)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009


def test_without_redis_a_rotation_from_the_command_line_still_closes_the_streams(
    live: StartServer, org: OrgHandle, settings: Settings
) -> None:
    # The embedded setup: one server, no Redis, the command line in another process. No notice
    # can reach the server; its token watcher sees the new secret and closes the streams.
    server = live()
    token = user_token(org, "jane")
    with (
        connect(ws_url(server, token)) as ws,
        httpx.Client(timeout=CLOSE_BOUND_SECONDS) as client,
        client.stream("GET", f"{server.base_url}/v1/me/events?token={token}") as r,
    ):
        sse = SSE(r)
        assert recv(ws)["type"] == sse.next()["type"] == "hello"
        rotated = subprocess.run(
            [sys.executable, "-m", "tocsin", "org", "rotate-signing-secret", org.slug],
            env=server_env(settings),
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert rotated.returncode == 0, rotated.stderr.decode()
        assert_closed_4401(ws)
        assert sse.ended() == "unauthorized"
    assert_refused((server,), token)
