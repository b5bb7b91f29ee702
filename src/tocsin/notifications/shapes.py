"""The notification shape clients rely on (fields may be added, none renamed)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Row

from tocsin.kit.clock import isoformat
from tocsin.notifications.models import Notification


def public_data(data: Mapping[str, Any] | None) -> dict[str, Any]:
    """A notification's `data` as clients see it: a collapsed notification's full list of records
    (`collapsed.events`, for the CRM's callbacks; thousands in a mass update) is left out, its
    first records and count stay."""
    found = dict(data or {})
    collapsed = found.get("collapsed")
    if isinstance(collapsed, dict) and "events" in collapsed:
        found["collapsed"] = {k: v for k, v in collapsed.items() if k != "events"}
    return found


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
        "data": public_data(values["data"]),
        "actions": list(values.get("actions") or []),
        "acted_at": isoformat(values.get("acted_at")),
        "action": values.get("action"),
        "resolved_at": isoformat(values.get("resolved_at")),
        "resolution": values.get("resolution"),
    }


def to_api(n: Notification | Row[Any]) -> dict[str, Any]:
    """A notification, or a row of its columns, in the API shape."""
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
        "data": public_data(n.data),
        "actions": list(n.actions or []),
        "acted_at": isoformat(n.acted_at),
        "action": n.action,
        "resolved_at": isoformat(n.resolved_at),
        "resolution": n.resolution,
    }
