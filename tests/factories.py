"""Build orgs, users and events through the real services and API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import insert

from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.orgs import service as orgs
from tocsin.users.models import User


@dataclass
class OrgHandle:
    id: int
    slug: str
    api_key: str
    signing_secret: str
    client: TestClient
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def put_user(self, username: str, **fields: Any) -> dict[str, Any]:
        r = self.client.put(f"/v1/users/{username}", json=fields, headers=self.headers)
        assert r.status_code in (200, 201), r.text
        return r.json()  # type: ignore[no-any-return]

    def event(self, type_: str, *, expect: int = 202, **fields: Any) -> dict[str, Any]:
        r = self.client.post("/v1/events", json={"type": type_, **fields}, headers=self.headers)
        assert r.status_code == expect, r.text
        return r.json()  # type: ignore[no-any-return]

    def token(self, username: str) -> str:
        if username not in self.tokens:
            r = self.client.post(f"/v1/users/{username}/token", headers=self.headers)
            assert r.status_code == 200, r.text
            self.tokens[username] = r.json()["token"]
        return self.tokens[username]

    def user_headers(self, username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(username)}"}

    def me(self, username: str, method: str, path: str, **kwargs: Any) -> Any:
        return self.client.request(method, f"/v1/me{path}", headers=self.user_headers(username), **kwargs)


class Factory:
    def __init__(self, ctx: AppContext, client: TestClient) -> None:
        self.ctx = ctx
        self.client = client
        self._n = 0

    def org(self, slug: str | None = None) -> OrgHandle:
        self._n += 1
        slug = slug or f"org{self._n}"
        with unit_of_work(self.ctx.sessions) as session:
            created = orgs.create_org(session, self.ctx, slug=slug, name=slug.title())
            org_id = created.org.id
        return OrgHandle(org_id, slug, created.api_key, created.signing_secret, self.client)


def bulk_users(ctx: AppContext, org_id: int, n: int, *, prefix: str = "u", email: bool = True) -> None:
    """n users `{prefix}0..` (with encrypted email addresses unless `email` is False), inserted in
    bulk: a large audience fast, for tests and benchmarks."""
    now = ctx.clock.now()
    rows = [
        {
            "org_id": org_id,
            "username": f"{prefix}{i}",
            "email_enc": ctx.box.encrypt(f"{prefix}{i}@example.com") if email else None,
            "has_email": email,
            "has_phone": False,
            "has_whatsapp": False,
            "has_webhook": False,
            "delivery_choice": "email",
            "timezone": "UTC",
            "locale": "en",
            "roles": [],
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    with unit_of_work(ctx.sessions) as session:
        for start in range(0, n, 2000):
            session.execute(insert(User), rows[start : start + 2000])
