"""`delivery.*` callbacks: sent and failed from the worker's record, delivered and undelivered
from the provider's signed receipt (Twilio, answered by its loopback fake)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.crm_receiver import crm_receiver
from tests.deliveries.conftest import cycle
from tests.deliveries.phone import ACCOUNT_SID, AUTH_TOKEN, FROM, PUBLIC_URL, configure_sms, phone_settings, won
from tests.factories import Factory, OrgHandle
from tests.phone_fakes import FakeTwilio, FakeWhatsApp
from tests.smtp import SmtpSink
from tocsin.channels.sms.twilio import signature
from tocsin.config import Settings
from tocsin.deliveries.worker import Worker


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink, twilio: FakeTwilio, whatsapp: FakeWhatsApp) -> Settings:
    return phone_settings(base_settings, sink, twilio, whatsapp).model_copy(update={"outbound_allow_private": True})


def _receipt(org: OrgHandle, params: dict[str, str]) -> Any:
    url = f"{PUBLIC_URL}/v1/providers/twilio/{org.slug}/status"
    return org.client.post(
        f"/v1/providers/twilio/{org.slug}/status",
        data=params,
        headers={"X-Twilio-Signature": signature(url, params, AUTH_TOKEN)},
    )


def test_sent_delivered_and_undelivered_reach_the_crm(factory: Factory, worker: Worker) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com", phone="+44 7911 123456")
    org.put_user("bob", email="bob@example.com", phone="+14155550199")
    org.put_user("alex")
    configure_sms(org)
    with crm_receiver() as receiver:
        r = org.client.put(
            "/v1/admin/callbacks",
            json={"url": receiver.url, "events": ["delivery.sent", "delivery.delivered", "delivery.failed"]},
            headers=org.headers,
        )
        receiver.secret = r.json()["signing_secret"]
        won(org, "jane", 1)
        won(org, "bob", 2)
        while cycle(worker).claimed:
            pass
        sent = receiver.of_type("delivery.sent")
        assert sorted((m["data"]["channel"], m["data"]["recipient"]) for m in sent) == [
            ("email", "bob"),
            ("email", "jane"),
            ("sms", "bob"),
            ("sms", "jane"),
        ]
        sms = {m["data"]["recipient"]: m["data"] for m in sent if m["data"]["channel"] == "sms"}
        assert sms["jane"]["provider_message_id"] and sms["jane"]["event_type"] == "deal_closed_won"
        assert sms["jane"]["entity"] == {"type": "deal", "id": "D1"}
        base = {"AccountSid": ACCOUNT_SID, "From": FROM, "ApiVersion": "2010-04-01"}
        delivered = {**base, "MessageSid": sms["jane"]["provider_message_id"], "MessageStatus": "delivered"}
        assert _receipt(org, delivered).json() == {"updated": 1}
        lost = {
            **base,
            "MessageSid": sms["bob"]["provider_message_id"],
            "MessageStatus": "undelivered",
            "ErrorCode": "30003",
        }
        assert _receipt(org, lost).json() == {"updated": 1}
        assert receiver.of_type("delivery.delivered") == []  # nothing leaves before the worker sends it
        while cycle(worker).claimed:
            pass
        [arrived] = receiver.of_type("delivery.delivered")
        assert arrived["data"]["recipient"] == "jane" and arrived["data"]["status"] == "delivered"
        [failed] = receiver.of_type("delivery.failed")
        assert failed["data"]["recipient"] == "bob" and failed["data"]["status"] == "undelivered"
        assert failed["data"]["error"] == "Twilio 30003: undelivered"
        assert receiver.refused == []
