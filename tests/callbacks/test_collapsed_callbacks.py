"""A collapsed notification (a mass update that reads as one) still tells the CRM of every record:
its `delivery.*`, `notification.read` and `notification.action` callbacks list each record it
stands for (event id and entity), a thousand a callback; the API's notification lists the first
records only."""

from __future__ import annotations

from typing import Any

from tests.callbacks.test_callbacks import _connect
from tests.crm_receiver import crm_receiver
from tests.deliveries.conftest import cycle
from tests.factories import Factory
from tocsin.callbacks.service import RECORDS_PER_CALLBACK, CallbackItem, bodies
from tocsin.deliveries.worker import Worker

RULE = {
    "entity_type": "sales_order",
    "field": "status",
    "values": ["eSigned"],
    "event_type": "sales_order_status_change",
    "recipients": ["shipping"],
}


def _updates(n: int) -> list[dict[str, Any]]:
    return [
        {
            "type": "record_updated",
            "actor": "sue",
            "entity": {"type": "sales_order", "id": f"SO-{i}", "name": f"SO-{i}"},
            "data": {"changes": {"status": ["Draft", "eSigned"]}},
        }
        for i in range(n)
    ]


def test_a_collapsed_batch_of_30_records_reports_all_30_to_the_crm(factory: Factory, worker: Worker) -> None:
    org = factory.org()
    org.put_user("shipping", email="shipping@example.com")
    r = org.client.put("/v1/admin/rules/so", json=RULE, headers=org.headers)
    assert r.status_code == 201, r.text
    with crm_receiver() as receiver:
        _connect(org, receiver, ["delivery.sent", "notification.read"])
        r = org.client.post("/v1/events/batch", json={"events": _updates(30)}, headers=org.headers)
        assert r.status_code == 202, r.text[:500]
        event_ids = [result["event_id"] for result in r.json()["results"]]
        [note] = org.me("shipping", "GET", "/notifications").json()["items"]
        assert note["data"]["collapsed"]["count"] == 30
        assert len(note["data"]["collapsed"]["records"]) == 20  # the API lists the first 20
        assert "events" not in note["data"]["collapsed"]  # the full list is for the callbacks
        org.me("shipping", "POST", f"/notifications/{note['id']}/read")
        while cycle(worker).claimed:
            pass
        expected = [
            {"event_id": i, "entity": {"type": "sales_order", "id": f"SO-{n}"}} for n, i in enumerate(event_ids)
        ]
        for kind in ("delivery.sent", "notification.read"):
            [told] = receiver.of_type(kind)
            assert told["data"]["notification_id"] == note["id"]
            assert told["data"]["records"] == expected, kind
            assert told["data"]["records_total"] == 30
            assert told["data"]["records_chunk"] == {"index": 1, "of": 1}
        assert receiver.refused == []


def test_a_batch_below_the_threshold_reports_each_record_alone(factory: Factory, worker: Worker) -> None:
    org = factory.org()
    org.put_user("shipping", email="shipping@example.com")
    r = org.client.put("/v1/admin/rules/so", json=RULE, headers=org.headers)
    assert r.status_code == 201, r.text
    with crm_receiver() as receiver:
        _connect(org, receiver, ["notification.read"])
        org.client.post("/v1/events/batch", json={"events": _updates(3)}, headers=org.headers)
        org.me("shipping", "POST", "/notifications/read-all")
        while cycle(worker).claimed:
            pass
        told = receiver.of_type("notification.read")
        assert sorted(m["data"]["entity"]["id"] for m in told) == ["SO-0", "SO-1", "SO-2"]
        assert all("records" not in m["data"] for m in told)


def test_a_mass_update_s_records_are_chunked_a_thousand_a_callback() -> None:
    records = [{"event_id": n, "entity": {"type": "sales_order", "id": f"SO-{n}"}} for n in range(2500)]
    item = CallbackItem(1, "notification.read", 7, 3, 11, data={"notification_id": 7}, records=records)
    made = bodies(item)
    assert [len(b["records"]) for b in made] == [RECORDS_PER_CALLBACK, RECORDS_PER_CALLBACK, 500]
    assert [b["records_chunk"] for b in made] == [{"index": n, "of": 3} for n in (1, 2, 3)]
    assert [r for b in made for r in b["records"]] == records
    assert all(b["records_total"] == 2500 and b["notification_id"] == 7 for b in made)
