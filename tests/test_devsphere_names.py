"""DevSphere's names for the email settings (EMAIL_PROVIDER, SMTP_HOST, ...) are read when the
TOCSIN_ name is absent; `tocsin check` says which name each setting came from."""

from __future__ import annotations

import asyncio
import json
from email import message_from_bytes
from pathlib import Path

import pytest

from tests.factories import Factory
from tests.servers import server_env
from tests.test_cli_and_schema import tocsin
from tocsin.config import Settings
from tocsin.deliveries.worker import Worker

DEVSPHERE = ("EMAIL_PROVIDER", "EMAIL_FROM", "RESEND_API_KEY", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_USERNAME",
             "SMTP_PASSWORD")  # fmt: skip


@pytest.fixture
def settings(base_settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Settings:
    """The test settings with no email provider of their own: it comes from DevSphere's variables."""
    for name in DEVSPHERE:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(f"TOCSIN_{name}", raising=False)
    monkeypatch.setenv("EMAIL_PROVIDER", "file")
    monkeypatch.setenv("EMAIL_FROM", "Acme Alerts <alerts@acme.example>")
    values = base_settings.model_dump(exclude={"email_provider", "email_from", "email_outbox_dir"})
    return Settings(**{**values, "email_outbox_dir": tmp_path / "outbox"})


def test_email_provider_from_devsphere_name_sends_to_the_file_outbox(
    factory: Factory, settings: Settings, tmp_path: Path
) -> None:
    assert settings.email_provider == "file"
    org = factory.org("acme")
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com")
    org.event("lead_assigned", actor="bob", entity={"type": "lead", "id": "L-1", "name": "Jane Smith", "owner": "jane"})

    report = asyncio.run(Worker(factory.ctx, worker_id="w").cycle())

    assert report.sent == 1
    [written] = list((tmp_path / "outbox" / "acme").iterdir())
    message = message_from_bytes(written.read_bytes())
    assert message["To"].endswith("<jane@example.com>") or message["To"] == "jane@example.com"
    assert message["From"] == "Acme Alerts <alerts@acme.example>"


def test_the_tocsin_name_wins_and_check_says_which_name_was_read(
    tmp_path: Path, base_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMTP_HOST", "relay.devsphere.example")
    monkeypatch.setenv("TOCSIN_SMTP_HOST", "relay.tocsin.example")
    monkeypatch.setenv("SMTP_USER", "mailer")
    monkeypatch.setenv("SMTP_PORT", "2525")
    read = Settings()
    assert (read.smtp_host, read.smtp_username, read.smtp_port) == ("relay.tocsin.example", "mailer", 2525)

    env = server_env(base_settings, TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'c.db'}",
                     TOCSIN_EMAIL_OUTBOX_DIR=str(tmp_path / "outbox"), EMAIL_PROVIDER="file",
                     SMTP_USER="mailer", SMTP_PASSWORD="not-shown-anywhere")  # fmt: skip
    env.pop("TOCSIN_EMAIL_PROVIDER")
    done = tocsin(env, "check", "--json")
    [email] = [c for c in json.loads(done.stdout)["checks"] if c["name"] == "email"]
    assert email["ok"] is True
    assert "email provider: file from EMAIL_PROVIDER" in email["detail"]
    assert "smtp_username from SMTP_USER" in email["detail"] and "smtp_password from SMTP_PASSWORD" in email["detail"]
    assert "not-shown-anywhere" not in done.stdout + done.stderr
