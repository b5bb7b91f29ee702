"""A herd of bells against one fresh `tocsin serve` with default settings.

(a) `--users` different users each open their bell at the same moment: their first page
    (`GET /v1/me/notifications?limit=20`) and their unread count, all requests sent at once.
(b) `--events` events (`POST /v1/events`) and the reads of (a) at once.

Prints, per scenario: the answers' status counts, how many hung past 10 s (or got no answer), the
slowest answer, whether every 503 and 429 carried Retry-After, and how long after the burst's
last answer a plain read was answered normally again (200 within a second). Targets: no 500, none
hung, normal again within 2 s; every event answered 202 or 503 with Retry-After.

The load generator (aiohttp, one process) runs on the same machine as the server and shares its
two cores, so the times include its CPU work; on a shared machine they vary from run to run.

Run: .venv/bin/python -m bench.herd [--db sqlite|postgresql] [--users 500] [--events 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tests.servers import server_env, start_server
from tocsin.context import AppContext
from tocsin.kit.tokens import mint_user_token

HUNG_SECONDS = 10.0
NORMAL_SECONDS = 1.0
GIVE_UP_SECONDS = 120.0


@dataclass
class Tally:
    statuses: Counter[int | str] = field(default_factory=Counter)
    hung: int = 0
    slowest: float = 0.0
    missing_retry_after: int = 0

    def add(self, status: int | str, took: float, retry_after: str | None) -> None:
        self.statuses[status] += 1
        self.slowest = max(self.slowest, took)
        if not isinstance(status, int) or took > HUNG_SECONDS:
            self.hung += 1
        if status in (429, 503) and not retry_after:
            self.missing_retry_after += 1

    def line(self, what: str) -> str:
        counts = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items(), key=lambda kv: str(kv[0])))
        retry = "yes" if self.missing_retry_after == 0 else f"no ({self.missing_retry_after} without)"
        return (
            f"  {what}: {counts}; hung > {HUNG_SECONDS:g} s: {self.hung}; slowest {self.slowest:.2f} s; "
            f"every 503/429 had Retry-After: {retry}"
        )


async def _one(http: aiohttp.ClientSession, method: str, path: str, tally: Tally, **kwargs: object) -> None:
    began = time.perf_counter()
    try:
        async with http.request(method, path, **kwargs) as r:  # type: ignore[arg-type]
            await r.read()
            tally.add(r.status, time.perf_counter() - began, r.headers.get("Retry-After"))
    except (aiohttp.ClientError, TimeoutError) as exc:
        tally.add(type(exc).__name__, time.perf_counter() - began, None)


def _reads(http: aiohttp.ClientSession, tokens: list[str], tally: Tally) -> list[asyncio.Future[None]]:
    jobs = []
    for token in tokens:
        auth = {"Authorization": f"Bearer {token}"}
        jobs.append(_one(http, "GET", "/v1/me/notifications?limit=20", tally, headers=auth))
        jobs.append(_one(http, "GET", "/v1/me/notifications/unread-count", tally, headers=auth))
    return [asyncio.ensure_future(job) for job in jobs]


def _event(n: int, users: int) -> dict[str, object]:
    owner = random.randrange(users)
    return {
        "type": "lead_assigned",
        "actor": f"u{(owner + 1) % users}",
        "entity": {"type": "lead", "id": f"H{n}", "name": f"Lead {n}", "owner": f"u{owner}"},
    }


async def _normal_again(http: aiohttp.ClientSession, token: str) -> float:
    """Seconds from now until a plain read is answered 200 within NORMAL_SECONDS."""
    began = time.perf_counter()
    while time.perf_counter() - began < GIVE_UP_SECONDS:
        asked = time.perf_counter()
        try:
            async with http.get("/v1/me/notifications?limit=20", headers={"Authorization": f"Bearer {token}"}) as r:
                await r.read()
                if r.status == 200 and time.perf_counter() - asked <= NORMAL_SECONDS:
                    return time.perf_counter() - began
        except (aiohttp.ClientError, TimeoutError):
            pass
        await asyncio.sleep(0.05)
    return float("inf")


async def _run(base_url: str, api_key: str, tokens: list[str], *, events: int) -> None:
    # A connection per request, as from as many separate clients (and no kept-alive connection
    # that the server closed while idle between the scenarios).
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    timeout = aiohttp.ClientTimeout(total=GIVE_UP_SECONDS)
    async with aiohttp.ClientSession(base_url, connector=connector, timeout=timeout) as http:
        api = {"Authorization": f"Bearer {api_key}"}
        # Every user gets a notification first, so each first page has something to read.
        seeded = Tally()
        for start in range(0, len(tokens), 50):
            await asyncio.gather(
                *(
                    _one(http, "POST", "/v1/events", seeded, headers=api, json=_event(i, len(tokens)))
                    for i in range(start, min(start + 50, len(tokens)))
                )
            )
        print(seeded.line("seeding events"))

        print(f"(a) {len(tokens)} users' first page + unread count at once")
        reads = Tally()
        began = time.perf_counter()
        await asyncio.gather(*_reads(http, tokens, reads))
        burst = time.perf_counter() - began
        normal = await _normal_again(http, tokens[0])
        print(reads.line("reads"))
        print(f"  burst answered in {burst:.2f} s; normal again {normal:.2f} s after its last answer")

        print(f"(b) {events} events + {2 * len(tokens)} reads at once")
        posted, read = Tally(), Tally()
        began = time.perf_counter()
        writes = [
            asyncio.ensure_future(_one(http, "POST", "/v1/events", posted, headers=api, json=_event(n, len(tokens))))
            for n in range(len(tokens), len(tokens) + events)
        ]
        await asyncio.gather(*writes, *_reads(http, tokens, read))
        burst = time.perf_counter() - began
        normal = await _normal_again(http, tokens[0])
        print(posted.line("events"))
        print(read.line("reads"))
        print(f"  burst answered in {burst:.2f} s; normal again {normal:.2f} s after its last answer")


def scenario(kind: str, args: argparse.Namespace) -> None:
    with database(kind) as url, tempfile.TemporaryDirectory() as folder:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        org = make_org(ctx, slug=f"herd{secrets.token_hex(3)}")
        bulk_users(ctx, org.org.id, args.users, email=False)
        ctx.dispose()
        now = datetime.now(UTC)
        tokens = [
            mint_user_token(
                username=f"u{i}", org=org.org.slug, secret=org.signing_secret, now=now, ttl=timedelta(hours=1)
            )
            for i in range(args.users)
        ]
        # Default settings: only the database, the secret and the log level are given.
        env = server_env(settings, TOCSIN_LOG_LEVEL="warning")
        server = start_server(env, Path(folder) / "server.log", timeout=60)
        try:
            print(f"{kind}: {args.users} users")
            asyncio.run(_run(server.base_url, org.api_key, tokens, events=args.events))
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--events", type=int, default=1000)
    args = parser.parse_args()
    scenario(args.db, args)


if __name__ == "__main__":
    main()
