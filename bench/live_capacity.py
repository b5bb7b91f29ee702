"""Live-bell capacity: how many WebSockets a `tocsin serve` takes in one storm, what each costs,
and how fast a broadcast reaches them all while the server keeps answering.

1. Starts `tocsin serve` (one, or --instances 3 joined by Redis; SQLite or --database postgresql).
2. Opens and closes 200 sockets (the servers' thread pools and database connections start: a
   cost per process, paid before the baseline), then opens --sockets WebSockets at once (no
   pacing: a connect storm), each its own user, offering permessage-deflate as browsers do. The
   clients are tests/wsclients.py (asyncio Protocols on uvloop driving websockets' sans-I/O
   client) in --client-processes K processes (default 1; each needs an open file per socket),
   which report to this one over a pipe in JSON lines. A socket closed with 1013 (try again
   later) is retried after a random wait over the hinted window, as the bell does; a failed
   attempt after full-jitter back-off. Prints the time until every socket has its `hello`, the
   client processes' CPU time and RSS per socket for the storm, and the servers' RSS growth per
   open socket.
3. A probe process (its own event loop, so the clients' work does not stretch its clock) asks
   `/healthz` every 20 ms and posts single events to its own user every 50 ms for 10 s; 4 s in,
   two broadcasts go to every user, one after the other (the first reads the org's directory, the
   second finds it cached). Prints the broadcast's time to the last socket (from the POST
   request and from the first socket's receipt), the server's own timing of the fan-out (read from
   its `/metrics`: `tocsin_fanout_seconds`, from the first batch offered to the last socket's
   write, so without the clients' receive time) and the probe's p50/p99: for the 4 s with every
   socket open before the broadcasts, and for the whole 10 s. The probe's single pushes are timed
   from the POST request and from its 202 answer (the commit: from there the push is published
   directly, without waiting behind an ingestion in the write queue).

The clients share this machine's cores with the server(s), the database and Redis (2 cores here),
so every figure includes time spent waiting for a CPU: indicative, not a capacity guarantee.

Run: .venv/bin/python -m bench.live_capacity [--sockets 2000] [--full (15,000)]
     [--instances 3 --database postgresql] [--client-processes K] [--redis-url URL] [--env TOCSIN_X=Y ...]
     [--no-deflate]
e.g. .venv/bin/python -m bench.live_capacity --instances 3 --database postgresql --client-processes 2 --sockets 30000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import uvloop

from bench.common import bench_settings, database, make_org, started_servers
from tests.factories import bulk_users
from tests.servers import Proc
from tests.wsclients import Crowd, raise_open_files
from tocsin.context import AppContext
from tocsin.kit.tokens import mint_user_token

FULL = 15_000
OPEN_TIMEOUT = 300  # seconds for a storm to get every socket its hello
PROBE_USER = "probe0"
WARM_UP = 200
PROBE_SECONDS = 10.0  # the probe's window: PROBE_BEFORE seconds with every socket open, then the broadcast
PROBE_BEFORE = 4.0


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


# The client processes: each holds its share of the sockets (tests/wsclients.py) and talks to the
# parent in JSON lines: stdin takes commands ("go", {"heard": seq}, "stop"), stdout answers. Times
# are time.monotonic(), one clock for every process of the machine.


async def _client_process(urls_file: str, deflate: bool) -> None:
    urls = json.loads(Path(urls_file).read_text())
    raise_open_files()
    crowd = Crowd(urls, deflate=deflate)
    loop = asyncio.get_running_loop()
    commands = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(commands), sys.stdin)

    def say(**fields: object) -> None:
        sys.stdout.write(json.dumps(fields) + "\n")
        sys.stdout.flush()

    say(ready=len(urls))
    while line := await commands.readline():
        command = json.loads(line)
        if command == "go":
            cpu, rss = time.process_time(), rss_bytes(os.getpid())
            crowd.start()
            done = await crowd.until(crowd.all_open, timeout=OPEN_TIMEOUT)
            say(
                cpu=time.process_time() - cpu,
                rss=rss_bytes(os.getpid()) - rss,
                opened=done,
                have=crowd.open_count,
                last_hello=crowd.last_hello,
                refused=crowd.refused,
                failed=crowd.failed,
                failures=crowd.failures,
            )
        elif command == "stop":
            closes = {str(code): n for code, n in crowd.closes.items()}
            await crowd.stop()
            say(closes=closes)
            return
        else:
            times = crowd.seen.setdefault(command["heard"], [])
            await crowd.until(lambda: len(times) >= len(urls), timeout=command["timeout"])  # noqa: B023
            say(heard=len(times), first=min(times, default=0), last=max(times, default=0))


@dataclass
class Clients:
    """The client processes, seen from the parent."""

    procs: list[asyncio.subprocess.Process]

    @classmethod
    async def start(cls, urls: list[str], count: int, folder: Path, deflate: bool) -> Clients:
        procs = []
        for k in range(count):
            path = folder / f"urls-{k}.json"
            path.write_text(json.dumps(urls[k::count]))
            argv = ["-m", "bench.live_capacity", "--client-urls", str(path)] + ([] if deflate else ["--no-deflate"])
            procs.append(
                await asyncio.create_subprocess_exec(
                    sys.executable, *argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE
                )
            )
        clients = cls(procs)
        await clients.answers()  # every process is up and has its URLs: the storm starts at once
        return clients

    async def tell(self, command: object) -> None:
        for proc in self.procs:
            assert proc.stdin is not None
            proc.stdin.write(json.dumps(command).encode() + b"\n")
            await proc.stdin.drain()

    async def answers(self) -> list[dict[str, Any]]:
        async def one(proc: asyncio.subprocess.Process) -> dict[str, Any]:
            assert proc.stdout is not None
            line = await proc.stdout.readline()
            if not line:
                raise RuntimeError(f"a client process ended (exit code {await proc.wait()})")
            return json.loads(line)  # type: ignore[no-any-return]

        return await asyncio.gather(*(one(proc) for proc in self.procs))

    async def stop(self) -> dict[str, int]:
        await self.tell("stop")
        closes: Counter[str] = Counter()
        for answer in await self.answers():
            closes.update(answer["closes"])
        for proc in self.procs:
            await proc.wait()
        return dict(closes)


async def _warm_up(urls: list[str]) -> None:
    """The first streams start the servers' thread pools and database connections, a cost per
    process, not per socket; it is paid before the baseline."""
    crowd = Crowd(urls)
    crowd.start()
    opened = await crowd.until(crowd.all_open, timeout=OPEN_TIMEOUT)
    await crowd.stop()
    if not opened:
        raise RuntimeError(f"warm-up: only {crowd.open_count} of {len(urls)} sockets had hello")


async def _crowd(args: argparse.Namespace, urls: list[str], servers: list[Proc], api_key: str, folder: Path) -> None:
    await _warm_up(urls[:WARM_UP])
    clients = await Clients.start(urls, args.client_processes, folder, not args.no_deflate)
    await asyncio.sleep(1)
    before = [rss_bytes(p.process.pid) for p in servers]
    began = time.monotonic()
    await clients.tell("go")
    opened = await clients.answers()
    refused, failed = sum(a["refused"] for a in opened), sum(a["failed"] for a in opened)
    retried = f"({refused} closes 1013 and {failed} connect failures retried)"
    if not all(a["opened"] for a in opened):
        have = sum(a["have"] for a in opened)
        print(f"  {len(urls)} sockets opened at once: only {have} had hello after {OPEN_TIMEOUT} s {retried}")
    else:
        took = max(a["last_hello"] for a in opened) - began
        print(f"  {len(urls)} sockets opened at once: all had hello after {took:.1f} s {retried}")
    failures: Counter[str] = Counter()
    for answer in opened:
        failures.update(answer["failures"])
    if failures:
        print(f"  failed attempts by kind: {dict(failures.most_common())}")
    cpu, rss = sum(a["cpu"] for a in opened), sum(a["rss"] for a in opened)
    print(
        f"  client processes: {cpu:.1f} CPU seconds for the storm ({cpu / len(urls) * 1e6:.0f} us per socket), "
        f"RSS growth {rss / len(urls) / 1024:.1f} KB per socket"
    )
    # Let the servers settle: handshake buffers released, and `tocsin serve` gives the storm's
    # free heap pages back (malloc_trim, checked every 5 s: serving/allocator.py).
    await asyncio.sleep(7)
    after = [rss_bytes(p.process.pid) for p in servers]
    per = (sum(after) - sum(before)) / len(urls)
    grew = ", ".join(f"{b / 2**20:.0f} -> {a / 2**20:.0f} MB" for b, a in zip(before, after, strict=True))
    print(f"  server RSS: {grew}; {per / 1024:.1f} KB per open socket")
    async with aiohttp.ClientSession() as http:
        await _broadcast(http, servers, api_key, clients, len(urls), args)
    closes = await clients.stop()
    if closes:
        print(f"  sockets the server closed (by close code): {closes}")


async def _broadcast(
    http: aiohttp.ClientSession,
    servers: list[Proc],
    api_key: str,
    clients: Clients,
    count: int,
    args: argparse.Namespace,
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
            str(PROBE_SECONDS),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    await asyncio.sleep(PROBE_BEFORE)  # the probe is connected and measuring, every socket open
    first_sent = 0.0
    # Two broadcasts: the first reads the org's directory (every active user's facts, cached at
    # the org's users version), the second finds it cached, as a server's later broadcasts do.
    for n, which in enumerate(("first", "second")):
        fanned = await _fanout_figures(http, servers)
        seq = f"b{n}"
        await clients.tell({"heard": seq, "timeout": 120})
        sent = time.monotonic()
        first_sent = first_sent or sent
        body = {"type": "broadcast", "data": {"seq": seq, "message": "All hands"}}
        async with http.post(
            f"{servers[0].base_url}/v1/events", json=body, headers={"Authorization": f"Bearer {api_key}"}
        ) as r:
            answer = await r.json()
            answered = time.monotonic()
        assert r.status == 202, answer
        heard = await clients.answers()
        if sum(h["heard"] for h in heard) < count:
            got = sum(h["heard"] for h in heard)
            print(f"  {which} broadcast: only {got} of {count} sockets heard it within 120 s")
        else:
            last, first = max(h["last"] for h in heard), min(h["first"] for h in heard)
            print(
                f"  {which} broadcast to {count} sockets: last socket {(last - sent) * 1000:.0f} ms after the POST "
                f"request ({(answered - sent) * 1000:.0f} ms ingesting; first -> last socket "
                f"{(last - first) * 1000:.0f} ms)"
            )
        await asyncio.sleep(0.5)
        after = await _fanout_figures(http, servers)
        rounds, took, handed = (a - b for a, b in zip(after, fanned, strict=True))
        print(
            f"    server-side fan-out (tocsin_fanout_seconds): {rounds:.0f} fan-out(s), {took * 1000:.0f} ms in all "
            f"for {handed:.0f} sockets (first batch offered -> last socket's write)"
        )
    out, _ = probe.communicate(timeout=60)
    samples = json.loads(out.strip().splitlines()[-1])
    before = {k: [x for x in v if x[0] < first_sent] for k, v in samples.items()}
    print(f"  every socket open, before the broadcast (probe process, {PROBE_BEFORE:.0f} s): {_probe_line(before)}")
    whole = f"the whole probe ({PROBE_SECONDS:.0f} s, the broadcasts from {PROBE_BEFORE:.0f} s in)"
    print(f"  {whole}: {_probe_line(samples)}")


def _probe_line(samples: dict[str, list[list[float]]]) -> str:
    health = [ms for _, ms in samples["health"]]
    posted = [ms for _, ms, _ in samples["pushes"]]
    direct = [ms for _, _, ms in samples["pushes"]]

    def stats(values: list[float]) -> str:
        if not values:
            return "no samples"
        return f"p50 {statistics.median(values):.1f} ms, p99 {pct(values, 0.99):.1f} ms, max {max(values):.1f} ms"

    return (
        f"/healthz {stats(health)} (n={len(health)}); single push from its 202 answer to receipt {stats(direct)} "
        f"(n={len(direct)}), from the POST request {stats(posted)}"
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
    """Its own process: /healthz every 20 ms, a single event to itself every 50 ms. Prints its
    samples as one JSON line, each with its start on the machine's monotonic clock (the parent
    splits them at the broadcast's POST)."""
    health: list[tuple[float, float]] = []
    pushes: list[tuple[float, float, float]] = []
    sent: dict[str, float] = {}
    answered: dict[str, float] = {}
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(f"{base.replace('http', 'ws')}/v1/me/stream?token={token}")
        await ws.receive()
        stop = time.monotonic() + seconds

        async def listen() -> None:
            async for message in ws:
                data = json.loads(message.data)
                seq = data.get("notification", {}).get("data", {}).get("seq", "")
                if seq in sent:
                    now = time.monotonic()
                    began = sent.pop(seq)
                    pushes.append((began, (now - began) * 1000, (now - answered.pop(seq, now)) * 1000))

        async def ask_health() -> None:
            while time.monotonic() < stop:
                t = time.monotonic()
                async with http.get(f"{base}/healthz") as r:
                    await r.read()
                health.append((t, (time.monotonic() - t) * 1000))
                await asyncio.sleep(0.02)

        async def push() -> None:
            n = 0
            headers = {"Authorization": f"Bearer {api_key}"}
            while time.monotonic() < stop:
                seq = f"p{n}"
                n += 1
                sent[seq] = time.monotonic()
                body = {"type": "manual", "recipients": [PROBE_USER], "data": {"seq": seq}}
                async with http.post(f"{base}/v1/events", json=body, headers=headers) as r:
                    if seq in sent:  # not yet heard: the push left after the answer
                        answered[seq] = time.monotonic()
                    await r.read()
                await asyncio.sleep(0.05)

        listener = asyncio.create_task(listen())
        await asyncio.gather(ask_health(), push())
        await asyncio.sleep(1)
        listener.cancel()
    print(json.dumps({"health": health, "pushes": pushes}))


def run(args: argparse.Namespace) -> None:
    sockets = FULL if args.full else args.sockets
    env = dict(item.split("=", 1) for item in args.env)
    if args.instances > 1:
        env |= {"TOCSIN_REDIS_URL": args.redis_url, "TOCSIN_REDIS_CHANNEL_PREFIX": f"bench-{secrets.token_hex(4)}"}
    print(
        f"machine: {os.cpu_count()} cores shared by the {sockets} clients ({args.client_processes} process(es)), "
        f"the probe, "
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
        with tempfile.TemporaryDirectory() as folder, started_servers(url, args.instances, Path(folder), env) as procs:
            urls = [
                f"ws://127.0.0.1:{procs[i % len(procs)].port}/v1/me/stream?token={token(f'u{i}')}"
                for i in range(sockets)
            ]
            uvloop.run(_crowd(args, urls, procs, org.api_key, Path(folder)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sockets", type=int, default=2000)
    parser.add_argument("--full", action="store_true", help=f"{FULL:,} sockets")
    parser.add_argument("--instances", type=int, default=1)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--redis-url", default=os.environ.get("TOCSIN_BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"))
    parser.add_argument("--env", action="append", default=[], help="TOCSIN_X=Y for the server(s)")
    parser.add_argument("--no-deflate", action="store_true", help="clients do not offer permessage-deflate")
    parser.add_argument(
        "--client-processes", type=int, default=1, help="processes the sockets are split over (each under 20,000)"
    )
    parser.add_argument("--client-urls", help=argparse.SUPPRESS)
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--probe-key", help=argparse.SUPPRESS)
    parser.add_argument("--probe-token", help=argparse.SUPPRESS)
    parser.add_argument("--probe-seconds", type=float, default=6.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client_urls:
        uvloop.run(_client_process(args.client_urls, not args.no_deflate))
        return
    if args.probe:
        uvloop.run(_probe(args.probe, args.probe_key, args.probe_token, args.probe_seconds))
        return
    if args.instances > 1 and args.database == "sqlite":
        parser.error("several instances need --database postgresql")
    run(args)


if __name__ == "__main__":
    main()
