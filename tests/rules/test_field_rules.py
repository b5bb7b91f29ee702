"""Field-change rules: the admin API, and record_updated events notifying through them (alone,
in the write queue's groups and in batches), with the document link in the notification and
the email."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.deliveries.conftest import cycle
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.notifications.models import Notification
from tocsin.rules.matching import RuleFacts, matches, matching, reads

ESIGNED = {
    "entity_type": "sales_order",
    "field": "status",
    "values": ["eSigned"],
    "event_type": "sales_order_status_change",
    "recipients": ["shipping", "ops"],
}
ORDER = {"type": "sales_order", "id": "SO-5521", "name": "SO-5521", "url": "https://crm.example.com/so/5521"}


def _rule(org: OrgHandle, rule_id: str, body: dict[str, Any], expect: int = 201) -> dict[str, Any]:
    r = org.client.put(f"/v1/admin/rules/{rule_id}", json=body, headers=org.headers)
    assert r.status_code == expect, r.text
    return r.json()  # type: ignore[no-any-return]


def _updated(old: Any, new: Any, **data: Any) -> dict[str, Any]:
    return {"entity": ORDER, "data": {"changes": {"status": [old, new]}, **data}}


def test_rule_admin_api_create_replace_list_get_delete(factory: Factory) -> None:
    org = factory.org()
    created = _rule(org, "so-esigned", ESIGNED)
    assert created["id"] == "so-esigned" and created["enabled"] is True and created["values"] == ["eSigned"]
    replaced = _rule(org, "so-esigned", {**ESIGNED, "values": ["eSigned", "Paid"], "enabled": False}, expect=200)
    assert replaced["values"] == ["eSigned", "Paid"] and replaced["enabled"] is False
    _rule(org, "deal-won", {**ESIGNED, "entity_type": "deal", "event_type": "deal_closed_won"})
    page = org.client.get("/v1/admin/rules?limit=1", headers=org.headers).json()
    assert [r["id"] for r in page["items"]] == ["deal-won"] and page["next_cursor"]
    rest = org.client.get(f"/v1/admin/rules?limit=1&cursor={page['next_cursor']}", headers=org.headers).json()
    assert [r["id"] for r in rest["items"]] == ["so-esigned"] and rest["next_cursor"] is None
    assert org.client.get("/v1/admin/rules/so-esigned", headers=org.headers).json()["enabled"] is False
    assert org.client.delete("/v1/admin/rules/so-esigned", headers=org.headers).status_code == 204
    assert org.client.get("/v1/admin/rules/so-esigned", headers=org.headers).status_code == 404
    assert org.client.delete("/v1/admin/rules/so-esigned", headers=org.headers).status_code == 404


def test_bad_rules_are_refused_naming_the_field(factory: Factory) -> None:
    org = factory.org()
    for change, field in [
        ({"event_type": "no_such_type"}, "event_type"),
        ({"event_type": "record_updated"}, "event_type"),
        ({"values": []}, "values"),
        ({"values": [{"nested": 1}]}, "values"),
        ({"recipients": []}, "recipients"),
        ({"recipients": ["bad name!"]}, "recipients"),
        ({"field": ""}, "field"),
        ({"colour": "red"}, "colour"),
    ]:
        r = org.client.put("/v1/admin/rules/r1", json={**ESIGNED, **change}, headers=org.headers)
        assert r.status_code == 422, (change, r.text)
        assert field in r.text
    r = org.client.put("/v1/admin/rules/bad%20id", json=ESIGNED, headers=org.headers)
    assert r.status_code == 422
    assert org.client.get("/v1/admin/rules", headers=org.headers).json()["items"] == []


def test_another_orgs_rules_are_invisible(factory: Factory) -> None:
    acme, other = factory.org(), factory.org()
    _rule(acme, "so-esigned", ESIGNED)
    assert other.client.get("/v1/admin/rules/so-esigned", headers=other.headers).status_code == 404
    assert other.client.delete("/v1/admin/rules/so-esigned", headers=other.headers).status_code == 404
    assert other.client.get("/v1/admin/rules", headers=other.headers).json()["items"] == []
    # ... and do not fire on its events.
    other.put_user("shipping")
    got = other.event("record_updated", **_updated("Draft", "eSigned"))
    assert got["notifications"] == 0 and got["matched_rules"] == []


def test_a_status_entering_a_listed_value_notifies_the_rule_recipients_with_the_document(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    org.put_user("shipping", email="shipping@example.com")
    org.put_user("ops", email="ops@example.com")
    org.put_user("sue")
    _rule(org, "so-esigned", ESIGNED)
    doc = "https://crm.example.com/so/5521/contract.pdf"
    got = org.event("record_updated", actor="sue", **_updated("Draft", "eSigned", document_url=doc, status="eSigned"))
    assert got["matched_rules"] == ["so-esigned"]
    assert got["recipients"] == ["shipping", "ops"] and got["notifications"] == 2
    assert got["deliveries"] == {"email": 2} and got["warnings"] == []
    [note] = org.me("shipping", "GET", "/notifications").json()["items"]
    assert note["type"] == "sales_order_status_change"
    assert note["title"] == "Sales order SO-5521: eSigned"
    assert note["data"]["document_url"] == doc and note["url"] == ORDER["url"]
    cycle(worker)
    assert len(sink.messages) == 2
    msg = next(m for m in sink.messages if m.rcpt_tos == ["shipping@example.com"]).message
    assert msg["Subject"] == "[CRM] Sales order SO-5521: eSigned"
    plain, html = list(msg.iter_parts())
    assert f"Document: {doc}" in plain.get_content()
    assert f'<a href="{doc}"' in html.get_content()


def test_changes_that_do_not_enter_a_value_notify_nobody(factory: Factory) -> None:
    org = factory.org()
    org.put_user("shipping")
    org.put_user("ops")
    _rule(org, "so-esigned", ESIGNED)
    _rule(org, "off", {**ESIGNED, "values": ["Cancelled"], "enabled": False})
    for fields in [
        _updated("eSigned", "eSigned"),  # no change
        _updated("Draft", "Sent"),  # not a listed value
        _updated("Draft", "Cancelled"),  # a disabled rule
        {"entity": {**ORDER, "type": "invoice"}, "data": {"changes": {"status": ["Draft", "eSigned"]}}},
        {"entity": ORDER, "data": {"changes": {"stage": ["Draft", "eSigned"]}}},
        {"entity": ORDER, "data": {"changes": {"status": "eSigned"}}},  # not an [old, new] pair
        {"entity": ORDER, "data": {}},
    ]:
        got = org.event("record_updated", **fields)
        assert got["notifications"] == 0 and got["matched_rules"] == [], fields
        assert got["warnings"], fields
    assert org.me("ops", "GET", "/notifications").json()["items"] == []


def test_several_rules_one_event_each_type_once_per_user_and_the_actor_left_out(factory: Factory) -> None:
    org = factory.org()
    for name in ("shipping", "ops", "finance", "sue"):
        org.put_user(name)
    _rule(org, "a", ESIGNED)
    _rule(org, "b", {**ESIGNED, "recipients": ["ops", "sue"]})  # ops again under the same type
    _rule(org, "c", {**ESIGNED, "event_type": "workflow_notification", "recipients": ["finance", "ghost"]})
    got = org.event("record_updated", actor="sue", **_updated("Draft", "eSigned"))
    assert got["matched_rules"] == ["a", "b", "c"]
    assert sorted(got["recipients"]) == ["finance", "ops", "shipping"]
    assert got["unknown_recipients"] == ["ghost"] and got["notifications"] == 3
    assert [n["type"] for n in org.me("ops", "GET", "/notifications").json()["items"]] == ["sales_order_status_change"]
    assert [n["type"] for n in org.me("finance", "GET", "/notifications").json()["items"]] == ["workflow_notification"]
    assert org.me("sue", "GET", "/notifications").json()["items"] == []


def test_rules_in_a_batch_and_in_group_commits_match_alone(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("shipping")
    org.put_user("ops")
    _rule(org, "so-esigned", ESIGNED)
    events = [
        {
            "type": "record_updated",
            "entity": {**ORDER, "id": f"SO-{i}", "name": f"SO-{i}"},
            "data": {"changes": {"status": ["Draft", "eSigned" if i % 2 == 0 else "Sent"]}},
        }
        for i in range(40)
    ]
    r = org.client.post("/v1/events/batch", json={"events": events}, headers=org.headers)
    assert r.status_code == 202, r.text
    results = r.json()["results"]
    assert [x["notifications"] for x in results] == [2 if i % 2 == 0 else 0 for i in range(40)]
    assert all(x["matched_rules"] == (["so-esigned"] if i % 2 == 0 else []) for i, x in enumerate(results))
    with ctx.sessions() as session:
        count = session.scalar(select(func.count()).select_from(Notification).where(Notification.org_id == org.id))
        assert count == 40
    # A batch with only unknown types stores nothing (one with some valid events answers per event).
    bad = [{"type": "nope"}, {"type": "nope_either"}]
    r = org.client.post("/v1/events/batch", json={"events": bad}, headers=org.headers)
    assert r.status_code == 422 and "events.0.type" in r.text
    with ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Notification)) == 40


@given(
    old=st.one_of(st.none(), st.text(max_size=5), st.integers(-3, 3)),
    new=st.one_of(st.none(), st.text(max_size=5), st.integers(-3, 3)),
    values=st.lists(st.one_of(st.text(max_size=5), st.integers(-3, 3)), min_size=1, max_size=4),
)
def test_matching_means_entering_a_listed_value(old: Any, new: Any, values: list[Any]) -> None:
    rule = RuleFacts("r", "Deal", "stage", tuple(values), "deal_stage_change", ("ann",))
    got = matches(rule, entity_type="deal", changes={"stage": [old, new]})
    listed = new is not None and any(str(new) == str(v) for v in values)
    same = old == new or (old is not None and new is not None and str(old) == str(new))
    assert got == (listed and not same)
    assert not matches(rule, entity_type="lead", changes={"stage": [old, new]})


def test_a_mass_update_batch_may_exceed_the_usual_batch_size(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("shipping")
    _rule(org, "so-esigned", {**ESIGNED, "recipients": ["shipping"]})
    updates = [
        {
            "type": "record_updated",
            "entity": {"type": "sales_order", "id": f"SO-{i}"},
            "data": {"changes": {"status": ["Draft", "eSigned"]}},
        }
        for i in range(1001)
    ]
    mixed = [*updates[:1000], {"type": "manual", "recipients": ["shipping"]}]
    r = org.client.post("/v1/events/batch", json={"events": mixed}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "events"
    r = org.client.post("/v1/events/batch", json={"events": updates, "collapse_over": None}, headers=org.headers)
    assert r.status_code == 202, r.text
    assert sum(x["notifications"] for x in r.json()["results"]) == 1001
    with ctx.sessions() as session:
        count = session.scalar(select(func.count()).select_from(Notification).where(Notification.org_id == org.id))
        assert count == 1001


_scalar = st.one_of(st.none(), st.booleans(), st.integers(-2, 2), st.sampled_from(["", "1", "Hot", "hot", "eSigned"]))
_change = st.one_of(st.none(), st.tuples(_scalar, _scalar).map(list), st.just(["only one"]), st.just([{"a": 1}, "x"]))


@settings(max_examples=300, derandomize=True)
@given(
    rules=st.lists(
        st.builds(
            RuleFacts,
            rule_id=st.sampled_from(["a", "b", "c"]),
            entity_type=st.sampled_from(["Lead", "deal"]),
            field=st.sampled_from(["status", "stage"]),
            values=st.lists(_scalar, min_size=1, max_size=3).map(tuple),
            event_type=st.just("lead_assigned"),
            recipients=st.just(("ann",)),
            enabled=st.booleans(),
        ),
        max_size=4,
    ),
    events=st.lists(
        st.tuples(
            st.sampled_from([None, "lead", "LEAD", "deal", 5]),
            st.dictionaries(st.sampled_from(["status", "stage", "other"]), _change, max_size=3),
        ),
        min_size=2,
        max_size=6,
    ),
)
def test_events_that_read_alike_match_the_same_rules(
    rules: list[RuleFacts], events: list[tuple[Any, dict[str, Any]]]
) -> None:
    """Group ingestion matches a mass update once per distinct change (`matching.reads`)."""
    fields = tuple(sorted({rule.field for rule in rules}))
    seen: dict[Any, list[str]] = {}
    for entity_type, changes in events:
        entity, data = {"type": entity_type}, {"changes": {k: v for k, v in changes.items() if v is not None}}
        matched = [rule.rule_id for rule in matching(rules, entity=entity, data=data)]
        read = reads(fields, entity=entity, data=data)
        if read is None:
            continue
        assert seen.setdefault(read, matched) == matched
