"""POST /v1/events and /v1/events/batch through the API, with the database checked."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import func, select

from tests.factories import Factory, OrgHandle, bulk_users
from tocsin.channels.models import ChannelConfig
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.deliveries.models import Delivery
from tocsin.events import service as events
from tocsin.events.models import Event
from tocsin.events.schemas import EventIn
from tocsin.notifications.models import Notification
from tocsin.orgs import repository as orgs_repo

LEAD = {"type": "lead", "id": "L7", "name": "Jane Smith", "url": "https://crm.example/leads/7", "owner": "ann"}


def count(ctx: AppContext, model: type, **where: object) -> int:
    with ctx.sessions() as s:
        stmt = select(func.count()).select_from(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return int(s.scalar(stmt) or 0)


def team(org: OrgHandle) -> None:
    org.put_user("ann", email="ann@example.com", phone="+14155550101", manager="max")
    org.put_user("bob", email="bob@example.com", roles=["sales"])
    org.put_user("cat", roles=["support"])
    org.put_user("max", email="max@example.com", roles=["sales", "manager"])


def test_event_answer_has_the_promised_shape(factory: Factory) -> None:
    org = factory.org()
    team(org)
    got = org.event("lead_assigned", actor="bob", entity=LEAD, idempotency_key="a-1")
    assert got == {
        "event_id": got["event_id"],
        "duplicate": False,
        "notifications": 1,
        "recipients": ["ann"],
        "unknown_recipients": [],
        "inactive_recipients": [],
        "deliveries": {"email": 1},
        "skipped": {},
        "warnings": [],
    }


def test_notification_text_link_and_delivery_rows(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    team(org)
    org.event("deal_closed_won", actor="bob", entity={**LEAD, "type": "deal", "name": "Big Deal"}, urgent=True)
    item = org.me("ann", "GET", "/notifications").json()["items"][0]
    assert item["title"] == "Deal won: Big Deal"
    assert item["url"] == LEAD["url"]
    assert item["entity"] == {"type": "deal", "id": "L7"}
    assert item["actor"] == "bob" and item["urgent"] is True
    assert item["created_at"].endswith("Z") and item["read_at"] is None
    with ctx.sessions() as s:
        rows = s.execute(select(Delivery.channel, Delivery.status, Delivery.last_error)).all()
    # deal_closed_won routes email and sms (and webpush, unconfigured here); ann has both addresses.
    assert sorted(rows) == [("email", "pending", None)]


def test_sms_configured_without_phone_is_skipped_with_reason(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    team(org)
    with unit_of_work(ctx.sessions) as s:
        s.add(
            ChannelConfig(
                org_id=org.id, channel="sms", configured=True, enabled=True, config={}, updated_at=ctx.clock.now()
            )
        )
    got = org.event("deal_closed_won", recipients=["ann", "bob"])
    assert got["deliveries"] == {"email": 2, "sms": 1}
    assert got["skipped"] == {"sms": 1}
    with ctx.sessions() as s:
        skipped = s.execute(select(Delivery.status, Delivery.last_error).where(Delivery.status == "skipped")).all()
    assert skipped == [("skipped", "no phone number")]


def test_disabled_channel_holds_deliveries(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    team(org)
    with unit_of_work(ctx.sessions) as s:
        s.add(
            ChannelConfig(
                org_id=org.id, channel="email", configured=True, enabled=False, config={}, updated_at=ctx.clock.now()
            )
        )
    got = org.event("lead_assigned", entity=LEAD)
    assert got["deliveries"] == {"email": 1}
    assert count(ctx, Delivery, status="held") == 1


def test_unknown_type_and_bad_fields_are_422_and_change_nothing(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    team(org)
    r = org.client.post("/v1/events", json={"type": "no_such_type"}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "type"
    r = org.client.post("/v1/events", json={"type": "manual", "urgent": "very"}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "urgent"
    r = org.client.post("/v1/events", json={"type": "manual", "surprise": 1}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "surprise"
    r = org.client.post(
        "/v1/events", json={"type": "manual", "entity": {"url": "javascript:alert(1)"}}, headers=org.headers
    )
    assert r.status_code == 422 and r.json()["error"]["field"] == "entity.url"
    # A batch answers per event (tests/guards/test_text_at_the_door.py); with none valid, the 422 of the first.
    batch = {"events": [{"type": "bogus"}, {"type": "manual", "urgent": "very"}]}
    r = org.client.post("/v1/events/batch", json=batch, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "events.0.type"
    assert count(ctx, Event) == 0 and count(ctx, Notification) == 0


def test_batch_ingests_every_event(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    team(org)
    batch = {"events": [{"type": "manual", "recipients": ["ann"]}, {"type": "broadcast", "data": {"roles": ["sales"]}}]}
    r = org.client.post("/v1/events/batch", json=batch, headers=org.headers)
    assert r.status_code == 202
    results = r.json()["results"]
    assert [sorted(x["recipients"]) for x in results] == [["ann"], ["bob", "max"]]
    assert count(ctx, Notification) == 3


def test_unknown_recipients_come_back(factory: Factory) -> None:
    org = factory.org()
    team(org)
    got = org.event("mention", actor="ann", data={"text": "@bob @nobody see this"})
    assert got["recipients"] == ["bob"] and got["unknown_recipients"] == ["nobody"]


def test_idempotency_key_returns_first_result(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    team(org)
    first = org.event("lead_assigned", entity=LEAD, idempotency_key="same")
    again = org.event("lead_assigned", entity=LEAD, idempotency_key="same")
    assert again == {**first, "duplicate": True}
    assert count(ctx, Notification) == 1 and count(ctx, Delivery) == 1
    other = factory.org()
    team(other)
    assert other.event("lead_assigned", entity=LEAD, idempotency_key="same")["duplicate"] is False


def test_idempotency_under_concurrent_repeats(factory: Factory, ctx: AppContext) -> None:
    """Eight threads, each with its own session and transaction, race with one key."""
    org = factory.org()
    team(org)
    results: list[dict[str, object]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def post() -> None:
        try:
            barrier.wait()
            with unit_of_work(ctx.sessions) as s:
                org_row = orgs_repo.get(s, org.id)
                assert org_row is not None
                body = EventIn(type="lead_assigned", entity=LEAD, idempotency_key="race")  # type: ignore[arg-type]
                results.append(events.ingest(s, ctx, org=org_row, body=body).model_dump())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=post) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(r["duplicate"] for r in results) == [False] + [True] * 7
    assert len({r["event_id"] for r in results}) == 1
    assert count(ctx, Event) == 1 and count(ctx, Notification) == 1 and count(ctx, Delivery) == 1


def test_broadcast_email_throttle_staggers_batches(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    r = org.client.put(
        "/v1/admin/settings", json={"email_batch_size": 2, "email_batch_window_seconds": 30}, headers=org.headers
    )
    assert r.status_code == 200
    for i in range(5):
        org.put_user(f"u{i}", email=f"u{i}@example.com")
    got = org.event("broadcast", data={"title": "Hello"})
    assert got["deliveries"] == {"email": 5}
    with ctx.sessions() as s:
        due = sorted(s.scalars(select(Delivery.next_attempt_at)))
    now = ctx.clock.now()
    assert [d - now for d in due] == [timedelta(0)] * 2 + [timedelta(seconds=30)] * 2 + [timedelta(seconds=60)]


def test_inactive_and_deleted_users_are_not_notified(factory: Factory) -> None:
    org = factory.org()
    team(org)
    org.put_user("bob", active=False)
    assert org.client.delete("/v1/users/cat", headers=org.headers).status_code == 204
    got = org.event("broadcast")
    assert sorted(got["recipients"]) == ["ann", "max"]
    got = org.event("manual", recipients=["bob", "cat"])
    assert got["inactive_recipients"] == ["bob"] and got["unknown_recipients"] == ["cat"]


def test_a_broadcast_sees_every_change_to_the_users_since_the_last(factory: Factory, ctx: AppContext) -> None:
    # The audience of a broadcast is cached per org between broadcasts; any write to the users
    # (API, self-service preferences, bulk statements) must show in the next one.
    org = factory.org()
    team(org)
    other = factory.org()
    other.put_user("zed", email="zed@example.com")
    first = org.event("broadcast")
    assert sorted(first["recipients"]) == ["ann", "bob", "cat", "max"] and first["deliveries"] == {"email": 3}
    assert other.event("broadcast")["recipients"] == ["zed"]

    org.put_user("bob", active=False)
    org.put_user("dan", email="dan@example.com")
    org.put_user("ann", email=None)
    again = org.event("broadcast")
    assert sorted(again["recipients"]) == ["ann", "cat", "dan", "max"]
    assert again["deliveries"] == {"email": 2} and again["skipped"] == {"email": 2}

    bulk_users(ctx, org.id, 3, prefix="bulk")  # a bulk statement, no ORM objects
    assert org.me("dan", "put", "/preferences", json={"delivery_choice": "none"}).status_code == 200
    third = org.event("broadcast")
    assert sorted(third["recipients"]) == ["ann", "bulk0", "bulk1", "bulk2", "cat", "dan", "max"]
    assert third["deliveries"] == {"email": 4}  # max and the three new ones; dan chose none
    assert other.event("broadcast")["recipients"] == ["zed"]


def test_idempotency_key_header_is_the_body_fields_alias(factory: Factory) -> None:
    org = factory.org()
    team(org)
    body = {"type": "lead_assigned", "actor": "bob", "entity": LEAD}
    first = org.client.post("/v1/events", json=body, headers={**org.headers, "Idempotency-Key": "h-1"})
    assert first.status_code == 202 and first.json()["duplicate"] is False
    again = org.client.post("/v1/events", json={**body, "idempotency_key": "h-1"}, headers=org.headers)
    assert again.json() == {**first.json(), "duplicate": True}
    clash = org.client.post(
        "/v1/events", json={**body, "idempotency_key": "x"}, headers={**org.headers, "Idempotency-Key": "h-1"}
    )
    assert clash.status_code == 422 and clash.json()["error"]["field"] == "idempotency_key"


def test_repeated_key_with_another_payload_is_a_conflict(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    team(org)
    org.event("lead_assigned", actor="bob", entity=LEAD, idempotency_key="k-1")
    body = {"type": "lead_assigned", "actor": "max", "entity": LEAD, "idempotency_key": "k-1"}
    other = org.client.post("/v1/events", json=body, headers=org.headers)
    assert other.status_code == 409
    assert other.json()["error"] == {
        "code": "idempotency_mismatch",
        "message": "idempotency key 'k-1' was already used for a different event",
        "field": "idempotency_key",
    }
    assert count(ctx, Event) == 1


def test_an_event_that_reaches_nobody_says_why(factory: Factory) -> None:
    org = factory.org()
    team(org)
    no_owner = org.event("lead_assigned", actor="bob", entity={"type": "lead", "id": "7"})
    assert no_owner["notifications"] == 0
    assert no_owner["warnings"] == ["lead_assigned notifies `entity.owner`, and the event has none"]
    own = org.event("lead_assigned", actor="ann", entity=LEAD)
    assert own["warnings"] == ["the actor 'ann' is not notified of their own action"]
    ghost = org.event("deal_closed_won", entity={**LEAD, "owner": "ghost"})
    assert ghost["warnings"] == ["not users of this org: ghost"]
    assert org.event("lead_assigned", actor="bob", entity=LEAD)["warnings"] == []
