"""The write path against a freshly started `tocsin serve`: a burst of mixed requests is answered
without a server error, and SIGTERM under load stops the server with every accepted event stored.

Timeouts here are bounds that turn a hang into a failure, not measurements."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from tests.factories import Factory, OrgHandle
from tests.servers import Proc, server_env, start_server
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.events.models import Event
from tocsin.kit.tokens import mint_user_token

SHUTDOWN_GRACE_SECONDS = 5


@pytest.fixture
def org(factory: Factory) -> OrgHandle:
    handle = factory.org()
    for name in ("boss", "ann", "bob", "cy"):
        handle.put_user(name)
    return handle


@pytest.fixture
def server(settings: Settings, org: OrgHandle, tmp_path: Path) -> Iterator[Proc]:
    env = server_env(settings, TOCSIN_WORKER_ENABLED="false", TOCSIN_SHUTDOWN_GRACE_SECONDS=str(SHUTDOWN_GRACE_SECONDS))
    proc = start_server(env, tmp_path / "server.log", timeout=60)
    yield proc
    proc.stop()


def _lead(n: int) -> dict[str, Any]:
    owner = ("ann", "bob", "cy")[n % 3]
    return {"type": "lead_assigned", "actor": "boss", "entity": {"type": "lead", "id": f"L{n}", "owner": owner}}


def test_two_hundred_concurrent_mixed_requests_get_no_server_error(server: Proc, org: OrgHandle) -> None:
    # Signed by the wall clock: the server's clock, not the test's frozen one.
    token = mint_user_token(
        username="ann", org=org.slug, secret=org.signing_secret, now=datetime.now(UTC), ttl=timedelta(hours=1)
    )

    async def burst() -> list[tuple[str, int]]:
        limits = httpx.Limits(max_connections=200)
        async with httpx.AsyncClient(base_url=server.base_url, timeout=30, limits=limits) as client:

            async def one(n: int) -> tuple[str, int]:
                kind = ("event", "event", "inbox", "user", "healthz")[n % 5]
                if kind == "event":
                    r = await client.post("/v1/events", json=_lead(n), headers=org.headers)
                elif kind == "inbox":
                    r = await client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"})
                elif kind == "user":
                    r = await client.get("/v1/users/bob", headers=org.headers)
                else:
                    r = await client.get("/healthz")
                return kind, r.status_code

            return await asyncio.gather(*(one(n) for n in range(200)))

    answers = asyncio.run(burst())
    assert len(answers) == 200
    expected = {"event": 202, "inbox": 200, "user": 200, "healthz": 200}
    assert [(kind, code) for kind, code in answers if code != expected[kind]] == []


def test_sigterm_under_load_exits_in_time_with_every_accepted_event_stored(
    server: Proc, org: OrgHandle, ctx: AppContext
) -> None:
    accepted: list[int] = []
    refused: list[int] = []

    async def load() -> None:
        enough = asyncio.Event()
        async with httpx.AsyncClient(base_url=server.base_url, headers=org.headers, timeout=30) as client:

            async def sender(lane: int) -> None:
                n = lane
                while True:
                    n += 20
                    try:
                        r = await client.post("/v1/events", json=_lead(n))
                    except httpx.HTTPError:
                        return  # the server has stopped listening
                    if r.status_code == 202:
                        accepted.append(r.json()["event_id"])
                        if len(accepted) >= 60:
                            enough.set()
                    else:
                        refused.append(r.status_code)
                        if r.status_code != 503:
                            return

            senders = [asyncio.create_task(sender(lane)) for lane in range(20)]
            await asyncio.wait_for(enough.wait(), timeout=60)
            os.kill(server.process.pid, signal.SIGTERM)
            await asyncio.wait_for(asyncio.gather(*senders), timeout=60)

    asyncio.run(load())
    # A bound, so a server that ignores SIGTERM fails the test instead of hanging it. uvicorn ends
    # a graceful shutdown by re-raising the signal it caught, hence the -SIGTERM status.
    assert server.process.wait(timeout=SHUTDOWN_GRACE_SECONDS + 30) in (0, -signal.SIGTERM)
    assert "Traceback" not in server.log()
    assert set(refused) <= {503}, server.log()
    with ctx.reads() as session:
        stored = set(session.scalars(select(Event.id).where(Event.org_id == org.id)))
    assert len(accepted) >= 60
    assert set(accepted) <= stored
