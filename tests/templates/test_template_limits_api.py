"""Templates over their limits through the API: a 422 naming the limit at preview and save, and
the built-in text (with a warning) for an event whose stored text exceeds them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import Factory, OrgHandle
from tocsin.auth import service as auth
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.event_types.models import EventType
from tocsin.events import service as events
from tocsin.events.schemas import EventIn, EventResult
from tocsin.notifications.models import Notification

BASE = "/v1/admin/templates"
LIPSUM_TITLE = "{{ lipsum(data.n|default(1)|int,false,20,21)[:0] }}"
LEAD = {"type": "lead", "id": "L1", "name": "Jane Smith", "owner": "jane"}


@pytest.mark.parametrize(
    ("part", "source", "says"),
    [
        ("body", "{{ lipsum(10**6) }}", "`lipsum` is not available in templates"),
        ("body", "{{ range(10**6)|list|length }}", "message template limit of 10000 items"),
        ("body", "{{ (['x'*1000]*200)|join('y'*2000) }}", "message template limit of 262144 characters"),
        ("subject", "{% for i in range(1500) %}x{% endfor %}", "title template limit of 250 items"),
        ("html", "{{ [1]|batch(10**9, 'x')|list|length }}", "message template limit of 10000 items"),
    ],
)
def test_preview_and_save_over_a_limit_are_a_422_naming_it(factory: Factory, part: str, source: str, says: str) -> None:
    org = factory.org()
    r = org.client.post(f"{BASE}/lead_assigned/email/preview", json={part: source}, headers=org.headers)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["field"] == part and says in error["message"], error
    r = org.client.put(f"{BASE}/lead_assigned/email", json={part: source}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == part
    assert org.client.get(BASE, headers=org.headers).json() == []


def _store_texts(ctx: AppContext, org: OrgHandle, key: str, *, title: str | None, body: str | None) -> None:
    """Write an event type's texts as a row saved before the limits existed would hold them."""
    with unit_of_work(ctx.sessions) as session:
        row = session.scalars(select(EventType).where(EventType.org_id == org.id, EventType.key == key)).one()
        row.title_template, row.body_template = title, body
        ctx.signals.org_config_changed(session, org.id)  # the cached ingestion config is stale


def _notifications(ctx: AppContext, org: OrgHandle) -> list[tuple[str, str]]:
    with ctx.sessions() as session:
        rows = session.execute(
            select(Notification.title, Notification.body).where(Notification.org_id == org.id).order_by(Notification.id)
        )
        return [(title, body) for title, body in rows]


def test_an_event_whose_stored_title_exceeds_the_limits_gets_the_builtin_text(
    factory: Factory, ctx: AppContext
) -> None:
    org, other = factory.org(), factory.org()
    for handle in (org, other):
        handle.put_user("jane", email="jane@example.com")
    _store_texts(ctx, org, "lead_assigned", title=LIPSUM_TITLE, body="{% for i in range(5000) %}.{% endfor %}")
    answer = org.event("lead_assigned", entity=LEAD, data={"n": 200_000})
    assert answer["notifications"] == 1  # the notification is never lost
    warnings = answer["warnings"]
    assert len(warnings) == 2, warnings
    assert "title template of 'lead_assigned' failed" in warnings[0] and "lipsum" in warnings[0]
    assert "body template of 'lead_assigned' failed" in warnings[1]
    assert "text template limit of 500 items" in warnings[1]
    assert _notifications(ctx, org) == [("Lead assigned: Jane Smith", "Someone assigned you the lead Jane Smith.")]
    # A batch: each event's answer says so; another org's events are untouched.
    batch = {"events": [{"type": "lead_assigned", "entity": {**LEAD, "id": f"L{i}"}} for i in range(3)]}
    r = org.client.post("/v1/events/batch", json=batch, headers=org.headers)
    assert r.status_code == 202, r.text
    assert [len(result["warnings"]) for result in r.json()["results"]] == [2, 2, 2]
    assert len(_notifications(ctx, org)) == 4
    # The warning is stored with the event's answer: a repeat of the request gets it too.
    batch = {"events": [{"type": "lead_assigned", "entity": LEAD, "idempotency_key": "k-1"}]}
    first = org.client.post("/v1/events/batch", json=batch, headers=org.headers).json()["results"][0]
    again = org.client.post("/v1/events/batch", json=batch, headers=org.headers).json()["results"][0]
    assert again["duplicate"] is True and again["warnings"] == first["warnings"] and len(first["warnings"]) == 2
    assert other.event("lead_assigned", entity=LEAD)["warnings"] == []
    assert _notifications(ctx, other) == [("Lead assigned: Jane Smith", "Someone assigned you the lead Jane Smith.")]


def test_a_custom_type_falls_back_to_the_generic_title(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    r = org.client.put(
        "/v1/admin/event-types/quote_signed", json={"title_template": "Quote {{ name }}"}, headers=org.headers
    )
    assert r.status_code in (200, 201), r.text
    _store_texts(ctx, org, "quote_signed", title="{{ lipsum(10**6) }}", body=None)
    answer = org.event("quote_signed", entity={"type": "quote", "id": "Q1", "name": "Q-1"}, recipients=["jane"])
    assert answer["notifications"] == 1 and len(answer["warnings"]) == 1
    assert _notifications(ctx, org) == [("Quote signed: Q-1", "")]


def test_both_ingestion_paths_report_the_fallback(factory: Factory, ctx: AppContext) -> None:
    """One event alone (`events.service.ingest`) and a group (`events.service.ingest_many`)."""
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    _store_texts(ctx, org, "lead_assigned", title=LIPSUM_TITLE, body=None)
    body = EventIn.model_validate({"type": "lead_assigned", "entity": LEAD, "data": {"n": 200_000}})
    with unit_of_work(ctx.sessions) as session:
        found = auth.authenticate_api_key(session, org.api_key)
        alone = events.ingest(session, ctx, org=found, body=body)
        grouped = events.ingest_many(session, ctx, [(found, body.model_copy(update={"entity": body.entity}))] * 2)
    assert alone.notifications == 1 and len(alone.warnings) == 1 and "lipsum" in alone.warnings[0]
    for result in grouped:
        assert isinstance(result, EventResult)
        assert result.notifications == 1 and result.warnings == alone.warnings
    assert {title for title, _ in _notifications(ctx, org)} == {"Lead assigned: Jane Smith"}
    assert len(_notifications(ctx, org)) == 3
