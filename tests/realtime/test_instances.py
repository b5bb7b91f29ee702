"""Two `tocsin serve` processes sharing the database and Redis: an event ingested by one reaches
clients connected to the other, exactly once, and a Redis outage costs no event."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
from websockets.sync.client import connect

from tests.conftest import service_missing
from tests.factories import OrgHandle
from tests.realtime.conftest import (
    SSE,
    StartServer,
    as_user,
    assert_nothing_queued,
    isolated,
    post_event,
    recv,
    user_token,
    ws_url,
)
from tests.servers import free_port


def test_an_event_posted_to_one_instance_reaches_clients_of_the_other(
    live: StartServer, org: OrgHandle, redis_url: str
) -> None:
    env = isolated(redis_url)
    a, b = live(**env), live(**env)
    token = user_token(org, "jane")
    with (
        connect(ws_url(a, token)) as on_a,
        connect(ws_url(b, token)) as on_b,
        httpx.Client(timeout=15) as client,
        client.stream("GET", f"{b.base_url}/v1/me/events?token={token}") as r,
    ):
        sse_b = SSE(r)
        assert recv(on_a) == recv(on_b) == sse_b.next() == {"type": "hello", "unread": 0, "unseen": 0}

        post_event(a, org, recipients=["jane"], data={"via": "a"})
        on_b_first = recv(on_b)
        assert on_b_first["notification"]["data"] == {"via": "a"} and on_b_first["unread"] == 1
        assert recv(on_a) == on_b_first == sse_b.next()

        post_event(b, org, recipients=["jane"], data={"via": "b"})
        second = recv(on_a)
        assert second["notification"]["data"] == {"via": "b"} and second["unread"] == 2
        assert recv(on_b) == second == sse_b.next()

        with as_user(a, token) as me:
            assert me.post("/v1/me/notifications/read-all").json()["changed"] == 2
        read = {"type": "read", "ids": sorted([on_b_first["notification"]["id"], second["notification"]["id"]])}
        for heard in (recv(on_a), recv(on_b), sse_b.next()):
            assert {**heard, "ids": sorted(heard["ids"])} == {**read, "unread": 0, "unseen": 0}
        # Exactly once: each instance delivered what it heard on Redis, its own messages included,
        # and nothing twice.
        assert_nothing_queued(on_a)
        assert_nothing_queued(on_b)


class PrivateRedis:
    """A redis-server of our own on a free port, so the test can take it away and bring it back."""

    def __init__(self, folder: Path) -> None:
        executable = shutil.which("redis-server")
        if executable is None:
            service_missing("redis-server (to run a private Redis)")
        self.executable = str(executable)
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        args = [self.executable, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(
            [*args, "--dir", str(self.folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
        try:
            for _ in range(200):
                try:
                    client.ping()
                    return
                except redis.ConnectionError:
                    if self.process.poll() is not None:
                        break
                    time.sleep(0.05)
        finally:
            client.close()
        raise RuntimeError("private redis-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    server = PrivateRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_ingestion_survives_a_redis_outage_and_clients_resync(
    live: StartServer, org: OrgHandle, private_redis: PrivateRedis
) -> None:
    env = {**isolated(private_redis.url), "TOCSIN_REDIS_RECONNECT_MAX_SECONDS": "0.5"}
    a, b = live(**env), live(**env)
    token = user_token(org, "jane")
    with connect(ws_url(a, token)) as on_a, connect(ws_url(b, token)) as on_b:
        assert recv(on_a) == recv(on_b) == {"type": "hello", "unread": 0, "unseen": 0}

        private_redis.stop()
        # Ingestion does not need Redis; the ingesting instance's own clients still hear it.
        post_event(a, org, recipients=["jane"])
        heard = recv(on_a)
        assert heard["type"] == "notification" and heard["unread"] == 1

        private_redis.start()
        # Both listeners reconnect and resync their clients: b's client learns of the missed event.
        assert recv(on_b) == {"type": "hello", "unread": 1, "unseen": 1}
        assert recv(on_a) == {"type": "hello", "unread": 1, "unseen": 1}

        post_event(b, org, recipients=["jane"])
        assert recv(on_a)["unread"] == recv(on_b)["unread"] == 2
        assert_nothing_queued(on_a)
        assert_nothing_queued(on_b)
    a.stop()
    assert "Redis" in a.log()  # the outage was logged
