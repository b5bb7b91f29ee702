"""The command line (as scripts use it) and the migrations (the schema the models describe)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tests.servers import server_env
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.base import Base


def tocsin(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tocsin", *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_org_create_json_and_keys(tmp_path: Path, settings: Settings) -> None:
    env = server_env(settings, TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'cli.db'}")
    done = tocsin(env, "org", "create", "acme", "--name", "Acme Inc", "--json")
    assert done.returncode == 0, done.stderr
    created = json.loads(done.stdout)
    assert created["org"] == "acme"
    assert created["api_key"].startswith("tsn_") and len(created["signing_secret"]) >= 32
    again = tocsin(env, "org", "create", "acme", "--name", "Again")
    assert again.returncode == 1 and "exists" in again.stderr
    assert tocsin(env, "org", "create", "Bad Slug!", "--name", "x").returncode == 1
    added = tocsin(env, "org", "key", "add", "acme", "--name", "ci")
    assert added.returncode == 0
    key_id, secret = added.stdout.split()
    listed = tocsin(env, "org", "key", "list", "acme").stdout
    assert "ci" in listed and secret not in listed and created["api_key"] not in listed
    assert tocsin(env, "org", "key", "revoke", "acme", key_id).returncode == 0
    assert "revoked" in tocsin(env, "org", "key", "list", "acme").stdout
    assert tocsin(env, "org", "key", "revoke", "acme", key_id).returncode == 1
    assert tocsin(env, "migrate").returncode == 0


def test_signing_secret_is_encrypted_at_rest(tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "secret.db"
    env = server_env(settings, TOCSIN_DATABASE_URL=f"sqlite:///{db}")
    created = json.loads(tocsin(env, "org", "create", "acme", "--name", "Acme", "--json").stdout)
    raw = db.read_bytes() + (Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() else b"")
    assert created["signing_secret"].encode() not in raw
    assert created["api_key"].encode() not in raw


def test_migrations_match_the_models(ctx: AppContext) -> None:
    with ctx.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
