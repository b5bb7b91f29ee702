"""The outbound HTTP client: every connection checked after resolution, the checked address is
the one connected to (a DNS answer that changes cannot slip through), no redirects, timeouts."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from tests.push_fakes import Answer, FakeWebhooks, serve
from tocsin.channels.outbound import OutboundRefused, outbound_client
from tocsin.kit.netaddr import check_url_now


@pytest.fixture
def receiver() -> Iterator[FakeWebhooks]:
    fake = FakeWebhooks()
    server = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()


def _post(client: httpx.AsyncClient, url: str) -> httpx.Response:
    async def go() -> httpx.Response:
        async with client:
            return await client.post(url, json={"text": "hi", "blocks": [{"type": "section", "text": {}}]})

    return asyncio.run(go())


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.7", "169.254.169.254", "::1", "192.168.1.1", "fd00::1"])
def test_a_name_resolving_to_a_private_address_is_refused(address: str) -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return [address]

    client = outbound_client(False, 2.0, resolve=resolve)
    with pytest.raises(OutboundRefused):
        _post(client, "http://hooks.example.com/x")


def test_a_changing_dns_answer_cannot_slip_through(receiver: FakeWebhooks) -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])  # public when checked first, loopback later

    async def resolve(host: str, port: int) -> list[str]:
        return next(answers)

    # The first lookup is what a save-time check saw; the connection resolves again and is refused.
    first = asyncio.run(resolve("hooks.example.com", 80))
    assert first == ["93.184.216.34"]
    client = outbound_client(False, 2.0, resolve=resolve)
    with pytest.raises(OutboundRefused):
        _post(client, f"http://hooks.example.com:{receiver.port}/slack/x")
    assert receiver.received == []


def test_one_private_address_among_public_ones_is_refused() -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.1"]

    with pytest.raises(OutboundRefused):
        _post(outbound_client(False, 2.0, resolve=resolve), "http://hooks.example.com/x")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/x", "http://10.1.1.1/x", "http://169.254.169.254/", "http://[::1]/x", "http://localhost/"]
)
def test_literals_refused_at_save_and_at_connect(url: str) -> None:
    with pytest.raises(OutboundRefused):
        check_url_now(url, allow_private=False)
    with pytest.raises(OutboundRefused):
        _post(outbound_client(False, 2.0), url)


def test_allowed_private_reaches_loopback_and_follows_no_redirect(receiver: FakeWebhooks) -> None:
    r = _post(outbound_client(True, 2.0), receiver.url("slack"))
    assert r.status_code == 200
    receiver.answers.append(Answer(302, headers={"Location": "http://169.254.169.254/"}))
    r = _post(outbound_client(True, 2.0), receiver.url("slack"))
    assert r.status_code == 302  # answered as it is: never followed


def test_timeout() -> None:
    import socket

    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(httpx.ReadTimeout):
            _post(outbound_client(True, 0.3), f"http://127.0.0.1:{port}/x")


def test_request_urls_stay_out_of_the_logs() -> None:
    # httpx logs each request's URL at INFO; webhook URLs and push endpoints must not reach logs.
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
