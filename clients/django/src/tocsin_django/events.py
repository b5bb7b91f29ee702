"""Which Tocsin events a saved record gives, and when to try again. Pure: plain data in, decisions out."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class EventTypes:
    """The event each kind of change sends; None sends nothing for that kind."""

    created: str | None = "record_created"
    updated: str | None = "record_updated"
    assigned: str | None = "record_reassigned"


@dataclass(frozen=True)
class Saved:
    """A record as saved: its entity, its owner before and after, its tracked fields before and after."""

    entity: Mapping[str, Any]
    created: bool
    owner: str | None
    previous_owner: str | None = None
    before: Mapping[str, Any] = field(default_factory=dict)
    after: Mapping[str, Any] = field(default_factory=dict)
    actor: str | None = None


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """`{field: [old, new]}` for each tracked field whose value differs (the shape field-change rules read)."""
    return {name: [before[name], value] for name, value in after.items() if name in before and before[name] != value}


def events_for(saved: Saved, types: EventTypes) -> list[dict[str, Any]]:
    """The events of one save, in the order they happened.

    - created with an owner other than its creator: `types.created`, to the owner;
    - owner changed to someone: `types.assigned` with `entity.previous_owner`;
    - tracked fields changed: `types.updated` with `data.changes` (notifies through the org's rules).
    """
    entity = {k: v for k, v in saved.entity.items() if v is not None}
    if saved.owner:
        entity["owner"] = saved.owner
    base: dict[str, Any] = {"entity": entity}
    if saved.actor:
        base["actor"] = saved.actor
    if saved.created:
        if types.created and saved.owner and saved.owner != saved.actor:
            return [{**base, "type": types.created}]
        return []
    out: list[dict[str, Any]] = []
    if types.assigned and saved.owner and saved.owner != saved.previous_owner:
        reassigned = {**entity}
        if saved.previous_owner:
            reassigned["previous_owner"] = saved.previous_owner
        out.append({**base, "type": types.assigned, "entity": reassigned})
    changed = changes(saved.before, saved.after)
    if types.updated and changed:
        out.append({**base, "type": types.updated, "data": {"changes": changed}})
    return out


def back_off_seconds(attempts: int, *, base: float, cap: float) -> float:
    """Exponential, with jitter so that many processes do not retry in step; never above `cap`."""
    return float(min(cap, base * 2 ** max(0, attempts - 1)) * (0.5 + random.random() / 2))
