"""Mass updates that read as one: more than `collapse_over` notifications of one rule (or type)
for one recipient in one batch call become one, listing the first 20 records with a link to the
rest; every event is still stored and answered. A smaller batch is unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from tests.factories import Factory, OrgHandle
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.models import Delivery
from tocsin.events.models import Event
from tocsin.kit.sandbox import render
from tocsin.notifications.models import Notification
from tocsin.templates.defaults import builtin

ESIGNED = {
    "entity_type": "sales_order",
    "field": "status",
    "values": ["eSigned"],
    "event_type": "sales_order_status_change",
    "recipients": ["shipping", "ops"],
}
HISTORY = "https://tocsin.example/admin#events?type=record_updated&since=2026-11-20T09%3A00%3A00Z&until=2026-11-20T09%3A00%3A00Z&rule=so"


@pytest.fixture
def settings(base_settings: Settings) -> Settings:
    # 10,000 events are about 1.5 MB of JSON: above the default body limit, raised as an org
    # sending mass updates this large would (TOCSIN_MAX_BODY_BYTES).
    # The public address makes the collapsed notification's links absolute (emails need them).
    return base_settings.model_copy(
        update={"max_body_bytes": 16 * 1024 * 1024, "public_url": "https://tocsin.example/"}
    )


def _count(ctx: AppContext, model: type, org_id: int, **where: Any) -> int:
    with ctx.sessions() as s:
        stmt = select(func.count()).select_from(model).where(model.org_id == org_id)  # type: ignore[attr-defined]
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return int(s.scalar(stmt) or 0)


def _setup(org: OrgHandle, **rule: Any) -> None:
    org.put_user("shipping", email="shipping@example.com", locale="de")
    org.put_user("ops", email="ops@example.com")
    r = org.client.put("/v1/admin/rules/so", json={**ESIGNED, **rule}, headers=org.headers)
    assert r.status_code == 201, r.text


def _updates(n: int, *, start: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "type": "record_updated",
            "actor": "sue",
            "entity": {"type": "sales_order", "id": f"SO-{i}", "name": f"SO-{i}", "url": f"/so/{i}"},
            "data": {"changes": {"status": ["Draft", "eSigned"]}},
        }
        for i in range(start, start + n)
    ]


def _batch(org: OrgHandle, events: list[dict[str, Any]], **extra: Any) -> list[dict[str, Any]]:
    r = org.client.post("/v1/events/batch", json={"events": events, **extra}, headers=org.headers)
    assert r.status_code == 202, r.text[:500]
    return r.json()["results"]  # type: ignore[no-any-return]


def test_a_10000_record_mass_update_is_one_notification_per_recipient(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    _setup(org)
    results = _batch(org, _updates(10_000))

    # Every record is stored and answered; one notification (one email) per recipient.
    assert len(results) == 10_000 and _count(ctx, Event, org.id) == 10_000
    assert all(x["matched_rules"] == ["so"] for x in results)
    assert sorted(results[0]["recipients"]) == sorted(results[-1]["recipients"]) == ["ops", "shipping"]
    assert [x["notifications"] for x in results[:3]] == [2, 0, 0] and sum(x["notifications"] for x in results) == 2
    said = "collapsed: the batch's notifications of rule 'so' to shipping, ops became one each"
    assert results[1]["warnings"] == [said]
    assert _count(ctx, Notification, org.id) == 2
    assert _count(ctx, Delivery, org.id, channel="email") == 2

    item = org.me("ops", "GET", "/notifications").json()["items"][0]
    assert item["title"] == "10000 sales orders entered eSigned"
    lines = item["body"].split("\n")
    assert lines[:2] == ["- SO-0: /so/0", "- SO-1: /so/1"] and lines[19] == "- SO-19: /so/19"
    assert lines[20] == f"and 9980 more: {HISTORY}" and len(lines) == 21
    assert item["url"] == HISTORY
    collapsed = item["data"]["collapsed"]
    assert collapsed["count"] == 10_000 and len(collapsed["records"]) == 20 and collapsed["more"] == 9980
    assert collapsed["events_url"].startswith("https://tocsin.example/v1/events?type=record_updated&since=")

    german = org.me("shipping", "GET", "/notifications").json()["items"][0]
    assert german["title"] == "10000 Datensätze (sales orders) jetzt eSigned"
    assert german["body"].endswith(f"und 9980 weitere: {HISTORY}")


def test_a_batch_at_or_below_the_threshold_is_unchanged(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    _setup(org)
    results = _batch(org, _updates(10))
    assert [x["notifications"] for x in results] == [2] * 10 and all(x["warnings"] == [] for x in results)
    assert _count(ctx, Notification, org.id) == 20
    titles = {n["title"] for n in org.me("ops", "GET", "/notifications").json()["items"]}
    assert len(titles) == 10 and "Sales order SO-3: updated" in titles
    # 25 is not more than 25: unchanged too.
    assert sum(x["notifications"] for x in _batch(org, _updates(25, start=10))) == 50


def test_the_rule_and_the_call_choose_the_threshold(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    _setup(org, collapse_over=5)
    assert sum(x["notifications"] for x in _batch(org, _updates(6))) == 2  # the rule's 5
    assert sum(x["notifications"] for x in _batch(org, _updates(6, start=6), collapse_over=10)) == 12  # the call's
    assert sum(x["notifications"] for x in _batch(org, _updates(40, start=12), collapse_over=None)) == 80  # never
    got = org.client.get("/v1/admin/rules/so", headers=org.headers).json()
    assert got["collapse_over"] == 5
    r = org.client.put("/v1/admin/rules/so", json={**ESIGNED, "collapse_over": 0}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "collapse_over"
    r = org.client.post("/v1/events/batch", json={"events": _updates(1), "collapse_over": "x"}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "collapse_over"


def test_a_type_outside_rules_collapses_per_recipient(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    org.put_user("bob", email="bob@example.com")
    tasks = [
        {"type": "task_assigned", "entity": {"type": "task", "id": f"T{i}", "name": f"Call {i}", "owner": owner}}
        for i in range(30)
        for owner in ("ann",)
    ] + [{"type": "task_assigned", "entity": {"type": "task", "id": "B1", "name": "Bob's", "owner": "bob"}}]
    results = _batch(org, tasks)
    assert results[0]["notifications"] == 1 and sum(x["notifications"] for x in results) == 2
    assert _count(ctx, Notification, org.id) == 2  # ann's one for 30, bob's own
    ann = org.me("ann", "GET", "/notifications").json()["items"][0]
    assert ann["title"] == "30 task assigned notifications" and ann["body"].startswith("- Call 0\n- Call 1\n")
    assert org.me("bob", "GET", "/notifications").json()["items"][0]["title"] == "Task assigned: Bob's"
    # Messages written by hand are each read: `manual` never collapses.
    notes = [{"type": "manual", "recipients": ["bob"], "data": {"message": f"m{i}"}} for i in range(30)]
    assert sum(x["notifications"] for x in _batch(org, notes)) == 30


def test_a_collapsed_notification_is_one_sms_line_with_its_link() -> None:
    sms = builtin("sales_order_status_change", "sms").body
    collapsed = {"title": "42 sales orders entered eSigned", "data": {"collapsed": {"count": 42}}, "url": HISTORY}
    assert render(sms, collapsed) == f"42 sales orders entered eSigned {HISTORY}"
    one = {"name": "SO-1", "data": {"status": "eSigned"}, "url": "https://crm.example/so/1"}
    assert render(sms, one) == "Sales order SO-1: eSigned https://crm.example/so/1"
