"""The integration's settings, read from Django's settings on every use (tests and reloads may change them).

    TOCSIN = {"URL": "https://tocsin.example.com", "API_KEY": "tsn_..."}

or `TOCSIN_URL` / `TOCSIN_API_KEY` at the top level of the settings module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

DEFAULTS: dict[str, Any] = {
    "URL": None,
    "API_KEY": None,
    "PUBLIC_URL": None,  # the URL browsers use, when it differs from the one the server reaches
    "SITE_URL": None,  # prefixed to relative record URLs (emails need absolute links)
    "TIMEOUT_SECONDS": 5.0,
    "SEND": "thread",  # "thread": a background thread per process; "command": only `tocsin_flush` sends
    "BATCH_SIZE": 100,
    "RETRY_BASE_SECONDS": 1.0,
    "RETRY_MAX_SECONDS": 300.0,
    "POLL_SECONDS": 30.0,  # the thread also looks for rows other processes left, this often
    "LEASE_SECONDS": 60.0,  # a claimed row another sender may take over once this has passed
    "KEEP_SENT_SECONDS": 86_400.0,
    "TOKEN_TTL_SECONDS": 3600,
    "TOKEN_REFRESH_MARGIN_SECONDS": 300,
    "TOKEN_CACHE": "default",
    "SYNC_USERS": True,
    "USER_FIELDS": None,  # callable(user) -> the fields of PUT /v1/users/{username}
    "USERNAME": None,  # callable(user) -> the username in Tocsin; default user.get_username()
    "MODELS": {},  # "app_label.Model": {mapping options}, see tocsin_django.mapping.Tracked
}


@dataclass(frozen=True)
class Config:
    url: str
    api_key: str
    options: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.options[key]

    @property
    def public_url(self) -> str:
        return str(self.options["PUBLIC_URL"] or self.url).rstrip("/")


def raw() -> dict[str, Any]:
    options = {**DEFAULTS, **getattr(settings, "TOCSIN", {})}
    options["URL"] = options["URL"] or getattr(settings, "TOCSIN_URL", None)
    options["API_KEY"] = options["API_KEY"] or getattr(settings, "TOCSIN_API_KEY", None)
    return options


def get() -> Config:
    options = raw()
    if not options["URL"] or not options["API_KEY"]:
        raise ImproperlyConfigured('Tocsin needs TOCSIN = {"URL": ..., "API_KEY": ...} (or TOCSIN_URL, TOCSIN_API_KEY)')
    if options["SEND"] not in ("thread", "command"):
        raise ImproperlyConfigured('TOCSIN["SEND"] is "thread" or "command"')
    return Config(str(options["URL"]).rstrip("/"), str(options["API_KEY"]), options)


def callable_option(value: Any) -> Callable[..., Any] | None:
    """A setting that names a function: the function itself or its dotted path."""
    if value is None or callable(value):
        return value
    return import_string(str(value))  # type: ignore[no-any-return]
