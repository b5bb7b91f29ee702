"""The in-app title and body of a notification, rendered once per event from its type's texts."""

from __future__ import annotations

from typing import Any

from tocsin.event_types.catalog import CUSTOM_BODY, CUSTOM_TITLE
from tocsin.kit.sandbox import TemplateProblem, render


def variables(
    *,
    event_type: str,
    actor: str | None,
    entity: dict[str, Any],
    data: dict[str, Any],
    urgent: bool,
    actor_name: str | None = None,
) -> dict[str, Any]:
    """The texts' variables. `actor` is who did it as people know them (the display name where
    the user has one); `actor_username` is the CRM's username."""
    name = entity.get("name") or data.get("name") or entity.get("id") or ""
    return {
        "event_type": event_type,
        "actor": actor_name or actor,
        "actor_username": actor,
        "entity": entity,
        "data": data,
        "urgent": urgent,
        "name": name,
    }


def render_texts(title_template: str | None, body_template: str | None, values: dict[str, Any]) -> tuple[str, str]:
    """Render title and body; a broken admin template falls back to the generic text."""
    try:
        title = render(title_template or CUSTOM_TITLE, values).strip()
    except TemplateProblem:
        title = render(CUSTOM_TITLE, values).strip()
    try:
        body = render(body_template if body_template is not None else CUSTOM_BODY, values).strip()
    except TemplateProblem:
        body = ""
    return title[:1000] or values["event_type"], body[:10_000]
