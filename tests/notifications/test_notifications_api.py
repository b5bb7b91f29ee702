"""The in-app API under /v1/me/notifications."""

from __future__ import annotations

from tests.factories import Factory, OrgHandle


def setup_org(factory: Factory) -> OrgHandle:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    org.put_user("bob")
    return org


def post_many(org: OrgHandle, n: int, *, type_: str = "manual", start: int = 0) -> None:
    events = [
        {"type": type_, "recipients": ["ann"], "data": {"title": f"note {start + i}", "message": f"body {start + i}"}}
        for i in range(n)
    ]
    for chunk in range(0, len(events), 100):
        r = org.client.post("/v1/events/batch", json={"events": events[chunk : chunk + 100]}, headers=org.headers)
        assert r.status_code == 202, r.text


def titles(page: dict) -> list[str]:  # type: ignore[type-arg]
    return [item["title"] for item in page["items"]]


def test_newest_first_with_filters_and_search(factory: Factory) -> None:
    org = setup_org(factory)
    post_many(org, 3)
    org.event("broadcast", data={"title": "Quarter closes Friday"})
    page = org.me("ann", "GET", "/notifications").json()
    assert titles(page) == ["Quarter closes Friday", "note 2", "note 1", "note 0"]
    assert page["next_cursor"] is None
    by_type = org.me("ann", "GET", "/notifications", params={"type": "broadcast"}).json()
    assert titles(by_type) == ["Quarter closes Friday"]
    found = org.me("ann", "GET", "/notifications", params={"q": "BODY 1"}).json()
    assert titles(found) == ["note 1"]
    like_chars = org.me("ann", "GET", "/notifications", params={"q": "%"}).json()
    assert titles(like_chars) == []


def test_read_dismiss_and_counts(factory: Factory) -> None:
    org = setup_org(factory)
    post_many(org, 4)
    items = org.me("ann", "GET", "/notifications").json()["items"]
    assert org.me("ann", "GET", "/notifications/unread-count").json() == {"unread": 4, "unseen": 4}
    read = org.me("ann", "POST", f"/notifications/{items[0]['id']}/read").json()
    assert read["read_at"] is not None
    again = org.me("ann", "POST", f"/notifications/{items[0]['id']}/read").json()
    assert again["read_at"] == read["read_at"]
    dismissed = org.me("ann", "POST", f"/notifications/{items[1]['id']}/dismiss").json()
    assert dismissed["dismissed_at"] is not None
    assert org.me("ann", "GET", "/notifications/unread-count").json() == {"unread": 2, "unseen": 2}
    listed = org.me("ann", "GET", "/notifications").json()
    assert items[1]["id"] not in [i["id"] for i in listed["items"]]
    assert titles(org.me("ann", "GET", "/notifications", params={"status": "read"}).json()) == ["note 3"]
    assert len(org.me("ann", "GET", "/notifications", params={"status": "unread"}).json()["items"]) == 2
    done = org.me("ann", "POST", "/notifications/read-all").json()
    assert done == {"changed": 2, "unread": 0, "unseen": 0}
    assert org.me("ann", "POST", "/notifications/read-all").json() == {"changed": 0, "unread": 0, "unseen": 0}


def test_missing_or_foreign_notification_is_404(factory: Factory) -> None:
    org = setup_org(factory)
    post_many(org, 1)
    mine = org.me("ann", "GET", "/notifications").json()["items"][0]["id"]
    assert org.me("bob", "POST", f"/notifications/{mine}/read").status_code == 404
    assert org.me("bob", "POST", f"/notifications/{mine}/dismiss").status_code == 404
    assert org.me("ann", "POST", "/notifications/999999/read").status_code == 404
    assert org.me("ann", "GET", "/notifications/unread-count").json() == {"unread": 1, "unseen": 1}


def test_bad_query_parameters_are_422_naming_the_field(factory: Factory) -> None:
    org = setup_org(factory)
    for params, field in (
        ({"limit": 101}, "limit"),
        ({"limit": 0}, "limit"),
        ({"status": "new"}, "status"),
        ({"cursor": "!!!"}, "cursor"),
    ):
        r = org.me("ann", "GET", "/notifications", params=params)
        assert r.status_code == 422, params
        assert r.json()["error"]["field"] == field


def test_keyset_pagination_has_no_gaps_or_duplicates_while_new_ones_arrive(factory: Factory) -> None:
    org = setup_org(factory)
    post_many(org, 45)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 10, **({"cursor": cursor} if cursor else {})}
        page = org.me("ann", "GET", "/notifications", params=params).json()
        seen += titles(page)
        pages += 1
        post_many(org, 3, start=1000 + pages * 3)  # arrivals between page fetches
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"note {i}" for i in range(44, -1, -1)]
    assert pages == 5


def test_seen_marks_shown_notifications_without_reading_them(factory: Factory) -> None:
    org = setup_org(factory)
    post_many(org, 3)
    org.event("manual", recipients=["bob"], data={"title": "for bob", "message": "x"})
    ids = [i["id"] for i in org.me("ann", "GET", "/notifications").json()["items"]]
    bobs = org.me("bob", "GET", "/notifications").json()["items"]
    assert len(bobs) == 1
    foreign = [i["id"] for i in bobs]
    seen = org.me("ann", "POST", "/notifications/seen", json={"ids": [*ids[:2], *foreign]}).json()
    assert seen == {"ids": sorted(ids[:2]), "unread": 3, "unseen": 1}
    again = org.me("ann", "POST", "/notifications/seen", json={"ids": ids[:2]}).json()
    assert again == {"ids": [], "unread": 3, "unseen": 1}
    items = {i["id"]: i for i in org.me("ann", "GET", "/notifications").json()["items"]}
    assert items[ids[0]]["seen_at"] is not None and items[ids[0]]["read_at"] is None
    assert items[ids[2]]["seen_at"] is None
    org.me("ann", "POST", f"/notifications/{ids[2]}/read")
    assert org.me("ann", "GET", "/notifications/unread-count").json() == {"unread": 2, "unseen": 0}
    empty = org.me("ann", "POST", "/notifications/seen", json={"ids": []})
    assert empty.status_code == 422 and empty.json()["error"]["field"] == "ids"


def test_the_first_page_answers_as_the_filtered_list_does(factory: Factory) -> None:
    """The bell's first page is read by its own query (plain rows, no ORM objects): every field
    comes out as the general listing gives it, dates, data and actions included."""
    org = setup_org(factory)
    post_many(org, 25)
    items = org.me("ann", "GET", "/notifications").json()["items"]
    org.me("ann", "POST", f"/notifications/{items[0]['id']}/read")
    org.me("ann", "POST", f"/notifications/{items[1]['id']}/dismiss")
    org.me("ann", "POST", "/notifications/seen", json={"ids": [items[2]["id"]]})
    first = org.me("ann", "GET", "/notifications").json()
    listed = org.me("ann", "GET", "/notifications", params={"status": "all", "type": "manual"}).json()
    assert first == listed
    assert len(first["items"]) == 20 and items[1]["id"] not in [i["id"] for i in first["items"]]
    assert first["items"][0]["read_at"] is not None and first["items"][1]["seen_at"] is not None
    rest = org.me("ann", "GET", "/notifications", params={"cursor": first["next_cursor"]}).json()
    assert [i["title"] for i in rest["items"]] == [f"note {n}" for n in range(3, -1, -1)]
    assert org.me("bob", "GET", "/notifications").json() == {"items": [], "next_cursor": None}
