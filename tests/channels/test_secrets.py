"""The SMTP password never leaves in clear: not in any API response, not in the database (rows
or the SQLite file), not in the logs, whatever happens (configure, read, test, send, fail)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from tests.factories import Factory
from tests.smtp import Certificate, SmtpSink, self_signed
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.base import Base
from tocsin.deliveries.worker import Worker

PASSWORD = "Zq7-hunter2-UNIQUE-smtp-secret"
ADDRESS = "jane.unique@example.com"


@pytest.fixture
def cert(tmp_path: Path) -> Certificate:
    return self_signed(tmp_path / "tls")


@pytest.fixture
def sink(cert: Certificate, smtp_sink: Callable[..., SmtpSink]) -> SmtpSink:
    return smtp_sink(tls=cert.server_context(), logins={"mailer": PASSWORD})


@pytest.fixture
def settings(base_settings: Settings, cert: Certificate, tmp_path: Path) -> Settings:
    return base_settings.model_copy(
        update={"smtp_ca_file": cert.cert, "send_timeout_seconds": 5.0, "email_outbox_dir": tmp_path / "outbox"}
    )


def _database_text(ctx: AppContext) -> str:
    parts = []
    with ctx.sessions() as session:
        for table in Base.metadata.sorted_tables:
            parts.extend(repr(tuple(row)) for row in session.execute(select(table)))
    text = "\n".join(parts)
    url = make_url(ctx.settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database:
        for suffix in ("", "-wal"):
            path = Path(url.database + suffix)
            if path.exists():
                text += path.read_bytes().decode("latin-1")
    return text


def test_the_password_is_never_in_clear(
    factory: Factory, ctx: AppContext, sink: SmtpSink, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    org = factory.org()
    responses: list[httpx.Response] = []

    def call(method: str, path: str, **kwargs: object) -> httpx.Response:
        r = org.client.request(method, path, headers=org.headers, **kwargs)  # type: ignore[arg-type]
        responses.append(r)
        return r

    config = {
        "provider": "smtp",
        "host": sink.host,
        "port": sink.port,
        "encryption": "starttls",
        "username": "mailer",
        "password": PASSWORD,
        "from_address": "crm@acme.example",
    }
    assert call("PUT", "/v1/admin/channels/email", json=config).json()["password"] == "********"
    call("GET", "/v1/admin/channels/email")
    tested = call("POST", "/v1/admin/channels/email/test", json={"to": ADDRESS}).json()
    assert tested["ok"] is True and tested["detail"] == "250 2.0.0 OK: queued"  # the server's answer

    org.put_user("jane", email=ADDRESS)
    org.event("lead_assigned", entity={"type": "lead", "id": "L1", "name": "Jane Smith", "owner": "jane"})
    assert asyncio.run(Worker(ctx).cycle()).sent == 1
    assert sink.messages[-1].login == "mailer"

    call("PUT", "/v1/admin/channels/email", json={"password": PASSWORD + "-wrong"})
    failed = call("POST", "/v1/admin/channels/email/test", json={"to": ADDRESS}).json()
    assert failed["ok"] is False and "535" in failed["error"]
    org.event("lead_assigned", entity={"type": "lead", "id": "L2", "name": "Ann Lee", "owner": "jane"})
    assert asyncio.run(Worker(ctx).cycle()).retried == 1
    sink.down()
    call("PUT", "/v1/admin/channels/email", json={"password": PASSWORD})
    assert call("POST", "/v1/admin/channels/email/test", json={"to": ADDRESS}).json()["ok"] is False
    call("GET", "/v1/admin/deliveries")

    for r in responses:
        assert PASSWORD not in r.text, r.request.url
    assert ADDRESS not in "".join(r.text for r in responses)
    # Every log line of this process except the test SMTP server's own ("mail.log", aiosmtpd).
    ours = "\n".join(
        f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records if not r.name.startswith("mail.log")
    )
    assert ours  # something was logged, at DEBUG level
    assert PASSWORD not in ours and ADDRESS not in ours
    assert PASSWORD not in _database_text(ctx)
