"""Live-bell latency with 1,000 WebSocket clients (1,000 users) on loopback.

1. One `tocsin serve` (SQLite by default, or --database-url): events to single users at --rate per
   second for --seconds; latency from the POST response (and from the POST request) to receipt,
   p50 and p99. Then broadcasts to all users: time until the last client has it.
2. The same broadcast with the clients spread over two `tocsin serve` processes joined by Redis,
   sharing PostgreSQL (skipped with --no-redis).

The bench process (1,000 clients, uvloop) and the servers share this machine's cores, so the
figures include the clients' own CPU time. The delivery worker is off: this measures real time.

Run: .venv/bin/python -m bench.realtime_latency [--users 1000] [--rate 50] [--seconds 10]
     [--database-url URL] [--redis-url redis://127.0.0.1:6379/15] [--no-redis]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import uvloop
from websockets.asyncio.client import ClientConnection, connect

from bench.common import bench_settings, database, make_org, started_servers
from tests.factories import bulk_users
from tests.servers import Proc
from tocsin.context import AppContext
from tocsin.db import migrate
from tocsin.kit.tokens import mint_user_token

CONNECT_CONCURRENCY = 50
BROADCASTS = 3


@dataclass
class Clients:
    """Receipt times of every notification by its `data.seq`, per client."""

    received: dict[str, list[float]] = field(default_factory=dict)
    expected: dict[str, int] = field(default_factory=dict)
    done: dict[str, asyncio.Event] = field(default_factory=dict)
    sockets: list[ClientConnection] = field(default_factory=list)

    def expect(self, seq: str, count: int) -> asyncio.Event:
        self.expected[seq] = count
        self.received.setdefault(seq, [])
        event = self.done[seq] = asyncio.Event()
        if len(self.received[seq]) >= count:
            event.set()
        return event

    def heard(self, seq: str, at: float) -> None:
        times = self.received.setdefault(seq, [])
        times.append(at)
        if seq in self.expected and len(times) >= self.expected[seq]:
            self.done[seq].set()


async def _listen(ws: ClientConnection, clients: Clients) -> None:
    async for raw in ws:
        at = time.perf_counter()
        message = json.loads(raw)
        if message["type"] == "notification":
            clients.heard(str(message["notification"]["data"]["seq"]), at)


async def _connect_all(urls: list[str], clients: Clients) -> list[asyncio.Task[None]]:
    gate = asyncio.Semaphore(CONNECT_CONCURRENCY)

    async def one(url: str) -> ClientConnection:
        async with gate:
            ws = await connect(url, open_timeout=60, max_size=None)
            hello = json.loads(await ws.recv())
            assert hello["type"] == "hello", hello
            return ws

    sockets = await asyncio.gather(*(one(url) for url in urls))
    clients.sockets.extend(sockets)
    return [asyncio.create_task(_listen(ws, clients)) for ws in sockets]


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


async def _singles(
    api: httpx.AsyncClient, clients: Clients, users: int, rate: float, seconds: float, *, instances: int
) -> None:
    count = int(rate * seconds)
    sent: dict[str, float] = {}
    answered: dict[str, float] = {}
    instance: dict[str, int] = {}  # which server the recipient's client is on (0: the ingesting one)
    waits: list[asyncio.Event] = []

    async def post(i: int) -> None:
        seq = f"s{i}"
        waits.append(clients.expect(seq, 1))
        user = random.randrange(users)
        instance[seq] = user % instances
        body = {"type": "manual", "recipients": [f"u{user}"], "data": {"seq": seq}}
        sent[seq] = time.perf_counter()
        r = await api.post("/v1/events", json=body)
        answered[seq] = time.perf_counter()
        assert r.status_code == 202, r.text

    started = time.perf_counter()
    posts = []
    for i in range(count):  # bounded: rate x seconds requests, paced by the clock
        delay = started + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        posts.append(asyncio.create_task(post(i)))
    await asyncio.gather(*posts)
    await asyncio.wait_for(asyncio.gather(*(w.wait() for w in waits)), timeout=30)
    after_response = [(clients.received[s][0] - answered[s]) * 1000 for s in sent]
    after_request = [(clients.received[s][0] - sent[s]) * 1000 for s in sent]
    print(f"  {count} events to single users at {rate:g}/s over {seconds:g} s:")
    print(
        f"    receipt after the POST response: p50 {statistics.median(after_response):.1f} ms, "
        f"p99 {_pct(after_response, 0.99):.1f} ms, max {max(after_response):.1f} ms"
    )
    print(
        f"    receipt after the POST request:  p50 {statistics.median(after_request):.1f} ms, "
        f"p99 {_pct(after_request, 0.99):.1f} ms"
    )
    if instances > 1:
        for n in range(instances):
            mine = [v for s, v in zip(sent, after_response, strict=True) if instance[s] == n]
            where = "on the ingesting instance" if n == 0 else f"on instance {n + 1}"
            print(f"      clients {where}: p50 {statistics.median(mine):.1f} ms, p99 {_pct(mine, 0.99):.1f} ms")
    early = sum(1 for v in after_response if v < 0)
    if early:
        print(f"    ({early} pushes arrived before their own POST response: the push leaves at commit)")


async def _broadcasts(api: httpx.AsyncClient, clients: Clients, users: int, label: str) -> None:
    for n in range(BROADCASTS):
        seq = f"{label}-b{n}"
        done = clients.expect(seq, users)
        sent = time.perf_counter()
        r = await api.post("/v1/events", json={"type": "broadcast", "data": {"seq": seq, "message": "All hands"}})
        answered = time.perf_counter()
        assert r.status_code == 202 and r.json()["notifications"] == users, r.text
        await asyncio.wait_for(done.wait(), timeout=60)
        times = clients.received[seq]
        last, first = max(times), min(times)
        print(
            f"  broadcast {n + 1} to {users} users: last client {(last - sent) * 1000:.0f} ms after the POST "
            f"request ({(answered - sent) * 1000:.0f} ms ingesting, last {(last - answered) * 1000:.0f} ms after "
            f"the response; first->last {(last - first) * 1000:.0f} ms)"
        )
        await asyncio.sleep(0.5)


async def _run(
    servers: list[Proc], *, slug: str, secret: str, api_key: str, users: int, rate: float, seconds: float
) -> None:
    now = datetime.now(UTC)
    tokens = [
        mint_user_token(username=f"u{i}", org=slug, secret=secret, now=now, ttl=timedelta(hours=1))
        for i in range(users)
    ]
    # Clients spread round-robin over the servers; events go to the first one.
    urls = [f"ws://127.0.0.1:{servers[i % len(servers)].port}/v1/me/stream?token={t}" for i, t in enumerate(tokens)]
    clients = Clients()
    began = time.perf_counter()
    listeners = await _connect_all(urls, clients)
    print(f"  {users} WebSocket clients connected (hello received) in {time.perf_counter() - began:.1f} s")
    print(f"  server memory (RSS) with the clients connected: {', '.join(_rss(p) for p in servers)}")
    headers = {"Authorization": f"Bearer {api_key}"}
    # Idle connections are dropped before uvicorn's 5 s keep-alive ends them, so a request never
    # races the server closing its connection.
    limits = httpx.Limits(max_connections=20, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=servers[0].base_url, headers=headers, timeout=60, limits=limits) as api:
        if rate > 0 and seconds > 0:
            await _singles(api, clients, users, rate, seconds, instances=len(servers))
        await _broadcasts(api, clients, users, label=f"{len(servers)}x")
    for task in listeners:
        task.cancel()
    await asyncio.gather(*(ws.close() for ws in clients.sockets), return_exceptions=True)


def _rss(proc: Proc) -> str:
    status = Path(f"/proc/{proc.process.pid}/status")
    for line in status.read_text().splitlines() if status.exists() else []:
        if line.startswith("VmRSS:"):
            return f"{int(line.split()[1]) / 1024:.0f} MB"
    return "?"


@contextmanager
def _database(url: str | None, kind: str) -> Iterator[str]:
    if url:
        ctx = AppContext.build(bench_settings(url))
        migrate.upgrade(ctx.engine)  # a given database is brought up to date, never dropped
        ctx.dispose()
        yield url
        return
    with database(kind) as made:
        yield made


def scenario(title: str, url: str, count: int, args: argparse.Namespace, **env: str) -> None:
    print(title)
    ctx = AppContext.build(bench_settings(url))
    org = make_org(ctx, slug=f"rt{secrets.token_hex(3)}")
    bulk_users(ctx, org.org.id, args.users, email=False)
    ctx.dispose()
    with tempfile.TemporaryDirectory() as folder, started_servers(url, count, Path(folder), env) as procs:
        uvloop.run(
            _run(
                procs,
                slug=org.org.slug,
                secret=org.signing_secret,
                api_key=org.api_key,
                users=args.users,
                rate=args.rate,
                seconds=args.seconds,
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite database")
    parser.add_argument("--redis-url", default=os.environ.get("TOCSIN_BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"))
    parser.add_argument("--no-redis", action="store_true", help="skip the two-instance run")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores shared by the bench clients and the server(s)")
    kind = "postgresql" if args.database_url and args.database_url.startswith("postgresql") else "sqlite"
    with _database(args.database_url, "sqlite") as url:
        scenario(f"one tocsin serve ({kind}), {args.users} clients", url, 1, args)
    if not args.no_redis:
        with _database(None, "postgresql") as url:
            prefix = f"bench-{secrets.token_hex(4)}"
            scenario(
                f"two tocsin serve (PostgreSQL, Redis), {args.users} clients spread over both",
                url,
                2,
                args,
                TOCSIN_REDIS_URL=args.redis_url,
                TOCSIN_REDIS_CHANNEL_PREFIX=prefix,
            )


if __name__ == "__main__":
    main()
