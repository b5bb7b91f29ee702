"""A real `tocsin serve` process under abuse: huge bodies do not grow its memory, and hostile
templates neither take long to refuse nor hold other requests while they are refused."""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from tests.factories import Factory, OrgHandle
from tests.servers import Proc, server_env, start_server
from tocsin.config import Settings

MB = 1024 * 1024
BODY_BYTES = 100 * MB
CONCURRENT = 8


@pytest.fixture
def server(settings: Settings, tmp_path: Path) -> Iterator[Proc]:
    # /healthz is polled in a tight loop below: more than the default per-address limit allows.
    env = server_env(settings, TOCSIN_WORKER_ENABLED="false", TOCSIN_RATE_LIMIT_ANON="100000/second")
    proc = start_server(env, tmp_path / "server.log")
    try:
        yield proc
    finally:
        proc.stop()


async def _post_huge(port: int, *, declared: bool) -> int:
    """POST 100 MB (declared in Content-Length, or chunked) until the server answers; the status."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    head += f"Content-Length: {BODY_BYTES}\r\n\r\n" if declared else "Transfer-Encoding: chunked\r\n\r\n"
    chunk = b"x" * MB
    framed = chunk if declared else b"%x\r\n" % len(chunk) + chunk + b"\r\n"

    async def send() -> None:
        writer.write(head.encode())
        for _ in range(BODY_BYTES // MB):
            writer.write(framed)
            await writer.drain()

    sending = asyncio.create_task(send())
    try:
        status_line = await asyncio.wait_for(reader.readline(), timeout=60)
    finally:
        sending.cancel()
        await asyncio.gather(sending, return_exceptions=True)
        writer.close()
        await asyncio.gather(writer.wait_closed(), return_exceptions=True)
    return int(status_line.split()[1])


def test_eight_concurrent_100_mb_bodies_leave_memory_where_it_was(server: Proc) -> None:
    process = psutil.Process(server.process.pid)
    assert httpx.post(f"{server.base_url}/v1/events", json={"type": "manual"}).status_code == 401  # warm up
    before = process.memory_info().rss

    async def attack() -> list[int]:
        return await asyncio.gather(
            *(_post_huge(server.port or 0, declared=i % 2 == 0) for i in range(CONCURRENT))
        )

    statuses = asyncio.run(attack())
    assert statuses == [413] * CONCURRENT
    after = process.memory_info().rss
    assert after - before < 50 * MB, f"RSS grew by {(after - before) / MB:.1f} MB"
    assert httpx.get(f"{server.base_url}/healthz").status_code == 200


# The expressions: refused at once (limit: 1 s), and a loop that runs until the render's
# time budget (0.5 s) stops it (limit: 5 s, generous for a loaded machine).
HOSTILE = (
    ("{{ (7**(2*7**8)) > 0 }}", 1.0),
    ("{{ 'a'*10**7 }}", 1.0),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", 5.0),
)


def test_hostile_templates_answer_422_at_once_while_healthz_answers(server: Proc, factory: Factory) -> None:
    org: OrgHandle = factory.org()
    preview_url = f"{server.base_url}/v1/admin/templates/lead_assigned/email/preview"
    # Warm up (the first request of a process imports and compiles what it needs).
    assert httpx.post(preview_url, json={"body": "{{ title }}"}, headers=org.headers, timeout=30).status_code == 200
    latencies: list[float] = []
    for expression, limit in HOSTILE:
        done = threading.Event()
        outcome: dict[str, float | int] = {}

        def preview(
            source: str = expression, outcome: dict[str, float | int] = outcome, done: threading.Event = done
        ) -> None:
            started = time.monotonic()
            r = httpx.post(preview_url, json={"body": source}, headers=org.headers, timeout=30)
            outcome.update(status=r.status_code, seconds=time.monotonic() - started)
            done.set()

        with httpx.Client(base_url=server.base_url, timeout=5) as health:
            health.get("/healthz")  # the connection is open before the clock starts
            thread = threading.Thread(target=preview)
            thread.start()
            for _ in range(1000):  # bounded: the preview ends within its budget
                started = time.monotonic()
                assert health.get("/healthz").status_code == 200
                latencies.append(time.monotonic() - started)
                if done.is_set():
                    break
            thread.join(timeout=30)
        assert outcome["status"] == 422, expression
        assert outcome["seconds"] < limit, (expression, outcome)
    # /healthz keeps answering while templates are refused: its typical answer is under 50 ms, and
    # none waits for a render (a frozen interpreter would hold it for the whole render). The median:
    # on a loaded machine the scheduler alone can delay a single answer past 50 ms.
    assert statistics.median(latencies) < 0.050, f"/healthz median {statistics.median(latencies) * 1000:.0f} ms"
    assert max(latencies) < 1.0, f"/healthz waited {max(latencies) * 1000:.0f} ms"
