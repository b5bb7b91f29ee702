"""A user's hot reads at scale: 1,010,000 notifications across 10,000 users, on SQLite or PostgreSQL.

Measures over HTTP against one real `tocsin serve` with user tokens: the first page of
/v1/me/notifications, /v1/me/notifications/unread-count (many users, each request a random one of
200), and read-all for users with 1,000 unread each (the hot users' rows are made unread again by
SQL between rounds). Each figure is median, p99 and max; /healthz (no database, no auth) is
measured too, as the floor of what one HTTP round trip costs here.

The load generator is aiohttp (httpx's client spent more CPU per request than the server under
test). Requests are sequential on one keep-alive connection per measured set, as a bell makes
them. The client runs on the same machine and shares its 2 cores with the server (and with
whatever else runs there): the figures include the client's own time and the machine's noise.

The notifications are seeded by one INSERT ... SELECT per database (generate_series on
PostgreSQL, a recursive CTE on SQLite), then analyzed.

Run: .venv/bin/python -m bench.core_reads --database sqlite|postgresql
         [--notifications 1000000] [--users 10000] [--requests 2000] [--read-all-rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp
from sqlalchemy import text

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tests.servers import server_env, start_server
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.events.models import Event
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs import service as orgs
from tocsin.users.models import User

HOT_USERS = 10
HOT_UNREAD = 1000

# One row in three unread, a second apart, oldest first; the hot users' 1,000 unread are newest.
_FILL = {
    "postgresql": """
        INSERT INTO notifications (org_id, user_id, event_id, type, title, body, urgent, silent, data,
                                   created_at, read_at)
        SELECT :org, u.id, :event, 'manual', 'Note ' || g, 'Body of note ' || g, false, false, '{}'::jsonb,
               now() - make_interval(secs => :n - g), CASE WHEN g % 3 = 0 THEN NULL ELSE now() END
        FROM generate_series(1, :n) AS g
        JOIN users u ON u.org_id = :org AND u.username = 'u' || (g % :users)
        ORDER BY g
    """,
    "sqlite": """
        WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < :n)
        INSERT INTO notifications (org_id, user_id, event_id, type, title, body, urgent, silent, data,
                                   created_at, read_at)
        SELECT :org, u.id, :event, 'manual', 'Note ' || x, 'Body of note ' || x, 0, 0, '{}',
               strftime('%Y-%m-%d %H:%M:%S', 'now', '-' || (:n - x) || ' seconds') || '.000000',
               CASE WHEN x % 3 = 0 THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%S', 'now') || '.000000' END
        FROM g JOIN users u ON u.org_id = :org AND u.username = 'u' || (x % :users)
        ORDER BY x
    """,
}
_HOT = {
    "postgresql": """
        INSERT INTO notifications (org_id, user_id, event_id, type, title, body, urgent, silent, data, created_at)
        SELECT :org, u.id, :event, 'manual', 'Hot ' || g, '', false, false, '{}'::jsonb, now()
        FROM generate_series(1, :per) AS g
        JOIN users u ON u.org_id = :org AND u.username = 'hot' || :k
    """,
    "sqlite": """
        WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < :per)
        INSERT INTO notifications (org_id, user_id, event_id, type, title, body, urgent, silent, data, created_at)
        SELECT :org, u.id, :event, 'manual', 'Hot ' || x, '', 0, 0, '{}',
               strftime('%Y-%m-%d %H:%M:%S', 'now') || '.000000'
        FROM g JOIN users u ON u.org_id = :org AND u.username = 'hot' || :k
    """,
}


def fill(ctx: AppContext, kind: str, org_id: int, *, users: int, notifications: int) -> None:
    with unit_of_work(ctx.sessions) as s:
        event = Event(org_id=org_id, type="manual", entity={}, data={}, urgent=False, created_at=ctx.clock.now())
        s.add(event)
        s.flush()
        event_id = event.id
    started = time.perf_counter()
    with ctx.engine.begin() as conn:
        conn.execute(text(_FILL[kind]), {"org": org_id, "event": event_id, "n": notifications, "users": users})
        for k in range(HOT_USERS):
            conn.execute(text(_HOT[kind]), {"org": org_id, "event": event_id, "per": HOT_UNREAD, "k": k})
    loaded = time.perf_counter() - started
    with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE notifications" if kind == "postgresql" else "ANALYZE"))
    total = notifications + HOT_USERS * HOT_UNREAD
    print(f"loaded {total} notifications in {loaded:.1f} s (analyzed: {time.perf_counter() - started:.1f} s)")


def unread_again(ctx: AppContext, org_id: int) -> None:
    """The hot users' notifications unread (and unseen) again, for another round of read-all."""
    with ctx.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE notifications SET read_at = NULL, seen_at = NULL WHERE org_id = :org AND user_id IN"
                " (SELECT id FROM users WHERE org_id = :org AND username LIKE 'hot%')"
            ),
            {"org": org_id},
        )


def figures(samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (
        f"median {statistics.median(ordered):6.2f} ms  p99 {p99:6.2f} ms  max {ordered[-1]:6.2f} ms  n={len(ordered)}"
    )


async def timed(http: aiohttp.ClientSession, method: str, path: str, token: str) -> float:
    started = time.perf_counter()
    async with http.request(method, path, headers={"Authorization": f"Bearer {token}"}) as r:
        body = await r.read()
    elapsed = (time.perf_counter() - started) * 1000
    assert r.status == 200, body
    return elapsed


def connection(base_url: str) -> aiohttp.ClientSession:
    """One keep-alive connection: every request of the set goes on it, one after the other."""
    return aiohttp.ClientSession(base_url, connector=aiohttp.TCPConnector(limit=1), timeout=aiohttp.ClientTimeout(10))


async def measure(
    base_url: str, ctx: AppContext, org_id: int, tokens: list[str], hot: list[str], *, requests: int, rounds: int
) -> None:
    async with connection(base_url) as http:
        for token in tokens:  # warm up: every token checked once, connections and caches made
            await timed(http, "GET", "/v1/me/notifications", token)
            await timed(http, "GET", "/v1/me/notifications/unread-count", token)
        floor = [await timed(http, "GET", "/healthz", "") for _ in range(requests)]
        pages = [await timed(http, "GET", "/v1/me/notifications", random.choice(tokens)) for _ in range(requests)]
    async with connection(base_url) as http:
        counts = [
            await timed(http, "GET", "/v1/me/notifications/unread-count", random.choice(tokens))
            for _ in range(requests)
        ]
    read_all: list[float] = []
    async with connection(base_url) as http:
        for token in hot:
            await timed(http, "GET", "/v1/me/notifications/unread-count", token)
        async with http.get("/v1/me/notifications/unread-count", headers={"Authorization": f"Bearer {hot[0]}"}) as r:
            before = (await r.json())["unread"]
        for round_ in range(rounds):
            if round_:
                unread_again(ctx, org_id)
            this_round = [await timed(http, "POST", "/v1/me/notifications/read-all", t) for t in hot]
            print(f"  read-all round {round_ + 1}: {figures(this_round)}")
            read_all += this_round
    print(f"floor: /healthz (no db):    {figures(floor)}")
    print(f"first page (20 items):      {figures(pages)}")
    print(f"unread count:               {figures(counts)}")
    print(f"read-all, {before} unread:     {figures(read_all)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="postgresql")
    parser.add_argument("--notifications", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--read-all-rounds", type=int, default=3)
    args = parser.parse_args()
    with database(args.database) as url:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        org = make_org(ctx)
        org_id = org.org.id
        bulk_users(ctx, org_id, args.users, email=False)
        with unit_of_work(ctx.sessions) as s:
            now = ctx.clock.now()
            for k in range(HOT_USERS):
                s.add(User(org_id=org_id, username=f"hot{k}", roles=[], created_at=now, updated_at=now))
        fill(ctx, args.database, org_id, users=args.users, notifications=args.notifications)
        with ctx.sessions() as s:
            org_row = orgs_repo.get(s, org_id)
            assert org_row is not None
            tokens = [orgs.mint_token(ctx, org_row, f"u{i}") for i in random.sample(range(args.users), 200)]
            hot_tokens = [orgs.mint_token(ctx, org_row, f"hot{k}") for k in range(HOT_USERS)]
        log = Path(tempfile.mkdtemp()) / "serve.log"
        server = start_server(server_env(settings, TOCSIN_DB_POOL_SIZE="10"), log)
        print(f"{args.database}: server pid {server.process.pid}, log {log}")
        try:
            asyncio.run(
                measure(
                    server.base_url,
                    ctx,
                    org_id,
                    tokens,
                    hot_tokens,
                    requests=args.requests,
                    rounds=args.read_all_rounds,
                )
            )
        finally:
            server.stop()
            ctx.dispose()


if __name__ == "__main__":
    main()
