"""A channel test that cannot reach its provider says why in words an admin reads: a host name that
does not resolve is "not found (DNS)", not "not a public address", and never a library's class
name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.deliveries.phone import configure_sms
from tests.factories import Factory
from tocsin.config import Settings


@pytest.fixture
def settings(base_settings: Settings, tmp_path: Path) -> Settings:
    return base_settings.model_copy(
        update={
            "email_outbox_dir": tmp_path / "outbox",
            "twilio_base_url": "http://twilio.invalid",  # a name no resolver answers (RFC 6761)
            "outbound_allow_private": False,
            "send_timeout_seconds": 5.0,
        }
    )


def test_an_unresolvable_smtp_host_is_named_a_dns_failure(factory: Factory) -> None:
    org = factory.org()
    smtp = {"provider": "smtp", "host": "smtp.invalid", "port": 587, "encryption": "starttls",
            "from_address": "crm@acme.example"}  # fmt: skip
    assert org.client.put("/v1/admin/channels/email", json=smtp, headers=org.headers).status_code == 200
    r = org.client.post("/v1/admin/channels/email/test", json={"to": "admin@acme.example"}, headers=org.headers)
    assert r.status_code == 200, r.text
    assert r.json()["ok"] is False and r.json()["error"] == "host not found (DNS)"


def test_an_unreachable_twilio_is_said_in_words(factory: Factory) -> None:
    org = factory.org()
    configure_sms(org, enabled=False)
    r = org.client.post("/v1/admin/channels/sms/test", json={"to": "+14155550199"}, headers=org.headers)
    answer = r.json()
    assert answer["ok"] is False, answer
    assert "host name not found (DNS)" in answer["error"] and "Client" not in answer["error"], answer
