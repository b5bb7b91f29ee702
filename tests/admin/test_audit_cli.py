"""API keys are managed on the command line; adding and revoking one is in the audit log too."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from tests.servers import server_env
from tests.test_cli_and_schema import tocsin
from tocsin.audit.models import AuditEntry
from tocsin.config import Settings


def test_key_add_and_revoke_are_audited_as_cli(tmp_path: Path, settings: Settings) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = server_env(settings, TOCSIN_DATABASE_URL=url)
    assert tocsin(env, "org", "create", "acme", "--name", "Acme").returncode == 0
    added = tocsin(env, "org", "key", "add", "acme", "--name", "zapier")
    assert added.returncode == 0, added.stderr
    key_id = int(added.stdout.split()[0])
    assert tocsin(env, "org", "key", "revoke", "acme", str(key_id)).returncode == 0
    keys = json.loads(tocsin(env, "org", "key", "list", "acme", "--json").stdout)["items"]
    secret_prefix = next(k["prefix"] for k in keys if k["id"] == key_id)
    engine = create_engine(url)
    with Session(engine) as session:
        entries = [
            (e.actor, e.action, e.target, e.changes)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    engine.dispose()
    assert entries == [
        ("cli", "api_key.create", f"api_key:{key_id}", {"name": [None, "zapier"], "prefix": [None, secret_prefix]}),
        ("cli", "api_key.revoke", f"api_key:{key_id}", {"revoked": [False, True]}),
    ]
    assert added.stdout.split()[1] not in repr(entries)  # the key itself never
