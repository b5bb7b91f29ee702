"""The hub on its own: per-user fan-out, bounded queues, close codes."""

from __future__ import annotations

import asyncio

from tocsin.realtime.hub import CLOSE_OVERFLOW, CLOSE_RESTART, Closing, Hub


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
