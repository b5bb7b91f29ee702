"""Tocsin for Django: model changes as events (after commit, through an outbox), user sync, the bell.

    INSTALLED_APPS = [..., "tocsin_django"]
    MIDDLEWARE = [..., "django.contrib.auth.middleware.AuthenticationMiddleware", "tocsin_django.actor.ActorMiddleware"]
    TOCSIN = {"URL": "https://tocsin.example.com", "API_KEY": "tsn_...",
              "MODELS": {"crm.Lead": {"entity_type": "lead", "owner": "owner", "fields": ["status"]}}}

See docs/django.md in Tocsin's repository.
"""

from __future__ import annotations

from typing import Any

from tocsin_django.actor import acting_as

__all__ = ["acting_as", "send_events", "track"]


def track(*args: Any, **kwargs: Any) -> Any:
    """Report a model's saves to Tocsin: see `tocsin_django.mapping.track`."""
    from tocsin_django.mapping import track as _track

    return _track(*args, **kwargs)


def send_events(events: list[dict[str, Any]], *, using: str = "default") -> None:
    """Queue events of your own (fields of Tocsin's `EventIn`) in the current transaction; they are
    sent after it commits, with the outbox's retries."""
    from tocsin_django import outbox
    from tocsin_django.models import EVENT

    outbox.enqueue(EVENT, events, using=using)

