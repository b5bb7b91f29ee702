"""Signed one-click unsubscribe links (RFC 8058): one user, one event type, email off; or, for a
copy to a fixed address (an event type's `cc_emails`), that address gets no more copies.

The link carries an HS256 token signed with the org's signing secret: `org`, `sub` (username),
`typ` = "unsubscribe" and the event type. It does not expire (an old email's link must keep
working), grants nothing but turning that one cell off, and stops working when the org's
signing secret changes or the user is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jwt

KIND = "unsubscribe"


class InvalidLink(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Unsubscribe:
    org: str
    username: str  # the user, or the fixed address when `address` is set
    event_type: str
    address: bool = False  # a copy's link: `username` is the address that stops getting copies


def mint(*, secret: str, org: str, username: str, event_type: str) -> str:
    return jwt.encode({"org": org, "sub": username, "typ": KIND, "event_type": event_type}, secret, algorithm="HS256")


def mint_address(*, secret: str, org: str, address: str, event_type: str) -> str:
    """The link of a copy to a fixed address: it stops that address's copies."""
    claims = {"org": org, "sub": address, "typ": KIND, "event_type": event_type, "to": "address"}
    return jwt.encode(claims, secret, algorithm="HS256")


def claimed_org(token: str) -> str:
    """The org the link names, read before its signature can be checked with that org's secret."""
    try:
        claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise InvalidLink("malformed link") from exc
    org = claims.get("org")
    if not isinstance(org, str) or not org:
        raise InvalidLink("malformed link")
    return org


def verify(token: str, *, secret: str) -> Unsubscribe:
    try:
        claims: dict[str, Any] = jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["sub", "org"]})
    except jwt.PyJWTError as exc:
        raise InvalidLink("invalid or outdated link") from exc
    if claims.get("typ") != KIND or not isinstance(claims.get("event_type"), str):
        raise InvalidLink("not an unsubscribe link")
    return Unsubscribe(
        org=str(claims["org"]),
        username=str(claims["sub"]),
        event_type=str(claims["event_type"]),
        address=claims.get("to") == "address",
    )
