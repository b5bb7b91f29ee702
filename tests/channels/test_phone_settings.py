"""GET/PUT /v1/admin/channels/sms and /whatsapp, and their tests against the loopback providers:
secrets encrypted at rest, masked on read, kept when left out; bad input a 422 naming the field
that changes nothing; the test answers with the provider's own reply or error."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.deliveries.phone import (
    ACCESS_TOKEN,
    ACCOUNT_SID,
    APP_SECRET,
    AUTH_TOKEN,
    FROM,
    PHONE_NUMBER_ID,
    configure_sms,
    configure_whatsapp,
)
from tests.factories import Factory, OrgHandle
from tests.phone_fakes import FakeTwilio, FakeWhatsApp
from tocsin.channels.models import ChannelConfig
from tocsin.config import Settings
from tocsin.context import AppContext


@pytest.fixture
def settings(base_settings: Settings, tmp_path: Path, twilio: FakeTwilio, whatsapp: FakeWhatsApp) -> Settings:
    return base_settings.model_copy(
        update={
            "email_outbox_dir": tmp_path / "outbox",
            "twilio_base_url": f"http://127.0.0.1:{twilio.port}",
            "whatsapp_base_url": f"http://127.0.0.1:{whatsapp.port}",
            "public_url": "https://tocsin.acme.example",
            "send_timeout_seconds": 5.0,
        }
    )


def _get(org: OrgHandle, channel: str) -> dict[str, Any]:
    r = org.client.get(f"/v1/admin/channels/{channel}", headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _stored(ctx: AppContext, org: OrgHandle, channel: str) -> ChannelConfig:
    with ctx.sessions() as session:
        return session.scalars(
            select(ChannelConfig).where(ChannelConfig.org_id == org.id, ChannelConfig.channel == channel)
        ).one()


def test_sms_settings_masked_encrypted_and_kept(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    assert _get(org, "sms")["configured"] is False
    out = configure_sms(org, daily_cap=500)
    expected = {
        "enabled": True,
        "account_sid": ACCOUNT_SID,
        "auth_token": "********",
        "from_number": FROM,
        "messaging_service_sid": None,
        "daily_cap": 500,
        "configured": True,
        "status_callback_url": f"https://tocsin.acme.example/v1/providers/twilio/{org.slug}/status",
        "fallbacks": [],
        "providers": [{"provider": "twilio", "state": "closed", "consecutive_failures": 0, "reopens_at": None}],
    }
    assert out == expected and _get(org, "sms") == expected
    row = _stored(ctx, org, "sms")
    assert AUTH_TOKEN not in repr(row.config) and AUTH_TOKEN not in (row.secrets_enc or "")
    assert ctx.box.decrypt_json(row.secrets_enc) == {"auth_token": AUTH_TOKEN}

    # What GET showed, sent back with one change, keeps the token.
    r = org.client.put("/v1/admin/channels/sms", json={**_get(org, "sms"), "daily_cap": 0}, headers=org.headers)
    assert r.status_code == 200 and r.json()["daily_cap"] == 0
    assert ctx.box.decrypt_json(_stored(ctx, org, "sms").secrets_enc) == {"auth_token": AUTH_TOKEN}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"account_sid": "XX123"}, "account_sid"),
        ({"from_number": "555-0100"}, "from_number"),
        ({"daily_cap": -1}, "daily_cap"),
        ({"messaging_service_sid": "MG1"}, "messaging_service_sid"),
        ({"auth_token": None, "enabled": True}, "enabled"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_sms_bad_input_names_the_field_and_changes_nothing(
    factory: Factory, ctx: AppContext, body: dict[str, Any], field: str
) -> None:
    org = factory.org()
    configure_sms(org)
    before = _get(org, "sms")
    r = org.client.put("/v1/admin/channels/sms", json=body, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == field, r.text
    assert _get(org, "sms") == before


def test_sms_test_answers_with_twilio_reply_or_error(
    factory: Factory, twilio: FakeTwilio, caplog: pytest.LogCaptureFixture
) -> None:
    org = factory.org()
    r = org.client.post("/v1/admin/channels/sms/test", json={"to": "+14155550199"}, headers=org.headers)
    assert r.json()["ok"] is False and "account_sid" in r.json()["error"]
    caplog.set_level(logging.DEBUG)
    configure_sms(org, enabled=False)  # a test works before the channel is turned on
    r = org.client.post("/v1/admin/channels/sms/test", json={"to": "+1 415 555 0199"}, headers=org.headers)
    answer = r.json()
    assert answer["ok"] is True and answer["provider_message_id"].startswith("SM"), answer
    assert (answer["detail"], answer["segments"]) == ("queued", 1)
    assert twilio.requests[-1]["To"] == "+14155550199" and "SMS notifications work" in twilio.requests[-1]["Body"]

    r = org.client.post("/v1/admin/channels/sms/test", json={"to": "+15005550001"}, headers=org.headers)
    answer = r.json()
    assert answer["ok"] is False and answer["error"].startswith("Twilio 21211: The 'To' number +15*")
    r = org.client.post("/v1/admin/channels/sms/test", json={"to": "not a number"}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "to"
    assert AUTH_TOKEN not in caplog.text


def test_whatsapp_settings_masked_validated_and_tested(
    factory: Factory, ctx: AppContext, whatsapp: FakeWhatsApp
) -> None:
    org = factory.org()
    out = configure_whatsapp(org)
    assert out["access_token"] == out["app_secret"] == "********"
    assert out["configured"] is True and out["enabled"] is True
    assert out["webhook_url"] == f"https://tocsin.acme.example/v1/providers/whatsapp/{org.slug}"
    assert out["templates"] == {
        "deal_closed_won": {"name": "deal_won", "language": "en_US", "parameters": ["name", "data.amount"]}
    }
    row = _stored(ctx, org, "whatsapp")
    assert ctx.box.decrypt_json(row.secrets_enc) == {"access_token": ACCESS_TOKEN, "app_secret": APP_SECRET}
    assert ACCESS_TOKEN not in repr(row.config) and APP_SECRET not in (row.secrets_enc or "")

    for body, field in [
        ({"templates": {"no_such_type": {"name": "x", "language": "en"}}}, "templates.no_such_type"),
        (
            {"templates": {"mention": {"name": "x", "language": "en", "parameters": ["{{"]}}},
            "templates.mention.parameters.0",
        ),
        ({"templates": {"mention": {"name": "Bad Name", "language": "en"}}}, "templates.mention.name"),
        ({"phone_number_id": "abc"}, "phone_number_id"),
    ]:
        r = org.client.put("/v1/admin/channels/whatsapp", json=body, headers=org.headers)
        assert r.status_code == 422 and r.json()["error"]["field"] == field, r.text
    assert _get(org, "whatsapp") == out

    r = org.client.post("/v1/admin/channels/whatsapp/test", json={"to": "+44 7911 123456"}, headers=org.headers)
    answer = r.json()
    assert answer["ok"] is True and answer["provider_message_id"].startswith("wamid."), answer
    assert whatsapp.requests[-1]["template"] == {"name": "hello_world", "language": {"code": "en_US"}}
    r = org.client.post(
        "/v1/admin/channels/whatsapp/test", json={"to": "+447911123456", "template": "unknown"}, headers=org.headers
    )
    assert r.json()["ok"] is False and r.json()["error"].startswith("WhatsApp 132001: Template name does not exist")
    assert whatsapp.problems == []
    assert _get(org, "whatsapp")["phone_number_id"] == PHONE_NUMBER_ID


def test_preview_counts_segments_and_redacts(factory: Factory) -> None:
    org = factory.org()
    r = org.client.post("/v1/admin/templates/deal_closed_won/sms/preview", headers=org.headers)
    out = r.json()
    assert out["text"].strip() == "Deal won: Acme corp renewal https://crm.example.com/deals/D-3307".replace(
        "Acme corp", "Acme Corp"
    )
    assert (out["segments"], out["encoding"]) == (1, "GSM-7")
    r = org.client.post(
        "/v1/admin/templates/deal_closed_won/sms/preview", json={"body": "Сделка " + "x" * 70}, headers=org.headers
    )
    assert (r.json()["segments"], r.json()["encoding"]) == (2, "UCS-2")
    email = org.client.post("/v1/admin/templates/deal_closed_won/email/preview", headers=org.headers).json()
    assert "$12,500" in email["text"] and email["segments"] is None


def test_preferences_offer_phone_channels_only_where_configured(factory: Factory) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")

    def available() -> dict[str, bool]:
        prefs = org.me("jane", "GET", "/preferences").json()
        return {ch: cell["available"] for ch, cell in prefs["event_types"]["deal_closed_won"].items()}

    assert (available()["sms"], available()["whatsapp"]) == (False, False)
    configure_sms(org)
    assert (available()["sms"], available()["whatsapp"]) == (True, False)


def test_whatsapp_parameters_may_be_written_in_braces(factory: Factory, whatsapp: FakeWhatsApp) -> None:
    org = factory.org()
    configure_whatsapp(org)
    templates = {"mention": {"name": "x", "language": "en", "parameters": ["{{ entity.name }}", "{{actor}}", "url"]}}
    r = org.client.put("/v1/admin/channels/whatsapp", json={"templates": templates}, headers=org.headers)
    assert r.status_code == 200, r.text
    assert r.json()["templates"]["mention"]["parameters"] == ["entity.name", "actor", "url"]
