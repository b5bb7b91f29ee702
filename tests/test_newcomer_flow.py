"""The README's walk-through against a real `tocsin serve` on a fresh SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx

from tests.servers import server_env, start_server
from tocsin.config import Settings


def test_readme_walkthrough(tmp_path: Path, settings: Settings) -> None:
    env = server_env(
        settings,
        TOCSIN_DATABASE_URL=f"sqlite:///{tmp_path / 'fresh' / 'tocsin.db'}",
        TOCSIN_DATA_DIR=str(tmp_path / "data"),
        TOCSIN_EMAIL_PROVIDER="none",
    )
    env.pop("TOCSIN_SECRET_KEY")  # development: the key is generated and kept under the data dir
    server = start_server(env, tmp_path / "serve.log")  # migrates the empty database itself
    try:
        created = subprocess.run(
            [sys.executable, "-m", "tocsin", "org", "create", "acme", "--name", "Acme", "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        key = json.loads(created.stdout)["api_key"]
        api = {"Authorization": f"Bearer {key}"}
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            assert http.put("/v1/users/jane", json={"email": "jane@example.com"}, headers=api).status_code == 201
            assert http.put("/v1/users/bob", json={"manager": "jane"}, headers=api).status_code == 201
            event = {
                "type": "lead_assigned",
                "actor": "bob",
                "idempotency_key": "lead-42-assign-1",
                "entity": {
                    "type": "lead",
                    "id": "42",
                    "name": "Jane Smith",
                    "owner": "jane",
                    "url": "https://crm.example.com/leads/42",
                },
            }
            answer = http.post("/v1/events", json=event, headers=api)
            assert answer.status_code == 202 and answer.json()["recipients"] == ["jane"]
            token = http.post("/v1/users/jane/token", headers=api).json()["token"]
            mine = http.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"}).json()
            assert mine["items"][0]["title"] == "Lead assigned: Jane Smith"
            count = http.get("/v1/me/notifications/unread-count", headers={"Authorization": f"Bearer {token}"})
            assert count.json() == {"unread": 1, "unseen": 1}
            assert http.get("/healthz").json()["status"] == "ok"
            assert "/v1/events" in http.get("/openapi.json").json()["paths"]
            assert http.get("/docs").status_code == 200
            missing = http.get("/v1/nothing-here")
            assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
        assert (tmp_path / "data" / "secret.key").exists()
    finally:
        server.stop()
    assert "jane@example.com" not in server.log()
