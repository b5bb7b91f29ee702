"""The notification shape clients rely on (fields may be added, none renamed)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tocsin.kit.clock import isoformat
from tocsin.notifications.models import Notification


def from_values(values: Mapping[str, Any], notification_id: int) -> dict[str, Any]:
    """The API shape from the column values of a row being inserted."""
    return {
        "id": notification_id,
        "type": values["type"],
        "title": values["title"],
        "body": values["body"],
        "url": values["url"],
        "entity": {"type": values["entity_type"], "id": values["entity_id"]},
        "actor": values["actor"],
        "urgent": values["urgent"],
        "created_at": isoformat(values["created_at"]),
        "seen_at": isoformat(values.get("seen_at")),
        "read_at": isoformat(values.get("read_at")),
        "dismissed_at": isoformat(values.get("dismissed_at")),
        "silent": bool(values.get("silent")),
        "data": values["data"],
        "actions": list(values.get("actions") or []),
        "acted_at": isoformat(values.get("acted_at")),
        "action": values.get("action"),
        "resolved_at": isoformat(values.get("resolved_at")),
        "resolution": values.get("resolution"),
    }


def to_api(n: Notification) -> dict[str, Any]:
    return {
        "id": n.id,
        "type": n.type,
        "title": n.title,
        "body": n.body,
        "url": n.url,
        "entity": {"type": n.entity_type, "id": n.entity_id},
        "actor": n.actor,
        "urgent": n.urgent,
        "created_at": isoformat(n.created_at),
        "seen_at": isoformat(n.seen_at),
        "read_at": isoformat(n.read_at),
        "dismissed_at": isoformat(n.dismissed_at),
        "silent": bool(n.silent),
        "data": n.data or {},
        "actions": list(n.actions or []),
        "acted_at": isoformat(n.acted_at),
        "action": n.action,
        "resolved_at": isoformat(n.resolved_at),
        "resolution": n.resolution,
    }
