"""`tocsin backup`: a consistent copy of the SQLite database taken while events keep arriving, and
one clear line where it cannot help (PostgreSQL, no database)."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import httpx

from tests.servers import server_env, start_server
from tests.test_cli_and_schema import tocsin
from tests.test_cli_operations import one_line_failure
from tocsin.config import Settings


def _post_events(base_url: str, key: str, stop: threading.Event, accepted: list[int]) -> None:
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
        client.put("/v1/users/jane", json={"email": "jane@example.com"}).raise_for_status()
        n = 0
        while not stop.is_set() and n < 2000:  # bounded, whatever happens to the backup
            n += 1
            answer = client.post(
                "/v1/events",
                json={"type": "lead_assigned", "idempotency_key": f"k{n}",
                      "entity": {"type": "lead", "id": str(n), "name": f"Lead {n}", "owner": "jane"}},
            )  # fmt: skip
            if answer.status_code == 202:
                accepted.append(answer.json()["event_id"])


def test_a_backup_taken_while_events_arrive_is_whole(tmp_path: Path, settings: Settings) -> None:
    live = tmp_path / "live.db"
    env = server_env(settings, TOCSIN_DATABASE_URL=f"sqlite:///{live}", TOCSIN_DATA_DIR=str(tmp_path))
    assert tocsin(env, "migrate").returncode == 0
    key = json.loads(tocsin(env, "org", "create", "acme", "--name", "Acme", "--json").stdout)["api_key"]
    server = start_server(env, tmp_path / "server.log")
    stop, accepted = threading.Event(), []
    sender = threading.Thread(target=_post_events, args=(server.base_url, key, stop, accepted))
    try:
        sender.start()
        while len(accepted) < 50 and sender.is_alive():
            stop.wait(0.05)
        before = len(accepted)
        done = tocsin(env, "backup", str(tmp_path / "copy.db"), "--json")
        assert done.returncode == 0, done.stderr
        while len(accepted) < before + 50 and sender.is_alive():  # events went on arriving after it
            stop.wait(0.05)
    finally:
        stop.set()
        sender.join(timeout=60)
        server.stop()
    report = json.loads(done.stdout)
    assert report["path"] == str((tmp_path / "copy.db").resolve()) and report["bytes"] > 0
    assert len(accepted) >= before + 50
    copy = sqlite3.connect(tmp_path / "copy.db")
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ids = {row[0] for row in copy.execute("SELECT id FROM events")}
        notified = copy.execute("SELECT count(*) FROM notifications").fetchone()[0]
    finally:
        copy.close()
    # Everything accepted before the backup began is in it, each event with its notification.
    assert set(accepted[:before]) <= ids
    assert notified == len(ids)
    assert not list(tmp_path.glob(".copy.db.partial"))


def test_backup_refuses_what_it_cannot_copy(tmp_path: Path, settings: Settings) -> None:
    postgres = server_env(settings, TOCSIN_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:5432/x")
    assert "pg_dump" in one_line_failure(tocsin(postgres, "backup", str(tmp_path / "x.db")))
    missing = server_env(settings, TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'none.db'}")
    assert one_line_failure(tocsin(missing, "backup", str(tmp_path / "x.db"))).startswith("no database file")
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "x.db").exists()
