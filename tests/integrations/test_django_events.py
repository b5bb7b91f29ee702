"""Which events a saved Django record gives (tocsin_django.events): pure, no Django needed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tocsin_django.events import EventTypes, Saved, back_off_seconds, changes, events_for

LEAD = {"type": "lead", "id": "7", "name": "Acme", "url": None}
TYPES = EventTypes(assigned="lead_assigned")


def test_a_record_created_for_someone_else_notifies_its_owner() -> None:
    saved = Saved(entity=LEAD, created=True, owner="jane", actor="bob")
    assert events_for(saved, TYPES) == [
        {
            "type": "record_created",
            "actor": "bob",
            "entity": {"type": "lead", "id": "7", "name": "Acme", "owner": "jane"},
        }
    ]


def test_a_record_created_by_its_owner_or_without_one_sends_nothing() -> None:
    assert events_for(Saved(entity=LEAD, created=True, owner="jane", actor="jane"), TYPES) == []
    assert events_for(Saved(entity=LEAD, created=True, owner=None, actor="bob"), TYPES) == []
    assert events_for(Saved(entity=LEAD, created=True, owner="jane"), EventTypes(created=None)) == []


def test_a_new_owner_is_an_assignment_with_the_previous_owner() -> None:
    saved = Saved(entity=LEAD, created=False, owner="bob", previous_owner="jane", actor="sam")
    [event] = events_for(saved, TYPES)
    assert event["type"] == "lead_assigned" and event["actor"] == "sam"
    assert event["entity"]["owner"] == "bob" and event["entity"]["previous_owner"] == "jane"


def test_a_first_owner_is_an_assignment_without_a_previous_one() -> None:
    [event] = events_for(Saved(entity=LEAD, created=False, owner="bob", previous_owner=None), TYPES)
    assert event["type"] == "lead_assigned" and "previous_owner" not in event["entity"]


def test_field_changes_are_a_record_updated_with_old_and_new() -> None:
    saved = Saved(
        entity=LEAD,
        created=False,
        owner="jane",
        previous_owner="jane",
        before={"status": "new", "amount": "10.00"},
        after={"status": "won", "amount": "10.00"},
    )
    assert events_for(saved, TYPES) == [
        {
            "type": "record_updated",
            "entity": {"type": "lead", "id": "7", "name": "Acme", "owner": "jane"},
            "data": {"changes": {"status": ["new", "won"]}},
        }
    ]


def test_an_owner_change_and_a_field_change_in_one_save_give_both_in_order() -> None:
    saved = Saved(
        entity=LEAD, created=False, owner="bob", previous_owner="jane", before={"status": "a"}, after={"status": "b"}
    )
    assert [e["type"] for e in events_for(saved, TYPES)] == ["lead_assigned", "record_updated"]
    assert [e["type"] for e in events_for(saved, EventTypes(assigned=None, updated=None))] == []


FIELDS = st.dictionaries(st.sampled_from("abcde"), st.integers(0, 3))


@given(FIELDS, FIELDS)
def test_changes_name_exactly_the_fields_known_before_whose_value_moved(
    before: dict[str, int], after: dict[str, int]
) -> None:
    found = changes(before, after)
    assert set(found) == {k for k in after if k in before and before[k] != after[k]}
    assert all(found[k] == [before[k], after[k]] for k in found)


@given(st.integers(1, 60))
def test_the_back_off_is_bounded(attempts: int) -> None:
    assert 0 < back_off_seconds(attempts, base=1.0, cap=30.0) <= 30.0
