"""Who hears of an event, under which type: pure over the org's configuration and the directory
facts the pipeline loaded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from tocsin.events import recipients
from tocsin.events.config import OrgConfig, TypeConfig
from tocsin.events.recipients import Broadcast, EventFacts, RecipientDecision, UserFacts
from tocsin.rules import matching
from tocsin.rules.matching import RuleFacts

# More than this many notifications of one rule or type for one recipient in one batch call
# become one, unless the rule or the call says otherwise (events.collapse).
COLLAPSE_OVER = 25

NOBODY = RecipientDecision((), (), ())


def switched_off(key: str) -> str:
    return f"event type {key!r} is switched off (event_types.enabled)"


@dataclass(frozen=True, slots=True)
class Part:
    """The notifications of one event under one type: the event's own, or a matched rule's."""

    type: TypeConfig
    users: tuple[UserFacts, ...]
    rule: str | None = None  # the field-change rule it comes from
    collapse_over: int | None = COLLAPSE_OVER  # the rule's (events.collapse)
    # A collapsed notification's `data.collapsed` (events.collapse): it stands for many records.
    collapsed: dict[str, Any] | None = None
    # The records a collapsed notification stands for: their places in the batch (every one).
    records: tuple[int, ...] = ()
    cc_emails: tuple[str, ...] = ()  # a matched rule's own copies, besides its type's `cc_emails`


@dataclass(frozen=True, slots=True)
class Decided:
    parts: list[Part]
    decision: RecipientDecision  # everyone the event reached, for the answer
    matched: list[str]  # the field-change rules a record_updated event matched
    warnings: list[str]


class DecisionKey(NamedTuple):
    """What `decide` reads of a `record_updated` event, for one org's directory: events with the
    same key get the same decision (a rule matching thousands of records decides once)."""

    org_id: int
    rule_ids: tuple[str, ...]
    actor: str | None


def matched_rules(config: OrgConfig, facts: EventFacts) -> list[RuleFacts]:
    if facts.type != "record_updated":
        return []
    return matching.matching(config.rules, entity=facts.entity, data=facts.data)


def wanted(config: OrgConfig, facts: EventFacts, *, matched: list[RuleFacts] | None = None) -> Broadcast | list[str]:
    """The usernames whose facts deciding the event needs (managers are added by the loader).
    `matched`: the event's `matched_rules`, when the caller has them."""
    if facts.type == "record_updated":
        rules_hit = matched_rules(config, facts) if matched is None else matched
        return [name for rule in rules_hit for name in rule.recipients]
    audience = recipients.audience(facts, config.recipient_rules)
    if isinstance(audience, Broadcast):
        return audience
    return [*audience, *recipients.manager_lookups(facts, config.recipient_rules)]


def decision_key(org_id: int, facts: EventFacts, matched: list[RuleFacts]) -> DecisionKey | None:
    """The key under which events share a decision; None for types other than `record_updated`,
    whose decision reads the record (owner, approvers, mentions)."""
    if facts.type != "record_updated":
        return None
    return DecisionKey(org_id, tuple(rule.rule_id for rule in matched), facts.actor)


def decide(
    config: OrgConfig,
    event_type: TypeConfig,
    facts: EventFacts,
    directory: dict[str, UserFacts],
    *,
    matched: list[RuleFacts] | None = None,
) -> Decided:
    """Who hears of the event, under which type. Pure over the loaded directory.

    A `record_updated` event notifies only through the field-change rules it matches (`matched`,
    when the caller has them): each rule's recipients (the actor left out) under the rule's event
    type, with that type's texts and routing. A user two rules name under the same type is
    notified once. What it decides depends only on the matched rules, the actor and the
    directory, never on the record itself (see `decision_key`).

    A switched-off type (`enabled` false) notifies nobody, and the answer says so: the event's
    own type, or a rule's."""
    if not event_type.enabled:
        return Decided([], NOBODY, [rule.rule_id for rule in matched or []], [switched_off(event_type.key)])
    if facts.type != "record_updated":
        rules = config.recipient_rules
        decision = recipients.resolve(facts, rules, directory)
        return Decided([Part(event_type, decision.users)], decision, [], recipients.why_nobody(facts, rules, decision))
    return _decide_by_rules(config, facts, directory, matched_rules(config, facts) if matched is None else matched)


def _decide_by_rules(
    config: OrgConfig, facts: EventFacts, directory: dict[str, UserFacts], matched: list[RuleFacts]
) -> Decided:
    parts: list[Part] = []
    notified: set[tuple[str, str]] = set()  # (event type, username)
    everyone: dict[str, UserFacts] = {}
    unknown: dict[str, None] = {}
    inactive: dict[str, None] = {}
    warnings: list[str] = []
    for rule in matched:
        as_type = config.types.get(rule.event_type)
        if as_type is None:
            warnings.append(f"rule {rule.rule_id!r} notifies as {rule.event_type!r}, which is no longer an event type")
            continue
        if not as_type.enabled:
            warnings.append(f"rule {rule.rule_id!r}: {switched_off(as_type.key)}")
            continue
        sub = EventFacts(
            type=rule.event_type, actor=facts.actor, entity=facts.entity, data=facts.data, recipients=rule.recipients
        )
        decision = recipients.resolve(sub, config.recipient_rules, directory)
        users = tuple(u for u in decision.users if (rule.event_type, u.username) not in notified)
        notified.update((rule.event_type, u.username) for u in users)
        everyone.update((u.username, u) for u in users)
        unknown.update(dict.fromkeys(decision.unknown))
        inactive.update(dict.fromkeys(decision.inactive))
        if users:
            parts.append(
                Part(as_type, users, rule=rule.rule_id, collapse_over=rule.collapse_over, cc_emails=rule.cc_emails)
            )
    decision = RecipientDecision(tuple(everyone.values()), tuple(unknown), tuple(inactive))
    why = _why_no_rule_reached(matched, decision)
    if warnings:  # a rule's type is gone or switched off: that, not the actor, says why
        why = [w for w in why if not w.startswith("the matched rules name only the actor")]
    warnings.extend(why)
    return Decided(parts, decision, [rule.rule_id for rule in matched], warnings)


def _why_no_rule_reached(matched: list[RuleFacts], decision: RecipientDecision) -> list[str]:
    if not matched:
        return ["record_updated notifies only through field-change rules, and none matched `data.changes`"]
    if decision.users:
        return []
    warnings = []
    if decision.unknown:
        warnings.append(f"not users of this org: {', '.join(decision.unknown)}")
    if decision.inactive:
        warnings.append(f"inactive users: {', '.join(decision.inactive)}")
    if not decision.unknown and not decision.inactive:
        warnings.append("the matched rules name only the actor, who is not notified of their own action")
    return warnings
