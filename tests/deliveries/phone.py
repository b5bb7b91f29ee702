"""Fixtures and helpers shared by the SMS and WhatsApp delivery tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.factories import OrgHandle
from tests.phone_fakes import FakeTwilio, FakeWhatsApp, serve
from tests.smtp import SmtpSink, email_through
from tocsin.config import Settings

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "twilio-auth-token-7f3a9c"
FROM = "+14155550100"
PHONE_NUMBER_ID = "106540352242922"
ACCESS_TOKEN = "EAAG-whatsapp-access-token"
APP_SECRET = "meta-app-secret-5e1d"
VERIFY_TOKEN = "verify-me-please"
PUBLIC_URL = "http://testserver"


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN)
    server = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()


@pytest.fixture
def whatsapp() -> Iterator[FakeWhatsApp]:
    fake = FakeWhatsApp(PHONE_NUMBER_ID, ACCESS_TOKEN, approved={"deal_won": ("en_US", 2), "hello_world": ("en_US", 0)})
    server = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()


def phone_settings(base: Settings, sink: SmtpSink, twilio: FakeTwilio, whatsapp: FakeWhatsApp) -> Settings:
    return email_through(
        sink,
        base,
        twilio_base_url=f"http://127.0.0.1:{twilio.port}",
        whatsapp_base_url=f"http://127.0.0.1:{whatsapp.port}",
        public_url=PUBLIC_URL,
    )


def configure_sms(org: OrgHandle, **extra: object) -> dict[str, object]:
    body = {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN, "from_number": FROM, **extra}
    r = org.client.put("/v1/admin/channels/sms", json=body, headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def configure_whatsapp(org: OrgHandle, **extra: object) -> dict[str, object]:
    body = {
        "phone_number_id": PHONE_NUMBER_ID,
        "access_token": ACCESS_TOKEN,
        "app_secret": APP_SECRET,
        "verify_token": VERIFY_TOKEN,
        "templates": {
            "deal_closed_won": {"name": "deal_won", "language": "en_US", "parameters": ["name", "data.amount"]}
        },
        **extra,
    }
    r = org.client.put("/v1/admin/channels/whatsapp", json=body, headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def won(org: OrgHandle, owner: str, n: int = 1, **data: object) -> dict[str, object]:
    return org.event(
        "deal_closed_won",
        actor="alex",
        entity={
            "type": "deal",
            "id": f"D{n}",
            "name": f"Acme renewal {n}",
            "url": f"https://crm.example.com/deals/D{n}",
            "owner": owner,
        },
        data={"amount": "$12,500", "stage": "Closed", **data},
    )
