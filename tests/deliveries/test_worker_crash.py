"""A `tocsin worker` killed with SIGKILL in the middle of a large batch loses nothing: another
worker takes over the leases once they expire, every email is delivered, and the only duplicates
are messages that were in flight at the kill."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.deliveries.conftest import status_counts
from tests.factories import Factory, bulk_users
from tests.servers import Proc, server_env, start
from tests.smtp import SmtpSink
from tests.waiting import wait_until
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.models import DeliveryAttempt
from tocsin.kit.clock import FrozenClock

N = 2000


def _running(proc: Proc) -> Callable[[], str | None]:
    return lambda: f"the worker exited:\n{proc.log()}" if proc.process.poll() is not None else None


@pytest.mark.slow
def test_sigkill_mid_batch_loses_nothing(
    factory: Factory, ctx: AppContext, settings: Settings, sink: SmtpSink, clock: FrozenClock, tmp_path: Path
) -> None:
    clock.set(datetime.now(UTC))  # the workers run on the real clock
    org = factory.org()
    r = org.client.put("/v1/admin/settings", json={"email_batch_size": 10_000}, headers=org.headers)
    assert r.status_code == 200
    bulk_users(ctx, org.id, N)
    assert org.event("broadcast", data={"title": "Kickoff"})["deliveries"] == {"email": N}

    env = server_env(
        settings,
        TOCSIN_EMAIL_PROVIDER="smtp",
        TOCSIN_SMTP_HOST=sink.host,
        TOCSIN_SMTP_PORT=str(sink.port),
        TOCSIN_SMTP_ENCRYPTION="none",
        TOCSIN_WORKER_LEASE_SECONDS="3",
        TOCSIN_WORKER_POLL_SECONDS="0.2",
    )
    first = start(["worker"], env, tmp_path / "worker1.log")
    try:
        wait_until(
            lambda: sink.handler.count() >= N // 4,
            "the first quarter of the emails",
            alive=_running(first),
            every=0.002,
            timeout=90,
        )
        first.kill()
    finally:
        first.kill()
    in_flight = status_counts(ctx).get("sending", 0)
    delivered_before = sink.handler.count()
    assert in_flight > 0 and delivered_before < N, (in_flight, delivered_before)

    second = start(["worker"], env, tmp_path / "worker2.log")
    try:
        wait_until(
            lambda: status_counts(ctx).get("sent", 0) == N,
            "every delivery recorded as sent",
            alive=_running(second),
            every=0.1,
            timeout=90,
        )
    finally:
        second.stop()

    ids = Counter(m.message["X-Tocsin-Delivery"] for m in sink.messages)
    duplicates = sum(n - 1 for n in ids.values())
    assert len(ids) == N  # none lost
    assert duplicates <= in_flight  # repeats only of what was in flight at the kill
    assert status_counts(ctx) == {"sent": N}
    with ctx.sessions() as session:
        lost = session.scalar(select(func.count()).where(DeliveryAttempt.outcome == "lost"))
    assert lost == in_flight  # the log shows each try the dead worker never recorded
