"""Shared resolution: one decision settles every approver's request about the same record."""

from __future__ import annotations

import json

from tests.factories import Factory
from tocsin.notifications.counts import Counts
from tocsin.realtime.messages import render
from tocsin.signals import NotificationsRead

QUOTE = {"type": "quote", "id": "Q-7", "name": "Quote Q-7"}
ACTIONS = [{"id": "approve", "label": "Approve", "style": "primary"}, {"id": "reject", "label": "Reject"}]


def test_approval_completed_resolves_every_matching_request(factory: Factory) -> None:
    org, other = factory.org(), factory.org()
    for handle in (org, other):
        for name in ("ann", "ben", "cy", "rita"):
            handle.put_user(name)
    org.put_user("sam", display_name="Sam Reed")
    approvers = {"approvers": ["ann", "ben", "cy"]}
    org.event("approval_requested", actor="rita", entity=QUOTE, data=approvers, actions=ACTIONS)
    # Not the same record, or not the same org: left alone.
    org.event("approval_requested", actor="rita", entity={**QUOTE, "id": "Q-8"}, data=approvers, actions=ACTIONS)
    other.event("approval_requested", actor="rita", entity=QUOTE, data=approvers, actions=ACTIONS)

    got = org.event(
        "approval_completed", actor="sam", entity=QUOTE, data={"submitter": "rita", "outcome": "approved"}
    )
    assert got["resolved"] == 3 and got["recipients"] == ["rita"]
    for name in ("ann", "ben", "cy"):
        items = org.me(name, "GET", "/notifications").json()["items"]
        decided = next(n for n in items if n["entity"]["id"] == "Q-7")
        assert decided["resolved_at"] and decided["read_at"]
        assert decided["resolution"] == {"decision": "approved", "by": "sam", "by_name": "Sam Reed"}
        untouched = next(n for n in items if n["entity"]["id"] == "Q-8")
        assert untouched["resolved_at"] is None and untouched["resolution"] is None
        assert org.me(name, "GET", "/notifications/unread-count").json()["unread"] == 1
        r = org.me(name, "POST", f"/notifications/{decided['id']}/actions/approve")
        assert r.status_code == 409 and r.json()["error"]["code"] == "already_resolved"
        assert "approved" in r.json()["error"]["message"]
    for name in ("ann", "ben", "cy"):
        [foreign] = other.me(name, "GET", "/notifications").json()["items"]
        assert foreign["resolved_at"] is None
    # Repeated, it finds nothing left to resolve.
    again = org.event("approval_completed", actor="sam", entity=QUOTE, data={"submitter": "rita"})
    assert again["resolved"] == 0


def test_an_action_on_another_users_notification_is_not_found(factory: Factory) -> None:
    org = factory.org()
    for name in ("ann", "ben", "rita"):
        org.put_user(name)
    org.event("approval_requested", actor="rita", entity=QUOTE, data={"approvers": ["ann"]}, actions=ACTIONS)
    [note] = org.me("ann", "GET", "/notifications").json()["items"]
    assert org.me("ben", "POST", f"/notifications/{note['id']}/actions/approve").status_code == 404
    assert org.me("ann", "POST", "/notifications/999999/actions/approve").status_code == 404
    assert org.me("ann", "POST", f"/notifications/{note['id']}/actions/bad%20id").status_code == 422
    r = org.client.post(
        "/v1/events",
        json={"type": "approval_requested", "data": {"approvers": ["ann"]}, "actions": ACTIONS * 2},
        headers=org.headers,
    )
    assert r.status_code == 422 and "actions" in r.text
    r = org.client.post(
        "/v1/events",
        json={"type": "manual", "recipients": ["ann"], "actions": [{"id": "x", "label": "X", "style": "loud"}]},
        headers=org.headers,
    )
    assert r.status_code == 422 and "style" in r.text


def test_the_resolved_stream_message_carries_the_resolution_and_the_count() -> None:
    change = NotificationsRead(
        org_id=1, user_id=2, ids=[5, 6], kind="resolved", extra={"resolution": {"decision": "rejected", "by": "sam"}}
    )
    [out] = render([change], {(1, 2): Counts(unread=3, unseen=1)})
    [(user_id, text)] = out.items
    assert user_id == 2
    assert json.loads(text) == {
        "type": "resolved",
        "ids": [5, 6],
        "unread": 3,
        "unseen": 1,
        "resolution": {"decision": "rejected", "by": "sam"},
    }
