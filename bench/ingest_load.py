"""Sustained ingestion over HTTP: single-recipient `lead_assigned` events (in-app only) against one
`tocsin serve` of its own, at a fixed concurrency for a bounded time, with a `/healthz` prober.

Prints, per database: events accepted per second, latency p50/p99 of the accepted ones, how many
answers were 503 (back-pressure) and how many were any other 5xx (there should be none), and the
slowest `/healthz` answer. The load generator runs on the same machine as the server (uvloop, one
process), so the figures include its CPU time; on a shared machine they vary from run to run.

Run: .venv/bin/python -m bench.ingest_load [--concurrency 50] [--seconds 20] [--users 1000]
     [--only sqlite|postgresql] [--queue-size N] [--write-workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psutil
import uvloop

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tests.servers import server_env, start_server
from tocsin.context import AppContext

HEALTHZ_EVERY_SECONDS = 0.05


@dataclass
class Tally:
    accepted_ms: list[float] = field(default_factory=list)
    overloaded: int = 0
    other_5xx: int = 0
    other: dict[int, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    healthz_ms: list[float] = field(default_factory=list)
    healthz_failed: int = 0


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


async def _drive(base_url: str, api_key: str, *, users: int, concurrency: int, seconds: float, tally: Tally) -> float:
    # aiohttp, not httpx: at this rate httpx's client spends more CPU per request than the server
    # does, and the load generator shares the server's two cores.
    headers = {"Authorization": f"Bearer {api_key}"}
    connector = aiohttp.TCPConnector(limit=concurrency + 1)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(base_url, headers=headers, connector=connector, timeout=timeout) as api:
        stop_at = time.perf_counter() + seconds
        serial = 0

        async def one_client() -> None:
            nonlocal serial
            while time.perf_counter() < stop_at:
                serial += 1
                owner = serial % users
                body = {
                    "type": "lead_assigned",
                    "actor": f"u{(owner + 1) % users}",
                    "entity": {"type": "lead", "id": f"L{serial}", "name": f"Lead {serial}", "owner": f"u{owner}"},
                }
                began = time.perf_counter()
                try:
                    async with api.post("/v1/events", json=body) as r:
                        await r.read()
                        status, retry_after = r.status, r.headers.get("retry-after", "1")
                except (aiohttp.ClientError, TimeoutError) as exc:
                    tally.errors[type(exc).__name__] = tally.errors.get(type(exc).__name__, 0) + 1
                    continue
                took = (time.perf_counter() - began) * 1000
                if status == 202:
                    tally.accepted_ms.append(took)
                elif status == 503:
                    tally.overloaded += 1
                    await asyncio.sleep(float(retry_after))
                elif status >= 500:
                    tally.other_5xx += 1
                else:
                    tally.other[status] = tally.other.get(status, 0) + 1

        async def prober() -> None:
            async with aiohttp.ClientSession(base_url, timeout=timeout) as probe:
                while time.perf_counter() < stop_at:
                    began = time.perf_counter()
                    try:
                        async with probe.get("/healthz") as r:
                            await r.read()
                            ok = r.status == 200
                    except (aiohttp.ClientError, TimeoutError):
                        ok = False
                    tally.healthz_ms.append((time.perf_counter() - began) * 1000)
                    tally.healthz_failed += 0 if ok else 1
                    await asyncio.sleep(HEALTHZ_EVERY_SECONDS)

        began = time.perf_counter()
        await asyncio.gather(prober(), *(one_client() for _ in range(concurrency)))
        return time.perf_counter() - began


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the server process has used: per event, a figure that holds even
    when other work shares the machine, unlike the rate."""
    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def scenario(kind: str, args: argparse.Namespace) -> None:
    with database(kind) as url, tempfile.TemporaryDirectory() as folder:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        org = make_org(ctx, slug=f"load{secrets.token_hex(3)}")
        bulk_users(ctx, org.org.id, args.users, email=False)
        ctx.dispose()
        # The org's ingestion rate limit (1000/second per key by default) is raised: the write
        # path is measured, not the limiter, which would answer the excess 429 at once.
        env = server_env(
            settings,
            TOCSIN_WORKER_ENABLED="false",
            TOCSIN_LOG_LEVEL="warning",
            TOCSIN_RATE_LIMIT_INGEST="100000/second",
        )
        if args.queue_size:
            env["TOCSIN_WRITE_QUEUE_SIZE"] = str(args.queue_size)
        if args.write_workers:
            env["TOCSIN_WRITE_WORKERS"] = str(args.write_workers)
        server = start_server(env, Path(folder) / "server.log", timeout=60)
        try:
            warm = Tally()
            asyncio.run(_drive(server.base_url, org.api_key, users=args.users, concurrency=5, seconds=1, tally=warm))
            tally = Tally()
            cpu_before = _cpu_seconds(server.process.pid)
            elapsed = asyncio.run(
                _drive(
                    server.base_url,
                    org.api_key,
                    users=args.users,
                    concurrency=args.concurrency,
                    seconds=args.seconds,
                    tally=tally,
                )
            )
            cpu = _cpu_seconds(server.process.pid) - cpu_before
        finally:
            server.stop()
        accepted = len(tally.accepted_ms)
        print(
            f"{kind:<10} {accepted / elapsed:6.0f} events/s accepted at concurrency {args.concurrency} "
            f"({accepted} in {elapsed:.1f} s); latency p50 {statistics.median(tally.accepted_ms or [0]):.1f} ms, "
            f"p99 {_pct(tally.accepted_ms, 0.99):.1f} ms"
        )
        print(
            f"           5xx other than 503: {tally.other_5xx}; 503 (back-pressure): {tally.overloaded}; "
            f"other answers: {tally.other or 'none'}; transport errors: {tally.errors or 'none'}"
        )
        print(
            f"           server CPU per accepted event: {cpu / max(accepted, 1) * 1000:.2f} ms "
            f"({cpu / elapsed:.2f} cores busy on average)"
        )
        print(
            f"           /healthz every {HEALTHZ_EVERY_SECONDS * 1000:.0f} ms: {len(tally.healthz_ms)} probes, "
            f"max {max(tally.healthz_ms or [0]):.1f} ms, p99 {_pct(tally.healthz_ms, 0.99):.1f} ms, "
            f"failed {tally.healthz_failed}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--queue-size", type=int, default=0, help="TOCSIN_WRITE_QUEUE_SIZE for the server")
    parser.add_argument("--write-workers", type=int, default=0, help="TOCSIN_WRITE_WORKERS (PostgreSQL only)")
    args = parser.parse_args()
    uvloop.install()
    for kind in ("sqlite", "postgresql"):
        if args.only in (None, kind):
            scenario(kind, args)


if __name__ == "__main__":
    main()
