"""The outbound address rule as plain functions: which addresses Tocsin may connect to when the
host was typed by someone else (an org admin's SMTP relay, a user's webhook URL, a browser's push
endpoint). Loopback, private, link-local (cloud metadata at 169.254.169.254 among them), shared,
multicast and reserved addresses are refused; only globally routable ones are allowed.

Kept in `kit` so that the users domain can check a webhook URL when it is saved; the connecting
side (an HTTP client whose resolver checks every address it connects to) is `channels/outbound.py`.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Names that mean this machine whatever the resolver says.
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_NUMERIC_CHARACTERS = frozenset("0123456789abcdefx.")


class OutboundRefused(Exception):
    """The address rule refuses this host; the text names why (never the resolved address list)."""


class Unresolvable(OutboundRefused):
    """The host name does not resolve (DNS): refused like any host the rule cannot check, but an
    admin is told it was not found rather than that it is not public."""


def ip_of(value: str) -> IPAddress | None:
    """An address literal (brackets and zone id allowed) or None; IPv4-mapped IPv6 as IPv4."""
    try:
        ip = ipaddress.ip_address(value.strip("[]").split("%")[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def refused_address(ip: IPAddress) -> bool:
    return not ip.is_global or ip.is_multicast


def host_of(host: str) -> str:
    """The host as the rule sees it, whenever it is checked (saved or connected to): without
    brackets, surrounding space or a final dot (`127.0.0.1.` and `vm.` are `127.0.0.1` and `vm` to
    a resolver that tries the name as given), lowercased. A name DNS cannot carry (an empty label,
    or one over 63 characters, which IDNA refuses) is refused: nothing could connect to it."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if ":" not in name:
        try:
            name.encode("idna")
        except UnicodeError as exc:
            raise OutboundRefused("not a valid host name") from exc
    return name


def address_of(name: str) -> IPAddress | None:
    """The address a host names without asking DNS: a literal, or the numeric forms the system's
    resolver also reads as IPv4 (`2130706433`, `0x7f000001`, `127.1`, as inet_aton does)."""
    ip = ip_of(name)
    if ip is None and name[:1].isdigit() and set(name) <= _NUMERIC_CHARACTERS:
        try:
            return ipaddress.IPv4Address(socket.inet_aton(name))
        except OSError:
            return None
    return ip


def check_literal(host: str, *, allow_private: bool) -> None:
    """Refuse a host that is, without resolving it, a non-public address (any numeric form) or a
    name for this machine; and one that looks like an address but is none the rule can read."""
    name = host_of(host)
    if allow_private:
        return
    if name in _LOCAL_NAMES or name.endswith(".localhost"):
        raise OutboundRefused(f"{name} is not an allowed outbound host")
    ip = address_of(name)
    if ip is None and (":" in name or name.replace(".", "").isdigit()):
        raise OutboundRefused("not an address literal the outbound rule can check")
    if ip is not None and refused_address(ip):
        raise OutboundRefused(f"{ip} is not a public address")


def check_addresses(host: str, addresses: list[str]) -> list[str]:
    """The resolved addresses of `host`, each checked; refused if any is not public (a name that
    answers with one private address among public ones is a rebinding attempt, not a mistake)."""
    if not addresses:
        raise Unresolvable(f"cannot resolve {host}")
    out: list[str] = []
    for value in addresses:
        ip = ip_of(value)
        if ip is None or refused_address(ip):
            raise OutboundRefused(f"{host} resolves to a non-public address")
        if str(ip) not in out:
            out.append(str(ip))
    return out


def url_host_port(url: str) -> tuple[str, int]:
    """The host and port an http(s) URL connects to; ValueError for anything else."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an absolute http or https URL")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise ValueError("has an invalid port") from exc
    return parts.hostname, port


def check_url_now(url: str, *, allow_private: bool) -> None:
    """When a URL is saved: refuse non-public literals, and names that resolve to a non-public
    address now. A name that does not resolve at all is accepted (it may be a host that exists
    only where the server runs, or later); the send-time check decides again on every connection."""
    try:
        host, port = url_host_port(url)
    except ValueError as exc:
        raise OutboundRefused(str(exc)) from exc
    check_literal(host, allow_private=allow_private)
    if allow_private:
        return
    name = host_of(host)
    if address_of(name) is not None:
        return
    try:
        infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return
    check_addresses(name, [str(info[4][0]) for info in infos])
