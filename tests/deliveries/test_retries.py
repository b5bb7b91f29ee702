"""Transient failures follow the retry schedule (1, 5, 9 minutes after the previous try), then
fail; permanent ones fail at once. Time moves with the frozen clock; cycles run directly."""

from __future__ import annotations

from datetime import timedelta

from tests.deliveries.conftest import attempts, cycle, deliveries
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock


def _assign(org: OrgHandle) -> None:
    org.put_user("jane", email="jane@example.com")
    org.event("task_assigned", actor="bob", entity={"type": "task", "id": "T1", "name": "Call Acme", "owner": "jane"})


def test_421_twice_then_accepted_is_two_retries_then_sent(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    _assign(org)
    sink.handler.fail_data = 2
    start = clock.now()

    assert cycle(worker).retried == 1
    [d] = deliveries(ctx)
    assert d.status == "deferred" and d.next_attempt_at == start + timedelta(minutes=1)
    assert "421" in (d.last_error or "")
    assert cycle(worker).claimed == 0  # not due yet

    clock.advance(minutes=1)
    assert cycle(worker).retried == 1
    [d] = deliveries(ctx)
    assert d.next_attempt_at == clock.now() + timedelta(minutes=5)

    clock.advance(minutes=5)
    assert cycle(worker).sent == 1

    [d] = deliveries(ctx)
    assert (d.status, d.attempts) == ("sent", 3)
    assert [a.outcome for a in attempts(ctx, d.id)] == ["transient", "transient", "sent"]
    assert len(sink.messages) == 1 and sink.handler.rejected == 2


def test_server_down_longer_than_the_schedule_fails_after_three_retries(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = factory.org()
    _assign(org)
    sink.down()

    for wait in (0, 1, 5, 9):
        clock.advance(minutes=wait)
        report = cycle(worker)
        assert report.claimed == 1
    assert report.failed == 1

    [d] = deliveries(ctx)
    assert (d.status, d.attempts, d.next_attempt_at) == ("failed", 4, None)
    assert [a.outcome for a in attempts(ctx, d.id)] == ["transient"] * 4
    clock.advance(minutes=60)
    assert cycle(worker).claimed == 0

    log = org.client.get("/v1/admin/deliveries", params={"status": "failed"}, headers=org.headers).json()
    [item] = log["items"]
    assert item["id"] == d.id and item["recipient"] == "jane" and item["attempts"] == 4
    assert "cannot connect to SMTP server" in item["last_error"]

    # The in-app notification is untouched by the email's failure.
    page = org.me("jane", "GET", "/notifications").json()
    assert page["items"][0]["title"] == "Task assigned: Call Acme" and page["items"][0]["read_at"] is None
    assert org.me("jane", "GET", "/notifications/unread-count").json()["unread"] == 1


def test_550_unknown_mailbox_fails_at_once_without_the_address_in_the_log(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    _assign(org)
    sink.handler.refuse_rcpt = "550 5.1.1 <{}>: Recipient address rejected: User unknown"

    report = cycle(worker)

    assert report.failed == 1
    [d] = deliveries(ctx)
    assert (d.status, d.attempts) == ("failed", 1)
    assert d.last_error is not None and "550" in d.last_error
    assert "jane@example.com" not in d.last_error and "j***@example.com" in d.last_error
    assert [a.outcome for a in attempts(ctx, d.id)] == ["permanent"]
    assert sink.messages == []


def test_admin_retry_gives_a_failed_delivery_a_fresh_schedule(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    _assign(org)
    sink.handler.refuse_rcpt = "550 5.1.1 no such user"
    cycle(worker)
    [d] = deliveries(ctx)
    sink.handler.refuse_rcpt = None

    r = org.client.post(f"/v1/admin/deliveries/{d.id}/retry", headers=org.headers)
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["attempts"]) == ("pending", 0)
    assert cycle(worker).sent == 1
    assert org.client.post(f"/v1/admin/deliveries/{d.id}/retry", headers=org.headers).status_code == 409
    [d] = deliveries(ctx)
    assert [a.outcome for a in attempts(ctx, d.id)] == ["permanent", "sent"]
