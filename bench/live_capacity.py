"""Live-bell capacity: how many WebSockets a `tocsin serve` takes in one storm, what each costs,
and how fast a broadcast reaches them all while the server keeps answering.

1. Starts `tocsin serve` (one, or --instances 3 joined by Redis; SQLite or --database postgresql).
2. Opens and closes 200 sockets (the servers' thread pools and database connections start: a
   cost per process, paid before the baseline), then opens --sockets WebSockets at once (aiohttp,
   one process, no pacing: a connect storm), each its own user, offering permessage-deflate as
   browsers do. A socket closed with 1013 (try again later) is retried after a random wait over
   the hinted window, as the bell does. Prints the time until every socket has its `hello`, and
   the server's RSS growth per open socket.
3. A probe process (its own event loop, so the clients' work does not stretch its clock) asks
   `/healthz` every 20 ms and posts single events to its own user every 50 ms; meanwhile one
   broadcast goes to every user. Prints the broadcast's time to the last socket (from the POST
   request and from the first socket's receipt), the server's own timing of the fan-out (read from
   its `/metrics`: `tocsin_fanout_seconds`, from the first batch offered to the last socket's send
   call, so without the clients' receive time) and the probe's p50/p99 during the broadcast. The
   probe's single pushes are timed from the POST request and from its 202 answer (the commit: from
   there the push is published directly, without waiting behind the broadcast's ingestion).

The clients share this machine's cores with the server(s), the database and Redis (2 cores here),
so every figure includes time spent waiting for a CPU: indicative, not a capacity guarantee.

Run: .venv/bin/python -m bench.live_capacity [--sockets 2000] [--full (15,000)]
     [--instances 3 --database postgresql] [--redis-url URL] [--env TOCSIN_X=Y ...] [--no-deflate]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import uvloop

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tests.servers import Proc, server_env, start_server
from tocsin.context import AppContext
from tocsin.kit.tokens import mint_user_token

FULL = 15_000
CLOSE_TRY_LATER = 1013
PROBE_USER = "probe0"
WARM_UP = 200


def raise_open_files() -> int:
    """The soft limit of open files raised to the hard one (each socket is a file); returns it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


@dataclass
class Crowd:
    sockets: list[aiohttp.ClientWebSocketResponse] = field(default_factory=list)
    refused: int = 0  # 1013 closes, each retried
    failed: int = 0  # other failures (connect errors), each retried
    seen: dict[str, list[float]] = field(default_factory=dict)
    waiting: dict[str, tuple[int, asyncio.Event]] = field(default_factory=dict)
    listeners: list[asyncio.Task[None]] = field(default_factory=list)
    closed: dict[int | None, int] = field(default_factory=dict)  # close codes of sockets the server closed

    def heard(self, seq: str) -> None:
        times = self.seen.setdefault(seq, [])
        times.append(time.perf_counter())
        wanted = self.waiting.get(seq)
        if wanted and len(times) >= wanted[0]:
            wanted[1].set()


async def _open_one(http: aiohttp.ClientSession, url: str, crowd: Crowd, deflate: bool) -> None:
    while True:
        try:
            ws = await http.ws_connect(
                url, compress=15 if deflate else 0, autoping=True, timeout=aiohttp.ClientWSTimeout(ws_close=5)
            )
        except (aiohttp.ClientError, OSError, TimeoutError):
            crowd.failed += 1
            await asyncio.sleep(random.uniform(0, 2))
            continue
        message = await ws.receive(timeout=120)
        if message.type == aiohttp.WSMsgType.TEXT and json.loads(message.data)["type"] == "hello":
            crowd.sockets.append(ws)
            # Read from now on: aiohttp answers the server's pings only while the socket is read,
            # and a storm of 10,000 takes longer than the server's ping timeout.
            crowd.listeners.append(asyncio.create_task(_listen(ws, crowd)))
            return
        # Closed before hello: 1013 carries a hint in its reason ("... retry in N"); full jitter over it.
        hint = _hint_seconds(ws.close_code, str(message.extra or ""))
        crowd.refused += ws.close_code == CLOSE_TRY_LATER
        await ws.close()
        await asyncio.sleep(random.uniform(0, hint))


def _hint_seconds(code: int | None, reason: str) -> float:
    digits = "".join(c if c.isdigit() or c == "." else " " for c in reason).split()
    return float(digits[0]) if code == CLOSE_TRY_LATER and digits else 1.0


async def _listen(ws: aiohttp.ClientWebSocketResponse, crowd: Crowd) -> None:
    async for message in ws:
        if message.type == aiohttp.WSMsgType.TEXT and '"notification"' in message.data:
            crowd.heard(str(json.loads(message.data)["notification"]["data"]["seq"]))
    crowd.closed[ws.close_code] = crowd.closed.get(ws.close_code, 0) + 1


async def _crowd(args: argparse.Namespace, urls: list[str], servers: list[Proc], api_key: str) -> None:
    crowd = Crowd()
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        # Warm-up: the first streams start the servers' thread pools and database connections, a
        # cost per process, not per socket; it is paid before the baseline.
        warm = Crowd()
        await asyncio.gather(*(_open_one(http, url, warm, not args.no_deflate) for url in urls[:WARM_UP]))
        await asyncio.gather(*(ws.close() for ws in warm.sockets))
        for task in warm.listeners:
            task.cancel()
        await asyncio.sleep(1)
        before = [rss_bytes(p.process.pid) for p in servers]
        began = time.perf_counter()
        await asyncio.gather(*(_open_one(http, url, crowd, not args.no_deflate) for url in urls))
        took = time.perf_counter() - began
        # Let the servers settle: handshake buffers released, and `tocsin serve` gives the storm's
        # free heap pages back (malloc_trim, checked every 5 s: serving/allocator.py).
        await asyncio.sleep(7)
        after = [rss_bytes(p.process.pid) for p in servers]
        per = (sum(after) - sum(before)) / len(urls)
        print(
            f"  {len(urls)} sockets opened at once: all had hello after {took:.1f} s "
            f"({crowd.refused} closes 1013 and {crowd.failed} connect failures retried)"
        )
        grew = ", ".join(f"{b / 2**20:.0f} -> {a / 2**20:.0f} MB" for b, a in zip(before, after, strict=True))
        print(f"  server RSS: {grew}; {per / 1024:.1f} KB per open socket")
        await _broadcast(http, servers, api_key, crowd, len(urls), args)
        if crowd.closed:
            print(f"  sockets the server closed (by close code): {crowd.closed}")
        for task in crowd.listeners:
            task.cancel()
        await asyncio.gather(*(ws.close() for ws in crowd.sockets), return_exceptions=True)


async def _broadcast(
    http: aiohttp.ClientSession, servers: list[Proc], api_key: str, crowd: Crowd, count: int, args: argparse.Namespace
) -> None:
    probe = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.live_capacity",
            "--probe",
            servers[0].base_url,
            "--probe-key",
            api_key,
            "--probe-token",
            args.probe_token,
            "--probe-seconds",
            "6",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    await asyncio.sleep(2.5)  # the probe is connected and measuring
    fanned = await _fanout_figures(http, servers)
    for n in range(1):
        seq = f"b{n}"
        done = asyncio.Event()
        crowd.waiting[seq] = (count, done)
        sent = time.perf_counter()
        body = {"type": "broadcast", "data": {"seq": seq, "message": "All hands"}}
        async with http.post(
            f"{servers[0].base_url}/v1/events", json=body, headers={"Authorization": f"Bearer {api_key}"}
        ) as r:
            answer = await r.json()
            answered = time.perf_counter()
        assert r.status == 202, answer
        try:
            await asyncio.wait_for(done.wait(), timeout=120)
        except TimeoutError:
            print(f"  broadcast: only {len(crowd.seen.get(seq, []))} of {count} sockets heard it within 120 s")
            continue
        times = crowd.seen[seq]
        last, first = max(times), min(times)
        print(
            f"  broadcast to {count} sockets: last socket {(last - sent) * 1000:.0f} ms after the POST request "
            f"({(answered - sent) * 1000:.0f} ms ingesting; first -> last socket {(last - first) * 1000:.0f} ms)"
        )
    await asyncio.sleep(0.5)
    after = await _fanout_figures(http, servers)
    rounds, took, handed = (a - b for a, b in zip(after, fanned, strict=True))
    print(
        f"  server-side fan-out (tocsin_fanout_seconds): {rounds:.0f} fan-out(s), {took * 1000:.0f} ms in all "
        f"for {handed:.0f} sockets (first batch offered -> last socket's send call)"
    )
    out, _ = probe.communicate(timeout=60)
    figures = json.loads(out.strip().splitlines()[-1])
    print(
        f"  meanwhile (probe process, 6 s around the broadcast): /healthz p50 {figures['health_p50']:.1f} ms, "
        f"p99 {figures['health_p99']:.1f} ms, max {figures['health_max']:.1f} ms (n={figures['health_n']}); "
        f"single push p50 {figures['push_p50']:.1f} ms, p99 {figures['push_p99']:.1f} ms, "
        f"max {figures['push_max']:.1f} ms (n={figures['push_n']}, from POST request to receipt); "
        f"from the 202 answer to receipt p50 {figures['direct_p50']:.1f} ms, p99 {figures['direct_p99']:.1f} ms, "
        f"max {figures['direct_max']:.1f} ms"
    )


async def _fanout_figures(http: aiohttp.ClientSession, servers: list[Proc]) -> tuple[float, float, float]:
    """The servers' fan-out metrics summed: (fan-outs, seconds, sockets handed)."""
    names = ("tocsin_fanout_seconds_count", "tocsin_fanout_seconds_sum", "tocsin_fanout_sockets_total")
    totals = dict.fromkeys(names, 0.0)
    for server in servers:
        async with http.get(f"{server.base_url}/metrics") as r:
            for line in (await r.text()).splitlines():
                name, _, value = line.partition(" ")
                if name in totals:
                    totals[name] += float(value)
    return totals[names[0]], totals[names[1]], totals[names[2]]


async def _probe(base: str, api_key: str, token: str, seconds: float) -> None:
    """Its own process: /healthz every 20 ms, a single event to itself every 50 ms."""
    health: list[float] = []
    pushes: list[float] = []
    direct: list[float] = []
    sent: dict[str, float] = {}
    answered: dict[str, float] = {}
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(f"{base.replace('http', 'ws')}/v1/me/stream?token={token}")
        await ws.receive()
        stop = time.perf_counter() + seconds

        async def listen() -> None:
            async for message in ws:
                data = json.loads(message.data)
                seq = data.get("notification", {}).get("data", {}).get("seq", "")
                if seq in sent:
                    now = time.perf_counter()
                    pushes.append((now - sent.pop(seq)) * 1000)
                    direct.append((now - answered.pop(seq, now)) * 1000)

        async def ask_health() -> None:
            while time.perf_counter() < stop:
                t = time.perf_counter()
                async with http.get(f"{base}/healthz") as r:
                    await r.read()
                health.append((time.perf_counter() - t) * 1000)
                await asyncio.sleep(0.02)

        async def push() -> None:
            n = 0
            headers = {"Authorization": f"Bearer {api_key}"}
            while time.perf_counter() < stop:
                seq = f"p{n}"
                n += 1
                sent[seq] = time.perf_counter()
                body = {"type": "manual", "recipients": [PROBE_USER], "data": {"seq": seq}}
                async with http.post(f"{base}/v1/events", json=body, headers=headers) as r:
                    if seq in sent:  # not yet heard: the push left after the answer
                        answered[seq] = time.perf_counter()
                    await r.read()
                await asyncio.sleep(0.05)

        listener = asyncio.create_task(listen())
        await asyncio.gather(ask_health(), push())
        await asyncio.sleep(1)
        listener.cancel()
    print(
        json.dumps(
            {
                "health_p50": statistics.median(health),
                "health_p99": pct(health, 0.99),
                "health_max": max(health),
                "health_n": len(health),
                "push_p50": statistics.median(pushes) if pushes else float("nan"),
                "push_p99": pct(pushes, 0.99),
                "push_max": max(pushes, default=float("nan")),
                "push_n": len(pushes),
                "direct_p50": statistics.median(direct) if direct else float("nan"),
                "direct_p99": pct(direct, 0.99),
                "direct_max": max(direct, default=float("nan")),
            }
        )
    )


@contextmanager
def _servers(url: str, count: int, log_dir: Path, env: dict[str, str]) -> Iterator[list[Proc]]:
    settings = bench_settings(url)
    procs: list[Proc] = []
    try:
        for i in range(count):
            overrides = {"TOCSIN_WORKER_ENABLED": "false", "TOCSIN_LOG_LEVEL": "warning", **env}
            procs.append(start_server(server_env(settings, **overrides), log_dir / f"server-{i}.log", timeout=60))
        yield procs
    except BaseException:
        for proc in procs:
            print(f"--- {proc.log_path.name} (last lines)\n{proc.log()[-3000:]}")
        raise
    finally:
        for proc in procs:
            proc.stop(timeout=30)


def run(args: argparse.Namespace) -> None:
    sockets = FULL if args.full else args.sockets
    env = dict(item.split("=", 1) for item in args.env)
    if args.instances > 1:
        env |= {"TOCSIN_REDIS_URL": args.redis_url, "TOCSIN_REDIS_CHANNEL_PREFIX": f"bench-{secrets.token_hex(4)}"}
    print(
        f"machine: {os.cpu_count()} cores shared by the {sockets} clients (one process), the probe, "
        f"{args.instances} server(s), the database and Redis; open files limit {raise_open_files()}"
    )
    print(
        f"{args.instances} tocsin serve ({args.database}), {sockets} sockets"
        f"{', deflate offered' if not args.no_deflate else ''}{', ' + ' '.join(args.env) if args.env else ''}"
    )
    with database(args.database) as url:
        ctx = AppContext.build(bench_settings(url))
        org = make_org(ctx, slug=f"cap{secrets.token_hex(3)}")
        bulk_users(ctx, org.org.id, sockets, email=False)
        bulk_users(ctx, org.org.id, 1, prefix="probe", email=False)
        ctx.dispose()
        now = datetime.now(UTC)

        def token(name: str) -> str:
            return mint_user_token(
                username=name, org=org.org.slug, secret=org.signing_secret, now=now, ttl=timedelta(hours=2)
            )

        args.probe_token = token(PROBE_USER)
        with tempfile.TemporaryDirectory() as folder, _servers(url, args.instances, Path(folder), env) as procs:
            urls = [
                f"ws://127.0.0.1:{procs[i % len(procs)].port}/v1/me/stream?token={token(f'u{i}')}"
                for i in range(sockets)
            ]
            uvloop.run(_crowd(args, urls, procs, org.api_key))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sockets", type=int, default=2000)
    parser.add_argument("--full", action="store_true", help=f"{FULL:,} sockets")
    parser.add_argument("--instances", type=int, default=1)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--redis-url", default=os.environ.get("TOCSIN_BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"))
    parser.add_argument("--env", action="append", default=[], help="TOCSIN_X=Y for the server(s)")
    parser.add_argument("--no-deflate", action="store_true", help="clients do not offer permessage-deflate")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--probe-key", help=argparse.SUPPRESS)
    parser.add_argument("--probe-token", help=argparse.SUPPRESS)
    parser.add_argument("--probe-seconds", type=float, default=6.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        uvloop.run(_probe(args.probe, args.probe_key, args.probe_token, args.probe_seconds))
        return
    if args.instances > 1 and args.database == "sqlite":
        parser.error("several instances need --database postgresql")
    run(args)


if __name__ == "__main__":
    main()
