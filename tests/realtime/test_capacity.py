"""The live streams under pressure, against a running `tocsin serve`: a full process turns new
streams away with 1013 and a hint, a storm of connects gets each socket its own count, and the
hello counts of sockets connecting together are read together."""

from __future__ import annotations

import asyncio
import json
import random
import time

import httpx
import pytest
from sqlalchemy import Select, event, select
from sqlalchemy.engine import Engine
from websockets.asyncio.client import connect as connect_async
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.factories import Factory, OrgHandle, bulk_users
from tests.realtime.conftest import StartServer, post_event, recv, user_token, ws_url
from tests.wsclients import Crowd, raise_open_files
from tocsin.context import AppContext
from tocsin.notifications.counts import Counts
from tocsin.realtime import service
from tocsin.users.models import User


def test_a_full_server_turns_new_streams_away_with_1013_and_a_hint(live: StartServer, org: OrgHandle) -> None:
    server = live(TOCSIN_LIVE_MAX_STREAMS="2", TOCSIN_LIVE_RETRY_AFTER_SECONDS="7")
    jane, bob = user_token(org, "jane"), user_token(org, "bob")
    with connect(ws_url(server, jane)) as tab, connect(ws_url(server, bob)) as other:
        assert recv(tab)["type"] == recv(other)["type"] == "hello"
        with connect(ws_url(server, jane)) as third, pytest.raises(ConnectionClosed) as closed:
            recv(third)
        assert closed.value.rcvd is not None
        assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1013, "server full; retry_after=7")
        # An event stream is answered 503 with the same hint, before anything is read.
        r = httpx.get(f"{server.base_url}/v1/me/events", params={"token": jane}, timeout=15)
        assert r.status_code == 503 and r.headers["retry-after"] == "7"
        assert r.json()["error"]["code"] == "overloaded"
        # The streams it holds are served as before.
        post_event(server, org, recipients=["jane"], data={"still": "here"})
        assert recv(tab)["notification"]["data"] == {"still": "here"}
    # Once they are gone there is room again.
    deadline = time.monotonic() + 15
    while True:
        with connect(ws_url(server, jane)) as again:
            try:
                assert recv(again) == {"type": "hello", "unread": 1, "unseen": 1}
                break
            except ConnectionClosed:
                assert time.monotonic() < deadline, "the server never took a stream again"
                time.sleep(0.1)


async def _bell(url: str, refusals: list[str]) -> dict[str, int]:
    """Connect as the bell does: a 1013 before hello is retried after full jitter over its hint."""
    while True:
        async with connect_async(url, open_timeout=30) as ws:
            try:
                return json.loads(await asyncio.wait_for(ws.recv(), timeout=30))  # type: ignore[no-any-return]
            except ConnectionClosed as closed:
                assert closed.rcvd is not None and closed.rcvd.code == 1013, closed
                refusals.append(closed.rcvd.reason)
                hint = float(closed.rcvd.reason.rpartition("retry_after=")[2])
        await asyncio.sleep(random.uniform(0, hint))


def test_a_storm_of_connects_gets_every_socket_its_own_count(live: StartServer, org: OrgHandle) -> None:
    users = 16
    # Few tokens checked at once and a tiny read queue: part of the storm is turned away (1013)
    # and comes back; every socket ends with its user's count.
    server = live(TOCSIN_LIVE_MAX_CONNECTING="4", TOCSIN_READ_QUEUE_SIZE="8", TOCSIN_LIVE_RETRY_AFTER_SECONDS="1")
    for i in range(users):
        org.put_user(f"u{i}")
    for k in range(3):  # user i has i % 4 unread notifications
        post_event(server, org, recipients=[f"u{i}" for i in range(users) if i % 4 > k], data={"k": k})
    tokens = [user_token(org, f"u{i}") for i in range(users)]
    # Two tabs per user, all at once.
    urls = [ws_url(server, tokens[i % users]) for i in range(2 * users)]
    refusals: list[str] = []

    async def storm() -> list[dict[str, int]]:
        return await asyncio.gather(*(_bell(url, refusals) for url in urls))

    hellos = asyncio.run(storm())
    assert hellos == [{"type": "hello", "unread": (i % users) % 4, "unseen": (i % users) % 4} for i in range(2 * users)]
    assert all(reason.endswith("; retry_after=1") for reason in refusals), refusals


def test_the_hello_counts_of_sockets_connecting_together_are_one_query_per_org(
    ctx: AppContext, factory: Factory, org: OrgHandle
) -> None:
    other = factory.org()
    other.put_user("jane")
    org.event("manual", recipients=["jane", "bob"])
    org.event("manual", recipients=["jane"])
    other.event("manual", recipients=["jane"])
    with ctx.reads() as session:
        jane, bob = (session.execute(_user_id(org.id, name)).scalar_one() for name in ("jane", "bob"))
        other_jane = session.execute(_user_id(other.id, "jane")).scalar_one()
    keys = [(org.id, jane), (org.id, bob), (other.id, other_jane), (org.id, jane), (org.id, 10**9)]
    statements: list[str] = []
    engine: Engine = ctx.reads.kw["bind"]

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        with ctx.reads() as session:
            got = service._hello_counts(session, keys)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert got == [Counts(2, 2), Counts(1, 1), Counts(1, 1), Counts(2, 2), Counts(0, 0)]
    assert len([s for s in statements if "notification" in s.lower()]) == 2  # one per org


def _user_id(org_id: int, username: str) -> Select[tuple[int]]:
    return select(User.id).where(User.org_id == org_id, User.username == username)


def test_a_connect_storm_beyond_the_old_listen_backlog_gets_every_socket_its_hello(
    live: StartServer, ctx: AppContext, org: OrgHandle
) -> None:
    # 2,500 bells at once: more than uvicorn's default listen backlog (2,048). The storm waits its
    # turn on the server; a socket turned away anyway (1013) comes back after a random wait over
    # the hint, as the bell does.
    sockets = 2500
    assert raise_open_files() > sockets + 100
    bulk_users(ctx, org.id, sockets, email=False)
    server = live(TOCSIN_LIVE_RETRY_AFTER_SECONDS="2")
    # Some users have unread notifications: each socket's hello carries its own user's count.
    post_event(server, org, recipients=[f"u{i}" for i in range(0, sockets, 50)], data={"k": 1})
    post_event(server, org, recipients=[f"u{i}" for i in range(0, sockets, 100)], data={"k": 2})
    urls = [ws_url(server, user_token(org, f"u{i}")) for i in range(sockets)]

    async def storm() -> Crowd:
        crowd = Crowd(urls, hello_timeout=60)
        crowd.start()
        try:
            await crowd.until(crowd.all_open, timeout=180)
        finally:
            await crowd.stop()
        return crowd

    crowd = asyncio.run(storm())
    assert crowd.open_count == 0 and crowd.closes == {}  # none was closed by the server once open
    expected = [(n, n) for n in ((i % 50 == 0) + (i % 100 == 0) for i in range(sockets))]
    assert crowd.hellos() == expected, f"{sum(h is None for h in crowd.hellos())} sockets never had hello"
    assert all(reason.endswith("; retry_after=2") for reason in crowd.refusals), crowd.refusals
