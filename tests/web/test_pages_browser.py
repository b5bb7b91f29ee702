"""The history (/inbox) and preferences (/preferences) pages in real Chromium against `tocsin serve`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc
from tests.web.conftest import me, post_event, screenshot_path, user_token

pytestmark = pytest.mark.browser


def open_page(page: Any, server: Proc, path: str, token: str) -> None:
    page.goto(f"{server.base_url}{path}#token={token}")
    page.wait_for_selector("body[data-ready]")


def seed_history(server: Proc, org: OrgHandle) -> None:
    """30 `manual` notes (Note 01..30) and 3 won deals for jane, in one batch."""
    events: list[dict[str, Any]] = [
        {"type": "manual", "recipients": ["jane"], "data": {"title": f"Note {i:02d}", "message": f"Message number {i}"}}
        for i in range(1, 31)
    ]
    events += [
        {
            "type": "deal_closed_won",
            "actor": "bob",
            "entity": {"type": "deal", "id": f"D{i}", "name": f"Deal {i}", "owner": "jane"},
        }
        for i in range(1, 4)
    ]
    r = httpx.post(f"{server.base_url}/v1/events/batch", json={"events": events}, headers=org.headers, timeout=60)
    assert r.status_code == 202, r.text


def titles(page: Any) -> list[str]:
    return page.locator(".row .title").all_inner_texts()  # type: ignore[no-any-return]


def test_history_paginates_filters_searches_and_acts(tocsin: Proc, org: OrgHandle, page: Any) -> None:
    seed_history(tocsin, org)
    token = user_token(org, "jane")
    for i in (2, 4):  # read Note 02 and Note 04
        item = me(tocsin, token, "GET", "/notifications", params={"q": f"Note {i:02d}"}).json()["items"][0]
        assert me(tocsin, token, "POST", f"/notifications/{item['id']}/read").status_code == 200

    open_page(page, tocsin, "/inbox", token)
    # The token left the address bar (and any history entry) for this tab's session storage.
    assert page.url == f"{tocsin.base_url}/inbox"
    assert page.evaluate("sessionStorage.getItem('tocsin.token')") == token
    expect(page.locator("#summary")).to_have_text("31 unread")

    rows = page.locator(".row")
    expect(rows).to_have_count(25)
    assert titles(page)[:4] == ["Deal won: Deal 3", "Deal won: Deal 2", "Deal won: Deal 1", "Note 30"]
    page.screenshot(path=screenshot_path("history.png"), animations="disabled")
    page.get_by_role("button", name="Load more").click()
    expect(rows).to_have_count(33)
    expect(page.get_by_role("button", name="Load more")).to_be_hidden()
    assert titles(page)[-1] == "Note 01"
    assert page.locator('.row[data-read="true"] .title').all_inner_texts() == ["Note 04", "Note 02"]

    page.get_by_role("button", name="Unread").click()
    expect(rows).to_have_count(25)
    page.get_by_role("button", name="Load more").click()
    expect(rows).to_have_count(31)
    assert "Note 04" not in titles(page)

    page.get_by_role("button", name="All", exact=True).click()
    page.select_option("#type", "deal_closed_won")
    expect(rows).to_have_count(3)
    assert titles(page) == ["Deal won: Deal 3", "Deal won: Deal 2", "Deal won: Deal 1"]

    page.select_option("#type", "")
    page.fill("#q", "Note 07")
    expect(page.locator(".row .title")).to_have_text(["Note 07"])
    page.fill("#q", "no such words")
    expect(rows).to_have_count(0)
    expect(page.locator("#empty")).to_contain_text("Nothing matches")

    page.fill("#q", "Note 1")  # Note 10..19
    expect(rows).to_have_count(10)
    row = page.locator(".row", has_text="Note 15")
    row.get_by_role("button", name="Mark read").click()
    expect(row).to_have_attribute("data-read", "true")
    expect(page.locator("#summary")).to_have_text("30 unread")
    shown = page.locator(".row:visible")
    page.locator(".row", has_text="Note 16").get_by_role("button", name="Dismiss").click()
    expect(shown).to_have_count(9)
    expect(page.locator("#summary")).to_have_text("29 unread")
    # Undo brings it back; nothing was sent.
    page.locator("#undo").get_by_role("button", name="Undo").click()
    expect(shown).to_have_count(10)
    expect(page.locator("#summary")).to_have_text("30 unread")
    assert me(tocsin, token, "GET", "/notifications/unread-count").json()["unread"] == 30
    page.locator(".row", has_text="Note 16").get_by_role("button", name="Dismiss").click()
    expect(shown).to_have_count(9)
    expect(page.locator("#undo")).to_be_visible()

    # Marking all read sends the dismissal first.
    page.get_by_role("button", name="Mark all read").click()
    expect(page.locator("#summary")).to_have_text("You're all caught up.")
    expect(page.locator("#undo")).to_be_hidden()
    listed = me(tocsin, token, "GET", "/notifications", params={"q": "Note 1", "limit": 50}).json()["items"]
    by_title = {n["title"]: n for n in listed}
    assert by_title["Note 15"]["read_at"] is not None
    assert "Note 16" not in by_title  # dismissed notifications are hidden
    assert me(tocsin, token, "GET", "/notifications/unread-count").json()["unread"] == 0

    page.reload()  # no fragment any more: the session storage still holds the token
    page.wait_for_selector("body[data-ready]")
    expect(rows).to_have_count(25)
    assert page.errors == []


def test_pages_reject_an_expired_or_missing_token_clearly(tocsin: Proc, org: OrgHandle, page: Any) -> None:
    expired = user_token(org, "jane", now=datetime.now(UTC) - timedelta(hours=2), ttl=timedelta(hours=1))
    for path in ("/inbox", "/preferences"):
        page.goto(f"{tocsin.base_url}{path}#token={expired}")
        problem = page.locator("#problem")
        expect(problem).to_be_visible()
        expect(problem).to_contain_text("Your link has expired")
        expect(page.locator("#app")).to_be_hidden()
        assert page.url == f"{tocsin.base_url}{path}"
        assert page.evaluate("sessionStorage.getItem('tocsin.token')") is None

    page.goto(f"{tocsin.base_url}/inbox#token=not-a-token")
    expect(page.locator("#problem")).to_contain_text("This link is not valid")

    fresh = page.context.new_page()
    fresh.goto(f"{tocsin.base_url}/inbox")
    expect(fresh.locator("#problem")).to_contain_text("Open this page from your CRM")


def test_preferences_save_and_show_again_on_reload(tocsin: Proc, org: OrgHandle, page: Any) -> None:
    # The admin does not let users change email for mentions.
    r = httpx.put(
        f"{tocsin.base_url}/v1/admin/routing",
        json={"matrix": {"mention": {"email": {"on": True, "overridable": False}}}},
        headers=org.headers,
        timeout=30,
    )
    assert r.status_code == 200, r.text
    token = user_token(org, "jane")
    open_page(page, tocsin, "/preferences", token)
    assert page.url == f"{tocsin.base_url}/preferences"

    in_app = page.locator("#cell-lead_assigned-in_app")
    expect(in_app).to_be_checked()
    expect(in_app).to_be_disabled()
    expect(page.locator('tr[data-type="lead_assigned"] td[data-channel="in_app"]')).to_have_attribute(
        "data-state", "locked"
    )
    expect(page.locator("#cell-mention-email")).to_be_disabled()
    expect(page.locator('tr[data-type="mention"] td[data-channel="email"]')).to_have_attribute(
        "title", "Set by your administrator"
    )
    # SMS is not configured for this org: no column, no switch.
    expect(page.locator('th[data-channel="email"]')).to_have_text("Email")
    expect(page.locator('th[data-channel="sms"]')).to_have_count(0)
    expect(page.locator("#cell-lead_assigned-sms")).to_have_count(0)
    # The 32 seeded types in six groups, each with a switch per channel.
    groups = page.locator("tbody[data-group]")
    expect(groups).to_have_count(6)
    assert page.locator("tbody[data-group] tr[data-type]").count() == 32
    assert page.locator(".group-row th").all_inner_texts() == [
        "Leads and deals",
        "Tasks and activities",
        "Approvals",
        "Records",
        "Customers and service",
        "Team and system",
    ]
    expect(page.locator("#group-tasks-in_app")).to_be_disabled()
    tasks_email = page.locator("#group-tasks-email")
    expect(tasks_email).to_be_checked()
    tasks_email.click()  # off for all four task types
    for key in ("task_assigned", "task_due_soon", "task_overdue", "activity_reminder"):
        expect(page.locator(f"#cell-{key}-email")).not_to_be_checked()
    tasks_email.click()  # and back on: nothing to save
    expect(page.get_by_role("button", name="Save changes")).to_be_disabled()
    page.locator("#cell-task_overdue-email").click()
    assert page.locator("#group-tasks-email").evaluate("(e) => e.indeterminate")
    page.locator("#cell-task_overdue-email").click()

    save = page.get_by_role("button", name="Save changes")
    expect(save).to_be_disabled()
    email = page.locator("#cell-lead_assigned-email")
    expect(email).to_be_checked()
    email.click()
    page.locator("#cell-note_added-email").click()
    page.get_by_label("Both").check()
    page.locator("#dnd-own").check()
    page.fill("#dnd-start", "22:00")
    page.fill("#dnd-end", "07:00")
    page.locator("#dnd-days label", has_text="Sun").click()
    page.select_option("#dnd-zone", "Europe/Paris")
    expect(page.locator("#save-state")).to_have_text("Unsaved changes")
    save.click()
    expect(page.locator("#save-state")).to_have_text("Saved")
    expect(save).to_be_disabled()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=screenshot_path("preferences.png"), full_page=True, animations="disabled")

    stored = me(tocsin, token, "GET", "/preferences").json()
    assert stored["event_types"]["lead_assigned"]["email"]["on"] is False
    assert stored["event_types"]["note_added"]["email"]["on"] is False
    assert stored["delivery_choice"] == "both"
    assert stored["dnd"] == {
        "enabled": True,
        "start": "22:00",
        "end": "07:00",
        "days": [0, 1, 2, 3, 4, 5],
        "timezone": "Europe/Paris",
    }

    page.reload()
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("#cell-lead_assigned-email")).not_to_be_checked()
    expect(page.locator("#cell-note_added-email")).not_to_be_checked()
    expect(page.locator("#cell-task_assigned-email")).to_be_checked()
    expect(page.get_by_label("Both")).to_be_checked()
    expect(page.locator("#dnd-own")).to_be_checked()
    expect(page.locator("#dnd-start")).to_have_value("22:00")
    expect(page.locator("#dnd-zone")).to_have_value("Europe/Paris")
    expect(page.locator("#dnd-days input[value='6']")).not_to_be_checked()

    # Back to the admin's default for one cell, and no own quiet hours.
    page.locator("#cell-lead_assigned-email").click()
    page.locator("#dnd-own").uncheck()
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator("#save-state")).to_have_text("Saved")
    stored = me(tocsin, token, "GET", "/preferences").json()
    assert stored["event_types"]["lead_assigned"]["email"]["on"] is True
    assert stored["dnd"] is None
    assert page.errors == []


def test_a_notification_for_someone_else_never_shows(tocsin: Proc, org: OrgHandle, page: Any) -> None:
    post_event(tocsin, org, "manual", recipients=["bob"], data={"title": "For Bob only"})
    post_event(tocsin, org, "manual", recipients=["jane"], data={"title": "For Jane"})
    open_page(page, tocsin, "/inbox", user_token(org, "jane"))
    expect(page.locator(".row .title")).to_have_text(["For Jane"])
