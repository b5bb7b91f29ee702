"""The token watcher, the net under the revocation notices: on the real database, with no notice
sent at all, one look closes exactly the streams whose tokens no longer stand."""

from __future__ import annotations

import asyncio

from tests.factories import Factory
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.kit import tokens
from tocsin.kit.clock import FrozenClock
from tocsin.orgs import service as orgs
from tocsin.realtime.hub import CLOSE_UNAUTHORIZED, Hub
from tocsin.realtime.validity import still_valid
from tocsin.realtime.watch import TokenWatcher
from tocsin.users import service as users


def test_the_rules_of_a_standing_token() -> None:
    alive = (True, 100)
    assert still_valid(issued_at=100, secret_id="s", user=alive, org_secret_id="s")
    assert not still_valid(issued_at=99, secret_id="s", user=alive, org_secret_id="s")  # revoked
    assert not still_valid(issued_at=100, secret_id="s", user=(False, 0), org_secret_id="s")  # deactivated
    assert not still_valid(issued_at=100, secret_id="s", user=None, org_secret_id="s")  # gone
    assert not still_valid(issued_at=100, secret_id="old", user=alive, org_secret_id="s")  # rotated
    assert not still_valid(issued_at=100, secret_id="s", user=alive, org_secret_id=None)  # org gone


def test_one_look_closes_the_streams_whose_tokens_died_and_only_those(
    factory: Factory, ctx: AppContext, clock: FrozenClock
) -> None:
    org, other = factory.org(), factory.org()
    for name in ("jane", "bob", "ann", "sam"):
        org.put_user(name)
    other.put_user("jane")
    ids = _ids(ctx, org.slug, "jane", "bob", "ann", "sam")
    other_jane = _ids(ctx, other.slug, "jane")["jane"]
    issued = int(clock.now().timestamp())
    secret, other_secret = tokens.secret_id(org.signing_secret), tokens.secret_id(other.signing_secret)

    async def scenario() -> None:
        hub = Hub(queue_size=4)
        watcher = TokenWatcher(ctx=ctx, sessions=ctx.reads, hub=hub, every_seconds=0)
        conns = {
            name: hub.open(org.id, ids[name], issued_at=issued, secret_id=secret) for name in ("jane", "bob", "ann")
        }
        sam = hub.open(org.id, ids["sam"], issued_at=issued, secret_id=secret)
        elsewhere = hub.open(other.id, other_jane, issued_at=issued, secret_id=other_secret)
        assert await watcher.sweep() == 0  # the first look reads everyone; all stand
        assert await watcher.sweep() == 0  # nothing changed: nothing read but the orgs' versions

        clock.advance(seconds=1)
        with unit_of_work(ctx.sessions) as session:
            handle = orgs.org_for_api_key(session, org.api_key)
            assert handle is not None
            users.revoke_tokens(session, ctx, org=handle, username="jane")
            users.delete_user(session, ctx, org=handle, username="bob")
        assert await watcher.sweep() == 2
        assert not conns["jane"].open and not conns["bob"].open
        assert conns["jane"].closing.result().code == CLOSE_UNAUTHORIZED
        assert conns["ann"].open and sam.open and elsewhere.open

        # A stream opened after the revocation with a fresh token stands; one with a token of the
        # old secret falls when the secret rotates, like every other stream of the org.
        fresh = hub.open(org.id, ids["jane"], issued_at=issued + 2, secret_id=secret)  # revoked in issued + 1
        assert await watcher.sweep() == 0 and fresh.open
        with unit_of_work(ctx.sessions) as session:
            orgs.rotate_signing_secret(session, ctx, slug=org.slug)
        assert await watcher.sweep() == 3
        assert not fresh.open and not conns["ann"].open and not sam.open and elsewhere.open
        await watcher.stop()

    asyncio.run(scenario())


def _ids(ctx: AppContext, slug: str, *usernames: str) -> dict[str, int]:
    out = {}
    with ctx.reads() as session:
        for name in usernames:
            found = users.with_org(session, org_slug=slug, username=name)
            assert found is not None
            out[name] = found[1].id
    return out
