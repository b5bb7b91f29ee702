"""The running worker: woken by ingestion's commit (not by its poll), embedded in the app when
`worker_enabled`, woken across processes by PostgreSQL NOTIFY; /metrics counts what it did."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from tests.deliveries.conftest import status_counts
from tests.factories import Factory, OrgHandle
from tests.servers import server_env, start
from tests.smtp import SmtpSink
from tests.waiting import wait_until
from tocsin.app import create_app
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock

NEVER = 3600.0  # a poll interval no test waits for: only a wake-up can explain a delivery


def _assign(org: OrgHandle, n: int = 0) -> None:
    org.put_user("jane", email="jane@example.com")
    org.event("task_assigned", entity={"type": "task", "id": f"T{n}", "name": f"Task {n}", "owner": "jane"})


@pytest.fixture
def running_worker(ctx: AppContext, settings: Settings) -> Iterator[Worker]:
    settings.worker_poll_seconds = NEVER
    worker = Worker(ctx, worker_id="looping")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(worker.run(),), daemon=True)
    thread.start()
    wait_until(lambda: worker._wake is not None, "the worker loop to start")
    time.sleep(0.1)  # the first cycle (nothing to do) has run; the loop now sleeps on its wake-up
    try:
        yield worker
    finally:
        worker.stop()
        thread.join(timeout=10)
        loop.close()
    assert not thread.is_alive()


def test_ingestion_wakes_the_worker(factory: Factory, ctx: AppContext, sink: SmtpSink, running_worker: Worker) -> None:
    org = factory.org()
    _assign(org)
    wait_until(lambda: len(sink.messages) == 1, "the email")
    wait_until(lambda: status_counts(ctx) == {"sent": 1}, "the delivery recorded")


def test_the_app_runs_an_embedded_worker_and_stops_it(
    ctx: AppContext, settings: Settings, sink: SmtpSink, clock: FrozenClock
) -> None:
    settings.worker_enabled = True
    settings.worker_poll_seconds = NEVER
    app = create_app(ctx=ctx)
    with TestClient(app) as client:
        org = Factory(ctx, client).org()
        _assign(org)
        wait_until(lambda: len(sink.messages) == 1, "the email")
        worker = app.state.delivery_worker
        assert isinstance(worker, Worker)
    assert worker._stopping


def test_a_worker_process_is_woken_by_notify(
    factory: Factory, ctx: AppContext, settings: Settings, sink: SmtpSink, clock: FrozenClock, tmp_path: Path
) -> None:
    if settings.is_sqlite:
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's; on SQLite one process runs the worker")
    clock.set(datetime.now(UTC))
    env = server_env(
        settings,
        TOCSIN_EMAIL_PROVIDER="smtp",
        TOCSIN_SMTP_HOST=sink.host,
        TOCSIN_SMTP_PORT=str(sink.port),
        TOCSIN_SMTP_ENCRYPTION="none",
        TOCSIN_WORKER_POLL_SECONDS=str(NEVER),
        TOCSIN_LOG_LEVEL="info",
    )
    proc = start(["worker"], env, tmp_path / "worker.log")
    try:
        wait_until(lambda: "started" in proc.log(), "the worker to start")
        time.sleep(1.0)  # its LISTEN is in place and its first cycle found nothing
        org = factory.org()
        _assign(org)
        wait_until(lambda: len(sink.messages) == 1, "the email")
    finally:
        proc.stop()
    assert "stopped" in proc.log()  # SIGTERM: a clean stop


def _samples(client: TestClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    r = client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    out = {}
    for family in text_string_to_metric_families(r.text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def test_metrics_count_outcomes_latency_and_queue(
    factory: Factory, ctx: AppContext, client: TestClient, sink: SmtpSink
) -> None:
    sent_key = ("tocsin_deliveries_total", (("channel", "email"), ("outcome", "sent")))
    latency_key = ("tocsin_delivery_send_seconds_count", (("channel", "email"),))
    before = _samples(client)
    org = factory.org()
    _assign(org, 1)
    _assign(org, 2)

    queued = _samples(client)
    assert queued[("tocsin_delivery_queue", (("status", "pending"),))] == 2
    assert queued[("tocsin_delivery_due", ())] == 2

    assert asyncio.run(Worker(ctx).cycle()).sent == 2
    after = _samples(client)
    assert after[sent_key] - before.get(sent_key, 0) == 2
    assert after[latency_key] - before.get(latency_key, 0) == 2
    assert after[("tocsin_delivery_queue", (("status", "pending"),))] == 0


def test_a_stopped_worker_leaves_nothing_leased(
    factory: Factory, ctx: AppContext, settings: Settings, sink: SmtpSink
) -> None:
    settings.worker_claim_batch = 5  # several batches: one is sent while the next is claimed ahead
    settings.smtp_connections = 1
    sink.handler.delay_data = 0.05
    org = factory.org()
    org.client.put("/v1/admin/settings", json={"email_batch_size": 1000}, headers=org.headers)
    for i in range(20):
        org.put_user(f"u{i}", email=f"u{i}@example.com")
    org.event("broadcast", data={"title": "Hello"})
    worker = Worker(ctx, worker_id="stopping")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(worker.run(),), daemon=True)
    thread.start()
    wait_until(lambda: len(sink.messages) >= 3, "the first emails")
    worker.stop()
    thread.join(timeout=20)
    loop.close()

    counts = status_counts(ctx)
    assert "sending" not in counts and set(counts) <= {"sent", "pending"}, counts
    assert counts.get("pending", 0) > 0  # it stopped mid-way and gave the rest back
    sink.handler.delay_data = 0
    while asyncio.run(Worker(ctx).cycle()).claimed:
        pass
    assert status_counts(ctx) == {"sent": 20}
    assert len(sink.messages) == 20  # a graceful stop sends nothing twice
