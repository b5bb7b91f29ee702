"""Hostile input, one test per kind of abuse: what an API key holder, a user or a stranger sends
cannot hurt anyone else. Runs on SQLite and on PostgreSQL like the rest of the suite."""

from __future__ import annotations

import base64
import json
import logging
import os
import stat
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from tests.factories import Factory, OrgHandle
from tests.servers import server_env
from tests.test_cli_and_schema import tocsin
from tocsin.app import create_app
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.engine import make_engine

LEAD = {"type": "lead", "id": "L1", "name": "Jane Smith", "owner": "jane"}


def _error(r: httpx.Response, status: int, field: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["code"] and error["message"]
    if field is not None:
        assert error.get("field") == field, error
    return error  # type: ignore[no-any-return]


def _org(factory: Factory) -> OrgHandle:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com")
    return org


def _count_events(org: OrgHandle) -> int:
    page = org.me("jane", "GET", "/notifications?limit=100")
    assert page.status_code == 200, page.text
    return len(page.json()["items"])


# -- Limits ---------------------------------------------------------------------------------------


def test_bodies_over_the_limit_are_refused_before_reading(client: TestClient) -> None:
    # Declared too large: refused on the header alone, before authentication.
    huge = b"x" * (1024 * 1024 + 1)
    r = client.post("/v1/events", content=huge, headers={"content-type": "application/json"})
    assert _error(r, 413, "body")["code"] == "payload_too_large"
    # Not declared (chunked): counted as it is read, and cut off at the limit.
    r = client.post("/v1/events", content=iter([b"x" * 65536] * 20), headers={"content-type": "application/json"})
    _error(r, 413, "body")


def test_event_data_size_depth_and_counts_are_bounded(factory: Factory) -> None:
    org = _org(factory)
    base = {"type": "lead_assigned", "entity": LEAD}
    cases: list[tuple[dict[str, Any], str]] = [
        ({**base, "data": {"pad": "x" * (64 * 1024)}}, "data"),
        ({**base, "data": _nested(40)}, "data"),
        ({**base, "entity": {**LEAD, "extra": "y" * 20_000}}, "entity"),
        ({**base, "recipients": ["jane"] * 10_001}, "recipients"),
        ({**base, "recipients": ["j" * 151]}, "recipients.0"),
        ({**base, "actor": "a" * 151}, "actor"),
    ]
    for body, field in cases:
        r = org.client.post("/v1/events", json=body, headers=org.headers)
        _error(r, 422, field)
    r = org.client.post("/v1/events/batch", json={"events": [base] * 1001}, headers=org.headers)
    _error(r, 422, "events")
    assert _count_events(org) == 0  # nothing was written
    # 256 levels deep (what once broke every inbox page holding it) is refused outright.
    r = org.client.post("/v1/events", json={**base, "data": _nested(256)}, headers=org.headers)
    _error(r, 422)
    # Within the limits it is stored, and the inbox pages that hold it answer.
    org.event("lead_assigned", entity=LEAD, data=_nested(30))
    assert _count_events(org) == 1


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(depth - 1):
        value = {"n": value}
    return value


def test_user_fields_longer_than_their_columns_are_refused(factory: Factory) -> None:
    org = _org(factory)
    for body, field in (
        ({"locale": "en-" + "a" * 30}, "locale"),
        ({"display_name": "x" * 201}, "display_name"),
        ({"roles": ["r" * 65]}, "roles.0"),
    ):
        r = org.client.put("/v1/users/jane", json=body, headers=org.headers)
        _error(r, 422, field)
    assert org.client.get("/v1/users/jane", headers=org.headers).json()["locale"] == "en"


# -- Templates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression",
    [
        "{{ (7**(2*7**8)) > 0 }}",
        "{{ 'a'*10**7 }}",
        "{{ '%099999999d' % 1 }}",
        "{{ 'a'.ljust(10**9) }}",
        "{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    ],
)
def test_hostile_templates_are_refused_quickly(factory: Factory, expression: str) -> None:
    org = _org(factory)
    started = time.monotonic()
    r = org.client.post(
        "/v1/admin/templates/lead_assigned/email/preview", json={"body": expression}, headers=org.headers
    )
    _error(r, 422, "body")
    r = org.client.put("/v1/admin/templates/lead_assigned/email", json={"body": expression}, headers=org.headers)
    _error(r, 422, "body")
    assert time.monotonic() - started < 5  # generous: the budget is 0.5 s per render
    assert org.client.get("/v1/admin/templates", headers=org.headers).json() == []


def test_a_preview_entity_of_the_wrong_shape_is_a_422(factory: Factory) -> None:
    org = _org(factory)
    r = org.client.post(
        "/v1/admin/templates/lead_assigned/email/preview", json={"entity": {"url": 5}}, headers=org.headers
    )
    _error(r, 422, "entity.url")


# -- Control characters, ids, cursors, dates, logs ------------------------------------------------


def test_nul_and_control_characters_are_refused_everywhere(factory: Factory) -> None:
    org = _org(factory)
    for body, field in (
        ({"type": "manual", "recipients": ["jane"], "data": {"note": "a\x00b"}}, "data"),
        ({"type": "manual", "recipients": ["jane"], "data": {"k\x00": 1}}, "data"),
        ({"type": "manual", "recipients": ["jane"], "entity": {"name": "x\x07y"}}, "entity.name"),
        ({"type": "manual", "recipients": ["jane"], "actor": "bob\x00"}, "actor"),
        ({"type": "manual", "recipients": ["jane"], "idempotency_key": "k\x00"}, "idempotency_key"),
    ):
        _error(org.client.post("/v1/events", json=body, headers=org.headers), 422, field)
    _error(org.client.put("/v1/users/jane", json={"display_name": "J\x00"}, headers=org.headers), 422, "display_name")
    # One-line fields refuse line breaks too: they reach mail headers.
    _error(org.client.put("/v1/users/jane", json={"display_name": "J\r\nBcc: x"}, headers=org.headers), 422)
    _error(
        org.client.put("/v1/admin/settings", json={"email_subject_prefix": "[CRM]\r\nX: y"}, headers=org.headers), 422
    )
    # Query parameters: the same 422, naming the parameter, before anything reads them.
    r = org.me("jane", "GET", "/notifications?q=a%00b")
    _error(r, 422, "q")
    _error(org.client.get("/v1/admin/deliveries?event_type=%01", headers=org.headers), 422, "event_type")
    # Multi-line text keeps its line breaks and tabs.
    org.event("manual", recipients=["jane"], data={"note": "line one\n\tline two"})
    assert _count_events(org) == 1


def test_ids_cursors_and_dates_out_of_range_are_4xx(factory: Factory) -> None:
    org = _org(factory)
    big = 2**63
    _error(org.me("jane", "POST", f"/notifications/{big}/read"), 422, "notification_id")
    _error(org.me("jane", "POST", f"/notifications/{2**63 - 1}/read"), 404)
    _error(org.client.get(f"/v1/admin/deliveries/{big}", headers=org.headers), 422, "delivery_id")
    for raw in (f"id:{big}".encode(), "id:١٢".encode(), b"id:\xff\xfe", b"id:99999999999999999999999"):
        cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        _error(org.me("jane", "GET", f"/notifications?cursor={cursor}"), 422, "cursor")
        _error(org.client.get(f"/v1/admin/deliveries?cursor={cursor}", headers=org.headers), 422, "cursor")
    for until in ("9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59"):
        r = org.client.get("/v1/admin/deliveries", params={"until": until}, headers=org.headers)
        _error(r, 422, "until")


def test_sql_parameters_never_reach_errors_or_logs(ctx: AppContext, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert ctx.engine.hide_parameters
    from sqlalchemy import text

    with pytest.raises(Exception) as failed, ctx.engine.begin() as conn:
        conn.execute(text("INSERT INTO orgs (id, slug) VALUES (:id, :slug)"), {"id": 1, "slug": "secret-payload"})
    assert "secret-payload" not in str(failed.value)
    assert "secret-payload" not in caplog.text


# -- Outbound address rule, SMTP ------------------------------------------------------------------


def test_smtp_hosts_follow_the_outbound_address_rule(app_with: Any) -> None:
    with app_with(outbound_allow_private=False) as (_client, factory):
        org = factory.org()
        for host in ("169.254.169.254", "127.0.0.1", "10.1.2.3", "localhost", "[::1]", "192.168.0.10"):
            r = org.client.put(
                "/v1/admin/channels/email", json={"provider": "smtp", "host": host, "port": 25}, headers=org.headers
            )
            _error(r, 422, "host")
        ok = org.client.put(
            "/v1/admin/channels/email",
            json={"provider": "smtp", "host": "smtp.example.com", "encryption": "starttls"},
            headers=org.headers,
        )
        assert ok.status_code == 200, ok.text


def test_smtp_login_without_tls_needs_the_setting(app_with: Any) -> None:
    body = {"provider": "smtp", "host": "smtp.example.com", "encryption": "none", "username": "u", "password": "p"}
    with app_with() as (_client, factory):
        org = factory.org("plain1")
        _error(org.client.put("/v1/admin/channels/email", json=body, headers=org.headers), 422, "encryption")
    with app_with(smtp_allow_plaintext_login=True) as (_client, factory):
        org = factory.org("plain2")
        assert org.client.put("/v1/admin/channels/email", json=body, headers=org.headers).status_code == 200


# -- Tokens ---------------------------------------------------------------------------------------


def test_tokens_of_deactivated_deleted_and_recreated_users_are_refused(factory: Factory, ctx: AppContext) -> None:
    org = _org(factory)
    token = org.token("jane")
    me = {"Authorization": f"Bearer {token}"}
    assert org.client.get("/v1/me/notifications", headers=me).status_code == 200
    org.put_user("jane", active=False)
    _error(org.client.get("/v1/me/notifications", headers=me), 401)
    _error(org.client.post("/v1/users/jane/token", headers=org.headers), 409)
    org.put_user("jane", active=True)
    _error(org.client.get("/v1/me/notifications", headers=me), 401)  # reactivation does not revive it
    fresh = org.client.post("/v1/users/jane/token", headers=org.headers).json()["token"]
    assert org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {fresh}"}).status_code == 200
    # Deleted, then a new user of the same name: the old tokens stay dead.
    assert org.client.delete("/v1/users/jane", headers=org.headers).status_code == 204
    ctx.clock.advance(seconds=5)  # type: ignore[attr-defined]
    org.put_user("jane", email="new.jane@example.com")
    _error(org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {fresh}"}), 401)
    # A token the CRM signs itself after that (from the next second on) works.
    ctx.clock.advance(seconds=1)  # type: ignore[attr-defined]
    now = int(ctx.clock.now().timestamp())
    signed = jwt.encode({"sub": "jane", "org": org.slug, "iat": now, "exp": now + 60}, org.signing_secret, "HS256")
    assert org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {signed}"}).status_code == 200


def test_unknown_users_and_bad_signatures_get_the_same_answer(factory: Factory, ctx: AppContext) -> None:
    org = _org(factory)
    exp = int((ctx.clock.now() + timedelta(hours=1)).timestamp())
    answers = []
    wrong = "not-the-signing-secret-of-this-org-at-all"
    for sub, secret in (("jane", wrong), ("nobody", wrong), ("nobody", org.signing_secret)):
        forged = jwt.encode({"sub": sub, "org": org.slug, "exp": exp}, secret, "HS256")
        r = org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {forged}"})
        answers.append((r.status_code, r.json()))
    assert answers[0] == answers[1] == answers[2] and answers[0][0] == 401
    for exp_claim in ("NaN", "1e400", True, "soon"):
        raw = json.dumps({"sub": "jane", "org": org.slug, "exp": exp_claim}).replace('"NaN"', "NaN")
        raw = raw.replace('"1e400"', "1e400")
        forged = _sign_raw(raw, org.signing_secret)
        _error(org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {forged}"}), 401)


def _sign_raw(payload: str, secret: str) -> str:
    import hashlib
    import hmac

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    head = b64(b'{"alg":"HS256","typ":"JWT"}') + "." + b64(payload.encode())
    return head + "." + b64(hmac.new(secret.encode(), head.encode(), hashlib.sha256).digest())


def test_rotating_the_signing_secret_ends_old_tokens(factory: Factory, settings: Settings) -> None:
    org = _org(factory)
    old = org.token("jane")
    env = server_env(settings)
    done = tocsin(env, "org", "rotate-signing-secret", org.slug, "--json")
    assert done.returncode == 0, done.stderr
    secret = json.loads(done.stdout)["signing_secret"]
    assert secret != org.signing_secret
    _error(org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {old}"}), 401)
    new = org.client.post("/v1/users/jane/token", headers=org.headers).json()["token"]
    assert jwt.decode(new, secret, algorithms=["HS256"], options={"verify_exp": False})["sub"] == "jane"
    assert tocsin(env, "org", "rotate-signing-secret", "no-such-org").returncode == 1


# -- Origins, pages, files ------------------------------------------------------------------------


def test_streams_check_the_origin(app_with: Any) -> None:
    with app_with(allowed_origins=["https://crm.example.com"]) as (client, factory):
        org = _org(factory)
        token = org.token("jane")
        r = client.get(f"/v1/me/events?token={token}", headers={"Origin": "https://evil.example"})
        _error(r, 403)
        with pytest.raises(WebSocketDisconnect), client.websocket_connect(
            f"/v1/me/stream?token={token}", headers={"Origin": "https://evil.example"}
        ) as ws:
            ws.receive_json()
        with client.websocket_connect(
            f"/v1/me/stream?token={token}", headers={"Origin": "https://crm.example.com"}
        ) as ws:
            assert ws.receive_json()["type"] == "hello"
        # Tocsin's own pages are same-origin.
        with client.websocket_connect(f"/v1/me/stream?token={token}", headers={"Origin": "http://testserver"}) as ws:
            assert ws.receive_json()["type"] == "hello"


def test_pages_send_a_csp_and_the_demo_ignores_the_host_header(app_with: Any) -> None:
    with app_with(demo_enabled=True) as (client, _factory):
        for path in ("/inbox", "/preferences", "/demo"):
            r = client.get(path, headers={"Host": "evil.example"})
            assert r.status_code == 200, (path, r.text)
            csp = r.headers["content-security-policy"]
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
            assert r.headers["x-content-type-options"] == "nosniff"
            assert "evil.example" not in r.text
    assert "content-security-policy" not in client.get("/v1/webpush/public-key").headers


def test_data_files_are_private(tmp_path: Path) -> None:
    settings = Settings(env="test", data_dir=tmp_path / "data", database_url="")
    engine = make_engine(settings.database_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    engine.dispose()
    key = settings.effective_secret_key
    assert key
    for path in (tmp_path / "data" / "tocsin.db", tmp_path / "data" / "secret.key"):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
    assert stat.S_IMODE(os.stat(tmp_path / "data").st_mode) == 0o700


# -- Rate limits ----------------------------------------------------------------------------------


def test_rate_limits_per_key_user_and_address(app_with: Any) -> None:
    limits = {"ingest": "3/minute", "admin": "5/minute", "user": "2/minute", "anon": "2/minute"}
    with app_with(**{f"rate_limit_{kind}": value for kind, value in limits.items()}) as (client, factory):
        org = factory.org()
        other = factory.org()
        for _ in range(3):
            org.event("manual", recipients=[], expect=202)
        limited = client.post("/v1/events", json={"type": "manual"}, headers=org.headers)
        error = _error(limited, 429)
        assert error["code"] == "rate_limited" and int(limited.headers["retry-after"]) >= 1
        other.event("manual", recipients=[], expect=202)  # another key has its own count
        # Admin routes: a separate count per key.
        for _ in range(5):
            assert client.get("/v1/admin/settings", headers=org.headers).status_code == 200
        _error(client.get("/v1/admin/settings", headers=org.headers), 429)
        # Users: per user.
        third = factory.org("third")
        third.put_user("jane")
        third.put_user("bob")
        third.token("jane")
        third.token("bob")
        other = third
        for _ in range(2):
            assert other.me("jane", "GET", "/notifications/unread-count").status_code == 200
        _error(other.me("jane", "GET", "/notifications/unread-count"), 429)
        assert other.me("bob", "GET", "/notifications/unread-count").status_code == 200
        # No credentials: per address.
        client.get("/healthz")
        client.get("/healthz")
        r = client.get("/healthz")
        _error(r, 429)
        assert "retry-after" in r.headers


def test_rate_limits_are_shared_through_redis(app_with: Any, redis_url: str, ctx: AppContext) -> None:
    import redis

    prefix = f"tocsin-test-{os.getpid()}-{time.monotonic_ns()}"
    settings = {"redis_url": redis_url, "redis_channel_prefix": prefix, "rate_limit_anon": "3/minute"}
    # Two apps with their own contexts (as two processes would be), one count.
    with app_with(**settings) as (first, _f):
        other = AppContext.build(ctx.settings, clock=ctx.clock)
        try:
            with TestClient(create_app(ctx=other)) as second:
                assert first.get("/healthz").status_code == 200
                assert second.get("/healthz").status_code == 200
                assert first.get("/healthz").status_code == 200
                _error(second.get("/healthz"), 429)
        finally:
            other.dispose()
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()
