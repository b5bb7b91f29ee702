"""WhatsApp through the worker to a loopback Cloud API that checks every request
(tests/phone_fakes.py): the approved template with its parameters rendered from the event
(sensitive fields left out), Meta's message id recorded, event types without a template skipped,
Meta's error codes classified, and signed status webhooks; in-app untouched by any failure."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.deliveries.conftest import cycle, deliveries
from tests.deliveries.phone import APP_SECRET, VERIFY_TOKEN, configure_whatsapp, phone_settings, won
from tests.factories import Factory, OrgHandle
from tests.phone_fakes import Answer, FakeTwilio, FakeWhatsApp
from tests.smtp import SmtpSink
from tocsin.channels.whatsapp.cloud_api import signature
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink, twilio: FakeTwilio, whatsapp: FakeWhatsApp) -> Settings:
    return phone_settings(base_settings, sink, twilio, whatsapp)


@pytest.fixture
def org(factory: Factory) -> OrgHandle:
    org = factory.org()
    org.put_user("jane", email="jane@example.com", whatsapp="+44 7911 123456")
    org.put_user("alex", email="alex@example.com")
    configure_whatsapp(org)
    # WhatsApp is off in the seeded matrix: the admin turns it on for the types it sends.
    matrix = {key: {"whatsapp": {"on": True, "overridable": True}} for key in ("deal_closed_won", "lead_assigned")}
    r = org.client.put("/v1/admin/routing", json={"matrix": matrix}, headers=org.headers)
    assert r.status_code == 200, r.text
    return org


def _wa(ctx: AppContext) -> list[Any]:
    return deliveries(ctx, channel="whatsapp")


def test_template_sent_with_parameters_and_message_id(
    org: OrgHandle, ctx: AppContext, worker: Worker, whatsapp: FakeWhatsApp
) -> None:
    won(org, "jane")
    cycle(worker)
    assert whatsapp.problems == []
    [body] = whatsapp.requests
    assert body["to"] == "447911123456" and body["type"] == "template"
    template = body["template"]
    assert (template["name"], template["language"]) == ("deal_won", {"code": "en_US"})
    # `data.amount` is sensitive by default: its parameter is left empty ("-"), never the amount.
    assert template["components"] == [
        {"type": "body", "parameters": [{"type": "text", "text": "Acme renewal 1"}, {"type": "text", "text": "-"}]}
    ]
    [wa] = _wa(ctx)
    assert wa.status == "sent" and wa.provider_message_id.startswith("wamid.")
    items = org.me("jane", "GET", "/notifications").json()["items"]
    assert "$12,500" in items[0]["body"]


def test_event_type_without_a_template_is_skipped(
    org: OrgHandle, ctx: AppContext, worker: Worker, whatsapp: FakeWhatsApp
) -> None:
    org.event("lead_assigned", actor="alex", entity={"type": "lead", "id": "L1", "name": "Jane Doe", "owner": "jane"})
    cycle(worker)
    [wa] = _wa(ctx)
    assert (wa.status, wa.last_error) == ("skipped", "no WhatsApp template configured for lead_assigned")
    assert whatsapp.requests == []


def test_meta_error_codes(
    org: OrgHandle, ctx: AppContext, worker: Worker, whatsapp: FakeWhatsApp, clock: FrozenClock
) -> None:
    def error(code: int, status: int) -> Answer:
        return Answer(status, {"error": {"message": "m", "type": "OAuthException", "code": code, "fbtrace_id": "x"}})

    whatsapp.answers += [error(130429, 400), error(131000, 500)]
    won(org, "jane", 1)
    cycle(worker)
    assert [(d.status, d.last_error) for d in _wa(ctx)] == [("deferred", "WhatsApp 130429: m")]
    clock.advance(seconds=60)
    cycle(worker)
    clock.advance(seconds=300)
    cycle(worker)
    assert _wa(ctx)[0].status == "sent"

    whatsapp.answers.append(error(131026, 400))
    won(org, "jane", 2)
    configure_whatsapp(
        org, templates={"deal_closed_won": {"name": "deal_won", "language": "en_US", "parameters": ["name"]}}
    )
    won(org, "jane", 3)  # one parameter for a template that has two: Meta answers 132000
    cycle(worker)
    last = {d.id: d for d in _wa(ctx)}
    failed = sorted((d.status, d.attempts, (d.last_error or "")[:15]) for d in list(last.values())[1:])
    assert failed == [("failed", 1, "WhatsApp 131026"), ("failed", 1, "WhatsApp 132000")]
    assert len(org.me("jane", "GET", "/notifications").json()["items"]) == 3


def test_verify_handshake(org: OrgHandle) -> None:
    path = f"/v1/providers/whatsapp/{org.slug}"
    ok = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    r = org.client.get(path, params=ok)
    assert r.status_code == 200 and r.text == "1158201444"
    r = org.client.get(path, params={**ok, "hub.verify_token": "wrong-token"})
    assert r.status_code == 403
    assert org.client.get("/v1/providers/whatsapp/no-such-org", params=ok).status_code == 404


def _webhook(statuses: list[dict[str, Any]]) -> bytes:
    value = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": "106540352242922"}, "statuses": statuses}
    event = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"value": value, "field": "messages"}]}],
    }
    return json.dumps(event).encode()


def test_status_webhook_with_good_and_bad_signatures(org: OrgHandle, ctx: AppContext, worker: Worker) -> None:
    won(org, "jane", 1)
    won(org, "jane", 2)
    cycle(worker)
    first, second = _wa(ctx)
    path = f"/v1/providers/whatsapp/{org.slug}"
    raw = _webhook(
        [
            {
                "id": first.provider_message_id,
                "status": "read",
                "timestamp": "1732000000",
                "recipient_id": "447911123456",
            },
            {
                "id": second.provider_message_id,
                "status": "failed",
                "timestamp": "1732000000",
                "recipient_id": "447911123456",
                "errors": [
                    {"code": 131026, "title": "Message undeliverable", "error_data": {"details": "not on WhatsApp"}}
                ],
            },
        ]
    )
    headers = {"Content-Type": "application/json"}
    r = org.client.post(path, content=raw, headers={**headers, "X-Hub-Signature-256": signature(raw, "other-secret")})
    assert r.status_code == 403
    r = org.client.post(path, content=raw, headers=headers)
    assert r.status_code == 403
    assert {d.status for d in _wa(ctx)} == {"sent"}  # nothing changed

    r = org.client.post(path, content=raw, headers={**headers, "X-Hub-Signature-256": signature(raw, APP_SECRET)})
    assert r.status_code == 200 and r.json() == {"updated": 2}
    first, second = _wa(ctx)
    assert first.status == "delivered"
    assert (second.status, second.last_error) == (
        "undelivered",
        "WhatsApp 131026: Message undeliverable (not on WhatsApp)",
    )
