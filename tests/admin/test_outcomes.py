"""GET /v1/admin/outcomes on known data: times to read are set by the test clock."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.deliveries.conftest import cycle
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock, isoformat
from tocsin.outcomes.figures import percentile


def _task(org: OrgHandle, owner: str, n: int) -> None:
    org.event("task_assigned", actor="bob", entity={"type": "task", "id": f"T{n}", "name": f"Task {n}", "owner": owner})


def _row(items: list[dict[str, Any]], event_type: str, channel: str) -> dict[str, Any]:
    return next(i for i in items if (i["event_type"], i["channel"]) == (event_type, channel))


def test_sent_failed_read_and_times_to_read(
    factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    for name in ("ann", "ben", "bob"):
        org.put_user(name, email=f"{name}@example.com")
    start = clock.now()
    _task(org, "ben", 0)
    sink.handler.refuse_rcpt = "550 5.1.1 unknown"
    cycle(worker)  # ben's email fails for good
    sink.handler.refuse_rcpt = None
    clock.advance(minutes=5)
    for n in (1, 2, 3):
        _task(org, "ann", n)
    org.event("mention", actor="bob", data={"text": "@ann look"})  # another type, never read
    cycle(worker)
    ids = [n["id"] for n in org.me("ann", "GET", "/notifications", params={"type": "task_assigned"}).json()["items"]]
    for seconds, notification_id in zip((60, 60, 480), ids, strict=True):  # read 60 s, 120 s and 600 s in
        clock.advance(seconds=seconds)
        assert org.me("ann", "POST", f"/notifications/{notification_id}/read").status_code == 200

    r = org.client.get("/v1/admin/outcomes", params={"since": isoformat(start)}, headers=org.headers)
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    in_app = _row(items, "task_assigned", "in_app")
    assert (in_app["sent"], in_app["failed"], in_app["read"]) == (4, 0, 3)
    assert in_app["time_to_read_p50_seconds"] == pytest.approx(120.0, abs=0.01)
    assert in_app["time_to_read_p90_seconds"] == pytest.approx(504.0, abs=0.01)  # 120 + 0.8 * (600 - 120)
    email = _row(items, "task_assigned", "email")
    assert (email["sent"], email["failed"], email["read"]) == (3, 1, 3)
    assert email["time_to_read_p50_seconds"] == pytest.approx(120.0, abs=0.01)
    assert email["time_to_read_p90_seconds"] == pytest.approx(504.0, abs=0.01)
    mention = _row(items, "mention", "in_app")
    assert (mention["sent"], mention["read"], mention["time_to_read_p50_seconds"]) == (1, 0, None)

    # The period is by creation: from after ben's event, his failure is outside it.
    since = isoformat(start + timedelta(minutes=1))
    later = org.client.get("/v1/admin/outcomes", params={"since": since}, headers=org.headers).json()["items"]
    assert _row(later, "task_assigned", "email")["failed"] == 0
    assert _row(later, "task_assigned", "in_app")["sent"] == 3


def test_outcomes_refuse_a_backwards_period(factory: Factory) -> None:
    org = factory.org()
    r = org.client.get(
        "/v1/admin/outcomes",
        params={"since": "2026-01-02T00:00:00Z", "until": "2026-01-01T00:00:00Z"},
        headers=org.headers,
    )
    assert r.status_code == 422 and r.json()["error"]["field"] == "until"


def test_percentile_interpolates_like_percentile_cont() -> None:
    assert percentile([], 0.5) is None
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0], 0.9) == pytest.approx(46.0)
