"""Directory facts: the users a group of events names (and their managers), read once per org,
or an org's whole active directory for a broadcast, cached at the org's users version."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy.orm import Session

from tocsin.channels.registry import ADDRESS_FLAGS, addresses_from_flags
from tocsin.context import AppContext
from tocsin.events.recipients import UserFacts
from tocsin.users import service as users

_AT = {name: i for i, name in enumerate(users.FACT_NAMES)}
_ID, _USERNAME, _MANAGER, _ROLES, _ACTIVE = (_AT[n] for n in ("id", "username", "manager", "roles", "active"))
_CHOICE, _LOCALE, _NAME = (_AT[n] for n in ("delivery_choice", "locale", "display_name"))
_ZONE, _DND = _AT["timezone"], _AT["dnd"]
_FLAGS = itemgetter(*(_AT[flag] for flag in ADDRESS_FLAGS))  # in the channels' order


def facts_of(row: Any) -> UserFacts:
    """A user's facts from a row of `users.facts_*`, processed or as the driver gives it (a
    directory of 10,000 users is read for a broadcast: by position, the address flags taken in
    one step)."""
    values = tuple(row)
    dnd = values[_DND]
    return UserFacts(
        id=values[_ID],
        username=values[_USERNAME],
        manager=values[_MANAGER],
        roles=_roles(values[_ROLES]),
        active=bool(values[_ACTIVE]),
        addresses=addresses_from_flags(_FLAGS(values)),
        delivery_choice=values[_CHOICE],
        locale=values[_LOCALE],
        display_name=values[_NAME],
        timezone=values[_ZONE],
        dnd=json.loads(dnd) if isinstance(dnd, str) else dnd,
    )


def _roles(value: Any) -> tuple[str, ...]:
    """A user's roles from its column: a list, or JSON text as SQLite's driver gives it."""
    if isinstance(value, str):
        return _roles_of_text(value)
    return tuple(value) if value else ()


@lru_cache(maxsize=256)
def _roles_of_text(value: str) -> tuple[str, ...]:
    # Few distinct role lists: thousands of users share them.
    return tuple(json.loads(value) or ())


@dataclass(slots=True)
class Wanted:
    """What a group's events of one org need read: named users, actors (for the texts' display
    names) and whether any is a broadcast (the whole active directory)."""

    names: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    everyone: bool = False


@dataclass(slots=True)
class Directory:
    """One org's facts for a group: `named` (the users its events name, their managers, its
    actors), `everyone` (the active directory, when a broadcast needs it; shared, never changed)."""

    named: dict[str, UserFacts] = field(default_factory=dict)
    everyone: dict[str, UserFacts] | None = None

    def for_event(self, *, broadcast: bool) -> dict[str, UserFacts]:
        if broadcast:
            assert self.everyone is not None
            return self.everyone
        return self.named

    def known(self, username: str) -> UserFacts | None:
        found = self.named.get(username)
        if found is None and self.everyone is not None:
            found = self.everyone.get(username)
        return found


def load(session: Session, ctx: AppContext, org_id: int, wanted: Wanted) -> Directory:
    """One org's directory for a group, in one query (two with managers) for the named users."""
    out = Directory()
    if wanted.everyone:
        # Every active user, cached per org at its users version (bumped by every write to its
        # users): a second broadcast reads one number instead of the whole directory.
        out.everyone = ctx.cache.get(
            ("directory", org_id),
            version=users.users_version(session, org_id),
            load=lambda: {row.username: facts_of(row) for row in users.facts_of_active(session, org_id)},
        )
    if wanted.names or wanted.actors:
        out.named = _by_usernames(session, org_id, wanted.names | wanted.actors)
        managers = {
            f.manager for n, f in out.named.items() if n in wanted.names and f.manager and f.manager not in out.named
        }
        if managers:
            out.named.update(_by_usernames(session, org_id, managers))
    return out


def _by_usernames(session: Session, org_id: int, names: Iterable[str]) -> dict[str, UserFacts]:
    return {row.username: facts_of(row) for row in users.facts_by_usernames(session, org_id, names)}


def actor_names(
    session: Session, actors: Iterable[tuple[int, str]], directories: dict[int, Directory]
) -> dict[tuple[int, str], str | None]:
    """The display names of a group's actors (org id, username), for texts that say who did it:
    from the directory (which looked every actor up), else one query per org."""
    out: dict[tuple[int, str], str | None] = {}
    missing: dict[int, set[str]] = {}
    for org_id, actor in actors:
        known = directories[org_id].known(actor) if org_id in directories else None
        if known is not None:
            out[(org_id, actor)] = known.display_name
        else:
            missing.setdefault(org_id, set()).add(actor)
    for org_id, names in missing.items():
        found = users.display_names_of(session, org_id, names)
        out.update({(org_id, name): found.get(name) for name in names})
    return out
