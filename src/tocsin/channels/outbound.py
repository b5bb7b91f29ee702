"""The outbound address rule: connections to hosts an org admin typed in (an SMTP relay, and as
they come, webhook and push endpoints) go only to public addresses. Loopback, private, link-local
(cloud metadata at 169.254.169.254 among them), shared, multicast and reserved addresses are
refused unless TOCSIN_OUTBOUND_ALLOW_PRIVATE is on (tests, on-premises relays), so an admin cannot
use Tocsin to reach the server's own network.

A name is checked by what it resolves to, at connect time (it may resolve elsewhere later than
when it was saved); an address literal is also refused when the settings are saved.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket


class OutboundRefused(Exception):
    pass


def _ip(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address(value.strip("[]").split("%")[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def refused_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return not ip.is_global or ip.is_multicast


def check_literal(host: str, *, allow_private: bool) -> None:
    """Refuse a host given as a non-public address literal (or `localhost`)."""
    if allow_private:
        return
    if host.strip().rstrip(".").lower() in ("localhost", "localhost.localdomain"):
        raise OutboundRefused("localhost is not an allowed outbound host")
    ip = _ip(host)
    if ip is not None and refused_address(ip):
        raise OutboundRefused(f"{ip} is not a public address")


async def check_resolved(host: str, port: int, *, allow_private: bool) -> None:
    """Resolve `host` and refuse it if any of its addresses is not public."""
    if allow_private:
        return
    check_literal(host, allow_private=False)
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise OutboundRefused(f"cannot resolve {host}") from exc
    for info in infos:
        ip = _ip(str(info[4][0]))
        if ip is None or refused_address(ip):
            raise OutboundRefused(f"{host} resolves to a non-public address")
