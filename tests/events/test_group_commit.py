"""The write queue in-process: group commit keeps each event's outcome its own, a full queue is a
503 with Retry-After, and a change made through one process's API is seen by another's cache."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from tests.factories import Factory, OrgHandle
from tocsin.app import create_app
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.models import Delivery
from tocsin.errors import ApiError
from tocsin.events import answers, service
from tocsin.events.models import Event
from tocsin.events.schemas import EventIn, EventResult
from tocsin.kit.clock import FrozenClock
from tocsin.notifications.models import Notification
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs.models import Org
from tocsin.schedule.models import Firing
from tocsin.signals import NotificationCreated
from tocsin.users.models import User


def _lead(owner: str, n: int, **extra: Any) -> EventIn:
    body = {"type": "lead_assigned", "actor": "boss", "entity": {"type": "lead", "id": f"L{n}", "owner": owner}}
    return EventIn.model_validate({**body, **extra})


def _org(ctx: AppContext, handle: OrgHandle) -> Org:
    with ctx.reads() as session:
        org = orgs_repo.get_by_slug(session, handle.slug)
    assert org is not None
    return org


def test_one_failing_event_does_not_fail_its_batch_mates(ctx: AppContext, factory: Factory) -> None:
    handle = factory.org()
    for name in ("boss", "ann", "bob", "broken"):
        handle.put_user(name, email=f"{name}@example.com")
    # Bad recipient data (say, from a manual edit of the database): the group's set-based write
    # fails on it, every event is written alone, and only the event naming that user fails.
    with ctx.sessions() as session:
        session.execute(update(User).where(User.username == "broken").values(roles=5))
        session.commit()
    heard: list[NotificationCreated] = []
    ctx.signals.on_notifications_created(heard.extend)
    key = handle.api_key
    items = [
        service.Ingestion(ctx, key, _lead("ann", 1, idempotency_key="k1")),
        service.Ingestion(ctx, key, EventIn.model_validate({"type": "no_such_type", "recipients": ["ann"]})),
        service.Ingestion(ctx, key, _lead("broken", 2)),
        service.Ingestion(ctx, key, _lead("bob", 3)),
        service.Ingestion(ctx, key, _lead("ann", 1, idempotency_key="k1")),  # a repeat in the same group
        service.Ingestion(ctx, "tsn_not-a-key", _lead("bob", 4)),
    ]

    async def submit_all() -> list[Any]:
        jobs = [ctx.writer.run_grouped(service.SINGLE_EVENTS, item) for item in items]
        return await asyncio.gather(*jobs, return_exceptions=True)

    answers = factory.client.portal.call(submit_all)  # the app's writer, in the app's loop

    first, unknown, broken, third, repeat, stranger = answers
    assert isinstance(first, EventResult) and first.recipients == ["ann"] and not first.duplicate
    assert isinstance(unknown, ApiError) and unknown.field == "type"
    assert isinstance(broken, Exception) and not isinstance(broken, ApiError)
    assert isinstance(third, EventResult) and third.recipients == ["bob"]
    assert isinstance(repeat, EventResult) and repeat.duplicate and repeat.event_id == first.event_id
    assert isinstance(stranger, ApiError) and stranger.status == 401
    org = _org(ctx, handle)
    with ctx.reads() as session:
        events = session.scalars(select(Event).where(Event.org_id == org.id).order_by(Event.id)).all()
        assert [e.id for e in events] == [first.event_id, third.event_id]
        assert events[0].result is not None and events[0].result["recipients"] == ["ann"]
        stored = session.scalars(select(Notification.id).order_by(Notification.id)).all()
    assert len(stored) == 2
    # Pushes leave after the commit, for the committed events only.
    assert sorted(item.notification["id"] for item in heard) == list(stored)


def test_grouped_and_single_ingestion_answer_alike(ctx: AppContext, factory: Factory) -> None:
    """The write queue's two doors, a group and one event at a time (its fallback when a group
    fails), make the same decisions (managers, unknowns, deliveries, skipped)."""
    handle = factory.org()
    handle.put_user("boss", email="boss@example.com")
    handle.put_user("mgr", email="mgr@example.com")
    handle.put_user("ann", email="ann@example.com", manager="mgr")
    handle.put_user("bob")  # no email: skipped
    factory.client.put("/v1/admin/settings", json={"manager_copy": True}, headers=handle.headers)
    key = handle.api_key
    bodies = [_lead("ann", 1), _lead("bob", 2), _lead("nobody", 3), _lead("ann", 4, recipients=["bob", "zed"])]

    async def run(grouped: bool) -> list[Any]:
        if grouped:
            jobs = [ctx.writer.run_grouped(service.SINGLE_EVENTS, service.Ingestion(ctx, key, b)) for b in bodies]
            return await asyncio.gather(*jobs)
        return [
            await ctx.writer.run(lambda s, b=b: service.ingest_one(s, service.Ingestion(ctx, key, b))) for b in bodies
        ]

    together = factory.client.portal.call(run, True)
    alone = factory.client.portal.call(run, False)
    strip = [{k: v for k, v in r.model_dump().items() if k != "event_id"} for r in together]
    assert strip == [{k: v for k, v in r.model_dump().items() if k != "event_id"} for r in alone]
    assert together[0].recipients == ["ann", "mgr"] and together[0].deliveries == {"email": 2}
    assert together[1].skipped == {"email": 1} and together[2].unknown_recipients == ["nobody"]
    assert ctx.writer.stats.largest_batch > 1


@pytest.mark.usefixtures("ctx")  # the test database is emptied afterwards
def test_a_full_write_queue_answers_503_with_retry_after_at_once(settings: Settings, clock: FrozenClock) -> None:
    small = settings.model_copy(update={"write_queue_size": 1, "write_batch_size": 1, "write_workers": 1})
    ctx = AppContext.build(small, clock=clock)
    release = threading.Event()
    try:
        with TestClient(create_app(ctx=ctx)) as client:
            org = Factory(ctx, client).org()
            org.put_user("ann")
            # The writer is busy with one job and one more waits: the queue is full.
            busy = client.portal.start_task_soon(ctx.writer.run, lambda _s: release.wait(30))
            for _ in range(1000):
                if ctx.writer.depth == 0:
                    break
                release.wait(0.01)
            waiting = client.portal.start_task_soon(ctx.writer.run, lambda _s: None)
            r = client.post("/v1/events", json=_lead("ann", 1).model_dump(exclude_none=True), headers=org.headers)
            assert r.status_code == 503, r.text
            assert r.headers["retry-after"] == "1"
            assert r.json()["error"]["code"] == "overloaded"
            assert client.get("/healthz").json()["status"] == "ok"
            release.set()
            busy.result(timeout=30)
            waiting.result(timeout=30)
            org.event("lead_assigned", actor="boss", entity={"type": "lead", "id": "L2", "owner": "ann"})
    finally:
        release.set()
        ctx.dispose()


@pytest.mark.parametrize("change", ["template", "channel"])
def test_an_admin_change_through_one_process_reaches_anothers_cache(
    settings: Settings, clock: FrozenClock, ctx: AppContext, factory: Factory, change: str
) -> None:
    """Two contexts on one database stand for two processes: B's cached configuration is
    replaced once A's admin change commits (the org's config_version moved)."""
    handle = factory.org()
    handle.put_user("boss", email="boss@example.com")
    handle.put_user("ann", email="ann@example.com")
    other = AppContext.build(settings, clock=clock)
    try:
        with TestClient(create_app(ctx=other)) as b:

            def post(n: int) -> dict[str, Any]:
                body = _lead("ann", n).model_dump(exclude_none=True)
                r = b.post("/v1/events", json=body, headers=handle.headers)
                assert r.status_code == 202, r.text
                result: dict[str, Any] = r.json()
                return result

            first = post(1)  # B caches the org's configuration
            assert first["deliveries"] == {"email": 1}
            if change == "template":
                r = factory.client.put(
                    "/v1/admin/event-types/lead_assigned",
                    json={"title_template": "Yours now: {{ entity.id }}"},
                    headers=handle.headers,
                )
            else:
                r = factory.client.post("/v1/admin/channels/email/disable", headers=handle.headers)
            assert r.status_code in (200, 201), r.text
            second = post(2)
            if change == "template":
                page = b.get("/v1/me/notifications", headers=handle.user_headers("ann")).json()
                assert page["items"][0]["title"] == "Yours now: L2"
            else:
                assert second["deliveries"] == {"email": 1}
                with other.reads() as session:
                    from tocsin.deliveries.models import Delivery

                    statuses = session.scalars(select(Delivery.status).order_by(Delivery.id)).all()
                assert list(statuses) == ["pending", "held"]
    finally:
        other.dispose()


def test_a_rule_batch_decides_once_and_writes_each_record_what_it_would_get_alone(
    ctx: AppContext, factory: Factory
) -> None:
    """A rule matching many records decides and plans once per kind of event (same matched rules,
    actor and urgency): every record still gets its own texts, and the rows, escalation steps and
    answers are those of ingesting each event alone."""
    handle = factory.org()
    # Quiet 08:00-10:00 in each user's zone; the clock says 09:00 UTC: ann is in it, bob is not.
    factory.client.put(
        "/v1/admin/settings",
        json={"dnd": {"enabled": True, "start": "08:00", "end": "10:00", "timezone": "UTC"}},
        headers=handle.headers,
    )
    handle.put_user("boss", email="boss@example.com")
    handle.put_user("ann", email="ann@example.com", manager="boss", timezone="UTC", locale="de")
    handle.put_user("bob", email="bob@example.com", timezone="Asia/Kolkata")
    handle.put_user("cy")  # no email: skipped
    # lead_assigned escalates when unread: each notification gets its own steps.
    rule = {"entity_type": "lead", "field": "status", "values": ["Hot"], "event_type": "lead_assigned"}
    r = factory.client.put(
        "/v1/admin/rules/hot", json={**rule, "recipients": ["ann", "bob", "cy", "ghost"]}, headers=handle.headers
    )
    assert r.status_code == 201, r.text
    key = handle.api_key

    def updated(n: int, old: str = "Cold", **extra: Any) -> EventIn:
        entity = {"type": "lead", "id": f"L{n}", "name": f"Lead {n}", "url": f"https://crm.example.com/l/{n}"}
        return EventIn.model_validate(
            {"type": "record_updated", "entity": entity, "data": {"changes": {"status": [old, "Hot"]}}, **extra}
        )

    bodies = [
        updated(1),
        updated(2),
        updated(3, actor="bob"),  # the actor is left out: another decision
        updated(4, urgent=True),  # another quiet-hours decision, same recipients
        updated(5, old="Hot"),  # not entering the value: no rule matched
        updated(6),
    ]

    async def run(grouped: bool) -> list[Any]:
        if grouped:
            jobs = [ctx.writer.run_grouped(service.SINGLE_EVENTS, service.Ingestion(ctx, key, b)) for b in bodies]
            return await asyncio.gather(*jobs)
        return [
            await ctx.writer.run(lambda s, b=b: service.ingest_one(s, service.Ingestion(ctx, key, b))) for b in bodies
        ]

    def written(answers: list[Any]) -> list[Any]:
        """Per event: its notifications, their deliveries and escalation steps, ids left out."""
        out = []
        with ctx.reads() as session:
            for answer in answers:
                notes = session.scalars(
                    select(Notification).where(Notification.event_id == answer.event_id).order_by(Notification.id)
                ).all()
                rows = []
                for note in notes:
                    deliveries = session.execute(
                        select(Delivery.channel, Delivery.status, Delivery.reason, Delivery.next_attempt_at)
                        .where(Delivery.notification_id == note.id)
                        .order_by(Delivery.channel)
                    ).all()
                    steps = session.execute(
                        select(Firing.type, Firing.recipient, Firing.due_at)
                        .where(Firing.notification_id == note.id)
                        .order_by(Firing.due_at)
                    ).all()
                    rows.append((note.user_id, note.title, note.body, note.silent, note.url, deliveries, steps))
                out.append(rows)
        return out

    together = factory.client.portal.call(run, True)
    alone = factory.client.portal.call(run, False)
    assert ctx.writer.stats.largest_batch > 1
    strip = [{k: v for k, v in r.model_dump().items() if k != "event_id"} for r in together]
    assert strip == [{k: v for k, v in r.model_dump().items() if k != "event_id"} for r in alone]
    assert written(together) == written(alone)
    first, _, by_bob, _, unmatched, _ = together
    assert first.recipients == ["ann", "bob", "cy"] and first.unknown_recipients == ["ghost"]
    assert first.deliveries == {"email": 2} and first.skipped == {"email": 1}
    assert by_bob.recipients == ["ann", "cy"] and unmatched.notifications == 0
    rows = written(together)
    assert [title for _, title, *_ in rows[0]] != [title for _, title, *_ in rows[1]]  # each its own record
    assert all("Lead 1" in title for _, title, *_ in rows[0])
    ann_quiet = {(deliveries[0].status, deliveries[0].reason) for _, _, _, _, _, deliveries, _ in rows[0][:1]}
    assert ann_quiet == {("deferred", "quiet_hours")}
    ann_urgent = rows[3][0][5][0]
    assert (ann_urgent.status, ann_urgent.reason) != ("deferred", "quiet_hours")  # urgent: let through
    assert all(len(steps) == 2 for _, _, _, _, _, _, steps in rows[0][:1])  # ann: send, then boss
    with ctx.reads() as session:
        stored = session.scalar(select(Event.result).where(Event.id == first.event_id))
    assert stored == first.model_dump()


def test_a_constructed_answer_is_the_validated_one() -> None:
    stored = {
        "event_id": 7,
        "duplicate": False,
        "notifications": 1,
        "recipients": ["ann"],
        "unknown_recipients": ["ghost"],
        "inactive_recipients": [],
        "deliveries": {"email": 1},
        "skipped": {},
        "warnings": [],
        "matched_rules": ["hot"],
    }
    built, validated = answers.constructed(stored), EventResult.model_validate(stored)
    assert built == validated
    assert built.model_dump() == validated.model_dump() == stored
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_copy(update={"duplicate": True}).duplicate is True and built.duplicate is False
    plain = {k: v for k, v in stored.items() if k != "matched_rules"}
    assert answers.constructed(plain).model_dump() == plain  # matched_rules only for record_updated
