"""Figures for abuse: a `tocsin serve` of its own (SQLite) takes 8 concurrent 100 MB bodies, and
hostile template previews while a prober times `/healthz`.

    .venv/bin/python -m bench.abuse

Prints the server's RSS before and after the bodies (and the peak seen while they arrive), each
preview's answer time, and the `/healthz` answer times measured during the previews.
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

from bench.common import bench_settings, database, describe, make_org
from tests.guards.test_server_under_abuse import CONCURRENT, HOSTILE, MB, _post_huge
from tests.servers import server_env, start_server
from tocsin.context import AppContext


def main() -> None:
    with database("sqlite") as url, tempfile.TemporaryDirectory() as folder:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        org = make_org(ctx)
        ctx.dispose()
        env = server_env(settings, TOCSIN_WORKER_ENABLED="false", TOCSIN_RATE_LIMIT_ANON="100000/second")
        server = start_server(env, Path(folder) / "server.log", timeout=60)
        try:
            _bodies(server.base_url, server.port or 0, psutil.Process(server.process.pid))
            _templates(server.base_url, org.api_key)
        finally:
            server.stop()


def _bodies(base_url: str, port: int, process: psutil.Process) -> None:
    httpx.get(f"{base_url}/healthz")
    before = process.memory_info().rss
    peak = before
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.wait(0.01):
            peak = max(peak, process.memory_info().rss)

    watcher = threading.Thread(target=watch)
    watcher.start()
    started = time.monotonic()

    async def attack() -> list[int]:
        return await asyncio.gather(*(_post_huge(port, declared=i % 2 == 0) for i in range(CONCURRENT)))

    statuses = asyncio.run(attack())
    seconds = time.monotonic() - started
    done.set()
    watcher.join()
    after = process.memory_info().rss
    answers = sorted(set(statuses))
    print(f"{CONCURRENT} x 100 MB bodies (half declared, half chunked): answers {answers} in {seconds:.2f} s")
    print(
        f"  server RSS before {before / MB:.1f} MB, peak {peak / MB:.1f} MB, after {after / MB:.1f} MB "
        f"(+{(after - before) / MB:.1f} MB)"
    )


def _templates(base_url: str, api_key: str) -> None:
    headers = {"Authorization": f"Bearer {api_key}"}
    url = f"{base_url}/v1/admin/templates/lead_assigned/email/preview"
    httpx.post(url, json={"body": "{{ title }}"}, headers=headers, timeout=30)
    health: list[float] = []
    for expression, _limit in HOSTILE:
        outcome: dict[str, float] = {}
        done = threading.Event()

        def preview(
            source: str = expression, outcome: dict[str, float] = outcome, done: threading.Event = done
        ) -> None:
            started = time.monotonic()
            r = httpx.post(url, json={"body": source}, headers=headers, timeout=30)
            outcome.update(status=r.status_code, ms=(time.monotonic() - started) * 1000)
            done.set()

        with httpx.Client(base_url=base_url) as client:
            client.get("/healthz")
            thread = threading.Thread(target=preview)
            thread.start()
            while not done.is_set():
                started = time.monotonic()
                client.get("/healthz")
                health.append((time.monotonic() - started) * 1000)
            thread.join()
        print(f"preview {expression[:48]!r}: {int(outcome['status'])} in {outcome['ms']:.0f} ms")
    print(f"/healthz during the previews (ms): {describe(health)}")


if __name__ == "__main__":
    main()
