"""Which field-change rules a `record_updated` event matches. Pure: plain data in, a decision out.

A rule matches when the event's record is of the rule's entity type (case-insensitive) and
`data.changes[field]` is a pair `[old, new]` whose `new` is one of the rule's values and differs
from `old`: the field *entered* a listed value. A change inside the list (`eSigned` to `Shipped`,
both listed) is entering a value too. Values compare as JSON scalars, with a number and its text
taken as equal (`5` and `"5"`), as CRMs send either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class RuleFacts:
    rule_id: str
    entity_type: str
    field: str
    values: tuple[Any, ...]
    event_type: str
    recipients: tuple[str, ...]
    enabled: bool = True
    collapse_over: int | None = 25  # see events.collapse; None: never
    attach_document: bool = False  # the event's `data.document_url` goes with the email as a file
    cc_emails: tuple[str, ...] = ()  # fixed addresses copied on the rule's email


def _same(a: object, b: object) -> bool:
    if a == b and type(a) is type(b):
        return True
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return False
    return str(a) == str(b)


def change_of(changes: object, field: str) -> tuple[Any, Any] | None:
    """The `[old, new]` pair of `field` in `data.changes`, if the event carries a well-formed one."""
    if not isinstance(changes, Mapping):
        return None
    pair = changes.get(field)
    if isinstance(pair, list | tuple) and len(pair) == 2:
        return pair[0], pair[1]
    return None


def matches(rule: RuleFacts, *, entity_type: object, changes: object) -> bool:
    if not rule.enabled or not isinstance(entity_type, str):
        return False
    return entity_type.lower() == rule.entity_type.lower() and _entered(rule, changes)


def _entered(rule: RuleFacts, changes: object) -> bool:
    """Whether `data.changes` says the rule's field entered one of its values."""
    pair = change_of(changes, rule.field)
    if pair is None:
        return False
    old, new = pair
    return any(_same(new, value) for value in rule.values) and not _same(old, new)


def matching(rules: Iterable[RuleFacts], *, entity: Mapping[str, Any], data: Mapping[str, Any]) -> list[RuleFacts]:
    """The rules the event matches, in rule id order (so the answer lists them stably)."""
    entity_type, changes = entity.get("type"), data.get("changes")
    found = [r for r in rules if matches(r, entity_type=entity_type, changes=changes)]
    if len(found) > 1:
        found.sort(key=lambda r: r.rule_id)
    return found


_SCALARS = (str, int, float, bool, type(None))


def reads(fields: tuple[str, ...], *, entity: Mapping[str, Any], data: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """What `matching` reads of an event, for rules on `fields`: events with equal answers match
    the same rules (a mass update reports one change for thousands of records). None when a
    changed value is not a JSON scalar; then the event is matched alone."""
    entity_type = entity.get("type")
    changes = data.get("changes")
    out: list[Any] = [entity_type.lower() if isinstance(entity_type, str) else None]
    for field in fields:
        pair = change_of(changes, field)
        if pair is None:
            out.append(None)
            continue
        old, new = pair
        if not isinstance(old, _SCALARS) or not isinstance(new, _SCALARS):
            return None
        out.append((type(old), old, type(new), new))  # typed: True and 1 are equal keys, not equal values
    return tuple(out)
