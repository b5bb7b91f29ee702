"""The client's bulk user sync and event history against a real `tocsin serve`: each row's status
(a bad row refused alone, with its field), and the history's pages and one event's details."""

from __future__ import annotations

from tests.factories import Factory
from tests.servers import Proc
from tocsin_client import BulkUserIn, Tocsin


def test_put_users_answers_each_rows_status(server: Proc, factory: Factory) -> None:
    org = factory.org()
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin:
        tocsin.put_user("ann", email="ann@example.com")
        answer = tocsin.put_users(
            [
                BulkUserIn(username="jane", email="jane@example.com"),
                {"username": "eve", "timezone": "BST"},
                {"username": "ann", "email": "ann@example.com"},
            ]
        )
        assert [(r.username, r.status) for r in answer.results] == [
            ("jane", "created"),
            ("eve", "refused"),
            ("ann", "unchanged"),
        ]
        assert answer.results[1].field == "timezone" and answer.results[1].reason
        assert (answer.created, answer.refused, answer.unchanged) == (1, 1, 1)
        assert tocsin.get_user("jane").email is not None


def test_the_event_history_pages_and_details(server: Proc, factory: Factory) -> None:
    org = factory.org()
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin:
        tocsin.put_users([{"username": name, "email": f"{name}@example.com"} for name in ("ann", "bob", "jane")])
        for owner in ("ann", "bob", "jane"):
            tocsin.send_event(type="lead_assigned", actor="boss", entity={"type": "lead", "id": "42", "owner": owner})
        page = tocsin.list_events(type="lead_assigned", entity_id="42", limit=2)
        assert len(page.items) == 2 and page.next_cursor
        every = list(tocsin.iter_events(type="lead_assigned", limit=2))
        assert len(every) == 3 and every[0].id > every[-1].id
        assert [e.id for e in tocsin.list_events(recipient="jane").items] == [every[0].id]
        detail = tocsin.get_event(every[0].id)
        assert detail.id == every[0].id and [n.user for n in detail.notifications] == ["jane"]
