"""The Redis backplane in-process, on real Redis: every instance hears every message once; an
unreachable Redis never fails a publish."""

from __future__ import annotations

import asyncio
import secrets

from tests.servers import free_port
from tocsin.realtime.backplane import RedisBackplane
from tocsin.realtime.messages import Outgoing


def test_each_instance_hears_each_message_once(redis_url: str) -> None:
    channel = f"test-{secrets.token_hex(6)}:realtime"

    async def scenario() -> None:
        heard: dict[str, list[Outgoing]] = {"a": [], "b": []}
        arrived = asyncio.Event()

        def collector(name: str):  # type: ignore[no-untyped-def]
            def deliver(out: Outgoing) -> None:
                heard[name].append(out)
                if all(len(h) >= 2 for h in heard.values()):
                    arrived.set()

            return deliver

        a = RedisBackplane(redis_url, channel=channel)
        b = RedisBackplane(redis_url, channel=channel)
        await a.start(deliver=collector("a"), resumed=lambda: None)
        await b.start(deliver=collector("b"), resumed=lambda: None)
        try:
            assert a.subscribed and b.subscribed
            first, second = Outgoing(1, [(10, '{"n":1}')]), Outgoing(2, [(20, '{"n":2}'), (21, '{"n":3}')])
            await a.publish([first])
            await b.publish([second])
            await asyncio.wait_for(arrived.wait(), timeout=10)
            await asyncio.sleep(0.2)  # room for a duplicate to show up, were there one
            assert heard["a"] == heard["b"] == [first, second]
        finally:
            await a.stop()
            await b.stop()

    asyncio.run(scenario())


def test_publishing_without_redis_delivers_locally_and_never_raises() -> None:
    async def scenario() -> None:
        heard: list[Outgoing] = []
        plane = RedisBackplane(
            f"redis://127.0.0.1:{free_port()}/0", channel="nowhere:realtime", startup_wait_seconds=0.2
        )
        await plane.start(deliver=heard.append, resumed=lambda: None)
        try:
            assert not plane.subscribed
            batch = [Outgoing(1, [(10, "{}")]), Outgoing(1, [(11, "{}")])]
            await plane.publish(batch)
            await plane.publish(batch[:1])  # the circuit is open now: straight to local delivery
            assert heard == [*batch, batch[0]]
        finally:
            await plane.stop()

    asyncio.run(scenario())
