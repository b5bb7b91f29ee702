"""What the live bell receives, decided from committed changes and unread counts.

Pure: no I/O. Each message is serialized once per user here; every connection of that user (and
every instance, through the backplane) then forwards the same string.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tocsin.kit import jsontext
from tocsin.notifications.counts import Counts
from tocsin.signals import NotificationCreated, NotificationsRead, TokensRevoked

Change = NotificationCreated | NotificationsRead
UserKey = tuple[int, int]  # (org_id, user_id)

PONG = '{"type":"pong"}'


def dumps(message: Mapping[str, Any]) -> str:
    # Compact and without newlines (escaped inside strings): SSE frames and the Redis envelope
    # both rely on a message being one line. orjson: a broadcast renders one message per user.
    return jsontext.dumps(message)


def hello(counts: Counts) -> str:
    return dumps({"type": "hello", "unread": counts.unread, "unseen": counts.unseen})


def notification(item: Mapping[str, Any], *, counts: Counts, silent: bool) -> str:
    message: dict[str, Any] = {
        "type": "notification",
        "notification": item,
        "unread": counts.unread,
        "unseen": counts.unseen,
    }
    if silent:  # quiet hours: counted, but the bell raises no toast
        message["silent"] = True
    return dumps(message)


def read(ids: Sequence[int], *, counts: Counts, kind: str = "read", extra: Mapping[str, Any] | None = None) -> str:
    """`read` (read or dismissed), `seen` (shown, still unread) or `resolved` (decided by someone,
    with the `resolution`): the ids and both counts after."""
    message = {**(extra or {}), "type": kind, "ids": list(ids), "unread": counts.unread, "unseen": counts.unseen}
    return dumps(message)


def is_ping(text: str) -> bool:
    """A client's application-level heartbeat (`{"type":"ping"}`), answered with PONG."""
    if len(text) > 64:
        return False
    try:
        message = json.loads(text)
    except ValueError:
        return False
    return isinstance(message, dict) and message.get("type") == "ping"


def affected(changes: Iterable[Change]) -> dict[int, list[int]]:
    """The users whose unread count the messages must carry, per org, each once."""
    users: dict[int, dict[int, None]] = {}
    for change in changes:
        users.setdefault(change.org_id, {})[change.user_id] = None
    return {org_id: list(ids) for org_id, ids in users.items()}


@dataclass(frozen=True, slots=True)
class Outgoing:
    """Messages for the users of one org, in commit order."""

    org_id: int
    items: list[tuple[int, str]]  # (user_id, serialized message)


# What travels between instances: messages for users, and notices that tokens died.
Envelope = Outgoing | TokensRevoked


def render(changes: Iterable[Change], counts: Mapping[UserKey, Counts]) -> list[Outgoing]:
    """One message per change, carrying the user's unread count as read after the commit.

    A user missing from `counts` (not connected anywhere this process knows of) gets nothing.
    """
    by_org: dict[int, list[tuple[int, str]]] = {}
    for change in changes:
        found = counts.get((change.org_id, change.user_id))
        if found is None:
            continue
        if isinstance(change, NotificationCreated):
            text = notification(change.notification, counts=found, silent=change.silent)
        else:
            text = read(change.ids, counts=found, kind=change.kind, extra=change.extra)
        by_org.setdefault(change.org_id, []).append((change.user_id, text))
    return [Outgoing(org_id, items) for org_id, items in by_org.items()]


def chunks(outgoing: Outgoing, size: int) -> list[Outgoing]:
    """Split a large fan-out (a broadcast) into bounded pieces for the backplane."""
    items = outgoing.items
    if len(items) <= size:
        return [outgoing]
    return [Outgoing(outgoing.org_id, items[i : i + size]) for i in range(0, len(items), size)]
