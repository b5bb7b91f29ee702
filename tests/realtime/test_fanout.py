"""The fan-out on its own, with a real hub: large batches leave in slices with the loop turning
between them, a small push is not held behind somebody else's broadcast, and each user's messages
keep their order."""

from __future__ import annotations

import asyncio

from prometheus_client import REGISTRY

from tocsin.realtime.fanout import DIRECT, Fanout
from tocsin.realtime.hub import Hub, Mailbox
from tocsin.realtime.messages import Outgoing
from tocsin.signals import TokensRevoked


def drain(queue: Mailbox) -> list[str]:
    out = []
    while not queue.empty():
        out.append(queue.get_nowait())
    return out


def test_a_broadcast_leaves_in_slices_and_the_loop_turns_between_them() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=10)
        conns = {user: hub.open(1, user) for user in range(1000)}
        fanout = Fanout(hub, slice_size=100)
        fanout.start()
        try:
            fanout.deliver(Outgoing(1, [(user, f"b{user}") for user in range(1000)]))
            assert fanout.waiting == 1000  # nothing handed over inside the publisher's call
            turns = 0
            while fanout.waiting:
                await asyncio.sleep(0)  # another task gets a turn between every two slices
                turns += 1
                assert fanout.waiting in range(1000 - 100 * turns, 1001 - 100 * (turns - 1))
            assert 10 <= turns <= 12
            assert all(drain(conn.queue) == [f"b{user}"] for user, conn in conns.items())
        finally:
            await fanout.stop()

    asyncio.run(scenario())


def test_a_push_to_one_user_overtakes_others_broadcast_but_not_its_own_earlier_messages() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=10)
        first, last, tab = hub.open(1, 0), hub.open(1, 999), hub.open(1, 999)
        fanout = Fanout(hub, slice_size=100)
        fanout.start()
        try:
            fanout.offer(1, [(user, f"b{user}") for user in range(1000)])
            fanout.offer(1, [(999, "single")])  # a later change for the broadcast's last user
            # At once, with the broadcast's message first, on both of that user's tabs...
            assert drain(last.queue) == drain(tab.queue) == ["b999", "single"]
            # ...while the others' part of the broadcast still waits for its slices.
            assert first.queue.empty() and fanout.waiting == 1
            while fanout.waiting:
                await asyncio.sleep(0)
            assert drain(first.queue) == ["b0"] and last.queue.empty()
        finally:
            await fanout.stop()

    asyncio.run(scenario())


def test_a_broadcast_keeps_only_the_users_connected_here() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=10)
        here = {user: hub.open(1, user) for user in range(0, 3000, 3)}  # a third of the org, as with three instances
        fanout = Fanout(hub, slice_size=100)
        fanout.start()
        try:
            fanout.deliver(Outgoing(1, [(user, f"b{user}") for user in range(3000)]))
            assert fanout.waiting == 1000
            fanout.deliver(Outgoing(1, [(user, "elsewhere") for user in range(1, 3000, 3)]))
            assert fanout.waiting == 1000  # nobody of that batch is connected here: nothing of it waits
            while fanout.waiting:
                await asyncio.sleep(0)
            assert all(drain(conn.queue) == [f"b{user}"] for user, conn in here.items())
        finally:
            await fanout.stop()

    asyncio.run(scenario())


def test_small_batches_and_revocations_are_handed_over_at_once() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=DIRECT)
        conn = hub.open(1, 5, issued_at=100)
        fanout = Fanout(hub)
        fanout.start()
        try:
            fanout.deliver(Outgoing(1, [(5, f"m{n}") for n in range(DIRECT)]))
            assert conn.queue.qsize() == DIRECT and fanout.waiting == 0
            fanout.deliver(TokensRevoked(1, 5, 200))
            assert not conn.open
        finally:
            await fanout.stop()

    asyncio.run(scenario())


def _sample(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


def test_a_broadcast_is_timed_once_from_its_first_batch_to_its_last_slice_sent() -> None:
    async def scenario() -> None:
        hub = Hub(queue_size=10)
        conns = [hub.open(1, user) for user in range(1200)] + [hub.open(1, 7)]  # user 7 has two tabs
        fanout = Fanout(hub, slice_size=100)
        fanout.start()
        count, total, sockets = (
            _sample("tocsin_fanout_seconds_count"),
            _sample("tocsin_fanout_seconds_sum"),
            _sample("tocsin_fanout_sockets_total"),
        )
        try:
            # A broadcast arrives as backplane chunks of 500 users: one fan-out, timed once.
            for start in range(0, 1200, 500):
                fanout.deliver(Outgoing(1, [(user, "all hands") for user in range(start, min(start + 500, 1200))]))
            while fanout.waiting:
                await asyncio.sleep(0)
            await asyncio.sleep(0)  # the turn after the last slice: the fan-out is timed there
            assert _sample("tocsin_fanout_seconds_count") == count + 1
            assert _sample("tocsin_fanout_seconds_sum") > total
            assert _sample("tocsin_fanout_sockets_total") == sockets + 1201  # a message per socket
            assert all(not conn.queue.empty() for conn in conns)
        finally:
            await fanout.stop()

    asyncio.run(scenario())
