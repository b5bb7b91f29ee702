"""The in-app title and body of a notification, rendered once per event from its type's texts."""

from __future__ import annotations

from typing import Any

from tocsin.event_types.catalog import CATALOG_BY_KEY, CUSTOM_BODY, CUSTOM_TITLE
from tocsin.kit.sandbox import TemplateProblem, render
from tocsin.kit.template_budget import TEXT, TITLE, Limits


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


def render_texts(
    title_template: str | None,
    body_template: str | None,
    values: dict[str, Any],
    *,
    problems: list[str] | None = None,
) -> tuple[str, str]:
    """Render title and body under the title and text limits (kit/template_budget.py). A template
    that fails or exceeds its limits is replaced by the type's built-in text (the catalog's for a
    built-in type, the generic one for a custom type), so the notification is never lost; with
    `problems`, one line per replaced template is appended to it, for the event's warnings."""
    event_type = values["event_type"]
    entry = CATALOG_BY_KEY.get(event_type)
    title = _render("title", title_template or CUSTOM_TITLE, entry.title if entry else CUSTOM_TITLE, values,
                    limits=TITLE, problems=problems)  # fmt: skip
    body_source = body_template if body_template is not None else CUSTOM_BODY
    body = _render("body", body_source, entry.body if entry else CUSTOM_BODY, values, limits=TEXT, problems=problems)
    return title.strip()[:1000] or event_type, body.strip()[:10_000]


def _render(
    part: str, source: str, builtin: str, values: dict[str, Any], *, limits: Limits, problems: list[str] | None
) -> str:
    try:
        return render(source, values, limits=limits)
    except TemplateProblem as problem:
        if problems is not None:
            where = f" (line {problem.line})" if problem.line else ""
            problems.append(
                f"the {part} template of {values['event_type']!r} failed{where}: {problem.message}; "
                "the built-in text was used"
            )
    if source == builtin:
        return ""
    try:
        return render(builtin, values, limits=limits)
    except TemplateProblem:  # built-in texts do not fail on the variables they are given
        return ""
