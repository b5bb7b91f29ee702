"""The outbound HTTP client: every connection checked after resolution, the checked address is
the one connected to (a DNS answer that changes cannot slip through), address literals checked
before the request, no redirects, no cookies, timeouts."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from tests.push_fakes import Answer, FakeWebhooks, serve
from tocsin.channels.http import Answer as Received
from tocsin.channels.http import Unreachable
from tocsin.channels.outbound import CheckedResolver, OutboundRefused, Resolver, outbound_client
from tocsin.kit.netaddr import check_url_now

SLACK = json.dumps({"text": "hi", "blocks": [{"type": "section", "text": {}}]}).encode()


@pytest.fixture
def receiver() -> Iterator[FakeWebhooks]:
    fake = FakeWebhooks()
    server = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()


def _post(url: str, *, allow_private: bool = False, timeout: float = 2.0, resolve: Resolver | None = None) -> Received:
    async def go() -> Received:
        async with outbound_client(allow_private, timeout, resolve=resolve) as client:
            return await client.post(url, body=SLACK, headers={"Content-Type": "application/json"})

    return asyncio.run(go())


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.7", "169.254.169.254", "::1", "192.168.1.1", "fd00::1"])
def test_a_name_resolving_to_a_private_address_is_refused(address: str) -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return [address]

    with pytest.raises(OutboundRefused):
        _post("http://hooks.example.com/x", resolve=resolve)


def test_a_changing_dns_answer_cannot_slip_through(receiver: FakeWebhooks) -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])  # public when checked first, loopback later

    async def resolve(host: str, port: int) -> list[str]:
        return next(answers)

    # The first lookup is what a save-time check saw; the connection resolves again and is refused.
    first = asyncio.run(resolve("hooks.example.com", 80))
    assert first == ["93.184.216.34"]
    with pytest.raises(OutboundRefused):
        _post(f"http://hooks.example.com:{receiver.port}/slack/x", resolve=resolve)
    assert receiver.received == []


def test_the_checked_address_is_the_one_connected_to(receiver: FakeWebhooks) -> None:
    # The resolver answers loopback: refused under the rule; with private addresses allowed, the
    # plain resolver finds the receiver (the name is this machine's), so the rule is what refused.
    async def resolve(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    with pytest.raises(OutboundRefused):
        _post(receiver.url("slack").replace("127.0.0.1", "receiver.example"), resolve=resolve)
    assert _post(receiver.url("slack").replace("127.0.0.1", "localhost"), allow_private=True).status == 200


def test_the_resolver_answers_only_the_checked_addresses() -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "93.184.216.34"]

    answer = asyncio.run(CheckedResolver(resolve).resolve("hooks.example.com", 443, socket.AF_UNSPEC))
    assert [(r["hostname"], r["host"], r["port"], r["family"]) for r in answer] == [
        ("hooks.example.com", "93.184.216.34", 443, socket.AF_INET),
        ("hooks.example.com", "2606:2800:220:1:248:1893:25c8:1946", 443, socket.AF_INET6),
    ]
    only_v4 = asyncio.run(CheckedResolver(resolve).resolve("hooks.example.com", 443, socket.AF_INET))
    assert [r["host"] for r in only_v4] == ["93.184.216.34"]


def test_a_public_answer_is_connected_to() -> None:
    # The checked answer is what aiohttp connects with: the request goes past the rule to that
    # address, which answers or not as the network allows (offline: no answer, after 0.3 s);
    # either way it is never refused.
    asked: list[tuple[str, int]] = []

    async def resolve(host: str, port: int) -> list[str]:
        asked.append((host, port))
        return ["93.184.216.34"]

    with contextlib.suppress(Unreachable):
        _post("http://hooks.example.com:9/x", resolve=resolve, timeout=0.3)
    assert asked == [("hooks.example.com", 9)]


def test_one_private_address_among_public_ones_is_refused() -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.1"]

    with pytest.raises(OutboundRefused):
        _post("http://hooks.example.com/x", resolve=resolve)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/x",
        "http://10.1.1.1/x",
        "http://169.254.169.254/",
        "http://[::1]/x",
        "http://[::ffff:127.0.0.1]/x",
        "http://127.1/x",  # short and integer forms that the system reads as 127.0.0.1
        "http://2130706433/x",
        "http://0x7f.1/x",
        "http://localhost/",
    ],
)
def test_literals_refused_at_save_and_at_connect(url: str) -> None:
    with pytest.raises(OutboundRefused):
        check_url_now(url, allow_private=False)
    with pytest.raises(OutboundRefused):
        _post(url)


def test_a_refused_literal_is_never_connected_to(receiver: FakeWebhooks) -> None:
    with pytest.raises(OutboundRefused):
        _post(receiver.url("slack"))
    assert receiver.received == []


def test_allowed_private_reaches_loopback_and_follows_no_redirect(receiver: FakeWebhooks) -> None:
    r = _post(receiver.url("slack"), allow_private=True)
    assert r.status == 200
    receiver.answers.append(Answer(302, headers={"Location": "http://169.254.169.254/"}))
    r = _post(receiver.url("slack"), allow_private=True)
    assert r.status == 302  # answered as it is: never followed


def test_user_agent_and_no_cookies_kept(receiver: FakeWebhooks) -> None:
    url = receiver.url("slack").replace("127.0.0.1", "localhost")  # cookie jars ignore address literals

    async def go() -> list[dict[str, Any]]:
        async with outbound_client(True, 2.0) as client:
            for _ in range(2):
                receiver.answers.append(Answer(200, b"ok", {"Set-Cookie": "session=abc; Path=/"}))
                await client.post(url, body=SLACK, headers={"Content-Type": "application/json"})
            await client.post(url, body=SLACK, headers={"Content-Type": "application/json"})
        return [headers for _kind, _body, headers in receiver.received]

    seen = asyncio.run(go())
    assert len(seen) == 1  # the answers queued were given to the first two requests
    assert seen[0]["user-agent"].startswith("tocsin/")
    assert "cookie" not in seen[0]


def test_timeout() -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(Unreachable) as caught:
            _post(f"http://127.0.0.1:{port}/x", allow_private=True, timeout=0.3)
        assert caught.value.timed_out


def test_request_urls_stay_out_of_the_logs() -> None:
    # httpx logs each request's URL at INFO (the server's own clients use it); webhook URLs and
    # push endpoints must not reach logs.
    import logging

    from tocsin.observability.logs import configure

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure(level="info", fmt="text")
        assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)
        assert not logging.getLogger("httpcore").isEnabledFor(logging.INFO)
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
        logging.getLogger("httpx").setLevel(logging.NOTSET)
        logging.getLogger("httpcore").setLevel(logging.NOTSET)
