"""The attack probe's smaller findings, one regression test each: every one was a 500 or a leak,
and is now the documented answer, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from typing import Any

import httpx
import pytest

from tests.factories import Factory, OrgHandle
from tests.push_fakes import FakeBrowser
from tocsin.kit.netaddr import OutboundRefused, check_literal, check_url_now
from tocsin.observability.logs import scrub
from tocsin.serving.logs import RedactTokens, redact

LONG_LABEL = "a" * 64 + ".example.com"


def _error(r: httpx.Response, status: int, field: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    error: dict[str, Any] = r.json()["error"]
    if field is not None:
        assert error.get("field") == field, error
    return error


def _org(factory: Factory) -> OrgHandle:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com")
    return org


def _subscription(endpoint: str) -> dict[str, Any]:
    keys = FakeBrowser("b").subscription("https://push.example.com")["keys"]
    return {"endpoint": endpoint, "keys": keys}


@pytest.mark.parametrize("allow_private", [True, False])
def test_a_host_label_over_63_characters_is_a_422(app_with: Any, allow_private: bool) -> None:
    url = f"https://{LONG_LABEL}/hook"
    with app_with(outbound_allow_private=allow_private) as (_client, factory):
        org = _org(factory)
        r = org.client.put("/v1/admin/callbacks", json={"url": url}, headers=org.headers)
        _error(r, 422, "url")
        r = org.client.post("/v1/admin/channels/webhook/test", json={"url": url}, headers=org.headers)
        _error(r, 422, "url")
        r = org.client.put("/v1/users/jane", json={"webhook_url": url}, headers=org.headers)
        _error(r, 422, "webhook_url")
        r = org.me("jane", "POST", "/push-subscriptions", json=_subscription(url))
        _error(r, 422, "endpoint")
        r = org.client.put(
            "/v1/admin/channels/email", json={"provider": "smtp", "host": LONG_LABEL}, headers=org.headers
        )
        _error(r, 422, "host")


def test_save_time_hosts_are_read_as_the_send_time_rule_reads_them() -> None:
    # Trailing dots and the numeric forms the system resolver reads as IPv4 are refused when
    # saved, as they are when sent; a public host stays allowed in any of its forms.
    for host in ("127.0.0.1.", "2130706433", "0x7f000001", "127.1", "0177.0.0.1", "[::1]", "localhost.", "10.1"):
        with pytest.raises(OutboundRefused):
            check_literal(host, allow_private=False)
        with pytest.raises(OutboundRefused):
            check_url_now(f"https://{host}/hook", allow_private=False)
    for host in ("93.184.216.34", "93.184.216.34.", "1572395042", "smtp.example.com."):
        check_literal(host, allow_private=False)


def test_smtp_hosts_in_numeric_or_dotted_forms_are_refused_when_saved(app_with: Any) -> None:
    with app_with(outbound_allow_private=False) as (_client, factory):
        org = factory.org()
        for host in ("127.0.0.1.", "2130706433", "0x7f000001", "127.1", "localhost."):
            r = org.client.put(
                "/v1/admin/channels/email", json={"provider": "smtp", "host": host, "port": 25}, headers=org.headers
            )
            _error(r, 422, "host")


def test_schedule_dates_out_of_range_are_a_422(factory: Factory) -> None:
    org = _org(factory)
    for when in ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+05:00"):
        r = org.client.put("/v1/activities/x", json={"owner": "jane", "starts_at": when}, headers=org.headers)
        _error(r, 422, "starts_at")
        r = org.client.put("/v1/tasks/x", json={"assignee": "jane", "due_at": when}, headers=org.headers)
        _error(r, 422, "due_at")
    for goal, current in ((1e-300, 1e300), (1e300, 1e300)):
        r = org.client.put(
            "/v1/targets/x", json={"owner": "jane", "goal": goal, "current": current}, headers=org.headers
        )
        assert r.status_code in (201, 200, 422), r.text
    r = org.client.put(
        "/v1/activities/x", json={"owner": "jane", "starts_at": "2030-01-15T10:00:00Z"}, headers=org.headers
    )
    assert r.status_code == 201, r.text


def _sign(raw: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def test_a_signed_whatsapp_webhook_of_an_unexpected_shape_changes_nothing(factory: Factory) -> None:
    org = factory.org()
    secret = "app-secret-of-this-org"
    r = org.client.put(
        "/v1/admin/channels/whatsapp",
        json={"phone_number_id": "123", "access_token": "t", "app_secret": secret, "verify_token": "verify-token-1"},
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    for body in (
        {"entry": "abc"},
        {"entry": [1, None, "x"]},
        {"entry": [{"changes": "x"}]},
        {"entry": [{"changes": [{"value": []}]}]},
        {"entry": [{"changes": [{"value": {"statuses": [7, {"status": "failed", "id": {"x": 1}}]}}]}]},
        {"entry": [{"changes": [{"value": {"statuses": [{"status": "failed", "id": "m\x00", "errors": "e"}]}}]}]},
        {"entry": [{"changes": [{"value": {"statuses": [{"status": "failed", "id": "wamid.1", "errors": [3]}]}}]}]},
    ):
        raw = json.dumps(body).encode()
        r = org.client.post(
            f"/v1/providers/whatsapp/{org.slug}",
            content=raw,
            headers={"X-Hub-Signature-256": _sign(raw, secret), "content-type": "application/json"},
        )
        assert r.status_code == 200 and r.json() == {"updated": 0}, (body, r.text)
    # The verification handshake with a token that is not ASCII is a 403, not a 500.
    r = org.client.get(
        f"/v1/providers/whatsapp/{org.slug}",
        params={"hub.mode": "subscribe", "hub.verify_token": "é", "hub.challenge": "1"},
    )
    _error(r, 403)


def test_push_endpoints_are_one_users(factory: Factory) -> None:
    org = _org(factory)
    body = _subscription("https://push.example.com/send/abc123")
    assert org.me("jane", "POST", "/push-subscriptions", json=body).status_code == 201
    assert org.me("jane", "POST", "/push-subscriptions", json=body).status_code in (200, 201)
    r = org.me("bob", "POST", "/push-subscriptions", json=body)
    assert _error(r, 409, "endpoint")["code"] == "endpoint_taken"
    # Jane's browser keeps it; once she unsubscribes, Bob's browser may take it.
    assert org.me("jane", "DELETE", "/push-subscriptions", json={"endpoint": body["endpoint"]}).status_code == 204
    assert org.me("bob", "POST", "/push-subscriptions", json=body).status_code == 201


SECRETS_IN_URLS = (
    "GET /v1/admin/settings?api_key=tsn_live_abcdef&x=1",
    "GET /v1/me/events?token=eyJabc.def.ghi",
    "GET /hook?access_token=aaa&signature=bbb&key=ccc&secret=ddd",
    "GET /v1/providers/whatsapp/acme?hub.mode=subscribe&hub.verify_token=vvv&hub.challenge=1",
    "GET /x?API_KEY=upper&sig=s1&password=p1&client_secret=cs",
)


def test_query_string_secrets_are_redacted_in_every_log_format() -> None:
    for line in SECRETS_IN_URLS:
        for redacted in (redact(line), scrub(line)):
            for secret in ("abcdef", "eyJabc", "aaa", "bbb", "ccc", "ddd", "vvv", "upper", "s1", "p1", "cs"):
                assert f"={secret}" not in redacted, redacted
            assert "[redacted]" in redacted
    # Parameters that are no credential stay readable.
    assert redact("GET /v1/me/notifications?limit=5&monkey=1") == "GET /v1/me/notifications?limit=5&monkey=1"
    # The uvicorn access record (its arguments hold the path) is filtered before formatting.
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/v1/admin/settings?api_key=tsn_live_abcdef", "1.1", 200),
        None,
    )
    RedactTokens().filter(record)
    assert "tsn_live_abcdef" not in record.getMessage() and "api_key=[redacted]" in record.getMessage()
