"""Real `tocsin serve` processes and real WebSocket / SSE clients for the live-bell tests."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.sync.client import ClientConnection

from tests.factories import Factory, OrgHandle
from tests.servers import Proc, server_env, start_server
from tocsin.config import Settings
from tocsin.kit.tokens import mint_user_token

StartServer = Callable[..., Proc]


@pytest.fixture
def live(settings: Settings, factory: Factory, tmp_path: Path) -> Iterator[StartServer]:
    """Start `tocsin serve` processes on the test database; all are stopped after the test."""
    procs: list[Proc] = []

    def start(*, port: int | None = None, **env: str) -> Proc:
        overrides = {"TOCSIN_WORKER_ENABLED": "false", **env}
        proc = start_server(server_env(settings, **overrides), tmp_path / f"server-{len(procs)}.log", port=port)
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        proc.stop()


def isolated(redis_url: str) -> dict[str, str]:
    """Server settings joining instances by Redis on a channel of their own: parallel runs and
    other tests on the same Redis never hear each other."""
    return {"TOCSIN_REDIS_URL": redis_url, "TOCSIN_REDIS_CHANNEL_PREFIX": f"test-{secrets.token_hex(6)}"}


def user_token(org: OrgHandle, username: str, *, ttl: timedelta = timedelta(hours=1)) -> str:
    """A token valid by the wall clock (the servers' clock), signed as a CRM would sign it."""
    return mint_user_token(username=username, org=org.slug, secret=org.signing_secret, now=datetime.now(UTC), ttl=ttl)


def ws_url(proc: Proc, token: str) -> str:
    return f"ws://127.0.0.1:{proc.port}/v1/me/stream?token={token}"


def api(proc: Proc, org: OrgHandle) -> httpx.Client:
    return httpx.Client(base_url=proc.base_url, headers=org.headers, timeout=30)


def post_event(proc: Proc, org: OrgHandle, **body: Any) -> dict[str, Any]:
    with api(proc, org) as client:
        r = client.post("/v1/events", json={"type": "manual", **body})
    assert r.status_code == 202, r.text
    return r.json()  # type: ignore[no-any-return]


def as_user(proc: Proc, token: str) -> httpx.Client:
    return httpx.Client(base_url=proc.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30)


def recv(ws: ClientConnection, timeout: float = 15) -> dict[str, Any]:
    return json.loads(ws.recv(timeout=timeout))  # type: ignore[no-any-return]


def assert_nothing_queued(ws: ClientConnection) -> None:
    """The next message after our ping is its pong: nothing else was queued for this client before."""
    ws.send('{"type":"ping"}')
    assert recv(ws) == {"type": "pong"}


class SSE:
    """A minimal EventSource: `data:` lines parsed as JSON; comments and `retry:` kept aside; the
    name of a named event (`event: unauthorized`) in `event`."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._lines = response.iter_lines()
        self.retry: int | None = None
        self.event: str | None = None

    def next(self) -> dict[str, Any]:
        event = None
        for line in self._lines:
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                self.event = event
                return json.loads(line[6:])  # type: ignore[no-any-return]
            elif line.startswith("retry: "):
                self.retry = int(line[7:])
        raise EOFError("the event stream ended")

    def ended(self) -> str | None:
        """Read to the end of the stream (comment pings are skipped); the name of the named event
        that ended it (`unauthorized`), or None when it simply ended. A message is an error."""
        last: str | None = None
        while True:
            try:
                message = self.next()
            except EOFError:
                return last
            if self.event is None:
                raise AssertionError(f"unexpected message {message}")
            last = self.event
