"""The event history (GET /v1/events, GET /v1/events/{id}): filters, keyset pages, the detail
with recipients, notifications and deliveries (sent through a real SMTP server on loopback),
another org's events never visible, and the history following the retention purge."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink, email_through
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock
from tocsin.schedule import retention


@pytest.fixture
def sink(smtp_sink: Callable[..., SmtpSink]) -> SmtpSink:
    return smtp_sink()


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink) -> Settings:
    return email_through(sink, base_settings)


def lead(owner: str, previous: str | None = None) -> dict[str, Any]:
    entity = {"type": "lead", "id": "L7", "name": "Jane Smith", "url": "https://crm.example/leads/7", "owner": owner}
    return entity if previous is None else {**entity, "previous_owner": previous}


def history(org: OrgHandle, **params: Any) -> dict[str, Any]:
    r = org.client.get("/v1/events", params=params, headers=org.headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def reassigned_twice(org: OrgHandle, clock: FrozenClock) -> list[int]:
    """ann gets the lead, then bob takes it from ann, then cy from bob; previous owners hear of it."""
    r = org.client.put("/v1/admin/settings", json={"notify_previous_owner": {"lead": True}}, headers=org.headers)
    assert r.status_code == 200, r.text
    for name in ("ann", "bob", "cy"):
        org.put_user(name, email=f"{name}@example.com", delivery_choice="email")
    ids = [org.event("lead_assigned", actor="boss", entity=lead("ann"))["event_id"]]
    clock.advance(seconds=60)
    ids.append(org.event("lead_assigned", actor="boss", entity=lead("bob", "ann"))["event_id"])
    clock.advance(seconds=60)
    ids.append(org.event("lead_assigned", actor="max", entity=lead("cy", "bob"))["event_id"])
    org.event("mention", actor="bob", entity={"type": "deal", "id": "D1"}, data={"text": "hi @cy"})
    return ids


def test_a_lead_reassigned_twice_shows_both_with_previous_owner_recipients_and_deliveries(
    factory: Factory, ctx: AppContext, clock: FrozenClock, sink: SmtpSink
) -> None:
    org = factory.org()
    first, second, third = reassigned_twice(org, clock)
    asyncio.run(Worker(ctx, worker_id="test-worker").cycle())  # the emails go out through the SMTP sink
    org.me("bob", "POST", "/notifications/read-all")

    about = history(org, entity_type="lead", entity_id="L7")
    assert [e["id"] for e in about["items"]] == [third, second, first]  # newest first
    reassignments = [e for e in about["items"] if e["entity"].get("previous_owner")]
    assert [(e["entity"]["previous_owner"], e["entity"]["owner"]) for e in reassignments] == [
        ("bob", "cy"),
        ("ann", "bob"),
    ]
    assert all(e["recipient_count"] == 2 and e["queued"] == {"email": 2} for e in reassignments)

    detail = org.client.get(f"/v1/events/{second}", headers=org.headers).json()
    assert detail["type"] == "lead_assigned" and detail["actor"] == "boss"
    assert sorted(detail["recipients"]) == ["ann", "bob"]
    notes = {n["user"]: n for n in detail["notifications"]}
    assert notes["bob"]["read_at"] is not None and notes["ann"]["read_at"] is None
    assert sorted((d["recipient"], d["channel"], d["status"]) for d in detail["deliveries"]) == [
        ("ann", "email", "sent"),
        ("bob", "email", "sent"),
    ]
    assert all(d["attempts"] == 1 and d["address"].endswith("@example.com") for d in detail["deliveries"])
    assert "ann@example.com" not in str(detail)  # addresses masked
    assert len(sink.messages) == 6


def test_filters_combine_and_pages_follow_the_cursor(factory: Factory, clock: FrozenClock) -> None:
    org = factory.org()
    first, second, third = reassigned_twice(org, clock)
    assert [e["id"] for e in history(org, type="lead_assigned")["items"]] == [third, second, first]
    assert [e["type"] for e in history(org, type="mention")["items"]] == ["mention"]
    assert [e["id"] for e in history(org, actor="max")["items"]] == [third]
    assert [e["id"] for e in history(org, recipient="ann")["items"]] == [second, first]
    assert [e["id"] for e in history(org, recipient="ann", actor="boss", type="lead_assigned")["items"]] == [
        second,
        first,
    ]
    assert history(org, recipient="nobody")["items"] == []
    created = {e["id"]: e["created_at"] for e in history(org)["items"]}
    assert [e["id"] for e in history(org, since=created[second], until=created[third])["items"]] == [second]

    seen: list[int] = []
    page = history(org, limit=1)
    while True:
        seen += [e["id"] for e in page["items"]]
        if page["next_cursor"] is None:
            break
        page = history(org, limit=1, cursor=page["next_cursor"])
    assert seen == sorted(seen, reverse=True) and len(seen) == 4

    bad = org.client.get("/v1/events", params={"cursor": "nonsense"}, headers=org.headers)
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "cursor"
    bad = org.client.get("/v1/events", params={"limit": 201}, headers=org.headers)
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "limit"
    bad = org.client.get("/v1/events", params={"since": "yesterday"}, headers=org.headers)
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "since"


def test_another_orgs_events_are_never_visible(factory: Factory, clock: FrozenClock) -> None:
    one, two = factory.org(), factory.org()
    first, _, _ = reassigned_twice(one, clock)
    assert history(two)["items"] == []
    assert history(two, entity_type="lead", entity_id="L7")["items"] == []
    r = two.client.get(f"/v1/events/{first}", headers=two.headers)
    assert r.status_code == 404
    assert one.client.get("/v1/events").status_code == 401
    assert one.client.get(f"/v1/events/{first}", headers=one.user_headers("ann")).status_code == 404


def test_the_history_is_kept_as_long_as_notifications(factory: Factory, ctx: AppContext, clock: FrozenClock) -> None:
    org = factory.org()
    r = org.client.put("/v1/admin/settings", json={"retention_days": 30}, headers=org.headers)
    assert r.status_code == 200, r.text
    old, _, _ = reassigned_twice(org, clock)
    clock.advance(days=31)
    fresh = org.event("lead_assigned", actor="boss", entity=lead("ann"))["event_id"]
    retention.purge_all(ctx)
    assert [e["id"] for e in history(org)["items"]] == [fresh]
    assert org.client.get(f"/v1/events/{old}", headers=org.headers).status_code == 404
