"""Admin by role: an admin user's token works on /v1/admin/* for their own org; every other user
token gets 404 on every admin route, and another org's admin sees none of this org's resources."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.admin.conftest import admin_headers
from tests.deliveries.conftest import cycle
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.deliveries.worker import Worker


def admin_routes(app: Any) -> list[tuple[str, str]]:
    """Every admin operation the app serves, from its OpenAPI document (which lists every route)."""
    paths = app.openapi()["paths"]
    return [
        (method.upper(), path)
        for path, operations in paths.items()
        if path.startswith("/v1/admin")
        for method in operations
    ]


def fill(path: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "1"), path)


def test_every_admin_route_is_a_404_for_a_non_admin_user_token(app: Any, factory: Factory) -> None:
    org = factory.org()
    org.put_user("rep", email="rep@example.com", roles=["sales"])
    headers = org.user_headers("rep")
    routes = admin_routes(app)
    assert len(routes) >= 30  # every channel's five, routing, templates, settings, log, audit, outcomes
    for method, path in routes:
        url = fill(path, {"event_type": "lead_assigned", "channel": "email", "key": "lead_assigned"})
        r = org.client.request(method, url, headers=headers, json={})
        assert r.status_code == 404, (method, path, r.status_code, r.text)
        assert r.json() == {"error": {"code": "not_found", "message": "Not Found"}}
    # Nothing changed: no audit entry, settings as before.
    log = org.client.get("/v1/admin/audit", headers=org.headers).json()
    assert log["items"] == []


def test_an_admin_user_token_works_for_its_own_org_and_is_the_actor(factory: Factory) -> None:
    org = factory.org()
    headers = admin_headers(org)
    r = org.client.put("/v1/admin/settings", json={"email_subject_prefix": "[Acme]"}, headers=headers)
    assert r.status_code == 200, r.text
    assert org.client.get("/v1/admin/settings", headers=headers).json()["email_subject_prefix"] == "[Acme]"
    entry = org.client.get("/v1/admin/audit", headers=headers).json()["items"][0]
    assert entry["actor"] == "user:boss"
    assert entry["changes"] == {"email_subject_prefix": ["[CRM]", "[Acme]"]}


def test_the_admin_role_can_be_taken_away(factory: Factory) -> None:
    org = factory.org()
    headers = admin_headers(org)
    assert org.client.get("/v1/admin/settings", headers=headers).status_code == 200
    org.put_user("boss", roles=[])
    assert org.client.get("/v1/admin/settings", headers=headers).status_code == 404


def test_bad_credentials_are_401_not_404(factory: Factory) -> None:
    org = factory.org()
    assert org.client.get("/v1/admin/settings").status_code == 401
    assert org.client.get("/v1/admin/settings", headers={"Authorization": "Bearer nonsense"}).status_code == 401
    assert org.client.get("/v1/admin/settings", headers={"Authorization": "Bearer tsn_nope"}).status_code == 401


@pytest.mark.parametrize("credential", ["api_key", "admin_token"])
def test_another_orgs_admin_finds_nothing_of_this_org(
    factory: Factory, worker: Worker, sink: SmtpSink, credential: str
) -> None:
    mine, other = factory.org(), factory.org()
    mine.put_user("ann", email="ann@example.com")
    mine.put_user("bob", email="bob@example.com")
    mine.client.put("/v1/admin/event-types/site_visit", json={"description": "Visit"}, headers=mine.headers)
    put = mine.client.put("/v1/admin/templates/site_visit/email", json={"subject": "Visit"}, headers=mine.headers)
    assert put.status_code == 200, put.text
    mine.event("task_assigned", actor="bob", entity={"type": "task", "id": "T1", "name": "One", "owner": "ann"})
    sink.handler.refuse_rcpt = "550 5.1.1 unknown"
    cycle(worker)
    delivery = mine.client.get("/v1/admin/deliveries", headers=mine.headers).json()["items"][0]
    assert delivery["status"] == "failed"

    headers = other.headers if credential == "api_key" else admin_headers(other)
    for method, url in [
        ("GET", f"/v1/admin/deliveries/{delivery['id']}"),
        ("POST", f"/v1/admin/deliveries/{delivery['id']}/retry"),
        ("GET", "/v1/admin/event-types/site_visit"),
        ("GET", "/v1/admin/templates/site_visit/email"),
        ("POST", "/v1/admin/templates/site_visit/email/preview"),
    ]:
        r = other.client.request(method, url, headers=headers, json={})
        assert r.status_code == 404, (method, url, r.text)
    # The lists show the other org's own (empty) data, never this one's.
    assert other.client.get("/v1/admin/deliveries", headers=headers).json()["items"] == []
    assert other.client.get("/v1/admin/outcomes", headers=headers).json()["items"] == []
    retried = other.client.post("/v1/admin/deliveries/retry", json={}, headers=headers).json()
    assert retried["retried"] == 0
    assert all(e["target"] != "event_type:site_visit" for e in _audit(other, headers))
    assert mine.client.get(f"/v1/admin/deliveries/{delivery['id']}", headers=mine.headers).json()["status"] == "failed"


def _audit(org: OrgHandle, headers: dict[str, str]) -> list[dict[str, Any]]:
    return org.client.get("/v1/admin/audit", headers=headers).json()["items"]  # type: ignore[no-any-return]
