"""The variables a message template sees, and sample values for previews. Pure.

title, body     the notification's in-app title and text (already rendered from the event type)
prefix          the org's email subject prefix, e.g. "[CRM]"
url             the link to the entity (absolute http(s) links only)
action          the call-to-action label of the event type ("Open lead")
name            the entity's name, else its id
entity, actor, data, event_type, urgent    the event as the CRM sent it
document_url    the event's `data.document_url` (a field-change rule's document), absolute links only
created_records the records a lead conversion created (`data.created`): [{label, url}]
recipient       {username, display_name}
org             {name, slug}
locale, created_at
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tocsin.kit.clock import isoformat
from tocsin.templates.defaults import action_label
from tocsin.templates.notification_text import render_texts, variables

NAMES = (
    "title",
    "body",
    "prefix",
    "url",
    "action",
    "name",
    "entity",
    "actor",
    "data",
    "event_type",
    "urgent",
    "recipient",
    "org",
    "locale",
    "created_at",
    "preferences_url",
    "unsubscribe_url",
    "document_url",
    "created_records",
)


def safe_link(url: str | None) -> str | None:
    """Only absolute web links go into messages: a relative path means nothing in a mailbox."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


def message_variables(
    *,
    event_type: str,
    title: str,
    body: str,
    url: str | None,
    entity: dict[str, Any],
    actor: str | None,
    data: dict[str, Any],
    urgent: bool,
    prefix: str,
    org_name: str,
    org_slug: str,
    username: str,
    display_name: str | None,
    locale: str,
    created_at: datetime | None,
    preferences_url: str | None = None,
    unsubscribe_url: str | None = None,
) -> dict[str, Any]:
    name = entity.get("name") or data.get("name") or entity.get("id") or ""
    return {
        "title": title,
        "body": body,
        "prefix": prefix,
        "url": safe_link(url),
        "action": action_label(event_type),
        "name": name,
        "entity": entity,
        "actor": actor,
        "data": data,
        "event_type": event_type,
        "urgent": urgent,
        "recipient": {"username": username, "display_name": display_name or username},
        "org": {"name": org_name, "slug": org_slug},
        "locale": locale,
        "created_at": isoformat(created_at),
        # Set when TOCSIN_PUBLIC_URL is: the user's preferences page, and a signed link that
        # turns this event type's email off for this user.
        "preferences_url": preferences_url,
        "unsubscribe_url": unsubscribe_url,
        "document_url": safe_link(_text(data.get("document_url"))),
        "created_records": created_records(data.get("created")),
    }


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def created_records(value: object) -> list[dict[str, str | None]]:
    """The records of `data.created` as labelled links (a lead conversion's contact, account, deal)."""
    if not isinstance(value, list):
        return []
    out: list[dict[str, str | None]] = []
    for item in value:
        if not isinstance(item, dict):
            continue
        kind = str(item.get("type") or "record").capitalize()
        label = f"{kind} {item.get('name') or item.get('id') or ''}".strip()
        out.append({"label": label, "url": safe_link(_text(item.get("url")))})
    return out


SAMPLE_DATA: dict[str, Any] = {
    "due_at": "tomorrow at 17:00",
    "stage": "Negotiation",
    "amount": "$12,500",
    "reason": "Budget moved to next quarter",
    "text": "@jane.smith could you call them back today?",
    "outcome": "approved",
    "percent": 75,
    "rows": 1250,
    "status": "Shipped",
    "username": "jdoe",
    "title": "Quarterly kickoff",
    "message": "All hands at 3 pm in the main room.",
    "start_at": "in 15 minutes",
}

_SAMPLE_MODULES = {
    "task": ("T-1042", "Call back Acme Corp"),
    "lead": ("L-2201", "Jane Smith"),
    "deal": ("D-3307", "Acme Corp renewal"),
    "approval": ("A-118", "Discount 20% for Acme Corp"),
    "activity": ("E-77", "Demo with Acme Corp"),
    "sales_order": ("SO-5521", "SO-5521"),
}


def _sample_module(event_type: str) -> str:
    for module in _SAMPLE_MODULES:
        if event_type.startswith(module):
            return module
    return "lead"


def sample_variables(
    *,
    event_type: str,
    title_template: str | None,
    body_template: str | None,
    prefix: str,
    org_name: str,
    org_slug: str,
    locale: str,
    now: datetime,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Variables for a preview: a plausible record of the event type's module, rendered through
    the type's own in-app title and body. `overrides` (entity, actor, data) replace the samples."""
    module = _sample_module(event_type)
    record_id, record_name = _SAMPLE_MODULES[module]
    overrides = overrides or {}
    entity = overrides.get("entity") or {
        "type": module,
        "id": record_id,
        "name": record_name,
        "url": f"https://crm.example.com/{module}s/{record_id}",
        "owner": "jane.smith",
    }
    actor = overrides.get("actor", "alex.morgan")
    data = overrides["data"] if overrides.get("data") is not None else dict(SAMPLE_DATA)
    texts = variables(
        event_type=event_type,
        actor=actor,
        actor_name=None if "actor" in overrides else "Alex Morgan",
        entity=entity,
        data=data,
        urgent=False,
    )
    title, body = render_texts(title_template, body_template, texts)
    return message_variables(
        event_type=event_type,
        title=title,
        body=body,
        url=entity.get("url"),
        entity=entity,
        actor=actor,
        data=data,
        urgent=False,
        prefix=prefix,
        org_name=org_name,
        org_slug=org_slug,
        username="jane.smith",
        display_name="Jane Smith",
        locale=locale,
        created_at=now,
    )
