"""When a user token dies: deactivation, deletion, re-creation of the username, revocation and the
org's signing-secret rotation each refuse the old token on REST, and each announces the death
(`TokensRevoked`) after its commit, never before and never for a rolled-back change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from tests.factories import Factory, OrgHandle
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.kit.clock import FrozenClock
from tocsin.kit.tokens import mint_user_token
from tocsin.orgs import service as orgs
from tocsin.signals import TokensRevoked
from tocsin.users import service as users


def _heard(ctx: AppContext) -> list[TokensRevoked]:
    heard: list[TokensRevoked] = []
    ctx.signals.on_tokens_revoked(heard.append)
    return heard


def _fresh_token(org: OrgHandle, username: str) -> str:
    r = org.client.post(f"/v1/users/{username}/token", headers=org.headers)
    assert r.status_code == 200, r.text
    return str(r.json()["token"])


def _status(org: OrgHandle, token: str) -> int:
    return org.client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"}).status_code


def _user_id(ctx: AppContext, org: OrgHandle, username: str) -> int:
    with ctx.reads() as s:
        found = users.with_org(s, org_slug=org.slug, username=username)
    assert found is not None
    return found[1].id


Death = Callable[[OrgHandle], int]

USER_DEATHS: dict[str, Death] = {
    "deactivated": lambda org: (
        org.client.put("/v1/users/jane", json={"active": False}, headers=org.headers).status_code
    ),
    "deleted": lambda org: org.client.delete("/v1/users/jane", headers=org.headers).status_code,
    "revoked": lambda org: org.client.post("/v1/users/jane/tokens/revoke", headers=org.headers).status_code,
}


@pytest.mark.parametrize("death", sorted(USER_DEATHS))
def test_a_users_death_refuses_their_old_tokens_and_is_announced_once(
    factory: Factory, ctx: AppContext, death: str
) -> None:
    org = factory.org()
    org.put_user("jane")
    org.put_user("bob")
    jane_id = _user_id(ctx, org, "jane")
    old, bobs = _fresh_token(org, "jane"), _fresh_token(org, "bob")
    assert _status(org, old) == _status(org, bobs) == 200
    heard = _heard(ctx)

    assert USER_DEATHS[death](org) in (200, 204)

    assert _status(org, old) == 401
    assert _status(org, bobs) == 200  # nobody else's tokens die
    assert len(heard) == 1 and (heard[0].org_id, heard[0].user_id) == (org.id, jane_id)
    # `not_before` is the first second whose tokens are valid again.
    assert heard[0].not_before == int(ctx.clock.now().timestamp()) + 1


def test_revoked_tokens_stay_dead_and_new_ones_work(factory: Factory, ctx: AppContext, clock: FrozenClock) -> None:
    org = factory.org()
    org.put_user("jane")
    old = _fresh_token(org, "jane")
    assert org.client.post("/v1/users/jane/tokens/revoke", headers=org.headers).status_code == 204
    # Minted in the same second as the revocation: it carries the next second, and works at once.
    new = _fresh_token(org, "jane")
    assert (_status(org, old), _status(org, new)) == (401, 200)
    # A token the CRM signs itself, issued in the revoking second, is as dead as a minted one.
    crm_signed = mint_user_token(
        username="jane", org=org.slug, secret=org.signing_secret, now=clock.now(), ttl=timedelta(hours=1)
    )
    assert _status(org, crm_signed) == 401
    clock.advance(seconds=1)
    later = mint_user_token(
        username="jane", org=org.slug, secret=org.signing_secret, now=clock.now(), ttl=timedelta(hours=1)
    )
    assert (_status(org, new), _status(org, later)) == (200, 200)


def test_revoking_an_unknown_or_foreign_user_changes_nothing(factory: Factory, ctx: AppContext) -> None:
    a, b = factory.org(), factory.org()
    a.put_user("jane")
    b.put_user("jane")
    token = _fresh_token(a, "jane")
    heard = _heard(ctx)
    assert a.client.post("/v1/users/nobody/tokens/revoke", headers=a.headers).status_code == 404
    bad = a.client.post("/v1/users/has%20space/tokens/revoke", headers=a.headers)
    assert bad.status_code == 422 and "username" in bad.text
    assert a.client.post("/v1/users/jane/tokens/revoke").status_code == 401
    # b's key revokes b's jane, never a's.
    assert b.client.post("/v1/users/jane/tokens/revoke", headers=b.headers).status_code == 204
    assert _status(a, token) == 200
    assert [(n.org_id, n.user_id is not None) for n in heard] == [(b.id, True)]


def test_a_recreated_username_gets_none_of_the_old_persons_tokens(
    factory: Factory, ctx: AppContext, clock: FrozenClock
) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    jane_id = _user_id(ctx, org, "jane")
    old = _fresh_token(org, "jane")
    assert org.client.delete("/v1/users/jane", headers=org.headers).status_code == 204
    heard = _heard(ctx)
    clock.advance(seconds=5)
    assert org.client.put("/v1/users/jane", json={"email": "other@example.com"}, headers=org.headers).status_code == 201
    assert _status(org, old) == 401
    assert _status(org, _fresh_token(org, "jane")) == 200
    assert [(n.user_id, n.not_before) for n in heard] == [(jane_id, int(ctx.clock.now().timestamp()) + 1)]


def test_a_signing_secret_rotation_kills_every_token_of_the_org_only(factory: Factory, ctx: AppContext) -> None:
    a, b = factory.org(), factory.org()
    for org in (a, b):
        org.put_user("jane")
    old, other_org = _fresh_token(a, "jane"), _fresh_token(b, "jane")
    heard = _heard(ctx)
    with unit_of_work(ctx.sessions) as session:
        orgs.rotate_signing_secret(session, ctx, slug=a.slug)
        assert heard == []  # not before the commit
    assert heard == [TokensRevoked(org_id=a.id, user_id=None)]
    assert (_status(a, old), _status(b, other_org)) == (401, 200)
    assert _status(a, _fresh_token(a, "jane")) == 200


def test_nothing_is_announced_for_a_rolled_back_change(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("jane")
    token = _fresh_token(org, "jane")
    heard = _heard(ctx)

    class Undo(Exception):
        pass

    with pytest.raises(Undo), unit_of_work(ctx.sessions) as session:
        handle = orgs.org_for_api_key(session, org.api_key)
        assert handle is not None
        users.revoke_tokens(session, ctx, org=handle, username="jane")
        users.delete_user(session, ctx, org=handle, username="jane")
        orgs.rotate_signing_secret(session, ctx, slug=org.slug)
        raise Undo
    assert heard == []
    assert _status(org, token) == 200
