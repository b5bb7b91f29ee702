"""`tocsin check`, `tocsin version`, `--json` listings, and one clear line (exit 1) for expected failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


def test_bad_database_urls_and_data_folders_are_one_line(tmp_path: Path, settings: Settings) -> None:
    for url, words in (("mysql://foo/bar", "'mysql' is not supported"), ("notaurl", "not a database URL")):
        env = server_env(settings, TOCSIN_DATABASE_URL=url)
        for args in (("check",), ("migrate",), ("serve",)):
            assert words in one_line_failure(tocsin(env, *args))
    nowhere = server_env(settings, TOCSIN_DATA_DIR="/proc/nope", TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}")
    nowhere.pop("TOCSIN_SECRET_KEY")  # the key would be generated into the data folder
    assert one_line_failure(tocsin(nowhere, "migrate")).startswith("data directory /proc/nope")


def test_check_changes_nothing_on_disk(tmp_path: Path, settings: Settings) -> None:
    data = tmp_path / "data"
    env = server_env(settings, TOCSIN_DATA_DIR=str(data), TOCSIN_EMAIL_PROVIDER="file")
    for name in ("TOCSIN_DATABASE_URL", "TOCSIN_SECRET_KEY"):
        env.pop(name)  # the defaults: a database file, a key and an outbox in the data folder
    done = subprocess.run(
        [sys.executable, "-m", "tocsin", "check", "--json"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    checks = {c["name"]: c for c in json.loads(done.stdout)["checks"]}
    assert "no database file" in checks["database"]["detail"] and checks["email"]["ok"]
    assert list(tmp_path.iterdir()) == []


def test_migrate_lists_its_steps_in_order_and_key_list_has_a_header(tmp_path: Path, settings: Settings) -> None:
    env = server_env(settings, TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'm.db'}", TOCSIN_LOG_LEVEL="info")
    done = tocsin(env, "migrate")
    assert done.returncode == 0, done.stderr
    output = done.stdout + done.stderr
    assert "alembic" not in output
    lines = [line for line in output.splitlines() if "schema step" in line]
    steps = [line.split("schema step ")[1].split(" applied")[0] for line in lines]
    assert steps and steps == [f"{n} of {len(steps)}" for n in range(1, len(steps) + 1)]
    assert tocsin(env, "org", "create", "acme", "--name", "Acme").returncode == 0
    listing = tocsin(env, "org", "key", "list", "acme").stdout.splitlines()
    assert listing[0].split("\t") == ["ID", "PREFIX", "NAME", "STATE"] and listing[1].endswith("active")
