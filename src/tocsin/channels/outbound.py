"""The outbound address rule: connections to hosts that someone else typed in (an org admin's SMTP
relay, a user's webhook URL, a browser's push endpoint, a CRM's callback URL) go only to public
addresses. Loopback, private, link-local (cloud metadata at 169.254.169.254 among them), shared,
multicast and reserved addresses are refused unless TOCSIN_OUTBOUND_ALLOW_PRIVATE is on (tests,
on-premises chat servers and relays), so nobody can use Tocsin to reach the server's own network.

A name is checked by what it resolves to, at connect time (it may resolve elsewhere later than
when it was saved); an address literal is also refused when the settings are saved
(`kit/netaddr.py`, which the users domain uses for webhook URLs).

For HTTP, `outbound_client` is the one way to build a client for user-given URLs. It is an aiohttp
session (as the phone providers', see `channels/http.py`: httpx cost about 1.5 ms of CPU per
request, most of the worker's time per webhook) whose connector resolves names through
`CheckedResolver`: every address of the answer is checked, and the connector connects only to
the addresses it was given, so the addresses checked are the ones connected to and a DNS answer
that changes between a check and the connection cannot slip through (the TLS server name and
the Host header stay the URL's host). aiohttp does not ask the resolver about a host that looks
like an address, so `OutboundClient.post` checks those itself before the request
(`check_unresolved`). The client follows no redirects, ignores proxy environment variables,
keeps no cookies (one receiver's cookie is not sent on another user's request) and times out. A
refused host raises `OutboundRefused` from `post`; a network failure or timeout raises
`channels.http.Unreachable`.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from tocsin import __version__
from tocsin.channels.http import Answer, Unreachable, failure_text, post, shared_client
from tocsin.config import Settings
from tocsin.kit.netaddr import OutboundRefused, Unresolvable, address_of, check_addresses, check_literal, host_of

__all__ = [
    "REFUSED",
    "CheckedResolver",
    "OutboundClient",
    "OutboundRefused",
    "Resolver",
    "Unresolvable",
    "check_literal",
    "check_resolved",
    "check_unresolved",
    "outbound_client",
]

# What a delivery log says about a refused URL: never the host or its addresses (a user's webhook
# URL and a browser's endpoint are personal data).
REFUSED = "refused by the outbound address rule (not a public address, or not resolvable)"

# (host, port) -> the addresses it resolves to. The default asks the system resolver; tests pass
# their own to play a DNS answer that changes.
Resolver = Callable[[str, int], Awaitable[list[str]]]

_NUMERIC = socket.AI_NUMERICHOST | socket.AI_NUMERICSERV


async def system_resolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise Unresolvable(f"cannot resolve {host}") from exc
    return [str(info[4][0]) for info in infos]


async def public_addresses(host: str, port: int, *, resolve: Resolver | None = None) -> list[str]:
    """Every address `host` resolves to, each checked; `OutboundRefused` if any is not public."""
    check_literal(host, allow_private=False)
    name = host_of(host)
    ip = address_of(name)
    if ip is not None:
        return [str(ip)]
    return check_addresses(name, await (resolve or system_resolve)(name, port))


async def check_resolved(host: str, port: int, *, allow_private: bool) -> None:
    """Resolve `host` and refuse it if any of its addresses is not public."""
    if not allow_private:
        await public_addresses(host, port)


class CheckedResolver(AbstractResolver):
    """aiohttp's resolver under the address rule: answers only checked addresses, and refuses the
    host (`OutboundRefused`, which aiohttp lets through) when any address is not public. The
    connector connects to what this answers (and caches it for its DNS cache's life, checked)."""

    def __init__(self, resolve: Resolver | None = None) -> None:
        self._resolve = resolve

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        out: list[ResolveResult] = []
        for address in await public_addresses(host, port, resolve=self._resolve):
            found = socket.AF_INET6 if ":" in address else socket.AF_INET
            if family in (socket.AF_UNSPEC, found):
                out.append(ResolveResult(hostname=host, host=address, port=port, family=found, proto=0, flags=_NUMERIC))
        if not out:
            raise OutboundRefused(f"cannot resolve {host}")
        return out

    async def close(self) -> None:
        pass


class OutboundClient:
    """A session for user-given URLs (see the module's note); made by `outbound_client`."""

    def __init__(self, session: aiohttp.ClientSession, *, allow_private: bool) -> None:
        self._session = session
        self._allow_private = allow_private

    @property
    def closed(self) -> bool:
        return self._session.closed

    async def close(self) -> None:
        await self._session.close()

    async def __aenter__(self) -> OutboundClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
        await asyncio.sleep(0)  # aiohttp closes its sockets on the loop's next turn

    def _target(self, url: str) -> URL:
        """The URL parsed and its host checked against the outbound address rule (`OutboundRefused`)."""
        try:
            target = URL(url)
        except ValueError as exc:
            raise OutboundRefused("not a valid URL") from exc
        if not self._allow_private:
            check_unresolved(target.raw_host or "")
        return target

    async def post(self, url: str, *, body: bytes, headers: Mapping[str, str] | None = None) -> Answer:
        """POST `body` and read the whole answer (a 3xx is answered as it is). `OutboundRefused`
        for a refused host, `Unreachable` when no answer came."""
        target = self._target(url)
        return await post(self._session, target, data=body, headers=headers)

    async def get(self, url: str, *, max_bytes: int) -> Answer | None:
        """GET `url` and read its body, up to `max_bytes`: None when the body is larger (read no
        further). A 3xx is answered as it is; `OutboundRefused` for a refused host, `Unreachable`
        when no answer came."""
        target = self._target(url)
        try:
            async with self._session.get(target, allow_redirects=False) as response:
                if (response.content_length or 0) > max_bytes:
                    return None
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.content.iter_chunked(64 * 1024):
                    size += len(chunk)
                    if size > max_bytes:
                        return None
                    chunks.append(chunk)
                return Answer(response.status, response.reason or "", response.headers, b"".join(chunks))
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise Unreachable(failure_text(exc), timed_out=isinstance(exc, TimeoutError)) from exc


def check_unresolved(host: str) -> None:
    """What the resolver never sees: aiohttp connects to a host that looks like an address (only
    digits and dots, or any colon) without asking it, and the system then reads forms such as
    `127.1` or `2130706433` as addresses too. `check_literal` reads them as the system does (the
    same rule as when the host was saved); a name for this machine is refused as well."""
    check_literal(host, allow_private=False)


def outbound_client(
    allow_private: bool,
    timeout: float,
    *,
    max_connections: int = 10,
    headers: Mapping[str, str] | None = None,
    resolve: Resolver | None = None,
) -> OutboundClient:
    """A client for URLs that users or admins gave: every connection checked by the address rule
    (unless `allow_private`, which resolves as aiohttp does), no redirects, no proxy from the
    environment, no cookies, `timeout` seconds for connecting and for each read (the worker bounds
    a whole send besides). Made and used in one running event loop; close it (`async with`)."""
    connector = aiohttp.TCPConnector(
        limit=max_connections,
        resolver=None if allow_private else CheckedResolver(resolve),
    )
    session = aiohttp.ClientSession(
        connector=connector,
        headers={"User-Agent": f"tocsin/{__version__}", **(headers or {})},
        timeout=aiohttp.ClientTimeout(total=None, connect=timeout, sock_read=timeout),
        trust_env=False,
        cookie_jar=aiohttp.DummyCookieJar(),
    )
    return OutboundClient(session, allow_private=allow_private)


@asynccontextmanager
async def pooled_client(name: str, settings: Settings, max_connections: int) -> AsyncIterator[OutboundClient]:
    """The worker's `outbound_client` for a channel (`name`), kept for its life (`shared_client`)."""
    allow, timeout = settings.outbound_allow_private, settings.send_timeout_seconds
    key = (name, allow, timeout, max_connections)
    async with shared_client(key, lambda: outbound_client(allow, timeout, max_connections=max_connections)) as client:
        yield client
