"""A disabled channel holds its deliveries (planned or already due) and sends none; re-enabling
releases them, throttled like a bulk event. The emails of one event go out `email_batch_size`
per batch window, none dropped."""

from __future__ import annotations

from tests.deliveries.conftest import cycle, deliveries
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock


def _task(org: OrgHandle, owner: str, n: int) -> None:
    org.event("task_assigned", entity={"type": "task", "id": f"T{n}", "name": f"Task {n}", "owner": owner})


def _settings(org: OrgHandle, **values: int) -> None:
    r = org.client.put("/v1/admin/settings", json=values, headers=org.headers)
    assert r.status_code == 200, r.text


def test_disable_holds_everything_and_enable_releases_it(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    for name in ("ann", "ben", "cid"):
        org.put_user(name, email=f"{name}@example.com")
    _task(org, "ann", 1)  # due before the admin disables email

    r = org.client.post("/v1/admin/channels/email/disable", headers=org.headers)
    assert r.status_code == 200 and r.json()["enabled"] is False
    _task(org, "ben", 2)  # planned while disabled
    _task(org, "cid", 3)

    report = cycle(worker)
    assert (report.held, report.sent) == (1, 0)
    assert {d.status for d in deliveries(ctx)} == {"held"}
    assert cycle(worker).claimed == 0
    assert sink.messages == []
    assert org.client.get("/v1/admin/channels/email", headers=org.headers).json()["enabled"] is False

    r = org.client.post("/v1/admin/channels/email/enable", headers=org.headers)
    assert r.status_code == 200, r.text
    assert r.json() == {"channel": "email", "configured": True, "enabled": True, "released": 3}

    assert cycle(worker).sent == 3
    assert sorted(m.rcpt_tos[0] for m in sink.messages) == ["ann@example.com", "ben@example.com", "cid@example.com"]
    assert {d.status for d in deliveries(ctx)} == {"sent"}


def test_released_emails_are_throttled_like_a_bulk_event(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    _settings(org, email_batch_size=2, email_batch_window_seconds=60)
    org.client.post("/v1/admin/channels/email/disable", headers=org.headers)
    for i in range(5):
        org.put_user(f"u{i}", email=f"u{i}@example.com")
        _task(org, f"u{i}", i)

    org.client.post("/v1/admin/channels/email/enable", headers=org.headers)

    sent = []
    for _ in range(3):
        sent.append(cycle(worker).sent)
        clock.advance(seconds=60)
    assert sent == [2, 2, 1]
    assert len(sink.messages) == 5


def test_one_broadcast_goes_out_batch_by_batch(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    _settings(org, email_batch_size=3, email_batch_window_seconds=120)
    for i in range(7):
        org.put_user(f"u{i}", email=f"u{i}@example.com")
    result = org.event("broadcast", data={"title": "Quarterly kickoff", "message": "All hands at 3 pm"})
    assert result["deliveries"] == {"email": 7}

    sent = [cycle(worker).sent]
    clock.advance(seconds=119)
    sent.append(cycle(worker).sent)  # the window has not passed
    clock.advance(seconds=1)
    sent.append(cycle(worker).sent)
    clock.advance(seconds=120)
    sent.append(cycle(worker).sent)

    assert sent == [3, 0, 3, 1]
    assert len({m.rcpt_tos[0] for m in sink.messages}) == 7
    assert {m.message["Subject"] for m in sink.messages} == {"[CRM] Quarterly kickoff"}
