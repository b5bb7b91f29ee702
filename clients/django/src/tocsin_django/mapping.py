"""The declarative mapping from a Django model to Tocsin events.

    # settings.py
    TOCSIN = {..., "MODELS": {"crm.Lead": {"entity_type": "lead", "owner": "owner", "fields": ["status"],
                                          "assigned_event": "lead_assigned", "url": "/leads/{pk}/"}}}

or in code (an AppConfig.ready): `tocsin_django.track(Lead, entity_type="lead", owner="owner", ...)`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from tocsin_django import conf
from tocsin_django.events import EventTypes

Getter = str | Callable[[Any], Any] | None


@dataclass(frozen=True)
class Tracked:
    """How one model is reported.

    entity_type: the entity's `type` (default: the model's name in lower case).
    owner: the field holding the record's owner (a foreign key to the user model, or a username).
    fields: fields whose changes are sent as `record_updated` with `data.changes`.
    name: attribute or callable giving the record's display name (default: `str(record)`).
    url: callable, or a string formatted with the record's attributes (`"/leads/{pk}/"`); default:
        `get_absolute_url()` when the model has it. Relative links get TOCSIN["SITE_URL"] in front.
    actor: field (foreign key to the user model, or a username) or callable naming who made the change;
        default: the user of the current request (the middleware) or of `acting_as(...)`.
    created_event / updated_event / assigned_event: the event types sent; None sends nothing.
    """

    model: type[models.Model]
    entity_type: str
    owner: str | None = None
    fields: tuple[str, ...] = ()
    name: Getter = None
    url: Getter = None
    actor: Getter = None
    types: EventTypes = field(default_factory=EventTypes)

    def attnames(self) -> tuple[str, ...]:
        """The attributes to snapshot: the tracked fields and the owner (a foreign key by its id)."""
        names = [self.model._meta.get_field(name).attname for name in self.fields]
        if self.owner:
            names.append(self.model._meta.get_field(self.owner).attname)
        return tuple(dict.fromkeys(names))


_registry: dict[type[models.Model], Tracked] = {}


def track(
    model: type[models.Model],
    *,
    entity_type: str | None = None,
    owner: str | None = None,
    fields: Sequence[str] = (),
    name: Getter = None,
    url: Getter = None,
    actor: Getter = None,
    created_event: str | None = "record_created",
    updated_event: str | None = "record_updated",
    assigned_event: str | None = "record_reassigned",
) -> Tracked:
    """Report `model`'s saves to Tocsin (see `Tracked`). Call it once, before the first save."""
    for name_ in [*fields, *([owner] if owner else [])]:
        try:
            model._meta.get_field(name_)
        except Exception as exc:
            raise ImproperlyConfigured(f"tocsin: {model._meta.label} has no field {name_!r}") from exc
    spec = Tracked(
        model,
        entity_type or model._meta.model_name or model.__name__.lower(),
        owner=owner,
        fields=tuple(fields),
        name=name,
        url=url,
        actor=actor,
        types=EventTypes(created=created_event, updated=updated_event, assigned=assigned_event),
    )
    _registry[model] = spec
    from tocsin_django import signals  # the handlers need the registry filled first

    signals.connect_model(model)
    return spec


def from_settings() -> None:
    """Track the models listed in TOCSIN["MODELS"]."""
    for label, options in (conf.raw()["MODELS"] or {}).items():
        track(apps.get_model(label), **options)


def spec_for(model: type[models.Model]) -> Tracked | None:
    return _registry.get(model)


def untrack_all() -> None:
    """Forget every mapping (tests)."""
    from tocsin_django import signals

    for model in list(_registry):
        signals.disconnect_model(model)
    _registry.clear()


def jsonable(value: Any) -> Any:
    """A field's value as JSON (decimals, dates and UUIDs as Django's JSON encoder writes them)."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def _get(record: models.Model, getter: Getter) -> Any:
    if getter is None:
        return None
    if callable(getter):
        return getter(record)
    return getattr(record, getter)


def entity(spec: Tracked, record: models.Model) -> dict[str, Any]:
    """The entity of an event about `record` (its owner is added by the caller)."""
    name = _get(record, spec.name) if spec.name is not None else str(record)
    return {"type": spec.entity_type, "id": str(record.pk), "name": str(name)[:500], "url": _url(spec, record)}


def _url(spec: Tracked, record: models.Model) -> str | None:
    if isinstance(spec.url, str):
        url: Any = spec.url.format_map(_Attributes(record))
    elif spec.url is not None:
        url = spec.url(record)
    else:
        get_absolute_url = getattr(record, "get_absolute_url", None)
        url = get_absolute_url() if get_absolute_url else None
    if not url:
        return None
    site = conf.raw()["SITE_URL"]
    if site and str(url).startswith("/"):
        url = str(site).rstrip("/") + str(url)
    return str(url)


class _Attributes(Mapping[str, Any]):
    def __init__(self, record: models.Model) -> None:
        self.record = record

    def __getitem__(self, key: str) -> Any:
        return getattr(self.record, key)

    def __iter__(self) -> Any:
        return iter(())

    def __len__(self) -> int:
        return 0
