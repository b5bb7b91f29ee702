"""Figures for template abuse: a `tocsin serve` of its own (SQLite by default) takes the template
probe's attacks while another org sends events.

    .venv/bin/python -m bench.template_abuse [--db sqlite|postgresql] [--events N]

Prints:
- the `{{ lipsum(10**6) }}` preview's status and answer time;
- saving the event-type title `{{ lipsum(data.n|default(1)|int,false,20,21)[:0] }}`: status, time;
- the same title stored directly (as a row saved before the limits existed would hold it), then
  a title that runs until its time budget stops it, each under events with `data.n = 200000`:
  status, time and the warnings;
- the server's RSS before and after (psutil), and another org's event answer times meanwhile.

Targets: refused or cut within 1 s, RSS growth at most 50 MB, the other org's events within 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
import psutil
from sqlalchemy import select

from bench.common import bench_settings, database, describe, make_org
from tests.servers import server_env, start_server
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.event_types.models import EventType

MB = 1024 * 1024
LIPSUM_PREVIEW = "{{ lipsum(10**6) }}"
LIPSUM_TITLE = "{{ lipsum(data.n|default(1)|int,false,20,21)[:0] }}"
# A title within every per-call limit that runs until the title's time budget stops it.
HEAVY_TITLE = "{% for i in range(250) %}{{ range(250)|map('string')|sort|unique|join|length }}{% endfor %}"
LEAD = {"type": "lead", "id": "L1", "name": "Jane Smith", "owner": "jane"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--events", type=int, default=20, help="attacking events (and 5x as many of the other org's)")
    args = parser.parse_args()
    with database(args.db) as url, tempfile.TemporaryDirectory() as folder:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        attacker, victim = make_org(ctx, "attacker"), make_org(ctx, "victim")
        env = server_env(settings, TOCSIN_RATE_LIMIT_INGEST="100000/second", TOCSIN_RATE_LIMIT_ADMIN="100000/second")
        server = start_server(env, Path(folder) / "server.log", timeout=60)
        try:
            asyncio.run(
                _run(
                    server.base_url,
                    ctx,
                    attacker.org.id,
                    attacker.api_key,
                    victim.api_key,
                    psutil.Process(server.process.pid),
                    args.events,
                )
            )
        finally:
            server.stop()
            ctx.dispose()


async def _run(
    base_url: str,
    ctx: AppContext,
    attacker_id: int,
    attacker_key: str,
    victim_key: str,
    process: psutil.Process,
    n: int,
) -> None:
    attacker = {"Authorization": f"Bearer {attacker_key}"}
    victim = {"Authorization": f"Bearer {victim_key}"}
    async with aiohttp.ClientSession(base_url) as http:
        for headers in (attacker, victim):
            await _call(http, "PUT", "/v1/users/jane", headers, {"email": "jane@example.com"})
        await _call(http, "POST", "/v1/events", victim, {"type": "lead_assigned", "entity": LEAD})  # warm up
        before = process.memory_info().rss

        status, seconds, _ = await _call(
            http, "POST", "/v1/admin/templates/lead_assigned/email/preview", attacker, {"body": LIPSUM_PREVIEW}
        )
        print(f"preview {LIPSUM_PREVIEW}: {status} in {seconds * 1000:.0f} ms")
        status, seconds, answer = await _call(
            http, "PUT", "/v1/admin/event-types/lead_assigned", attacker, {"title_template": LIPSUM_TITLE}
        )
        message = answer.get("error", {}).get("message", "") if isinstance(answer, dict) else ""
        print(f"save title {LIPSUM_TITLE}: {status} in {seconds * 1000:.0f} ms ({message})")

        for title in (LIPSUM_TITLE, HEAVY_TITLE):
            _store_title(ctx, attacker_id, title)
            victim_ms: list[float] = []
            attack = asyncio.create_task(_attack(http, attacker, n))
            while not attack.done() or len(victim_ms) < 5 * n:
                body = {"type": "lead_assigned", "entity": LEAD}
                _, seconds, _ = await _call(http, "POST", "/v1/events", victim, body)
                victim_ms.append(seconds * 1000)
                if len(victim_ms) >= 50 * n:  # bounded, however long the attack takes
                    break
            attack_ms, statuses, warnings = await attack
            print(f"stored title {title[:60]}")
            print(f"  {n} events with data.n = 200000: answers {sorted(set(statuses))}, {describe(attack_ms)}")
            print(f"  warnings: {warnings}")
            print(f"  another org's events meanwhile: {describe(victim_ms)}, max {max(victim_ms):.1f} ms")
        after = process.memory_info().rss
        print(f"server RSS before {before / MB:.1f} MB, after {after / MB:.1f} MB (+{(after - before) / MB:.1f} MB)")


async def _attack(http: aiohttp.ClientSession, headers: dict[str, str], n: int) -> tuple[list[float], list[int], Any]:
    times: list[float] = []
    statuses: list[int] = []
    warnings: Any = None
    for i in range(n):
        body = {"type": "lead_assigned", "entity": {**LEAD, "id": f"A{i}"}, "data": {"n": 200_000}}
        status, seconds, answer = await _call(http, "POST", "/v1/events", headers, body)
        times.append(seconds * 1000)
        statuses.append(status)
        warnings = answer.get("warnings") if isinstance(answer, dict) else answer
    return times, statuses, warnings


async def _call(
    http: aiohttp.ClientSession, method: str, path: str, headers: dict[str, str], body: dict[str, Any]
) -> tuple[int, float, Any]:
    started = time.monotonic()
    async with http.request(method, path, json=body, headers=headers) as r:
        answer = await r.json()
        return r.status, time.monotonic() - started, answer


def _store_title(ctx: AppContext, org_id: int, title: str) -> None:
    """The title as a row saved before the limits existed holds it (the API now refuses it)."""
    with unit_of_work(ctx.sessions) as session:
        row = session.scalars(
            select(EventType).where(EventType.org_id == org_id, EventType.key == "lead_assigned")
        ).one()
        row.title_template = title
        ctx.signals.org_config_changed(session, org_id)  # the cached ingestion config is stale


if __name__ == "__main__":
    main()
