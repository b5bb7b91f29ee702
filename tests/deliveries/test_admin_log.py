"""GET /v1/admin/deliveries: the delivery log with filters and keyset pages; one delivery with
its attempts; errors name the field; other orgs' deliveries do not exist."""

from __future__ import annotations

from tests.deliveries.conftest import cycle, deliveries
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock

LOG = "/v1/admin/deliveries"
SHAPE = {
    "id",
    "notification_id",
    "event_type",
    "recipient",
    "address",
    "is_copy",
    "channel",
    "status",
    "attempts",
    "next_attempt_at",
    "last_error",
    "provider_message_id",
    "parts",  # billable parts (SMS segments), an added field
    "deferred_until",
    "reason",
    "created_at",
    "updated_at",
}


def _log(org: OrgHandle, **params: object) -> dict:  # type: ignore[type-arg]
    r = org.client.get(LOG, params=params, headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _setup(factory: Factory, worker: Worker, sink: SmtpSink, clock: FrozenClock) -> OrgHandle:
    org = factory.org()
    for name in ("ann", "ben"):
        org.put_user(name, email=f"{name}@example.com")
    org.event("task_assigned", entity={"type": "task", "id": "T1", "name": "One", "owner": "ann"})
    sink.handler.refuse_rcpt = "550 5.1.1 unknown"
    cycle(worker)  # ann's task email fails
    sink.handler.refuse_rcpt = None
    clock.advance(hours=1)
    org.event("lead_assigned", entity={"type": "lead", "id": "L1", "name": "Two", "owner": "ben"})
    org.event("task_assigned", entity={"type": "task", "id": "T2", "name": "Three", "owner": "ben"})
    cycle(worker)
    return org


def test_the_log_newest_first_with_the_spec_shape(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = _setup(factory, worker, sink, clock)
    page = _log(org)
    items = page["items"]
    assert page["next_cursor"] is None and len(items) == 3
    assert [i["id"] for i in items] == sorted((i["id"] for i in items), reverse=True)
    assert set(items[0]) == SHAPE
    failed = items[-1]
    assert (failed["recipient"], failed["status"], failed["address"]) == ("ann", "failed", "a***@example.com")
    assert failed["created_at"].endswith("Z") and "550" in failed["last_error"]


def test_filters(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock) -> None:
    org = _setup(factory, worker, sink, clock)
    start = "2026-11-20T09:00:00Z"
    assert [i["recipient"] for i in _log(org, status="failed")["items"]] == ["ann"]
    assert len(_log(org, status="sent")["items"]) == 2
    assert len(_log(org, channel="email")["items"]) == 3 and _log(org, channel="sms")["items"] == []
    assert [i["event_type"] for i in _log(org, event_type="lead_assigned")["items"]] == ["lead_assigned"]
    assert {i["recipient"] for i in _log(org, user="ben")["items"]} == {"ben"}
    assert _log(org, user="nobody")["items"] == []
    assert [i["recipient"] for i in _log(org, since=start, until="2026-11-20T09:30:00Z")["items"]] == ["ann"]
    assert len(_log(org, since="2026-11-20T09:30:00+00:00")["items"]) == 2


def test_keyset_pages(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock) -> None:
    org = _setup(factory, worker, sink, clock)
    first = _log(org, limit=2)
    assert len(first["items"]) == 2 and first["next_cursor"]
    second = _log(org, limit=2, cursor=first["next_cursor"])
    assert len(second["items"]) == 1 and second["next_cursor"] is None
    ids = [i["id"] for i in first["items"] + second["items"]]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 3


def test_bad_input_names_the_field(factory: Factory) -> None:
    org = factory.org()
    for params, field in [
        ({"status": "lost"}, "status"),
        ({"channel": "pigeon"}, "channel"),
        ({"since": "yesterday"}, "since"),
        ({"cursor": "!!"}, "cursor"),
        ({"limit": 0}, "limit"),
        ({"limit": 1000}, "limit"),
        ({"since": "2026-11-21T00:00:00Z", "until": "2026-11-20T00:00:00Z"}, "until"),
    ]:
        r = org.client.get(LOG, params=params, headers=org.headers)
        assert r.status_code == 422, (params, r.text)
        assert r.json()["error"]["field"] == field, (params, r.json())


def test_one_delivery_with_its_attempts_and_other_orgs_see_nothing(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, clock: FrozenClock
) -> None:
    org = _setup(factory, worker, sink, clock)
    failed = deliveries(ctx, status="failed")[0]
    r = org.client.get(f"{LOG}/{failed.id}", headers=org.headers)
    assert r.status_code == 200, r.text
    [attempt] = r.json()["attempts_log"]
    assert (attempt["attempt_no"], attempt["outcome"]) == (1, "permanent")

    other = factory.org()
    assert other.client.get(f"{LOG}/{failed.id}", headers=other.headers).status_code == 404
    assert other.client.post(f"{LOG}/{failed.id}/retry", headers=other.headers).status_code == 404
    assert _log(other)["items"] == []
    assert org.client.get(f"{LOG}/999999", headers=org.headers).status_code == 404
