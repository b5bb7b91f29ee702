"""The texts of a collapsed notification: many notifications of one rule or type for one
recipient in one batch call, read as one ("42 sales orders entered eSigned"). Pure.

Variables: `count` (how many records), `records` (the first ones, each `{"name", "url"}`), `more`
(how many are not listed), `history_url` (the event history filtered to the batch), `label` (the
records' kind: "sales orders"), `value` (the value a rule's field entered; empty for a type),
`type_label` (the event type in words).
"""

from __future__ import annotations

from typing import Any

from tocsin.kit import sandbox
from tocsin.kit.template_budget import TEXT, TITLE
from tocsin.templates.resolve import locale_chain

_LIST = "{% for r in records %}- {{ r.name }}{% if r.url %}: {{ r.url }}{% endif %}{{ '\\n' }}{% endfor %}"

# language: (title of a rule's, title of a type's, body)
TEXTS: dict[str, tuple[str, str, str]] = {
    "en": (
        "{{ count }} {{ label }} entered {{ value }}",
        "{{ count }} {{ type_label }} notifications",
        _LIST
        + "{% if more %}and {{ more }} more: {{ history_url }}{% else %}All of them: {{ history_url }}{% endif %}",
    ),
    "de": (
        "{{ count }} Datensätze ({{ label }}) jetzt {{ value }}",
        "{{ count }} Benachrichtigungen: {{ type_label }}",
        _LIST + "{% if more %}und {{ more }} weitere: {{ history_url }}{% else %}Alle: {{ history_url }}{% endif %}",
    ),
}


def plural(entity_type: str) -> str:
    """A CRM module's name as words in the plural, in English: `sales_order` -> `sales orders`."""
    words = entity_type.replace("_", " ").strip().lower() or "record"
    if words.endswith("y") and not words.endswith(("ay", "ey", "oy", "uy")):
        return words[:-1] + "ies"
    if words.endswith(("s", "x", "ch", "sh")):
        return words + "es"
    return words + "s"


def render(values: dict[str, Any], *, by_rule: bool, locale: str | None) -> dict[str, str]:
    """The title and body in the recipient's language (English where none is shipped)."""
    texts = TEXTS["en"]
    for language in locale_chain(locale):
        if language in TEXTS:
            texts = TEXTS[language]
            break
    title_source = texts[0] if by_rule else texts[1]
    title = sandbox.render(title_source, values, limits=TITLE).strip()
    body = sandbox.render(texts[2], values, limits=TEXT).strip()
    return {"title": title[:1000], "body": body[:10_000]}


sandbox.trust(*(text for texts in TEXTS.values() for text in texts))
