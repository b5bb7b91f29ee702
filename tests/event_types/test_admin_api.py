"""Routing matrix, custom event types and org settings."""

from __future__ import annotations

from tests.factories import Factory


def test_routing_matrix_is_seeded_per_spec(factory: Factory) -> None:
    org = factory.org()
    routing = org.client.get("/v1/admin/routing", headers=org.headers).json()
    matrix = routing["matrix"]
    assert routing["channels"] == ["in_app", "email", "sms", "whatsapp", "webpush", "webhook"]
    # the 23 of the first wave, escalation, record_updated, credit_limit_override, and the duplicate
    # check, portal activity, SLA warning and breach, absence request and review due
    assert len(matrix) == 32
    expected = {
        "task_assigned": (True, False, True),
        "deal_closed_won": (True, True, True),
        "mention": (True, False, True),
        "import_completed": (False, False, False),
        "lead_assigned": (True, False, True),
        "approval_requested": (True, False, True),
        "note_added": (True, False, False),
        "sla_breached": (True, False, True),
        "absence_requested": (True, False, True),
        "portal_activity": (True, False, False),
    }
    for key, (email, sms, push) in expected.items():
        row = matrix[key]
        assert row["in_app"] == {"on": True, "overridable": False}
        assert (row["email"]["on"], row["sms"]["on"], row["webpush"]["on"]) == (email, sms, push), key


def test_routing_update_and_refusals(factory: Factory) -> None:
    org = factory.org()
    r = org.client.put(
        "/v1/admin/routing",
        json={"matrix": {"note_added": {"email": {"on": False, "overridable": False}, "sms": {"on": True}}}},
        headers=org.headers,
    )
    assert r.status_code == 200
    row = r.json()["matrix"]["note_added"]
    assert row["email"] == {"on": False, "overridable": False} and row["sms"]["on"] is True
    assert row["webpush"]["on"] is False  # untouched cells keep their value
    for body, field in (
        ({"matrix": {"note_added": {"in_app": {"on": False}}}}, "matrix.note_added.in_app"),
        ({"matrix": {"note_added": {"fax": {"on": True}}}}, "matrix.note_added.fax"),
        ({"matrix": {"nope": {"email": {"on": True}}}}, "matrix.nope"),
    ):
        r = org.client.put("/v1/admin/routing", json=body, headers=org.headers)
        assert r.status_code == 422 and r.json()["error"]["field"] == field
    assert org.client.get("/v1/admin/routing", headers=org.headers).json()["matrix"]["note_added"] == row


def test_custom_event_type_is_created_and_used(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    body = {
        "description": "A quote was signed",
        "title_template": "Quote signed: {{ name }} ({{ data.amount }})",
        "routing": {"email": {"on": False}},
    }
    r = org.client.put("/v1/admin/event-types/quote_signed", json=body, headers=org.headers)
    assert r.status_code == 201 and r.json()["builtin"] is False
    got = org.event("quote_signed", entity={"name": "Q-9", "owner": "ann"}, data={"amount": "5k"})
    assert got["recipients"] == ["ann"] and got["deliveries"] == {}
    assert org.me("ann", "GET", "/notifications").json()["items"][0]["title"] == "Quote signed: Q-9 (5k)"
    r = org.client.put("/v1/admin/event-types/quote_signed", json={"title_template": "{{ broken"}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "title_template"
    assert (
        org.client.get("/v1/admin/event-types/quote_signed", headers=org.headers).json()["description"]
        == body["description"]
    )
    assert org.client.get("/v1/admin/event-types/missing", headers=org.headers).status_code == 404
    r = org.client.put("/v1/admin/event-types/Bad-Key", json={}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "key"


def test_settings_defaults_partial_update_and_validation(factory: Factory) -> None:
    org = factory.org()
    defaults = org.client.get("/v1/admin/settings", headers=org.headers).json()
    assert defaults["email_subject_prefix"] == "[CRM]"
    assert defaults["email_batch_size"] == 100 and defaults["retention_days"] == 90
    assert defaults["reminder_default_minutes"] == 15 and defaults["dnd"]["enabled"] is False
    r = org.client.put(
        "/v1/admin/settings",
        json={"manager_copy": True, "notify_previous_owner": {"lead": True}, "lockout_recipients": ["sec"]},
        headers=org.headers,
    )
    assert r.status_code == 200
    assert r.json()["manager_copy"] is True and r.json()["email_batch_size"] == 100
    for body, field in (
        ({"email_batch_size": 0}, "email_batch_size"),
        ({"retention_days": "long"}, "retention_days"),
        ({"dnd": {"start": "25:00"}}, "dnd.start"),
        ({"dnd": {"timezone": "Nowhere/City"}}, "dnd.timezone"),
        ({"colour": "red"}, "colour"),
    ):
        r = org.client.put("/v1/admin/settings", json=body, headers=org.headers)
        assert r.status_code == 422 and r.json()["error"]["field"] == field, body
    assert org.client.get("/v1/admin/settings", headers=org.headers).json()["manager_copy"] is True


def test_settings_drive_recipients(factory: Factory) -> None:
    org = factory.org()
    for name in ("ann", "bob", "max"):
        org.put_user(name, manager="max" if name != "max" else None)
    lead = {"type": "lead", "owner": "ann", "previous_owner": "bob"}
    assert org.event("record_reassigned", entity=lead)["recipients"] == ["ann"]
    org.client.put(
        "/v1/admin/settings", json={"manager_copy": True, "notify_previous_owner": {"lead": True}}, headers=org.headers
    )
    assert org.event("record_reassigned", entity=lead)["recipients"] == ["ann", "bob", "max"]
    org.client.put("/v1/admin/settings", json={"reassignment_notifications": {"lead": False}}, headers=org.headers)
    assert org.event("record_reassigned", entity=lead)["recipients"] == []
