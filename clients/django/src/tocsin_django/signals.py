"""The model signals: a snapshot when a record is loaded, the events when it is saved.

Saves through `QuerySet.update()`, `bulk_create()` and `bulk_update()` send no signals and so no
events (Django's own rule); report those with `tocsin_django.send_events(...)`.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from django.db.models.signals import post_delete, post_init, post_save

from tocsin_django import actor, mapping, outbox, users
from tocsin_django.events import Saved, events_for
from tocsin_django.models import EVENT, USER, USER_DELETE

SNAPSHOT = "_tocsin_before"
USER_SNAPSHOT = "_tocsin_user"


def connect_model(model: type[models.Model]) -> None:
    uid = f"tocsin:{model._meta.label}"
    post_init.connect(remember, sender=model, dispatch_uid=uid)
    post_save.connect(saved, sender=model, dispatch_uid=uid)


def disconnect_model(model: type[models.Model]) -> None:
    uid = f"tocsin:{model._meta.label}"
    post_init.disconnect(sender=model, dispatch_uid=uid)
    post_save.disconnect(sender=model, dispatch_uid=uid)


def _snapshot(record: models.Model, spec: mapping.Tracked) -> dict[str, Any]:
    # Deferred fields are not in __dict__: they are left out rather than loaded.
    values = record.__dict__
    return {name: values[name] for name in spec.attnames() if name in values}


def remember(sender: type[models.Model], instance: models.Model, **_: Any) -> None:
    spec = mapping.spec_for(sender)
    if spec is not None:
        setattr(instance, SNAPSHOT, _snapshot(instance, spec))


def saved(sender: type[models.Model], instance: models.Model, created: bool, using: str, raw: bool, **_: Any) -> None:
    spec = mapping.spec_for(sender)
    if spec is None or raw:  # raw: fixtures being loaded
        return
    before: dict[str, Any] = getattr(instance, SNAPSHOT, {})
    after = _snapshot(instance, spec)
    setattr(instance, SNAPSHOT, after)
    owner, previous = _owners(spec, instance, before, created=created, using=using)
    names = {sender._meta.get_field(f).attname: f for f in spec.fields}
    change = Saved(
        entity=mapping.entity(spec, instance),
        created=created,
        owner=owner,
        previous_owner=previous,
        before={names[k]: mapping.jsonable(v) for k, v in before.items() if k in names},
        after={names[k]: mapping.jsonable(v) for k, v in after.items() if k in names},
        actor=_actor(spec, instance),
    )
    outbox.enqueue(EVENT, events_for(change, spec.types), using=using)


def _username(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else users.username_of(value)


def _owners(
    spec: mapping.Tracked, record: models.Model, before: dict[str, Any], *, created: bool, using: str
) -> tuple[str | None, str | None]:
    """The owner's username now and, when it changed, before."""
    if not spec.owner:
        return None, None
    field = record._meta.get_field(spec.owner)
    now = _username(getattr(record, spec.owner))
    attname = field.attname
    if created or attname not in before or before[attname] == record.__dict__.get(attname):
        return now, now
    old = before[attname]
    if field.is_relation and old is not None:
        related = field.related_model._default_manager.using(using)
        old = related.filter(pk=old).first()
    return now, _username(old)


def _actor(spec: mapping.Tracked, record: models.Model) -> str | None:
    if spec.actor is None:
        return actor.current()
    value = spec.actor(record) if callable(spec.actor) else getattr(record, spec.actor)
    return _username(value) or actor.current()


# ---- users --------------------------------------------------------------------------------------


def connect_users() -> None:
    model = get_user_model()
    post_init.connect(remember_user, sender=model, dispatch_uid="tocsin:users")
    post_save.connect(user_saved, sender=model, dispatch_uid="tocsin:users")
    post_delete.connect(user_deleted, sender=model, dispatch_uid="tocsin:users")


def remember_user(sender: Any, instance: Any, **_: Any) -> None:
    if instance.pk is not None:  # a new user has nothing to compare with
        setattr(instance, USER_SNAPSHOT, users.payload(instance))


def user_saved(sender: Any, instance: Any, created: bool, using: str, raw: bool, **_: Any) -> None:
    """A new user, or a change of what Tocsin keeps (a login, which saves `last_login`, is not one)."""
    if raw:
        return
    payload = users.payload(instance)
    if created or getattr(instance, USER_SNAPSHOT, None) != payload:
        outbox.enqueue(USER, [payload], using=using)
    setattr(instance, USER_SNAPSHOT, payload)


def user_deleted(sender: Any, instance: Any, using: str, **_: Any) -> None:
    outbox.enqueue(USER_DELETE, [{"username": users.username_of(instance)}], using=using)
