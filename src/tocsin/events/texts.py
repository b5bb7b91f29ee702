"""Notification texts: an event part's in-app notifications by column, each recipient's texts in
their language (rendered once per language), naming the actor by display name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tocsin.events.config import TypeConfig
from tocsin.events.notes import NotificationColumns
from tocsin.events.recipients import UserFacts
from tocsin.kit.quiet_hours import QuietDecision
from tocsin.templates import collapsed as collapsed_texts
from tocsin.templates.notification_text import render_texts, variables
from tocsin.templates.translations import texts_for


@dataclass(slots=True)  # not frozen: a batch makes thousands, and a frozen init costs twice as much
class NewEvent:
    """An event row about to be bulk-inserted: the fields the notification rows are built from,
    named as the columns, without an ORM object per event."""

    id: int
    org_id: int
    type: str
    actor: str | None
    entity: dict[str, Any]
    data: dict[str, Any]
    urgent: bool
    idempotency_key: str | None
    request_hash: str | None
    created_at: datetime
    entity_type: str | None = None  # the entity's, as columns the history filters on
    entity_id: str | None = None
    attachments: list[dict[str, Any]] | None = None  # the email's files, as the event gave them


def notification_columns(
    event: NewEvent,
    event_type: TypeConfig,
    users: Sequence[UserFacts],
    *,
    actor_name: str | None,
    actions: list[dict[str, Any]] | None = None,
    quiet: Sequence[QuietDecision] | None = None,
    problems: list[str] | None = None,
) -> NotificationColumns:
    """The in-app notification of each recipient, as `event_type` (the event's own type, or the
    type a field-change rule notifies as). A template that fails or exceeds its limits is replaced
    by the built-in text, and `problems` (when given) gets a line saying so."""
    values = variables(
        event_type=event_type.key,
        actor=event.actor,
        actor_name=actor_name,
        entity=event.entity,
        data=event.data,
        urgent=event.urgent,
    )
    rendered: dict[tuple[str | None, str | None], dict[str, str]] = {}  # by template pair

    def texts(locale: str | None) -> dict[str, str]:
        key = texts_for(event_type.key, title=event_type.title_template, body=event_type.body_template, locale=locale)
        found = rendered.get(key)
        if found is None:
            title, text = render_texts(key[0], key[1], values, problems=problems)
            found = rendered[key] = {"title": title, "body": text}
        return found

    shared = {
        "org_id": event.org_id,
        "event_id": event.id,
        "type": event_type.key,
        "url": event.entity.get("url"),
        "entity_type": event.entity.get("type"),
        "entity_id": event.entity.get("id"),
        "actor": event.actor,
        "urgent": event.urgent,
        "data": event.data,
        "actions": actions,
        "created_at": event.created_at,
    }
    return _per_user(shared, users, quiet, texts)


def collapsed_columns(
    event: NewEvent,
    event_type: TypeConfig,
    users: Sequence[UserFacts],
    collapsed: dict[str, Any],
    *,
    by_rule: bool,
    quiet: Sequence[QuietDecision] | None = None,
) -> NotificationColumns:
    """One notification per recipient standing for many records of a batch (`events.collapse`):
    its texts from `templates.collapsed`, its link the event history filtered to the batch."""
    rendered: dict[str | None, dict[str, str]] = {}

    def texts(locale: str | None) -> dict[str, str]:
        found = rendered.get(locale)
        if found is None:
            found = rendered[locale] = collapsed_texts.render(collapsed, by_rule=by_rule, locale=locale)
        return found

    shared = {
        "org_id": event.org_id,
        "event_id": event.id,
        "type": event_type.key,
        "url": collapsed["history_url"],
        "entity_type": None,
        "entity_id": None,
        "actor": event.actor,
        "urgent": event.urgent,
        "data": {"collapsed": collapsed},
        "actions": None,
        "created_at": event.created_at,
    }
    return _per_user(shared, users, quiet, texts)


def _per_user(
    shared: dict[str, Any],
    users: Sequence[UserFacts],
    quiet: Sequence[QuietDecision] | None,
    texts: Callable[[str | None], dict[str, str]],
) -> NotificationColumns:
    """The columns shared by the recipients' rows, and per recipient: id, silence, texts."""
    return NotificationColumns(
        shared=shared,
        user_ids=[u.id for u in users],
        silent=[q.silent for q in quiet] if quiet is not None else [False] * len(users),
        texts=[texts(u.locale) for u in users],
    )
