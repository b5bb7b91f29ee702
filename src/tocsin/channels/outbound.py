"""The outbound address rule: connections to hosts that someone else typed in (an org admin's SMTP
relay, a user's webhook URL, a browser's push endpoint, a CRM's callback URL) go only to public
addresses. Loopback, private, link-local (cloud metadata at 169.254.169.254 among them), shared,
multicast and reserved addresses are refused unless TOCSIN_OUTBOUND_ALLOW_PRIVATE is on (tests,
on-premises chat servers and relays), so nobody can use Tocsin to reach the server's own network.

A name is checked by what it resolves to, at connect time (it may resolve elsewhere later than
when it was saved); an address literal is also refused when the settings are saved
(`kit/netaddr.py`, which the users domain uses for webhook URLs).

For HTTP, `outbound_client` is the one way to build a client for user-given URLs: its transport
resolves the host itself, checks every address of the answer, and connects to a checked address
(the TLS server name and the Host header stay the URL's host), so a DNS answer that changes
between the check and the connection cannot slip through. It follows no redirects, ignores proxy
environment variables, and times out. A refused host raises `OutboundRefused` from the request.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager

import httpcore
import httpx

from tocsin import __version__
from tocsin.channels.http import shared_client
from tocsin.config import Settings
from tocsin.kit.netaddr import OutboundRefused, check_addresses, check_literal, ip_of

__all__ = ["REFUSED", "OutboundRefused", "Resolver", "check_literal", "check_resolved", "outbound_client"]

# What a delivery log says about a refused URL: never the host or its addresses (a user's webhook
# URL and a browser's endpoint are personal data).
REFUSED = "refused by the outbound address rule (not a public address, or not resolvable)"

# (host, port) -> the addresses it resolves to. The default asks the system resolver; tests pass
# their own to play a DNS answer that changes.
Resolver = Callable[[str, int], Awaitable[list[str]]]


async def system_resolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise OutboundRefused(f"cannot resolve {host}") from exc
    return [str(info[4][0]) for info in infos]


async def public_addresses(host: str, port: int, *, resolve: Resolver | None = None) -> list[str]:
    """Every address `host` resolves to, each checked; `OutboundRefused` if any is not public."""
    host = host.strip("[]")
    check_literal(host, allow_private=False)
    if ip_of(host) is not None:
        return [host]
    return check_addresses(host, await (resolve or system_resolve)(host, port))


async def check_resolved(host: str, port: int, *, allow_private: bool) -> None:
    """Resolve `host` and refuse it if any of its addresses is not public."""
    if not allow_private:
        await public_addresses(host, port)


class _CheckedBackend(httpcore.AsyncNetworkBackend):
    """Connects only to checked addresses: the resolution that is checked is the one connected to."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, resolve: Resolver | None) -> None:
        self._inner = inner
        self._resolve = resolve

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await public_addresses(host, port, resolve=self._resolve)
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise OutboundRefused("unix sockets are not an allowed outbound destination")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _checked_transport(limits: httpx.Limits, resolve: Resolver | None) -> httpx.AsyncHTTPTransport:
    ssl_context = ssl.create_default_context()
    transport = httpx.AsyncHTTPTransport(verify=ssl_context, limits=limits, trust_env=False)
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_CheckedBackend(httpcore.AnyIOBackend(), resolve),
    )
    return transport


def outbound_client(
    allow_private: bool,
    timeout: float,
    *,
    max_connections: int = 10,
    headers: Mapping[str, str] | None = None,
    resolve: Resolver | None = None,
) -> httpx.AsyncClient:
    """An HTTP client for URLs that users or admins gave: every connection checked by the address
    rule (unless `allow_private`), no redirects (a 3xx is answered to the caller as it is), no proxy
    from the environment, `timeout` seconds for connecting, each read and each write.

    A refused host raises `OutboundRefused` (not an `httpx.HTTPError`) from the request: callers
    treat it as permanent. Close the client (`async with`) when done."""
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    transport = (
        httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
        if allow_private
        else _checked_transport(limits, resolve)
    )
    return httpx.AsyncClient(
        transport=transport,
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": f"tocsin/{__version__}", **(headers or {})},
    )


@asynccontextmanager
async def pooled_client(name: str, settings: Settings, max_connections: int) -> AsyncIterator[httpx.AsyncClient]:
    """The worker's `outbound_client` for a channel (`name`), kept for its life (`shared_client`)."""
    allow, timeout = settings.outbound_allow_private, settings.send_timeout_seconds
    key = (name, allow, timeout, max_connections)
    async with shared_client(key, lambda: outbound_client(allow, timeout, max_connections=max_connections)) as client:
        yield client
