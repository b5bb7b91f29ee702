"""The header deadline judges the client, not a server that is behind: bytes that arrived but are
not read yet (the loop busy with a storm of connects) keep the connection."""

from __future__ import annotations

import asyncio

from tocsin.serving.protocol import _unread_bytes


class _Paused(asyncio.Protocol):
    """A server side that reads nothing, as a loop that has not come to the socket yet."""

    def __init__(self, ready: asyncio.Future[asyncio.Transport]) -> None:
        self.ready = ready

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        transport.pause_reading()
        self.ready.set_result(transport)


def test_bytes_waiting_unread_are_seen_on_the_servers_socket() -> None:
    async def run() -> tuple[int, int]:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[asyncio.Transport] = loop.create_future()
        server = await loop.create_server(lambda: _Paused(ready), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        transport = await ready
        before = _unread_bytes(transport)
        writer.write(b"GET /v1/me/stream HTTP/1.1\r\n")
        await writer.drain()
        for _ in range(100):  # bounded: loopback delivers at once
            if _unread_bytes(transport):
                break
            await asyncio.sleep(0.01)
        after = _unread_bytes(transport)
        writer.close()
        transport.close()
        server.close()
        await server.wait_closed()
        return before, after

    before, after = asyncio.run(run())
    assert before == 0
    assert after == len(b"GET /v1/me/stream HTTP/1.1\r\n")
