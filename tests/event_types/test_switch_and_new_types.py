"""Event types on and off (`enabled`), and the built-in types of the duplicate check, the
customer portal, the help desk's SLA and personnel: who hears of each."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from tests.factories import Factory, OrgHandle
from tocsin.context import AppContext
from tocsin.deliveries.models import Delivery
from tocsin.events.models import Event
from tocsin.notifications.models import Notification

LEAD = {"type": "lead", "id": "L7", "name": "Ada Park", "url": "https://crm.example/leads/7", "owner": "ann"}


def _count(ctx: AppContext, model: type, org_id: int) -> int:
    with ctx.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(model.org_id == org_id)) or 0)  # type: ignore[attr-defined]


def _team(org: OrgHandle) -> None:
    org.put_user("ann", email="ann@example.com", manager="max")
    org.put_user("bob", email="bob@example.com", manager="max")
    org.put_user("max", email="max@example.com")
    org.put_user("hr", email="hr@example.com")


def test_a_switched_off_type_is_stored_and_notifies_nobody(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    _team(org)
    shown = org.client.get("/v1/admin/event-types/lead_assigned", headers=org.headers).json()
    assert shown["enabled"] is True
    r = org.client.patch("/v1/admin/event-types/lead_assigned", json={"enabled": False}, headers=org.headers)
    assert r.status_code == 200, r.text
    assert r.json()["enabled"] is False and r.json()["title_template"] == shown["title_template"]
    assert org.client.get("/v1/admin/event-types/lead_assigned", headers=org.headers).json()["enabled"] is False

    got = org.event("lead_assigned", actor="bob", entity=LEAD, idempotency_key="k1")
    assert got["notifications"] == 0 and got["recipients"] == [] and got["deliveries"] == {}
    assert got["warnings"] == ["event type 'lead_assigned' is switched off (event_types.enabled)"]
    assert _count(ctx, Event, org.id) == 1  # stored: the event history lists it
    assert _count(ctx, Notification, org.id) == 0 and _count(ctx, Delivery, org.id) == 0
    assert org.event("lead_assigned", actor="bob", entity=LEAD, idempotency_key="k1")["duplicate"] is True

    # In a batch too; other types of the batch are unchanged.
    batch = {"events": [{"type": "lead_assigned", "entity": LEAD}, {"type": "task_assigned", "entity": LEAD}]}
    off, on = org.client.post("/v1/events/batch", json=batch, headers=org.headers).json()["results"]
    assert off["notifications"] == 0 and "switched off" in off["warnings"][0]
    assert on["notifications"] == 1 and on["recipients"] == ["ann"]

    # PUT sets it as well, and on again notifies as before.
    r = org.client.put("/v1/admin/event-types/lead_assigned", json={"enabled": True}, headers=org.headers)
    assert r.status_code == 200 and r.json()["enabled"] is True
    assert org.event("lead_assigned", entity=LEAD)["notifications"] == 1


def test_a_rule_notifying_as_a_switched_off_type_notifies_nobody(factory: Factory) -> None:
    org = factory.org()
    _team(org)
    rule = {
        "entity_type": "sales_order", "field": "status", "values": ["eSigned"],
        "event_type": "sales_order_status_change", "recipients": ["ann"],
    }  # fmt: skip
    assert org.client.put("/v1/admin/rules/so", json=rule, headers=org.headers).status_code == 201
    org.client.patch("/v1/admin/event-types/sales_order_status_change", json={"enabled": False}, headers=org.headers)
    got = org.event(
        "record_updated", entity={"type": "sales_order", "id": "SO-1"}, data={"changes": {"status": ["a", "eSigned"]}}
    )
    assert got["notifications"] == 0 and got["matched_rules"] == ["so"]
    said = "rule 'so': event type 'sales_order_status_change' is switched off (event_types.enabled)"
    assert got["warnings"] == [said]


def test_the_switch_refuses_bad_input_and_unknown_types(factory: Factory) -> None:
    org = factory.org()
    r = org.client.patch("/v1/admin/event-types/lead_assigned", json={"enabled": "maybe"}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "enabled"
    assert org.client.get("/v1/admin/event-types/lead_assigned", headers=org.headers).json()["enabled"] is True
    r = org.client.patch("/v1/admin/event-types/no_such_type", json={"enabled": False}, headers=org.headers)
    assert r.status_code == 404
    other = factory.org()
    org.client.patch("/v1/admin/event-types/lead_assigned", json={"enabled": False}, headers=org.headers)
    assert other.client.get("/v1/admin/event-types/lead_assigned", headers=other.headers).json()["enabled"] is True
    # Custom types have the switch too.
    r = org.client.put("/v1/admin/event-types/quote_viewed", json={"enabled": False}, headers=org.headers)
    assert r.status_code == 201 and r.json()["enabled"] is False


TICKET = {"type": "ticket", "id": "T-9", "name": "Printer on fire", "url": "https://crm.example/t/9", "owner": "bob"}

CASES: list[tuple[str, dict[str, Any], list[str], str]] = [
    (
        "possible_duplicate",
        {
            "entity": {**LEAD, "name": "Ada Parke"},
            "data": {"duplicate_id": "L3", "duplicate_name": "Ada Park", "duplicate_owner": "bob"},
        },
        ["ann", "bob"],
        "Possible duplicate: Ada Parke",
    ),
    ("portal_activity", {"entity": LEAD, "data": {"contact": "Ada", "activity": "viewed quote Q-12"}}, ["ann"],
     "Portal activity: Ada Park"),
    ("sla_warning", {"entity": TICKET, "data": {"assignee": "ann", "due_at": "at 15:00"}}, ["ann"],
     "SLA warning: Printer on fire"),
    ("sla_warning", {"entity": TICKET}, ["bob"], "SLA warning: Printer on fire"),  # no assignee: the owner
    ("sla_breached", {"entity": TICKET, "data": {"assignee": "ann"}}, ["ann", "max"], "SLA breached: Printer on fire"),
    ("absence_requested", {"actor": "ann", "data": {"kind": "leave", "from": "1 May", "to": "5 May"}}, ["max"],
     "Absence request: ann"),
    ("absence_requested", {"actor": "ann", "data": {"approvers": ["hr"]}}, ["hr"], "Absence request: ann"),
    ("review_due", {"data": {"employee": "bob", "due_at": "next week"}}, ["max", "bob"], "Review due: bob"),
    ("review_due", {"data": {"employee": "bob", "reviewer": "hr"}}, ["hr", "bob"], "Review due: bob"),
]  # fmt: skip


@pytest.mark.parametrize(("type_", "fields", "recipients", "title"), CASES)
def test_each_new_builtin_type_reaches_its_people(
    factory: Factory, type_: str, fields: dict[str, Any], recipients: list[str], title: str
) -> None:
    org = factory.org()
    _team(org)
    got = org.event(type_, **fields)
    assert sorted(got["recipients"]) == sorted(recipients), got
    assert got["warnings"] == [] and got["deliveries"].get("email") == len(recipients)
    item = org.me(recipients[0], "GET", "/notifications").json()["items"][0]
    assert item["title"] == title and item["body"]


def test_new_types_speak_german_and_say_why_nobody_heard(factory: Factory) -> None:
    org = factory.org()
    _team(org)
    org.put_user("jan", locale="de", manager="max")
    org.event("sla_breached", entity=TICKET, data={"assignee": "jan", "sla": "4h"})
    item = org.me("jan", "GET", "/notifications").json()["items"][0]
    assert item["title"] == "SLA verletzt: Printer on fire"
    assert item["body"] == "Printer on fire hat sein SLA verfehlt (4h)."
    got = org.event("absence_requested", data={"kind": "leave"})  # no approvers, no employee, no actor
    assert got["notifications"] == 0
    assert got["warnings"] == [
        "absence_requested notifies `data.approvers`, else the manager of `data.employee` (else of the actor), "
        "and the event has none"
    ]
