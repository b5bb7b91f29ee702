"""The CRM-side notifications: lead conversion, credit-limit override, lockout, manual notify."""

from __future__ import annotations

from tests.deliveries.conftest import cycle, deliveries
from tests.factories import Factory
from tests.smtp import SmtpSink
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker

CREATED = [
    {"type": "contact", "id": "C-1", "name": "Jane Smith", "url": "https://crm.example.com/contacts/C-1"},
    {"type": "account", "id": "A-9", "name": "Acme Ltd", "url": "https://crm.example.com/accounts/A-9"},
    {"type": "deal", "id": "D-4", "name": "Acme pilot", "url": "https://crm.example.com/deals/D-4"},
]


def test_lead_conversion_lists_each_created_record_with_its_link(
    factory: Factory, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob")
    got = org.event(
        "lead_converted",
        actor="bob",
        entity={"type": "lead", "id": "L-1", "name": "Jane Smith", "owner": "jane"},
        data={"created": CREATED},
    )
    assert got["recipients"] == ["jane"] and got["notifications"] == 1
    [note] = org.me("jane", "GET", "/notifications").json()["items"]
    assert note["title"] == "Lead converted: Jane Smith"
    assert note["body"].splitlines() == [
        "Jane Smith was converted.",
        "- Contact Jane Smith: https://crm.example.com/contacts/C-1",
        "- Account Acme Ltd: https://crm.example.com/accounts/A-9",
        "- Deal Acme pilot: https://crm.example.com/deals/D-4",
    ]
    cycle(worker)
    [got_mail] = sink.messages
    plain, html = list(got_mail.message.iter_parts())
    for record in CREATED:
        assert record["url"] in plain.get_content()
        assert f'<a href="{record["url"]}"' in html.get_content()
    assert "Account Acme Ltd</a>" in html.get_content()


def test_created_records_and_document_links_are_checked(factory: Factory) -> None:
    org = factory.org()
    for data, where in [
        ({"created": [{"type": "contact", "url": "javascript:alert(1)"}]}, "created.0.url"),
        ({"created": "C-1"}, "created"),
        ({"document_url": "javascript:alert(1)"}, "document_url"),
    ]:
        r = org.client.post("/v1/events", json={"type": "lead_converted", "data": data}, headers=org.headers)
        assert r.status_code == 422 and where in r.text, r.text


def test_credit_limit_override_goes_to_the_chosen_users(factory: Factory) -> None:
    org = factory.org()
    for name in ("cfo", "controller", "rep", "owner"):
        org.put_user(name)
    account = {"type": "account", "id": "A-9", "name": "Acme Ltd", "owner": "owner"}
    got = org.event("credit_limit_override", actor="rep", entity=account, data={"amount": "$12,000"})
    assert got["notifications"] == 0 and "credit override recipients" in got["warnings"][0]
    r = org.client.put(
        "/v1/admin/settings", json={"credit_override_recipients": ["cfo", "controller", "rep"]}, headers=org.headers
    )
    assert r.status_code == 200 and r.json()["credit_override_recipients"] == ["cfo", "controller", "rep"]
    got = org.event(
        "credit_limit_override", actor="rep", entity=account, data={"amount": "$12,000", "limit": "$10,000"}
    )
    assert got["recipients"] == ["cfo", "controller"]  # the actor is not told of their own override
    [note] = org.me("cfo", "GET", "/notifications").json()["items"]
    assert note["title"] == "Credit limit override: Acme Ltd"
    assert note["body"] == "rep overrode the credit limit of Acme Ltd ($12,000, limit $10,000)."
    assert org.me("owner", "GET", "/notifications").json()["items"] == []
    r = org.client.put("/v1/admin/settings", json={"credit_override_recipients": ["bad name!"]}, headers=org.headers)
    assert r.status_code == 422 and "credit_override_recipients" in r.text


def test_lockout_tells_the_chosen_users_and_the_manager_not_the_locked_out_user(factory: Factory) -> None:
    org = factory.org()
    org.put_user("security")
    org.put_user("boss")
    org.put_user("jdoe", manager="boss")
    org.client.put("/v1/admin/settings", json={"lockout_recipients": ["security"]}, headers=org.headers)
    got = org.event("user_locked_out", data={"username": "jdoe", "reason": "5 failed sign-ins"})
    assert sorted(got["recipients"]) == ["boss", "security"]
    [note] = org.me("boss", "GET", "/notifications").json()["items"]
    assert note["title"] == "User locked out: jdoe" and note["urgent"] is True
    assert note["body"] == "jdoe was locked out: 5 failed sign-ins."
    assert org.me("jdoe", "GET", "/notifications").json()["items"] == []
    # Named by the entity instead of data.username, the same people hear.
    got = org.event("user_locked_out", entity={"type": "user", "id": "jdoe"})
    assert sorted(got["recipients"]) == ["boss", "security"]


def test_manual_notify_emails_whatever_the_delivery_choice(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com", delivery_choice="none")
    org.put_user("ben", email="ben@example.com", delivery_choice="webhook")
    org.put_user("cy", email="cy@example.com", delivery_choice="email")
    org.put_user("bob")
    got = org.client.post(
        "/v1/notify",
        json={
            "actor": "bob",
            "recipients": ["ann", "ben", "cy", "ghost"],
            "message": "Can one of you call Acme back today?",
            "entity": {"type": "account", "id": "A-9", "name": "Acme Ltd", "url": "https://crm.example.com/a/9"},
        },
        headers=org.headers,
    )
    assert got.status_code == 202, got.text
    answer = got.json()
    assert answer["recipients"] == ["ann", "ben", "cy"] and answer["unknown_recipients"] == ["ghost"]
    assert answer["deliveries"] == {"email": 3}
    [note] = org.me("ann", "GET", "/notifications").json()["items"]
    assert note["type"] == "manual" and note["title"] == "Acme Ltd"
    assert note["body"] == "Can one of you call Acme back today?" and note["actor"] == "bob"
    cycle(worker)
    assert sorted(m.rcpt_tos[0] for m in sink.messages) == ["ann@example.com", "ben@example.com", "cy@example.com"]
    assert {d.event_type for d in deliveries(ctx)} == {"manual"}
    # Bad input names the field and changes nothing.
    for body, field in [
        ({"recipients": [], "message": "x"}, "recipients"),
        ({"recipients": ["ann"], "message": ""}, "message"),
        ({"recipients": ["ann"]}, "message"),
        ({"recipients": ["ann"], "message": "x", "extra": 1}, "extra"),
    ]:
        r = org.client.post("/v1/notify", json=body, headers=org.headers)
        assert r.status_code == 422 and field in r.text, r.text
    assert len(org.me("ann", "GET", "/notifications").json()["items"]) == 1
    # The same idempotency key twice notifies once.
    body = {"recipients": ["cy"], "message": "Once", "idempotency_key": "n-1"}
    first = org.client.post("/v1/notify", json=body, headers=org.headers).json()
    again = org.client.post("/v1/notify", json=body, headers=org.headers).json()
    assert again["duplicate"] is True and again["event_id"] == first["event_id"]
