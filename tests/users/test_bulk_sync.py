"""Bulk user sync (PUT /v1/users): per-row results, a bad row refused alone, set-based writes,
the caches' version bumped, tokens of deactivated users revoked, one audit entry per call."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from tests.factories import Factory, OrgHandle
from tocsin.context import AppContext
from tocsin.users import service as users


def _sync(org: OrgHandle, rows: list[Any], *, expect: int = 200) -> dict[str, Any]:
    r = org.client.put("/v1/users", json={"users": rows}, headers=org.headers)
    assert r.status_code == expect, r.text
    body: dict[str, Any] = r.json()
    return body


def test_rows_are_created_updated_unchanged_or_refused_in_order(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("old", email="old@example.com", timezone="Europe/Paris")
    org.put_user("same", email="same@example.com", roles=["sales"])
    before = org.client.get("/v1/users/same", headers=org.headers).json()
    body = _sync(
        org,
        [
            {"username": "new", "email": "new@example.com", "phone": "+44 20 7946 0958", "roles": ["sales"]},
            {"username": "old", "display_name": "Old Timer", "timezone": None},
            {"username": "same", "email": "same@example.com", "roles": ["sales"]},
            {"username": "bad", "timezone": "Mars/Olympus"},
            {"username": "bad2", "email": "not an address"},
            {"username": "bad name!", "locale": "en"},
            {"username": "extra", "colour": "blue"},
            {"email": "nobody@example.com"},
            {"username": "new", "locale": "fr"},
        ],
    )
    statuses = [(r["username"], r["status"], r["field"]) for r in body["results"]]
    assert statuses == [
        ("new", "created", None),
        ("old", "updated", None),
        ("same", "unchanged", None),
        ("bad", "refused", "timezone"),
        ("bad2", "refused", "email"),
        ("bad name!", "refused", "username"),
        ("extra", "refused", "colour"),
        (None, "refused", "username"),
        ("new", "refused", "username"),
    ]
    assert all(r["reason"] for r in body["results"] if r["status"] == "refused")
    assert (body["created"], body["updated"], body["unchanged"], body["refused"]) == (1, 1, 1, 6)

    new = org.client.get("/v1/users/new", headers=org.headers).json()
    assert new["email"] == "n***@example.com" and new["phone"].startswith("+44") and new["roles"] == ["sales"]
    old = org.client.get("/v1/users/old", headers=org.headers).json()
    assert old["display_name"] == "Old Timer" and old["timezone"] == "UTC"  # null: back to the default
    assert old["email"] == "o***@example.com"  # left out: kept
    assert org.client.get("/v1/users/same", headers=org.headers).json()["updated_at"] == before["updated_at"]
    for refused in ("bad", "bad2", "extra"):
        assert org.client.get(f"/v1/users/{refused}", headers=org.headers).status_code == 404
    with ctx.sessions() as session:  # encrypted at rest, as the single route stores it
        stored = session.execute(text("SELECT email_enc FROM users WHERE username = 'new'")).scalar_one()
    assert "new@example.com" not in stored and ctx.box.decrypt(stored) == "new@example.com"


def test_the_envelope_is_checked_whole(org: OrgHandle) -> None:
    assert _sync(org, [], expect=422)["error"]["field"] == "users"
    many = [{"username": f"u{i}"} for i in range(1001)]
    assert _sync(org, many, expect=422)["error"]["field"] == "users"
    r = org.client.put("/v1/users", json={"users": {"username": "x"}}, headers=org.headers)
    assert r.status_code == 422
    r = org.client.put("/v1/users", json={"users": [{"username": "x"}]})
    assert r.status_code == 401


def test_a_thousand_users_bump_the_users_version_once(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    with ctx.sessions() as session:
        version = users.users_version(session, org.id)
    rows = [{"username": f"u{i}", "email": f"u{i}@example.com", "manager": "boss"} for i in range(1000)]
    assert _sync(org, rows)["created"] == 1000
    with ctx.sessions() as session:
        assert users.users_version(session, org.id) == version + 1
        assert len(users.facts_of_active(session, org.id)) == 1000
    rows[5]["active"] = False
    again = _sync(org, rows)
    assert (again["unchanged"], again["updated"]) == (999, 1)
    with ctx.sessions() as session:
        assert users.users_version(session, org.id) == version + 2
        assert len(users.facts_of_active(session, org.id)) == 999


def test_deactivating_ends_tokens_and_a_deleted_user_is_restored_as_created(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    org.put_user("gone", email="gone@example.com")
    token = org.token("ann")
    assert org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert org.client.delete("/v1/users/gone", headers=org.headers).status_code == 204
    body = _sync(org, [{"username": "ann", "active": False}, {"username": "gone", "locale": "de"}])
    assert [r["status"] for r in body["results"]] == ["updated", "created"]
    assert org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    gone = org.client.get("/v1/users/gone", headers=org.headers).json()
    assert gone["active"] is True and gone["locale"] == "de" and gone["email"] is None  # erased data stays erased


def test_one_audit_entry_per_call_with_the_counts(org: OrgHandle) -> None:
    _sync(org, [{"username": "a"}, {"username": "b"}, {"username": "c", "timezone": "nowhere"}])
    _sync(org, [{"username": "a"}])  # nothing changed: no entry
    entries = org.client.get("/v1/admin/audit", headers=org.headers).json()["items"]
    synced = [e for e in entries if e["action"] == "users.sync"]
    assert len(synced) == 1
    assert synced[0]["actor"].startswith("api_key:") and synced[0]["target"] == "users"
    assert "created" in str(synced[0]["changes"]) and "refused" in str(synced[0]["changes"])


def test_another_orgs_user_of_the_same_name_is_not_touched(factory: Factory) -> None:
    one, two = factory.org(), factory.org()
    one.put_user("jane", email="jane@one.example")
    assert _sync(two, [{"username": "jane", "email": "jane@two.example"}])["created"] == 1
    assert one.client.get("/v1/users/jane", headers=one.headers).json()["email"] == "j***@one.example"
