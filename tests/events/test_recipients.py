"""Every recipient rule, on the pure function."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tocsin.events.recipients import EventFacts, RecipientRules, UserFacts, mentions, resolve


def directory(*users: UserFacts) -> dict[str, UserFacts]:
    return {u.username: u for u in users}


def u(
    name: str, *, uid: int = 0, manager: str | None = None, roles: tuple[str, ...] = (), active: bool = True
) -> UserFacts:
    return UserFacts(id=uid or abs(hash(name)) % 10_000, username=name, manager=manager, roles=roles, active=active)


PEOPLE = directory(
    u("ann", manager="max"),
    u("bob", manager="max", roles=("sales",)),
    u("cat", roles=("support",)),
    u("max", roles=("sales", "manager")),
    u("old", active=False),
)
NONE = RecipientRules()


def names(event: EventFacts, rules: RecipientRules = NONE, people: dict[str, UserFacts] = PEOPLE) -> list[str]:
    return [x.username for x in resolve(event, rules, people).users]


def test_explicit_recipients_win_over_type_rules() -> None:
    event = EventFacts(type="lead_assigned", entity={"owner": "ann"}, recipients=("bob", "cat"))
    assert names(event) == ["bob", "cat"]


def test_unknown_and_inactive_are_reported_not_dropped() -> None:
    decision = resolve(EventFacts(type="manual", recipients=("ann", "ghost", "old")), NONE, PEOPLE)
    assert [x.username for x in decision.users] == ["ann"]
    assert decision.unknown == ("ghost",)
    assert decision.inactive == ("old",)


def test_record_created_goes_to_owner_unless_actor() -> None:
    assert names(EventFacts(type="record_created", actor="bob", entity={"owner": "ann"})) == ["ann"]
    assert names(EventFacts(type="record_created", actor="ann", entity={"owner": "ann"})) == []


def test_assignment_goes_to_new_owner_only_by_default() -> None:
    for kind in ("record_reassigned", "lead_assigned", "task_assigned"):
        event = EventFacts(type=kind, actor="cat", entity={"type": "lead", "owner": "ann", "previous_owner": "bob"})
        assert names(event) == ["ann"], kind


def test_previous_owner_where_enabled_for_the_module() -> None:
    rules = RecipientRules(notify_previous_owner={"lead": True})
    lead = EventFacts(type="record_reassigned", entity={"type": "lead", "owner": "ann", "previous_owner": "bob"})
    contact = EventFacts(type="record_reassigned", entity={"type": "contact", "owner": "ann", "previous_owner": "bob"})
    assert names(lead, rules) == ["ann", "bob"]
    assert names(contact, rules) == ["ann"]


def test_module_defaults_from_the_type_when_entity_has_none() -> None:
    rules = RecipientRules(notify_previous_owner={"task": True})
    event = EventFacts(type="task_assigned", entity={"owner": "ann", "previous_owner": "bob"})
    assert names(event, rules) == ["ann", "bob"]


def test_manager_copy_where_enabled() -> None:
    event = EventFacts(type="lead_assigned", actor="cat", entity={"type": "lead", "owner": "ann"})
    assert names(event, RecipientRules(manager_copy=True)) == ["ann", "max"]
    assert names(event) == ["ann"]


def test_reassignment_switched_off_per_module() -> None:
    rules = RecipientRules(reassignment_notifications={"lead": False})
    assert names(EventFacts(type="lead_assigned", entity={"type": "lead", "owner": "ann"}), rules) == []
    assert names(EventFacts(type="task_assigned", entity={"type": "task", "owner": "ann"}), rules) == ["ann"]


def test_approvals() -> None:
    requested = EventFacts(type="approval_requested", actor="ann", data={"approvers": ["max", "bob", "ann"]})
    assert names(requested) == ["max", "bob"]
    completed = EventFacts(type="approval_completed", actor="max", data={"submitter": "ann"})
    assert names(completed) == ["ann"]


def test_mentions_parse_usernames_not_email_addresses() -> None:
    assert mentions("hi @ann and @bob, mail x@example.com. @cat.") == ["ann", "bob", "cat"]
    event = EventFacts(type="mention", actor="ann", data={"text": "@ann @bob @ghost please look"})
    decision = resolve(event, NONE, PEOPLE)
    assert [x.username for x in decision.users] == ["bob"]
    assert decision.unknown == ("ghost",)


def test_workflow_recipients() -> None:
    event = EventFacts(type="workflow_notification", data={"recipients": ["cat", "bob"]})
    assert names(event) == ["cat", "bob"]


def test_lockout_goes_to_chosen_users_and_the_manager() -> None:
    rules = RecipientRules(lockout_recipients=("cat",))
    event = EventFacts(type="user_locked_out", data={"username": "bob"})
    assert names(event, rules) == ["cat", "max"]
    by_entity = EventFacts(type="user_locked_out", entity={"type": "user", "id": "ann"})
    assert names(by_entity, rules) == ["cat", "max"]


def test_broadcast_to_all_active_or_to_roles() -> None:
    active = {k: v for k, v in PEOPLE.items() if v.active}
    assert sorted(names(EventFacts(type="broadcast", actor="max"), people=active)) == ["ann", "bob", "cat"]
    by_role = EventFacts(type="broadcast", data={"roles": ["sales"]})
    assert sorted(names(by_role, people=active)) == ["bob", "max"]


def test_anything_else_goes_to_the_entity_owner() -> None:
    for kind in ("deal_closed_won", "note_added", "task_overdue", "my_custom_type"):
        assert names(EventFacts(type=kind, actor="bob", entity={"owner": "ann"})) == ["ann"]


usernames = st.sampled_from(["ann", "bob", "cat", "max", "old", "ghost", "zed"])


@given(
    kind=st.sampled_from(["manual", "approval_requested", "lead_assigned", "mention", "broadcast", "deal_closed_won"]),
    actor=st.one_of(st.none(), usernames),
    listed=st.lists(usernames, max_size=8),
    manager_copy=st.booleans(),
)
def test_actor_never_notified_and_nobody_twice(
    kind: str, actor: str | None, listed: list[str], manager_copy: bool
) -> None:
    event = EventFacts(
        type=kind,
        actor=actor,
        entity={"owner": listed[0] if listed else "ann", "previous_owner": "bob"},
        data={"approvers": listed, "text": " ".join("@" + n for n in listed)},
    )
    rules = RecipientRules(manager_copy=manager_copy, notify_previous_owner={"record": True, "lead": True})
    decision = resolve(event, rules, PEOPLE)
    got = [x.username for x in decision.users]
    assert actor not in got
    assert len(got) == len(set(got))
    assert all(PEOPLE[n].active for n in got)
    assert not set(decision.unknown) & set(PEOPLE)
