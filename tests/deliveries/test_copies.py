"""Copies to fixed addresses: an event type's `cc_emails` get the same email as its recipients,
marked as a copy, logged as deliveries to the address, stopped by the copy's one-click link."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.deliveries.conftest import cycle, deliveries
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker

PUBLIC = "https://tocsin.example.com"
ARCHIVE = "sales-archive@corp.example"
LEAD = {"type": "lead", "id": "L-7", "name": "Jane Smith", "owner": "ann", "previous_owner": "bob"}


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"public_url": PUBLIC + "/"})


def _copying(org: OrgHandle, *addresses: str) -> None:
    r = org.client.put(
        "/v1/admin/event-types/record_reassigned",
        json={"cc_emails": list(addresses), "routing": {"email": {"on": True, "overridable": True}}},
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    assert r.json()["cc_emails"] == list(addresses)


def test_a_reassignment_is_copied_to_a_fixed_address_until_it_unsubscribes(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    org.put_user("bob", email="bob@example.com")
    _copying(org, ARCHIVE)
    answer = org.event("record_reassigned", actor="bob", entity=LEAD)
    assert answer["recipients"] == ["ann"]
    assert cycle(worker).sent == 2

    by_to = {m.rcpt_tos[0]: m.message for m in sink.messages}
    assert set(by_to) == {"ann@example.com", ARCHIVE}
    copy, original = by_to[ARCHIVE], by_to["ann@example.com"]
    assert copy["Subject"] == "Copy: " + original["Subject"]
    assert copy["X-Tocsin-Copy"] == "yes" and original["X-Tocsin-Copy"] is None
    text = copy.get_body(("plain",)).get_content()
    assert text.startswith("This is a copy of a notification")
    message = original.get_body(("plain",)).get_content().split("\n--")[0]  # the footer's link differs
    assert message.strip() and message in text  # the same template
    # No in-app notification for the copy: ann's is the only one.
    assert [n["title"] for n in org.me("ann", "GET", "/notifications").json()["items"]]
    copies = [d for d in deliveries(ctx) if d.copy_to is not None]
    assert len(copies) == 1 and copies[0].user_id == 0 and copies[0].status == "sent"

    log = org.client.get("/v1/admin/deliveries", params={"channel": "email"}, headers=org.headers).json()["items"]
    logged = [item for item in log if item["is_copy"]]
    assert len(logged) == 1
    assert logged[0]["recipient"] == logged[0]["address"] != ARCHIVE  # masked
    assert logged[0]["address"].endswith("@corp.example")
    assert ARCHIVE not in str(log)
    detail = org.client.get(f"/v1/admin/deliveries/{logged[0]['id']}", headers=org.headers)
    assert detail.status_code == 200 and detail.json()["status"] == "sent"

    link = re.fullmatch(r"<(https://tocsin\.example\.com/v1/unsubscribe/[\w.-]+)>", copy["List-Unsubscribe"])
    assert link is not None and copy["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = link.group(1).removeprefix(PUBLIC)
    page = org.client.get(path)
    assert page.status_code == 200 and "copies of notifications sent to this address" in page.text
    assert "notification bell" not in page.text  # the address has no bell
    done = org.client.post(
        path, content="List-Unsubscribe=One-Click", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert done.status_code == 200 and "no longer get emails" in done.text, done.text

    org.event("record_reassigned", actor="bob", entity={**LEAD, "id": "L-8"})
    assert cycle(worker).sent == 1  # ann's email only
    assert [m.rcpt_tos for m in sink.messages[2:]] == [["ann@example.com"]]
    skipped = [d for d in deliveries(ctx) if d.copy_to is not None and d.status == "skipped"]
    assert len(skipped) == 1 and skipped[0].last_error == "unsubscribed"
    # ann's own email stays on: the copy's link turned off nothing of hers.
    assert org.me("ann", "GET", "/preferences").json()["event_types"]["record_reassigned"]["email"]["on"] is True


def test_no_copy_while_email_is_off(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    _copying(org, ARCHIVE)
    r = org.client.post("/v1/admin/channels/email/disable", headers=org.headers)
    assert r.status_code == 200, r.text
    org.event("record_reassigned", entity=LEAD)
    copies = [d for d in deliveries(ctx) if d.copy_to is not None]
    assert [(d.status, d.reason) for d in copies] == [("skipped", "email channel disabled")]
    cycle(worker)
    assert sink.messages == []


def test_copies_wait_for_the_orgs_quiet_hours(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    _copying(org, ARCHIVE)
    now = ctx.clock.now()
    start, end = (now - timedelta(hours=1)).strftime("%H:%M"), (now + timedelta(hours=1)).strftime("%H:%M")
    dnd = {"enabled": True, "start": start, "end": end, "timezone": "UTC"}
    assert org.client.put("/v1/admin/settings", json={"dnd": dnd}, headers=org.headers).status_code == 200
    org.event("record_reassigned", entity=LEAD)
    copies = [d for d in deliveries(ctx) if d.copy_to is not None]
    assert [(d.status, d.reason) for d in copies] == [("deferred", "quiet_hours")]


@pytest.mark.parametrize(
    ("cc", "field"),
    [
        (["not-an-address"], "cc_emails.0"),
        ([f"a{i}@corp.example" for i in range(11)], "cc_emails"),
        ("sales@corp.example", "cc_emails"),
    ],
)
def test_cc_emails_are_checked(factory: Factory, cc: object, field: str) -> None:
    org = factory.org()
    r = org.client.put("/v1/admin/event-types/record_reassigned", json={"cc_emails": cc}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == field, r.text
    stored = org.client.get("/v1/admin/event-types/record_reassigned", headers=org.headers).json()
    assert stored["cc_emails"] == []


def test_copies_share_the_events_email_throttle(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    _copying(org, ARCHIVE, "ops@corp.example")
    settings = {"email_batch_size": 2, "email_batch_window_seconds": 60}
    assert org.client.put("/v1/admin/settings", json=settings, headers=org.headers).status_code == 200
    org.event("record_reassigned", entity=LEAD)
    now = ctx.clock.now()
    due = sorted((d.next_attempt_at - now).total_seconds() for d in deliveries(ctx) if d.channel == "email")
    assert due == [0, 0, 60]  # ann's email and the two copies: two per minute


def test_a_field_change_rule_has_copies_of_its_own(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    org.put_user("shipping", email="shipping@example.com")
    rule = {
        "entity_type": "sales_order",
        "field": "status",
        "values": ["eSigned"],
        "event_type": "sales_order_status_change",
        "recipients": ["shipping"],
        "cc_emails": ["Sales-Manager@corp.example"],
    }
    bad = org.client.put("/v1/admin/rules/so", json={**rule, "cc_emails": ["nope"]}, headers=org.headers)
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "cc_emails.0", bad.text
    r = org.client.put("/v1/admin/rules/so", json=rule, headers=org.headers)
    assert r.status_code == 201 and r.json()["cc_emails"] == ["Sales-Manager@corp.example"], r.text
    order = {"type": "sales_order", "id": "SO-1", "name": "SO-1"}
    org.event("record_updated", entity=order, data={"changes": {"status": ["Draft", "eSigned"]}})
    assert cycle(worker).sent == 2
    assert sorted(m.rcpt_tos[0] for m in sink.messages) == ["Sales-Manager@corp.example", "shipping@example.com"]
    [copy] = [m.message for m in sink.messages if m.rcpt_tos == ["Sales-Manager@corp.example"]]
    assert copy["Subject"].startswith("Copy: ") and copy["X-Tocsin-Copy"] == "yes"


def test_a_reassignment_module_has_copies_of_its_own(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    bad = {"reassignment_cc_emails": {"lead": ["nope"]}}
    r = org.client.put("/v1/admin/settings", json=bad, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"].startswith("reassignment_cc_emails"), r.text
    copies = {"reassignment_cc_emails": {"lead": ["leads-desk@corp.example"]}}
    r = org.client.put("/v1/admin/settings", json=copies, headers=org.headers)
    assert r.status_code == 200 and r.json()["reassignment_cc_emails"] == copies["reassignment_cc_emails"], r.text
    email_on = {"routing": {"email": {"on": True, "overridable": True}}}
    assert org.client.put("/v1/admin/event-types/record_reassigned", json=email_on, headers=org.headers).is_success
    org.event("record_reassigned", actor="bob", entity=LEAD)
    org.event("record_reassigned", actor="bob", entity={**LEAD, "type": "deal", "id": "D-1"})
    assert cycle(worker).sent == 3  # ann twice, the lead desk once (the deal module has no copies)
    sent_to = sorted(m.rcpt_tos[0] for m in sink.messages)
    assert sent_to == ["ann@example.com", "ann@example.com", "leads-desk@corp.example"]
