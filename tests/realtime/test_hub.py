"""The hub on its own: per-user fan-out, bounded queues, close codes."""

from __future__ import annotations

import asyncio

import pytest

from tocsin.realtime.hub import CLOSE_OVERFLOW, CLOSE_RESTART, CLOSE_UNAUTHORIZED, Closing, Hub, Mailbox
from tocsin.signals import TokensRevoked


def test_messages_reach_every_connection_of_the_user_and_no_one_else() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=10)
        tab1, tab2 = hub.open(1, 10), hub.open(1, 10)
        other_user, other_org = hub.open(1, 11), hub.open(2, 10)
        assert len(hub) == 4 and hub.users() == {1: [10, 11], 2: [10]}
        assert hub.deliver(1, [(10, "a"), (10, "b"), (99, "nobody")]) == 4
        for tab in (tab1, tab2):
            assert [tab.queue.get_nowait(), tab.queue.get_nowait()] == ["a", "b"]
        assert other_user.queue.empty() and other_org.queue.empty()
        hub.remove(tab1)
        hub.remove(tab1)  # twice is harmless
        assert hub.deliver(1, [(10, "c")]) == 1
        hub.remove(tab2)
        assert not hub.has(1, 10) and hub.has(1, 11)

    asyncio.run(scenario())


def test_an_overflowing_connection_is_closed_and_its_backlog_dropped() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=3)
        slow, fast = hub.open(1, 10), hub.open(1, 10)
        for n in range(3):
            hub.deliver(1, [(10, f"m{n}")])
            fast.queue.get_nowait()
        assert slow.open and slow.queue.qsize() == 3
        hub.deliver(1, [(10, "m3")])
        assert not slow.open and slow.closing.result().code == CLOSE_OVERFLOW
        assert slow.queue.empty()
        assert fast.open and fast.queue.get_nowait() == "m3"
        hub.deliver(1, [(10, "m4")])  # a closed connection takes nothing more
        assert slow.queue.empty()

    asyncio.run(scenario())


def test_close_all_tells_every_client_to_reconnect() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=3)
        conns = [hub.open(1, u) for u in (1, 2, 3)]
        hub.close_all(CLOSE_RESTART, "server restarting")
        assert {c.closing.result() for c in conns} == {Closing(CLOSE_RESTART, "server restarting")}

    asyncio.run(scenario())


def test_a_users_revocation_closes_only_their_older_tokens_streams() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=3)
        old, fresh = hub.open(1, 10, issued_at=100), hub.open(1, 10, issued_at=200)
        other_user, other_org = hub.open(1, 11, issued_at=100), hub.open(2, 10, issued_at=100)
        assert hub.revoke(TokensRevoked(org_id=1, user_id=10, not_before=150)) == 1
        assert old.closing.result() == Closing(CLOSE_UNAUTHORIZED, "token revoked")
        assert fresh.open and other_user.open and other_org.open

    asyncio.run(scenario())


def test_a_signing_secret_rotation_closes_every_stream_of_the_org() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=3)
        conns = [hub.open(1, 10, issued_at=10**9), hub.open(1, 11), hub.open(1, 11)]
        elsewhere = hub.open(2, 10)
        assert hub.revoke(TokensRevoked(org_id=1, user_id=None)) == 3
        assert {c.closing.result().code for c in conns} == {CLOSE_UNAUTHORIZED}
        assert elsewhere.open

    asyncio.run(scenario())


def test_a_stream_checked_before_a_notice_but_registered_after_it_is_closed_at_once() -> None:
    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        hub = Hub(queue_size=3)
        checked_before = loop.time()
        hub.revoke(TokensRevoked(org_id=1, user_id=10, not_before=150))
        hub.revoke(TokensRevoked(org_id=2, user_id=None))
        # The user's notice: by the token's age, whenever its check began.
        assert not hub.open(1, 10, issued_at=149, checked_at=loop.time()).open
        assert hub.open(1, 10, issued_at=150, checked_at=checked_before).open
        # The org's notice: by when the check began (a token of the new secret is checked after it).
        assert not hub.open(2, 10, issued_at=10**9, checked_at=checked_before).open
        assert hub.open(2, 10, issued_at=0, checked_at=loop.time() + 1).open
        # Later notices for the same user never lower the bar.
        hub.revoke(TokensRevoked(org_id=1, user_id=10, not_before=120))
        assert not hub.open(1, 10, issued_at=140).open

    asyncio.run(scenario())


def test_a_mailbox_is_bounded_wakes_its_reader_and_survives_a_cancelled_wait() -> None:
    async def scenario() -> None:
        box = Mailbox(2)
        reader = asyncio.create_task(box.get())
        await asyncio.sleep(0)
        box.put_nowait("a")
        assert await reader == "a"
        box.put_nowait("b")
        box.put_nowait("c")
        with pytest.raises(asyncio.QueueFull):
            box.put_nowait("d")
        assert [box.get_nowait(), await box.get()] == ["b", "c"] and box.empty()
        waiting = asyncio.create_task(box.get())
        await asyncio.sleep(0)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        box.put_nowait("e")
        assert await asyncio.wait_for(box.get(), timeout=1) == "e"
        with pytest.raises(asyncio.QueueEmpty):
            box.get_nowait()

    asyncio.run(scenario())
