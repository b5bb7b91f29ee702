"""`tocsin check`, `tocsin version`, `--json` listings, and one clear line (exit 1) for expected failures."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.servers import free_port, server_env
from tests.smtp import SmtpSink
from tests.test_cli_and_schema import tocsin
from tocsin import __version__
from tocsin.config import Settings
from tocsin.db import migrate


def one_line_failure(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1
    err = done.stderr.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_version_and_json_key_listing(tmp_path: Path, settings: Settings) -> None:
    env = server_env(settings, TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'cli.db'}")
    assert json.loads(tocsin(env, "version", "--json").stdout) == {
        "version": __version__,
        "schema": migrate.head_revision(),
    }
    assert tocsin(env, "version").stdout.startswith(f"tocsin {__version__}")
    assert tocsin(env, "org", "create", "acme", "--name", "Acme").returncode == 0
    keys = json.loads(tocsin(env, "org", "key", "list", "acme", "--json").stdout)["items"]
    assert [(k["name"], k["revoked_at"]) for k in keys] == [("default", None)]
    assert keys[0]["prefix"].startswith("tsn_") and keys[0]["created_at"].endswith("Z")


def test_expected_failures_are_one_line_and_exit_1(tmp_path: Path, settings: Settings) -> None:
    nowhere = server_env(settings, TOCSIN_DATABASE_URL=f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/x")
    for args in (("org", "key", "list", "acme"), ("migrate",), ("org", "create", "a", "--name", "A")):
        assert one_line_failure(tocsin(nowhere, *args)).startswith("cannot ")

    behind = tmp_path / "behind.db"
    engine = create_engine(f"sqlite:///{behind}")
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    old = server_env(settings, TOCSIN_DATABASE_URL=f"sqlite:///{behind}")
    assert "run `tocsin migrate`" in one_line_failure(tocsin(old, "org", "key", "list", "acme"))

    bad = server_env(settings, TOCSIN_PORT="eighty")
    assert one_line_failure(tocsin(bad, "org", "key", "list", "acme")).startswith("configuration: TOCSIN_PORT")


def test_check_reports_each_dependency(tmp_path: Path, settings: Settings, redis_url: str) -> None:
    smtp = SmtpSink().up()
    try:
        good = server_env(
            settings,
            TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'ok.db'}",
            TOCSIN_REDIS_URL=redis_url,
            TOCSIN_EMAIL_PROVIDER="smtp",
            TOCSIN_SMTP_HOST="127.0.0.1",
            TOCSIN_SMTP_PORT=str(smtp.port),
        )
        assert tocsin(good, "migrate").returncode == 0
        done = tocsin(good, "check", "--json")
        assert done.returncode == 0, done.stdout + done.stderr
        report = json.loads(done.stdout)
        assert report["ok"] is True
        names = [c["name"] for c in report["checks"]]
        assert names == ["configuration", "database", "schema", "writes", "redis", "email"]
    finally:
        smtp.down()

    broken = server_env(
        settings,
        TOCSIN_DATABASE_URL=f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/x",
        TOCSIN_REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
        TOCSIN_EMAIL_PROVIDER="smtp",
        TOCSIN_SMTP_PORT=str(free_port()),
    )
    done = tocsin(broken, "check")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    failed = {line.split()[1] for line in done.stdout.splitlines() if line.startswith("FAIL")}
    assert failed == {"database", "schema", "redis", "email"}


def test_settings_from_files_and_a_secrets_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "secrets"
    folder.mkdir()
    (folder / "tocsin_secret_key").write_text("key-from-the-secrets-folder\n")
    (folder / "tocsin_smtp_password").write_text("from-the-folder\n")
    (tmp_path / "password").write_text("from-a-file\n")
    for name in list(os.environ):
        if name.startswith("TOCSIN_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("TOCSIN_SECRETS_DIR", str(folder))
    monkeypatch.setenv("TOCSIN_SMTP_PASSWORD_FILE", str(tmp_path / "password"))
    monkeypatch.setenv("TOCSIN_DATA_DIR", str(tmp_path / "data"))
    loaded = Settings()
    assert (loaded.secret_key, loaded.smtp_password) == ("key-from-the-secrets-folder", "from-a-file")
    monkeypatch.setenv("TOCSIN_SMTP_PASSWORD", "plain")
    assert Settings().smtp_password == "plain"  # a plain variable wins


def test_an_unreadable_settings_file_is_one_line(settings: Settings, tmp_path: Path) -> None:
    env = server_env(settings, TOCSIN_SECRET_KEY_FILE=str(tmp_path / "missing"))
    env.pop("TOCSIN_SECRET_KEY")
    err = one_line_failure(tocsin(env, "org", "key", "list", "acme"))
    assert err.startswith("configuration: TOCSIN_SECRET_KEY_FILE: cannot read")
