"""The OpenAPI document stays generator-clean: stable ids, credentials, errors, timestamps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tocsin.openapi import OPERATIONS


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, ops in spec["paths"].items() for method, op in ops.items()]


def test_every_operation_has_a_stable_id_summary_description_and_credentials(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ids = {(m.upper(), p): op["operationId"] for m, p, op in operations(spec)}
    assert ids == {key: value[0] for key, value in OPERATIONS.items() if key in ids}
    assert set(ids) <= set(OPERATIONS), "add new routes to tocsin.openapi.OPERATIONS"
    assert len(set(ids.values())) == len(ids)
    assert set(spec["components"]["securitySchemes"]) == {"ApiKey", "UserToken"}
    for method, path, op in operations(spec):
        assert op["summary"] and op["description"], (method, path)
        if path.startswith("/v1/me/"):
            assert op["security"] == [{"UserToken": []}]
        elif path.startswith(("/v1/unsubscribe/", "/v1/providers/")) or path == "/v1/webpush/public-key":
            # The signed link, or the provider's signature, is the credential; a VAPID public key is public.
            assert op["security"] == []
        elif path.startswith("/v1/"):
            # Admin routes take an API key or the user token of an admin; the rest an API key.
            admin = [{"ApiKey": []}, {"UserToken": []}]
            assert op["security"] == (admin if path.startswith("/v1/admin/") else [{"ApiKey": []}])
            assert op["responses"]["401"]["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ErrorResponse"
            }
    event = spec["paths"]["/v1/events"]["post"]
    assert set(event["responses"]) == {"202", "401", "409", "422"}
    assert {p["name"] for p in event["parameters"]} == {"Idempotency-Key"}
    body = event["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert spec["components"]["schemas"][body]["examples"][0]["type"] == "lead_assigned"


def test_timestamps_are_date_time(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    stamps = {
        (name, prop): [v.get("format") for v in [spec, *spec.get("anyOf", [])] if v.get("type") == "string"]
        for name, schema in schemas.items()
        for prop, spec in schema.get("properties", {}).items()
        if prop.endswith("_at")
    }
    assert stamps[("NotificationOut", "created_at")] == ["date-time"]
    assert stamps[("DeliveryOut", "next_attempt_at")] == ["date-time"]
    assert all(formats == ["date-time"] for formats in stamps.values()), stamps


@pytest.mark.skipif(
    os.environ.get("TOCSIN_TEST_DATABASE_URL", "").startswith("postgresql"),
    reason="the document does not depend on the database: checked once, in the SQLite pass",
)
def test_a_generated_client_type_checks(client: TestClient, tmp_path: Path) -> None:
    (tmp_path / "openapi.json").write_text(json.dumps(client.get("/openapi.json").json()))
    (tmp_path / "config.yaml").write_text("post_hooks: []\n")
    (tmp_path / "mypy.ini").write_text("[mypy]\n")
    bin_dir = Path(sys.executable).parent
    generated = subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(tmp_path / "openapi.json"),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / "tocsin_api"),
            "--config",
            str(tmp_path / "config.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert "Warning" not in generated.stdout + generated.stderr, generated.stdout + generated.stderr
    api = tmp_path / "tocsin_api" / "api"
    assert (api / "events" / "events_create.py").exists() and (api / "users" / "users_put.py").exists()
    assert "created_at: datetime.datetime" in (tmp_path / "tocsin_api" / "models" / "notification_out.py").read_text()
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(tmp_path / "mypy.ini"),
            str(tmp_path / "tocsin_api"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
