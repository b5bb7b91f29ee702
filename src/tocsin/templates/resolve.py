"""Which template applies: exact locale, then its language, then the org default, then built-in. Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from tocsin.templates.defaults import TemplateSource, builtin

DEFAULT_LOCALE = "en"
LOCALE_PATTERN = r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"
_LOCALE = re.compile(LOCALE_PATTERN)


def normalize_locale(value: str | None) -> str | None:
    """`pt_BR`, `PT-br` -> `pt-br`; None for anything that is not a locale tag."""
    if not value or not _LOCALE.match(value):
        return None
    return value.replace("_", "-").lower()


def locale_chain(locale: str | None, *, default: str = DEFAULT_LOCALE) -> list[str]:
    """The locales to try, most specific first: `pt-br` -> [`pt-br`, `pt`, `en`]."""
    return list(_chain(locale, default))


@lru_cache(maxsize=256)
def _chain(locale: str | None, default: str) -> tuple[str, ...]:
    # Asked once per recipient and template: a handful of distinct locales per org.
    chain: list[str] = []
    tag = normalize_locale(locale)
    if tag:
        parts = tag.split("-")
        for n in range(len(parts), 0, -1):
            candidate = "-".join(parts[:n])
            if candidate not in chain:
                chain.append(candidate)
    if default not in chain:
        chain.append(default)
    return tuple(chain)


def pick(stored: Mapping[str, TemplateSource], *, event_type: str, channel: str, locale: str | None) -> TemplateSource:
    """The template for one recipient, from the org's stored templates of this type and channel
    (keyed by normalized locale)."""
    for candidate in locale_chain(locale):
        found = stored.get(candidate)
        if found is not None:
            return found
    return builtin(event_type, channel)
