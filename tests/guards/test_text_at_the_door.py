"""Text a request cannot store: lone surrogates, NUL and control characters are a 422 naming the
field on every door, the same on SQLite and PostgreSQL; a batch answers per event."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.factories import Factory, OrgHandle
from tocsin.events.intake import _valid_event

LEAD = {"type": "lead", "id": "L1", "name": "Jane Smith", "owner": "jane"}
SURROGATE = "a\ud800b"


def _send(org: OrgHandle, method: str, path: str, body: Any) -> httpx.Response:
    # Raw JSON (`\ud800` escaped, as a client would send it): a lone surrogate has no UTF-8 form.
    raw = json.dumps(body).encode()
    headers = {**org.headers, "content-type": "application/json"}
    return org.client.request(method, path, content=raw, headers=headers)


def _refused(r: httpx.Response, field: str) -> None:
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "validation_error" and error["field"] == field, error


def _org(factory: Factory) -> OrgHandle:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com")
    return org


def _inbox(org: OrgHandle) -> int:
    page = org.me("jane", "GET", "/notifications?limit=100")
    assert page.status_code == 200, page.text
    return len(page.json()["items"])


@pytest.mark.parametrize("bad", [SURROGATE, "a\x00b", "a\x1bb"])
def test_events_refuse_text_that_cannot_be_stored(factory: Factory, bad: str) -> None:
    org = _org(factory)
    base: dict[str, Any] = {"type": "lead_assigned", "entity": LEAD}
    cases: list[tuple[dict[str, Any], str]] = [
        ({**base, "actor": bad}, "actor"),
        ({**base, "idempotency_key": bad}, "idempotency_key"),
        ({**base, "entity": {**LEAD, "type": bad}}, "entity.type"),
        ({**base, "entity": {**LEAD, "id": bad}}, "entity.id"),
        ({**base, "entity": {**LEAD, "name": bad}}, "entity.name"),
        ({**base, "entity": {**LEAD, "extra": {"deep": [bad]}}}, "entity"),
        ({**base, "data": {"note": bad}}, "data"),
        ({**base, "data": {bad: 1}}, "data"),
        ({**base, "recipients": [bad]}, "recipients.0"),
        ({**base, "actions": [{"id": "ok", "label": bad}]}, "actions.0.label"),
    ]
    for body, field in cases:
        # The ASGI fast path validates with the same model and hands what fails to the route.
        _refused(_send(org, "POST", "/v1/events", body), field)
        assert _valid_event(json.dumps(body).encode()) is None
    notify = {"recipients": ["jane"], "message": "hello"}
    for body, field in (
        ({**notify, "actor": bad}, "actor"),
        ({**notify, "message": bad}, "message"),
        ({**notify, "title": bad}, "title"),
        ({**notify, "recipients": [bad]}, "recipients.0"),
        ({**notify, "entity": {"name": bad}}, "entity.name"),
    ):
        _refused(_send(org, "POST", "/v1/notify", body), field)
    assert _inbox(org) == 0


@pytest.mark.parametrize("bad", [SURROGATE, "a\x00b"])
def test_admin_user_and_schedule_doors_refuse_it_too(factory: Factory, bad: str) -> None:
    org = _org(factory)
    starts = "2030-01-15T10:00:00Z"
    for method, path, body, field in (
        ("PUT", "/v1/users/jane", {"display_name": bad}, "display_name"),
        ("PUT", "/v1/users/jane", {"roles": [bad]}, "roles.0"),
        ("PUT", "/v1/users/jane", {"email": f"j{bad}@example.com"}, "email"),
        ("PUT", "/v1/admin/settings", {"email_subject_prefix": bad}, "email_subject_prefix"),
        (
            "PUT",
            "/v1/admin/rules/r1",
            {"entity_type": "deal", "field": "stage", "values": [bad], "event_type": "manual", "recipients": ["jane"]},
            "values.0",
        ),
        ("PUT", "/v1/activities/a1", {"owner": "jane", "title": bad, "starts_at": starts}, "title"),
        ("PUT", "/v1/tasks/t1", {"assignee": "jane", "title": bad, "due_at": starts}, "title"),
        ("PUT", "/v1/targets/g1", {"owner": "jane", "title": bad, "goal": 10, "current": 1}, "title"),
        ("PUT", "/v1/admin/channels/whatsapp", {"verify_token": f"verify-{bad}"}, "verify_token"),
        ("PUT", "/v1/admin/channels/webpush", {"subject": f"mailto:a{bad}@example.com"}, "subject"),
        ("PUT", "/v1/admin/templates/lead_assigned/email", {"body": bad}, "body"),
        ("PUT", "/v1/admin/event-types/custom_thing", {"title_template": bad}, "title_template"),
    ):
        _refused(_send(org, method, path, body), field)
    assert org.client.get("/v1/users/jane", headers=org.headers).json()["display_name"] in (None, "jane")
    assert org.client.get("/v1/admin/rules", headers=org.headers).json()["items"] == []
    # Tabs and line breaks stay allowed where text may span lines.
    r = _send(org, "PUT", "/v1/activities/a1", {"owner": "jane", "title": "Call\tAcme", "starts_at": starts})
    assert r.status_code == 201, r.text


def test_a_batch_answers_per_event_and_stores_the_valid_ones(factory: Factory) -> None:
    org = _org(factory)
    good: dict[str, Any] = {"type": "manual", "recipients": ["jane"], "data": {"message": "hi"}}
    events = [
        good,
        {**good, "actor": SURROGATE},
        {**good, "data": {"message": "a\x00b"}},
        {"type": "no_such_type"},
        "not an event",
        {**good, "idempotency_key": "batch-2"},
    ]
    r = _send(org, "POST", "/v1/events/batch", {"events": events})
    assert r.status_code == 202, r.text
    results = r.json()["results"]
    assert len(results) == 6
    assert results[0]["notifications"] == 1 and results[5]["notifications"] == 1
    refused = {i: results[i]["error"] for i in (1, 2, 3, 4)}
    assert all(results[i]["refused"] is True for i in refused)
    assert refused[1]["field"] == "events.1.actor" and "surrogate" in refused[1]["message"]
    assert refused[2]["field"] == "events.2.data" and "NUL" in refused[2]["message"]
    assert refused[3]["field"] == "events.3.type" and "unknown event type" in refused[3]["message"]
    assert refused[4]["field"] == "events.4"
    assert _inbox(org) == 2
    # Sent again, the valid ones stay stored once (the keyed one is a duplicate), the bad ones refused again.
    again = _send(org, "POST", "/v1/events/batch", {"events": events}).json()["results"]
    assert again[5]["duplicate"] is True and again[1]["refused"] is True
    # A batch with nothing valid stores nothing: the 422 of its first event.
    _refused(_send(org, "POST", "/v1/events/batch", {"events": [{**good, "actor": SURROGATE}]}), "events.0.actor")
    assert _inbox(org) == 3
    # The batch's own shape is still checked whole.
    _refused(_send(org, "POST", "/v1/events/batch", {"events": []}), "events")
    _refused(_send(org, "POST", "/v1/events/batch", {"events": [good], "extra": 1}), "extra")
