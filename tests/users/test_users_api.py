"""User sync: validation, normalisation, masking, encryption at rest, soft delete."""

from __future__ import annotations

from sqlalchemy import text

from tests.factories import Factory
from tocsin.context import AppContext


def test_create_update_and_read_back_masked(factory: Factory) -> None:
    org = factory.org()
    r = org.client.put(
        "/v1/users/jane.doe",
        json={
            "email": "jane@example.com",
            "phone": "+44 20 7946 0958",
            "timezone": "Europe/London",
            "roles": ["sales"],
        },
        headers=org.headers,
    )
    assert r.status_code == 201
    body = r.json()
    assert body["email"] == "j***@example.com"
    assert body["phone"].startswith("+44") and "7946" not in body["phone"]
    assert body["timezone"] == "Europe/London" and body["roles"] == ["sales"]
    r = org.client.put("/v1/users/jane.doe", json={"display_name": "Jane"}, headers=org.headers)
    assert r.status_code == 200
    assert r.json()["email"] == "j***@example.com"  # left out: kept
    r = org.client.put("/v1/users/jane.doe", json={"phone": None}, headers=org.headers)
    assert r.json()["phone"] is None  # null: cleared
    assert org.client.get("/v1/users/jane.doe", headers=org.headers).json()["display_name"] == "Jane"


def test_bad_input_names_the_field_and_changes_nothing(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com", timezone="UTC")
    cases = [
        ({"email": "not-an-address"}, "email"),
        ({"phone": "12345"}, "phone"),
        ({"phone": "+1 555"}, "phone"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"delivery_choice": "pigeon"}, "delivery_choice"),
        ({"webhook_url": "not a url"}, "webhook_url"),
        ({"nickname": "x"}, "nickname"),
    ]
    for body, field in cases:
        r = org.client.put("/v1/users/ann", json={"timezone": "Europe/Paris", **body}, headers=org.headers)
        assert r.status_code == 422, body
        assert r.json()["error"]["field"] == field, body
    assert org.client.get("/v1/users/ann", headers=org.headers).json()["timezone"] == "UTC"
    r = org.client.put("/v1/users/bad name", json={}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "username"


def test_addresses_are_encrypted_at_rest(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("ann", email="secret.ann@example.com", phone="+14155550101", webhook_url="https://hooks.example/abc")
    with ctx.engine.connect() as conn:
        dump = " ".join(str(v) for row in conn.execute(text("SELECT * FROM users")) for v in row)
    assert "secret.ann" not in dump and "4155550101" not in dump and "hooks.example" not in dump


def test_delete_hides_user_and_put_restores(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    token = org.token("ann")
    assert org.client.delete("/v1/users/ann", headers=org.headers).status_code == 204
    assert org.client.get("/v1/users/ann", headers=org.headers).status_code == 404
    assert org.client.delete("/v1/users/ann", headers=org.headers).status_code == 404
    r = org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    r = org.client.put("/v1/users/ann", json={}, headers=org.headers)
    assert r.status_code == 201 and r.json()["email"] is None and r.json()["active"] is True


def test_token_for_unknown_user_is_404(factory: Factory) -> None:
    org = factory.org()
    assert org.client.post("/v1/users/ghost/token", headers=org.headers).status_code == 404
    r = org.client.post("/v1/users/ghost/token", json={"ttl_seconds": 5}, headers=org.headers)
    assert r.status_code == 422


def test_on_premises_mail_domains_are_accepted(factory: Factory) -> None:
    org = factory.org()
    r = org.client.put("/v1/users/ann", json={"email": "Ann@Corp.Local"}, headers=org.headers)
    assert r.status_code == 201 and r.json()["email"] == "A***@corp.local"
    for reserved in ("ann@localhost", "ann@example.test", "not-an-address"):
        bad = org.client.put("/v1/users/ann", json={"email": reserved}, headers=org.headers)
        assert bad.status_code == 422 and bad.json()["error"]["field"] == "email", reserved
    assert org.client.get("/v1/users/ann", headers=org.headers).json()["email"] == "A***@corp.local"
