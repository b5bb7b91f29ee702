"""Mass updates that read as one: when one batch call gives one recipient more than
`collapse_over` notifications of one rule (or, outside rules, of one event type), they become ONE
notification listing the first records, with a link to the event history filtered to the batch.

Done for the whole batch between the decide and plan stages, on the decisions alone: each event
keeps its row, its answer and its hooks; only the parts' recipients who collapse are taken out
of the records' parts, and one part per (rule or type, list of records) is added to the first
record's event, reaching those recipients once. Pure: plain data in, plain data out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, NamedTuple
from urllib.parse import urlencode

from tocsin.events.decide import COLLAPSE_OVER, Decided, DecisionKey, Part
from tocsin.events.stages import Accepted
from tocsin.kit.clock import isoformat
from tocsin.templates.collapsed import plural

LISTED = 20  # records a collapsed notification lists; the rest are behind its link

# Types whose every notification is a message someone wrote: each is read, none collapses.
NEVER = frozenset({"manual", "broadcast"})


@dataclass(frozen=True, slots=True)
class CollapseCall:
    """What a batch call says: `over` when it set `collapse_over` (None: never collapse), which
    then wins over the rules' own; `given` False: each rule's, else the default."""

    over: int | None = COLLAPSE_OVER
    given: bool = False
    # The server's public address (TOCSIN_PUBLIC_URL), so the links work in emails too; "":
    # relative links (the bell and the console follow them; emails leave them out).
    base_url: str = ""

    def threshold(self, part: Part) -> int | None:
        if self.given:
            return self.over
        return part.collapse_over if part.rule is not None else COLLAPSE_OVER


class GroupKey(NamedTuple):
    """Notifications that collapse together: one org, one rule (None: the type's own), one type."""

    org_id: int
    rule: str | None
    type: str


class PartKey(NamedTuple):
    """A part as planned: of a shared decision, else of the event's own (by its place)."""

    decision: DecisionKey | int
    part: int


def collapse(fresh: list[Accepted], each: list[Decided], call: CollapseCall, *, now: datetime) -> list[Decided]:
    """The decisions with collapsed recipients taken out of the records' parts and their one
    notification added to the group's first event (whose decision is then its own)."""
    members: dict[DecisionKey | int, list[int]] = {}  # the events of each decision (a mass update: one)
    for index, item in enumerate(fresh):
        members.setdefault(item.shared if item.shared is not None else index, []).append(index)
    counts: dict[tuple[GroupKey, str], list[int]] = {}
    threshold: dict[GroupKey, int | None] = {}
    template: dict[GroupKey, Part] = {}
    for indexes in members.values():
        org_id = fresh[indexes[0]].config.org_id
        for part in each[indexes[0]].parts:
            group = GroupKey(org_id, part.rule, part.type.key)
            if group not in threshold:
                threshold[group], template[group] = call.threshold(part), part
                if part.type.key in NEVER:
                    threshold[group] = None
            if threshold[group] is None:
                continue
            for user in part.users:
                counts.setdefault((group, user.username), []).extend(indexes)
    over = {
        pair: sorted(indexes) for pair, indexes in counts.items() if len(indexes) > (threshold[pair[0]] or 0)
    }
    if not over:
        return each
    out = _without(fresh, each, set(over))
    for (group, records), names in _lists(over).items():
        first = records[0]
        item = fresh[first]
        base = template[group]
        users = tuple(_users(each, records, group, names))
        data = _collapsed_data(fresh, records, base, item, now=now, base_url=call.base_url)
        part = Part(base.type, users, rule=base.rule, collapse_over=None, collapsed=data, records=records)
        found = out[first]
        out[first] = Decided([*found.parts, part], found.decision, found.matched, found.warnings)
        item.shared = None  # its parts differ from its decision's other events' now
    return out


def _lists(over: dict[tuple[GroupKey, str], list[int]]) -> dict[tuple[GroupKey, tuple[int, ...]], set[str]]:
    """The recipients who collapse, by group and by the records they hear of (a mass update:
    one list for everyone)."""
    lists: dict[tuple[GroupKey, tuple[int, ...]], set[str]] = {}
    for (group, username), indexes in over.items():
        lists.setdefault((group, tuple(indexes)), set()).add(username)
    return lists


def _users(each: list[Decided], indexes: tuple[int, ...], group: GroupKey, names: set[str]) -> list[Any]:
    """The recipients' facts, in the order the first record's part has them."""
    found: dict[str, Any] = {}
    for part in each[indexes[0]].parts:
        if part.rule == group.rule and part.type.key == group.type:
            found.update((u.username, u) for u in part.users if u.username in names)
    return list(found.values())


def _without(fresh: list[Accepted], each: list[Decided], gone: set[tuple[GroupKey, str]]) -> list[Decided]:
    """Every decision with the collapsing recipients taken out of its parts (once per shared
    decision) and a warning naming what became one."""
    done: dict[DecisionKey | int, Decided] = {}
    out: list[Decided] = []
    for index, (item, decided) in enumerate(zip(fresh, each, strict=True)):
        key: DecisionKey | int = item.shared if item.shared is not None else index
        found = done.get(key)
        if found is None:
            found = done[key] = _thinned(item.config.org_id, decided, gone)
        out.append(found)
    return out


def _thinned(org_id: int, decided: Decided, gone: set[tuple[GroupKey, str]]) -> Decided:
    parts: list[Part] = []
    said: list[str] = []
    for part in decided.parts:
        group = GroupKey(org_id, part.rule, part.type.key)
        kept = tuple(u for u in part.users if (group, u.username) not in gone)
        left = [u.username for u in part.users if (group, u.username) in gone]
        if left:
            what = f"rule {part.rule!r}" if part.rule is not None else f"type {part.type.key!r}"
            said.append(f"collapsed: the batch's notifications of {what} to {', '.join(left)} became one each")
        if kept:
            parts.append(replace(part, users=kept))
    if not said:
        return decided
    return Decided(parts, decided.decision, decided.matched, [*decided.warnings, *said])


def _collapsed_data(
    fresh: list[Accepted], indexes: tuple[int, ...], base: Part, item: Accepted, *, now: datetime, base_url: str
) -> dict[str, Any]:
    """What the collapsed notification carries in `data.collapsed` (its texts' variables)."""
    records = []
    for index in indexes[:LISTED]:
        entity = fresh[index].facts.entity
        name = entity.get("name") or entity.get("id") or ""
        records.append({"id": entity.get("id"), "name": str(name), "url": entity.get("url")})
    entity_type = item.facts.entity.get("type")
    at = isoformat(now) or ""
    query = {"type": item.facts.type, "since": at, "until": at}
    if base.rule is not None:
        query["rule"] = base.rule
    return {
        "count": len(indexes),
        "records": records,
        "more": max(0, len(indexes) - LISTED),
        "rule": base.rule,
        "event_type": item.facts.type,
        "label": plural(entity_type if isinstance(entity_type, str) else "record"),
        "value": _entered(item, base),
        "type_label": base.type.key.replace("_", " "),
        "history_url": f"{base_url}/admin#events?{urlencode(query)}",
        "events_url": f"{base_url}/v1/events?{urlencode(query)}",
    }


def _entered(item: Accepted, base: Part) -> str:
    """The value a rule's field entered (the first record's), for "... entered eSigned"."""
    if base.rule is None:
        return ""
    rule = next((r for r in item.matched if r.rule_id == base.rule), None)
    changes = item.facts.data.get("changes")
    if rule is None or not isinstance(changes, dict):
        return ""
    pair = changes.get(rule.field)
    return str(pair[1]) if isinstance(pair, list | tuple) and len(pair) == 2 else ""
