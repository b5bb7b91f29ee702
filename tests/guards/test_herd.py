"""A real `tocsin serve` under a herd: a burst of reads larger than it can serve at once gets only
answers and 503s with Retry-After (no 500, none left hanging), slow-header sockets are dropped,
and a full disk is a 503 with Retry-After and an unready /readyz until space is back."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import httpx
import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from tests.factories import Factory, OrgHandle, bulk_users
from tests.servers import Proc, server_env, start_server
from tests.waiting import wait_until
from tocsin.app import create_app
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db import migrate
from tocsin.db.engine import unavailable, unit_of_work
from tocsin.db.reader import Reader, ReadGroup
from tocsin.db.writer import Busy
from tocsin.events.models import Event
from tocsin.kit.tokens import mint_user_token
from tocsin.orgs import service as orgs

USERS = 150
HUNG_SECONDS = 60


def _tokens(org: OrgHandle, usernames: list[str]) -> list[str]:
    # Minted on the real clock: the server process does not share the tests' frozen one.
    now = datetime.now(UTC)
    return [
        mint_user_token(username=name, org=org.slug, secret=org.signing_secret, now=now, ttl=timedelta(hours=1))
        for name in usernames
    ]


async def _burst(base_url: str, requests: list[tuple[str, str]]) -> list[tuple[int, str | None] | str]:
    """Every (path, token) at once; each answer's (status, Retry-After) or the client error's name."""
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=HUNG_SECONDS)
    async with aiohttp.ClientSession(base_url, connector=connector, timeout=timeout) as http:

        async def one(path: str, token: str) -> tuple[int, str | None] | str:
            try:
                async with http.get(path, headers={"Authorization": f"Bearer {token}"}) as r:
                    await r.read()
                    return r.status, r.headers.get("Retry-After")
            except (aiohttp.ClientError, TimeoutError) as exc:
                return type(exc).__name__

        return await asyncio.gather(*(one(path, token) for path, token in requests))


@pytest.fixture
def small_server(settings: Settings, tmp_path: Path) -> Iterator[Proc]:
    """A server whose read queue and pools are far smaller than the burst below."""
    env = server_env(
        settings,
        TOCSIN_WORKER_ENABLED="false",
        TOCSIN_SCHEDULER_ENABLED="false",
        TOCSIN_RATE_LIMIT_ANON="100000/second",
        TOCSIN_READ_WORKERS="1",
        TOCSIN_READ_BATCH_SIZE="8",
        TOCSIN_READ_QUEUE_SIZE="40",
        TOCSIN_HTTP_THREADS="4",
        TOCSIN_DB_POOL_SIZE="2",
        TOCSIN_DB_MAX_OVERFLOW="0",
        TOCSIN_HEADER_TIMEOUT_SECONDS="1",
    )
    proc = start_server(env, tmp_path / "server.log")
    try:
        yield proc
    finally:
        proc.stop()


def test_a_burst_of_reads_gets_answers_or_503_with_retry_after(
    small_server: Proc, factory: Factory, ctx: AppContext
) -> None:
    org = factory.org()
    bulk_users(ctx, org.id, USERS, email=False)
    for i in range(0, USERS, 10):  # some users have a page to read
        org.event("lead_assigned", entity={"type": "lead", "id": f"L{i}", "name": "Lead", "owner": f"u{i}"})
    tokens = _tokens(org, [f"u{i}" for i in range(USERS)])
    paths = ["/v1/me/notifications?limit=20", "/v1/me/notifications/unread-count"]
    requests = [(path, token) for token in tokens for path in paths]

    answers = asyncio.run(_burst(small_server.base_url, requests))

    hung_or_failed = [a for a in answers if isinstance(a, str)]
    assert hung_or_failed == []
    statuses = Counter(a[0] for a in answers if not isinstance(a, str))
    assert set(statuses) <= {200, 503}, statuses
    assert statuses[200] > 0
    assert all(a[1] for a in answers if not isinstance(a, str) and a[0] == 503)  # each says when to retry
    # Afterwards the server answers normally at once.
    after = httpx.get(f"{small_server.base_url}{paths[0]}", headers={"Authorization": f"Bearer {tokens[10]}"})
    assert after.status_code == 200
    assert [n["entity"]["id"] for n in after.json()["items"]] == ["L10"]


def test_the_batched_first_page_and_count_are_each_callers_own(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    other = factory.org()
    for handle in (org, other):
        handle.put_user("ann")
        handle.put_user("bo")
    org.event("lead_assigned", entity={"type": "lead", "id": "A1", "name": "A", "owner": "ann"})
    org.event("lead_assigned", entity={"type": "lead", "id": "A2", "name": "A", "owner": "ann"}, actor="bo")
    other.event("lead_assigned", entity={"type": "lead", "id": "B1", "name": "B", "owner": "ann"})

    pages = {(h.slug, u): h.me(u, "GET", "/notifications?limit=1").json() for h in (org, other) for u in ("ann", "bo")}
    assert [n["entity"]["id"] for n in pages[(org.slug, "ann")]["items"]] == ["A2"]
    assert pages[(org.slug, "ann")]["next_cursor"] is not None
    assert pages[(other.slug, "ann")] == {"items": pages[(other.slug, "ann")]["items"], "next_cursor": None}
    assert [n["entity"]["id"] for n in pages[(other.slug, "ann")]["items"]] == ["B1"]
    assert pages[(org.slug, "bo")]["items"] == []
    assert org.me("ann", "GET", "/notifications/unread-count").json() == {"unread": 2, "unseen": 2}
    assert other.me("bo", "GET", "/notifications/unread-count").json() == {"unread": 0, "unseen": 0}
    assert org.client.get("/v1/me/notifications/unread-count").status_code == 401


async def _slow_headers(port: int, *, seconds: float) -> float | None:
    """Send a request's header lines one by one, slowly; when the server closed the socket (None:
    it never did within `seconds`)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    began = time.monotonic()
    try:
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        n = 0
        while time.monotonic() - began < seconds:
            n += 1
            try:
                writer.write(b"X-Slow-%d: 1\r\n" % n)
                await writer.drain()
                if await asyncio.wait_for(reader.read(1), 0.3) == b"":
                    return time.monotonic() - began
            except TimeoutError:
                continue
            except ConnectionError:
                return time.monotonic() - began
        return None
    finally:
        writer.close()
        await asyncio.gather(writer.wait_closed(), return_exceptions=True)


def test_slow_header_sockets_are_dropped(small_server: Proc) -> None:
    async def attack() -> list[float | None]:
        return await asyncio.gather(*(_slow_headers(small_server.port or 0, seconds=20) for _ in range(100)))

    closed = asyncio.run(attack())
    assert None not in closed  # every socket was dropped by the server (1 s allowed for the headers)
    # An ordinary client, keeping its connection between requests, is served as before.
    with httpx.Client(base_url=small_server.base_url) as client:
        assert client.get("/healthz").status_code == 200
        time.sleep(0.5)
        assert client.get("/healthz").status_code == 200


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB tmpfs as the data directory (the tests run as root in a container that allows it)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the file system of `folder` to the last byte; the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_is_503_with_retry_after_and_unready_until_space_is_back(
    base_settings: Settings, tiny_disk: Path, tmp_path: Path
) -> None:
    settings = base_settings.model_copy(
        update={"database_url": f"sqlite:///{tiny_disk / 'tocsin.db'}", "data_dir": tiny_disk}
    )
    setup = AppContext.build(settings)
    migrate.upgrade(setup.engine)
    with unit_of_work(setup.sessions) as session:
        created = orgs.create_org(session, setup, slug="full", name="Full")
    bulk_users(setup, created.org.id, 10, email=False)
    setup.dispose()
    env = server_env(
        settings,
        TOCSIN_WORKER_ENABLED="false",
        TOCSIN_SCHEDULER_ENABLED="false",
        TOCSIN_RATE_LIMIT_ANON="100000/second",
        TOCSIN_READY_MIN_FREE_BYTES="65536",
    )
    proc = start_server(env, tmp_path / "server.log")
    accepted: list[int] = []
    api = httpx.Client(base_url=proc.base_url, headers={"Authorization": f"Bearer {created.api_key}"})
    try:

        def post(i: int) -> httpx.Response:
            entity = {"type": "lead", "id": f"L{i}", "name": "x" * 500, "owner": "u1"}
            body = {"type": "lead_assigned", "entity": entity}
            answer = api.post("/v1/events", json=body)
            if answer.status_code == 202:
                accepted.append(answer.json()["event_id"])
            return answer

        assert post(0).status_code == 202
        assert api.get("/readyz").json()["checks"]["writes"] == "ok"
        filler = _fill(tiny_disk)
        refused = None
        for i in range(1, 2000):  # what fits in pages SQLite already has is still accepted
            answer = post(i)
            assert answer.status_code in (202, 503), answer.text
            if answer.status_code == 503:
                refused = answer
                break
        assert refused is not None, "the full disk never refused a write"
        assert refused.headers["Retry-After"]
        assert refused.json()["error"]["code"] == "overloaded"
        ready = api.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"]["writes"].startswith("cannot write: ")

        filler.unlink()
        wait_until(lambda: api.get("/readyz").status_code == 200, "/readyz to recover", timeout=30)
        assert post(5000).status_code == 202
    finally:
        api.close()
        proc.stop()
    # Nothing accepted was lost.
    engine = create_engine(settings.database_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(Event).where(Event.id.in_(accepted))).scalar()
    finally:
        engine.dispose()
    assert stored == len(accepted)


def test_database_conditions_that_pass_are_told_apart_from_errors() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert unavailable(sa_exc.OperationalError("COMMIT", {}, full)) == "the database's disk is full"
    pg_full = psycopg.errors.DiskFull("could not extend file")
    assert unavailable(sa_exc.OperationalError("INSERT", {}, pg_full)) == "the database's disk is full"
    assert unavailable(sa_exc.TimeoutError("QueuePool limit reached")) == "no database connection free"
    unique = psycopg.errors.UniqueViolation("duplicate key")
    assert unavailable(sa_exc.IntegrityError("INSERT", {}, unique)) is None


def test_the_read_queue_refuses_when_full_and_sheds_reads_that_waited_too_long(ctx: AppContext) -> None:
    started, gate = threading.Event(), threading.Event()

    def blocking(session: Session) -> int:
        started.set()
        gate.wait(30)
        return int(session.execute(text("SELECT 1")).scalar_one())

    async def main() -> None:
        reader = Reader(ctx.reads, workers=1, queue_size=2, batch_size=1, wait_seconds=0.2)
        async with reader.running():
            blocker = asyncio.ensure_future(reader.run(blocking))
            await asyncio.to_thread(started.wait, 30)
            queued = [asyncio.ensure_future(reader.run(lambda _s: 1)) for _ in range(2)]
            await asyncio.sleep(0)
            with pytest.raises(Busy):  # the queue is full: refused at once
                await reader.run(lambda _s: 1)
            await asyncio.sleep(0.3)  # longer than the queue's wait bound
            gate.set()
            assert await blocker == 1
            late = await asyncio.gather(*queued, return_exceptions=True)
            assert [type(x) for x in late] == [Busy, Busy]
            assert await reader.run(lambda _s: 2) == 2
        assert reader.stats.refused == 1
        assert reader.stats.stale == 2

    asyncio.run(main())


def test_an_inline_read_runs_on_the_loop_only_while_the_readers_are_idle(ctx: AppContext) -> None:
    started, gate = threading.Event(), threading.Event()

    def blocking(session: Session) -> int:
        started.set()
        gate.wait(30)
        return 1

    where = ReadGroup(many=lambda _s, items: [threading.current_thread().name for _ in items], inline=True)
    failing = ReadGroup(many=lambda _s, items: [ValueError(f"no {item}") for item in items], inline=True)
    queued_only = ReadGroup(many=where.many)

    async def main() -> None:
        loop_thread = threading.current_thread().name
        reader = Reader(ctx.reads, workers=1, queue_size=10, batch_size=10, inline=True)
        async with reader.running():
            assert await reader.run_grouped(where, 1) == loop_thread
            with pytest.raises(ValueError, match="no 2"):
                await reader.run_grouped(failing, 2)
            assert (await reader.run_grouped(queued_only, 3)).startswith("tocsin-reader")
            blocker = asyncio.ensure_future(reader.run(blocking))
            await asyncio.to_thread(started.wait, 30)
            behind = asyncio.ensure_future(reader.run_grouped(where, 4))  # a batch is reading: queued
            await asyncio.sleep(0)
            gate.set()
            assert await blocker == 1
            assert (await behind).startswith("tocsin-reader")
        off = Reader(ctx.reads, workers=1, queue_size=10, batch_size=10)
        async with off.running():
            assert (await off.run_grouped(where, 5)).startswith("tocsin-reader")

    asyncio.run(main())


def test_a_pool_timeout_is_503_with_retry_after(settings: Settings, _schema: None) -> None:
    tight = settings.model_copy(
        update={
            "db_pool_timeout_seconds": 0.2,
            "db_pool_size": 1,
            "db_max_overflow": 0,
            "http_threads": 1,
            "worker_enabled": False,
            "scheduler_enabled": False,
        }
    )
    ctx = AppContext.build(tight)
    held = []
    try:
        with TestClient(create_app(ctx=ctx)) as client:
            factory = Factory(ctx, client)
            org = factory.org()
            org.put_user("ann")
            token = _tokens(org, ["ann"])[0]
            reads = ctx.reads.kw["bind"]
            with pytest.raises(sa_exc.TimeoutError):
                for _ in range(500):  # every connection of the pool the reads use, checked out
                    held.append(reads.connect())
            for answer in (
                client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"}),
                client.get("/v1/me/notifications/unread-count", headers={"Authorization": f"Bearer {token}"}),
                client.get("/v1/users/ann", headers=org.headers),
            ):
                assert answer.status_code == 503, answer.text
                assert answer.headers["Retry-After"] == "1"
                assert answer.json()["error"]["code"] == "overloaded"
            for conn in held:
                conn.close()
            held.clear()
            assert client.get("/v1/users/ann", headers=org.headers).status_code == 200
    finally:
        for conn in held:
            conn.close()
        ctx.dispose()
