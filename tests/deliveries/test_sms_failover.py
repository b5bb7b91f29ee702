"""SMS failover between two Twilio senders of an org (the loopback Twilio API): the first
account's credentials refused, the second sends; an invalid number fails without a second try;
a status callback signed by the second account's token is taken."""

from __future__ import annotations

import pytest

from tests.deliveries.conftest import cycle, deliveries
from tests.deliveries.phone import ACCOUNT_SID, AUTH_TOKEN, FROM, PUBLIC_URL, configure_sms, phone_settings, won
from tests.factories import Factory, OrgHandle
from tests.phone_fakes import FakeTwilio, FakeWhatsApp
from tests.smtp import SmtpSink
from tocsin.channels.sms.twilio import signature
from tocsin.config import Settings
from tocsin.deliveries.worker import Worker

REVOKED = "an-auth-token-since-revoked"
SECOND_FROM = "+14155550111"


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink, twilio: FakeTwilio, whatsapp: FakeWhatsApp) -> Settings:
    return phone_settings(base_settings, sink, twilio, whatsapp)


@pytest.fixture
def org(factory: Factory) -> OrgHandle:
    org = factory.org("acme")
    org.put_user("jane", email="jane@example.com", phone="+44 7911 123456")
    org.put_user("alex", email="alex@example.com")
    out = configure_sms(
        org,
        auth_token=REVOKED,
        fallbacks=[{"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN, "from_number": SECOND_FROM}],
    )
    assert out["fallbacks"] == [
        {
            "account_sid": ACCOUNT_SID,
            "auth_token": "********",
            "from_number": SECOND_FROM,
            "messaging_service_sid": None,
        }
    ]
    assert [p["provider"] for p in out["providers"]] == ["twilio", "twilio#2"]  # type: ignore[index]
    return org


def _log(org: OrgHandle, delivery_id: int) -> list[tuple[int, str, str | None]]:
    r = org.client.get(f"/v1/admin/deliveries/{delivery_id}", headers=org.headers)
    assert r.status_code == 200, r.text
    return [(a["attempt_no"], a["outcome"], a["provider"]) for a in r.json()["attempts_log"]]


def test_refused_credentials_fail_over_to_the_second_sender(org: OrgHandle, worker: Worker, twilio: FakeTwilio) -> None:
    won(org, "jane")

    cycle(worker)

    [sms] = deliveries(worker.ctx, channel="sms")
    assert sms.status == "sent"
    assert _log(org, sms.id) == [(1, "permanent", "twilio"), (1, "sent", "twilio#2")]
    [request] = twilio.requests  # the first was refused before it was read (401)
    assert request["From"] == SECOND_FROM and twilio.problems == []

    # Twilio reports delivery signed with the token of the account that sent it.
    url = f"{PUBLIC_URL}/v1/providers/twilio/acme/status"
    params = {"MessageSid": sms.provider_message_id or "", "MessageStatus": "delivered"}
    r = org.client.post(url, data=params, headers={"X-Twilio-Signature": signature(url, params, AUTH_TOKEN)})
    assert r.status_code == 200 and r.json() == {"updated": 1}
    r = org.client.post(url, data=params, headers={"X-Twilio-Signature": signature(url, params, "not-a-token")})
    assert r.status_code == 403


def test_an_invalid_number_does_not_fail_over(factory: Factory, worker: Worker, twilio: FakeTwilio) -> None:
    org = factory.org("beta")
    org.put_user("jane", email="jane@example.com", phone="+15005550001")  # Twilio: 21211, not a valid number
    org.put_user("alex", email="alex@example.com")
    configure_sms(org, fallbacks=[{"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN, "from_number": SECOND_FROM}])
    won(org, "jane")

    cycle(worker)

    [sms] = deliveries(worker.ctx, channel="sms")
    assert sms.status == "failed"
    assert _log(org, sms.id) == [(1, "permanent", "twilio")]
    assert [r["From"] for r in twilio.requests] == [FROM]


def test_a_fallback_without_a_sender_is_refused(org: OrgHandle) -> None:
    r = org.client.put(
        "/v1/admin/channels/sms",
        json={"fallbacks": [{"account_sid": ACCOUNT_SID, "auth_token": "********"}]},
        headers=org.headers,
    )
    assert r.status_code == 422 and "fallbacks.0.from_number" in r.text
