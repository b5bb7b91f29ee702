"""Who receives an event. Pure: plain data in, a decision out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tocsin.event_types.catalog import ASSIGNMENT_TYPES

MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9_][A-Za-z0-9_.+-]*)")


@dataclass(frozen=True, slots=True)
class UserFacts:
    id: int
    username: str
    manager: str | None = None
    roles: tuple[str, ...] = ()
    active: bool = True
    addresses: frozenset[str] = frozenset()  # external channels this user has an address for
    delivery_choice: str = "email"
    locale: str | None = None  # the language of the texts this user gets
    display_name: str | None = None
    timezone: str | None = None
    dnd: Mapping[str, Any] | None = None  # the user's own quiet hours, as stored


@dataclass(frozen=True, slots=True)
class RecipientRules:
    reassignment_notifications: Mapping[str, bool] = field(default_factory=dict)
    reassignment_cc_emails: Mapping[str, list[str]] = field(default_factory=dict)
    notify_previous_owner: Mapping[str, bool] = field(default_factory=dict)
    manager_copy: bool = False
    lockout_recipients: tuple[str, ...] = ()
    credit_override_recipients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventFacts:
    type: str
    actor: str | None = None
    entity: Mapping[str, Any] = field(default_factory=dict)
    data: Mapping[str, Any] = field(default_factory=dict)
    recipients: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Broadcast:
    roles: tuple[str, ...] | None  # None: every active user


@dataclass(frozen=True, slots=True)
class RecipientDecision:
    users: tuple[UserFacts, ...]
    unknown: tuple[str, ...]
    inactive: tuple[str, ...]


def mentions(text: object) -> list[str]:
    if not isinstance(text, str):
        return []
    return [m.rstrip(".-") for m in MENTION.findall(text)]


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [v for v in value if isinstance(v, str) and v]
    return []


def _module(event: EventFacts) -> str:
    entity_type = event.entity.get("type")
    if isinstance(entity_type, str) and entity_type:
        return entity_type.lower()
    return ASSIGNMENT_TYPES.get(event.type) or "record"


def module_copies(event: EventFacts, rules: RecipientRules) -> tuple[str, ...]:
    """The fixed addresses copied on a reassignment's email for its module (none for other types)."""
    if event.type not in ASSIGNMENT_TYPES:
        return ()
    return tuple(rules.reassignment_cc_emails.get(_module(event), ()))


def _locked_out(event: EventFacts) -> str | None:
    names = _names(event.data.get("username")) or _names(event.entity.get("id"))
    return names[0] if names else None


def audience(event: EventFacts, rules: RecipientRules) -> Broadcast | list[str]:
    """Step one: the usernames an event names (before managers), or a broadcast."""
    if event.recipients is not None:
        return list(event.recipients)
    kind = event.type
    owner = _names(event.entity.get("owner"))
    if kind == "broadcast":
        roles = _names(event.data.get("roles"))
        return Broadcast(tuple(roles) if roles else None)
    if kind in ASSIGNMENT_TYPES:
        module = _module(event)
        if not rules.reassignment_notifications.get(module, True):
            return []
        names = list(owner)
        if rules.notify_previous_owner.get(module, False):
            names += _names(event.entity.get("previous_owner"))
        return names
    if kind == "approval_requested":
        return _names(event.data.get("approvers"))
    if kind == "approval_completed":
        return _names(event.data.get("submitter"))
    if kind == "mention":
        return mentions(event.data.get("text"))
    if kind == "workflow_notification":
        return _names(event.data.get("recipients"))
    if kind == "user_locked_out":
        return list(rules.lockout_recipients)
    if kind == "credit_limit_override":
        return list(rules.credit_override_recipients)
    if kind == "record_updated":
        return []  # notifies only through the org's field-change rules (events/rules.py)
    if kind in _PERSONNEL or kind in _HELP_DESK or kind == "possible_duplicate":
        return _newer_audience(event, owner)
    return owner


_HELP_DESK = ("sla_warning", "sla_breached")
_PERSONNEL = ("absence_requested", "review_due")


def _newer_audience(event: EventFacts, owner: list[str]) -> list[str]:
    """The duplicate check, help-desk and personnel types: who is named (managers come from
    `manager_lookups`)."""
    data = event.data
    kind = event.type
    if kind == "possible_duplicate":
        return [*owner, *_names(data.get("duplicate_owner"))]
    if kind in _HELP_DESK:
        return _names(data.get("assignee")) or owner
    if kind == "absence_requested":
        return _names(data.get("approvers"))  # none: the employee's manager
    # review_due: the reviewer (else the employee's manager) and the employee
    return [*_names(data.get("reviewer")), *_names(data.get("employee"))]


def _employee(event: EventFacts) -> list[str]:
    return _names(event.data.get("employee")) or _names(event.actor)


def manager_lookups(event: EventFacts, rules: RecipientRules) -> list[str]:
    """Usernames whose manager may be a recipient (so the caller loads those managers too)."""
    if event.recipients is not None:
        return []
    if event.type in ASSIGNMENT_TYPES and rules.manager_copy:
        if not rules.reassignment_notifications.get(_module(event), True):
            return []
        return _names(event.entity.get("owner"))
    if event.type == "user_locked_out":
        locked = _locked_out(event)
        return [locked] if locked else []
    if event.type == "sla_breached":
        return _names(event.data.get("assignee")) or _names(event.entity.get("owner"))
    if event.type == "absence_requested" and not _names(event.data.get("approvers")):
        return _employee(event)
    if event.type == "review_due" and not _names(event.data.get("reviewer")):
        return _names(event.data.get("employee"))
    return []


def resolve(
    event: EventFacts,
    rules: RecipientRules,
    directory: Mapping[str, UserFacts],
    *,
    wanted: Broadcast | list[str] | None = None,
) -> RecipientDecision:
    """Final recipients: named users plus managers in copy, minus the actor; unknowns reported.

    `directory` must hold every user `audience` and `manager_lookups` name, and their managers;
    for a broadcast it holds the org's active users. `wanted` is `audience(event, rules)` when the
    caller computed it already (to load the directory).
    """
    if wanted is None:
        wanted = audience(event, rules)
    names: list[str]
    if isinstance(wanted, Broadcast):
        role_set = set(wanted.roles or ())
        names = [
            u.username
            for u in directory.values()
            if u.active and (wanted.roles is None or role_set.intersection(u.roles))
        ]
    else:
        names = list(wanted)
        for subject in manager_lookups(event, rules):
            facts = directory.get(subject)
            if facts is not None and facts.manager:
                names.append(facts.manager)
    return _finish(names, event.actor, directory)


def _finish(names: Iterable[str], actor: str | None, directory: Mapping[str, UserFacts]) -> RecipientDecision:
    seen: set[str] = set()
    users: list[UserFacts] = []
    unknown: list[str] = []
    inactive: list[str] = []
    for name in names:
        if name in seen or (actor is not None and name == actor):
            continue
        seen.add(name)
        facts = directory.get(name)
        if facts is None:
            unknown.append(name)
        elif not facts.active:
            inactive.append(name)
        else:
            users.append(facts)
    return RecipientDecision(tuple(users), tuple(unknown), tuple(inactive))


def _source(event: EventFacts, rules: RecipientRules) -> str | None:
    """Where the type looks for its recipients, in the words of the event's fields."""
    kind = event.type
    if event.recipients is not None:
        return "`recipients`"
    if kind == "broadcast":
        return "the active users of the org" + (" with the roles in `data.roles`" if event.data.get("roles") else "")
    if kind in ASSIGNMENT_TYPES:
        return "`entity.owner`"
    sources = {
        "approval_requested": "`data.approvers`",
        "approval_completed": "`data.submitter`",
        "mention": "the @usernames in `data.text`",
        "workflow_notification": "`data.recipients`",
        "user_locked_out": "the org's lockout recipients (admin settings) and the locked-out user's manager",
        "credit_limit_override": "the org's credit override recipients (admin settings)",
        "record_updated": "the recipients of the org's field-change rules that match `data.changes`",
        "possible_duplicate": "`entity.owner` and `data.duplicate_owner`",
        "sla_warning": "`data.assignee` (else `entity.owner`)",
        "sla_breached": "`data.assignee` (else `entity.owner`) and their manager",
        "absence_requested": "`data.approvers`, else the manager of `data.employee` (else of the actor)",
        "review_due": "`data.reviewer` (else the manager of `data.employee`) and `data.employee`",
    }
    return sources.get(kind, "`entity.owner`")


def why_nobody(event: EventFacts, rules: RecipientRules, decision: RecipientDecision) -> list[str]:
    """Why an event reached nobody, in words an integrator can act on; empty when someone was reached."""
    if decision.users:
        return []
    wanted = audience(event, rules)
    source = _source(event, rules)
    if event.type in ASSIGNMENT_TYPES and event.recipients is None:
        module = _module(event)
        if not rules.reassignment_notifications.get(module, True):
            return [f"{event.type}: notifications for the {module!r} module are turned off in the org's settings"]
    if not isinstance(wanted, Broadcast) and not wanted and not manager_lookups(event, rules):
        return [f"{event.type} notifies {source}, and the event has none"]
    reasons: list[str] = []
    if decision.unknown:
        reasons.append(f"not users of this org: {', '.join(decision.unknown)}")
    if decision.inactive:
        reasons.append(f"inactive users: {', '.join(decision.inactive)}")
    if event.actor is not None and (
        (not isinstance(wanted, Broadcast) and event.actor in wanted) or isinstance(wanted, Broadcast)
    ):
        reasons.append(f"the actor {event.actor!r} is not notified of their own action")
    if not reasons:
        reasons.append(f"{event.type} notifies {source}, and nobody was found there")
    return reasons
