"""SMTP security: STARTTLS and implicit TLS against a self-signed certificate made at test time,
and login; a wrong password or an untrusted certificate is a transient failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.deliveries.conftest import cycle, deliveries
from tests.factories import Factory, OrgHandle
from tests.smtp import Certificate, SmtpSink, self_signed
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker

LOGINS = {"mailer": "s3cret-Pa55word"}


@pytest.fixture
def cert(tmp_path: Path) -> Certificate:
    return self_signed(tmp_path / "tls")


@pytest.fixture
def sink(cert: Certificate, smtp_sink: Callable[..., SmtpSink]) -> SmtpSink:
    return smtp_sink(tls=cert.server_context(), logins=LOGINS)


@pytest.fixture
def settings(base_settings: Settings, sink: SmtpSink, cert: Certificate) -> Settings:
    return base_settings.model_copy(
        update={
            "email_provider": "smtp",
            "smtp_host": sink.host,
            "smtp_port": sink.port,
            "smtp_encryption": "starttls",
            "smtp_username": "mailer",
            "smtp_password": LOGINS["mailer"],
            "smtp_ca_file": cert.cert,
            "send_timeout_seconds": 5.0,
        }
    )


def _assign(org: OrgHandle) -> None:
    org.put_user("jane", email="jane@example.com")
    org.event("lead_assigned", entity={"type": "lead", "id": "L1", "name": "Jane Smith", "owner": "jane"})


def test_starttls_with_a_self_signed_certificate_and_login(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    _assign(org)

    assert cycle(worker).sent == 1

    [got] = sink.messages
    assert got.tls and got.login == "mailer"
    assert got.message["Subject"] == "[CRM] Lead assigned: Jane Smith"


def test_a_wrong_password_is_transient_and_named(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, settings: Settings
) -> None:
    settings.smtp_password = "wrong"
    org = factory.org()
    _assign(org)

    assert cycle(worker).retried == 1

    [d] = deliveries(ctx)
    assert d.status == "deferred" and "SMTP login refused: 535" in (d.last_error or "")
    assert "wrong" not in (d.last_error or "")
    assert sink.messages == []


def test_an_untrusted_certificate_is_refused(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, settings: Settings
) -> None:
    settings.smtp_ca_file = None
    org = factory.org()
    _assign(org)

    assert cycle(worker).retried == 1

    [d] = deliveries(ctx)
    assert "certificate verify failed" in (d.last_error or "").lower()
    assert sink.messages == []


class TestImplicitTls:
    @pytest.fixture
    def sink(self, cert: Certificate, smtp_sink: Callable[..., SmtpSink]) -> SmtpSink:
        return smtp_sink(implicit_tls=cert.server_context(), logins=LOGINS)

    def test_an_orgs_own_ssl_server_with_login(
        self, factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
    ) -> None:
        org = factory.org()
        r = org.client.put(
            "/v1/admin/channels/email",
            json={
                "provider": "smtp",
                "host": sink.host,
                "port": sink.port,
                "encryption": "ssl",
                "username": "mailer",
                "password": LOGINS["mailer"],
                "from_address": "crm@acme.example",
            },
            headers=org.headers,
        )
        assert r.status_code == 200, r.text
        _assign(org)

        assert cycle(worker).sent == 1
        [got] = sink.messages
        assert got.tls and got.login == "mailer" and got.mail_from == "crm@acme.example"
