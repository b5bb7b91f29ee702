"""JSON logs of a real `tocsin serve`: one object per line, request ids, and no secret, token or
address in any line; HTTP request metrics by route template and status."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from tests.factories import Factory
from tests.servers import server_env, start_server
from tocsin.config import Settings
from tocsin.observability.logs import scrub


def test_json_logs_carry_request_ids_and_no_credentials_or_addresses(
    base_settings: Settings, factory: Factory, tmp_path: Path
) -> None:
    org = factory.org()
    env = server_env(base_settings, TOCSIN_LOG_FORMAT="json", TOCSIN_LOG_LEVEL="debug")
    server = start_server(env, tmp_path / "serve.log")
    api = {"Authorization": f"Bearer {org.api_key}"}
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            assert http.put(
                "/v1/users/jane", json={"email": "jane.doe@example.com", "phone": "+14155550101"}, headers=api
            )
            token = http.post("/v1/users/jane/token", headers=api).json()["token"]
            sent = http.post(
                "/v1/events",
                json={"type": "lead_assigned", "entity": {"owner": "jane", "id": "1"}},
                headers={**api, "X-Request-ID": "crm-req-42"},
            )
            assert sent.headers["x-request-id"] == "crm-req-42"
            assert http.get("/v1/me/notifications", params={"token": token}).status_code == 200
            assert http.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"}).status_code == 200
            smtp = {
                "provider": "smtp",
                "host": "smtp.example.com",
                "port": 587,
                "username": "mailer",
                "password": "hunter2-smtp-password",
                "encryption": "starttls",
            }
            assert http.put("/v1/admin/channels/email", json=smtp, headers=api).status_code == 200
            assert http.get("/v1/users/nobody@example.com", headers=api).status_code == 404
            generated = http.get("/healthz").headers["x-request-id"]
            metrics = http.get("/metrics").text
    finally:
        server.stop()
    lines = [line for line in server.log().splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"event", "level", "time"} <= set(r) for r in records)
    requests = [r for r in records if r["event"] == "request"]
    assert {"request_id": "crm-req-42", "route": "/v1/events", "status": 202} in [
        {k: r[k] for k in ("request_id", "route", "status")} for r in requests
    ]
    assert generated in {r["request_id"] for r in requests} and len(generated) == 32
    assert any(r["route"] == "/v1/users/{username}" and r["status"] == 404 for r in requests)
    everything = "\n".join(lines)
    for secret in (
        org.api_key,
        org.signing_secret,
        token,
        "jane.doe@example.com",
        "nobody@example.com",
        "+14155550101",
        "hunter2-smtp-password",
    ):
        assert secret not in everything
    assert 'tocsin_http_requests_total{method="POST",route="/v1/events",status="202"} 1.0' in metrics
    assert 'tocsin_http_requests_total{method="GET",route="/v1/users/{username}",status="404"} 1.0' in metrics
    assert 'tocsin_http_request_seconds_count{method="POST",route="/v1/events"} 1.0' in metrics


def test_scrub_blanks_credentials_and_addresses() -> None:
    line = (
        "GET /v1/me/events?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqIn0.c2ln&x=1 Authorization: Bearer tsn_abc "
        "key tsn_Zm9v-bar secret whsec_c2VjcmV0 to jane@example.co.uk +44 20 7946 0958"
    )
    assert scrub(line) == (
        "GET /v1/me/events?token=[redacted]&x=1 Authorization: Bearer [redacted] "
        "key tsn_[redacted] secret whsec_[redacted] to [email] [phone]"
    )
