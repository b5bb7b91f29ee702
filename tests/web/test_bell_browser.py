"""<tocsin-bell> in real Chromium, embedded in a CRM page on another origin, against `tocsin serve`."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc, free_port, start_server
from tests.waiting import wait_until
from tests.web.conftest import (
    CrmSite,
    bell_page,
    me,
    note,
    post_event,
    screenshot_path,
    tocsin_env,
    user_token,
)
from tocsin.config import Settings

pytestmark = pytest.mark.browser


def part(page: Any, name: str) -> Any:
    """A CSS part of the bell (Playwright's CSS engine looks inside open shadow roots)."""
    return page.locator("tocsin-bell").locator(f'[part~="{name}"]')


def open_bell(page: Any, crm: CrmSite, server: Proc, token: str, *, before: str = "") -> None:
    page.goto(crm.put(bell_page(server.base_url, token, before=before)))
    # The first count (from the server's hello) means the bell is connected.
    page.wait_for_function("window.unreadEvents.length > 0")


def unread(server: Proc, token: str) -> int:
    return int(me(server, token, "GET", "/notifications/unread-count").json()["unread"])


def test_the_badge_counts_live_and_a_toast_appears(tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any) -> None:
    token = user_token(org, "jane")
    open_bell(page, crm, tocsin, token)
    expect(part(page, "badge")).to_be_hidden()

    post_event(
        tocsin,
        org,
        "lead_assigned",
        actor="bob",
        entity={
            "type": "lead",
            "id": "L1",
            "name": "Ada Park · Initech",
            "url": f"{crm.origin}/leads/L1",
            "owner": "jane",
        },
    )
    expect(part(page, "badge")).to_have_text("1")
    expect(part(page, "toast")).to_contain_text("Lead assigned: Ada Park · Initech")
    expect(part(page, "bell")).to_have_attribute("aria-label", "Notifications, 1 unread")
    assert page.evaluate("document.querySelector('tocsin-bell').unreadCount") == 1
    assert page.evaluate("window.notificationEvents.map((n) => n.title)") == ["Lead assigned: Ada Park · Initech"]
    assert page.evaluate("window.unreadEvents.at(-1)") == 1
    page.screenshot(path=screenshot_path("bell-toast.png"), animations="disabled")

    post_event(tocsin, org, "manual", recipients=["jane"], data={"title": "Second"})
    expect(part(page, "badge")).to_have_text("2")
    assert page.errors == []


def test_the_badge_hides_at_zero_and_caps_at_99_plus(tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any) -> None:
    events = [{"type": "manual", "recipients": ["jane"], "data": {"title": f"n{i}"}} for i in range(100)]
    r = httpx.post(f"{tocsin.base_url}/v1/events/batch", json={"events": events}, headers=org.headers, timeout=60)
    assert r.status_code == 202, r.text
    token = user_token(org, "jane")
    open_bell(page, crm, tocsin, token)
    expect(part(page, "badge")).to_have_text("99+")
    assert page.evaluate("document.querySelector('tocsin-bell').unreadCount") == 100
    assert me(tocsin, token, "POST", "/notifications/read-all").status_code == 200
    expect(part(page, "badge")).to_be_hidden()


def test_the_panel_lists_newest_first_unread_bold_and_read_dimmed(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    post_event(
        tocsin,
        org,
        "deal_closed_won",
        actor="bob",
        entity={"type": "deal", "id": "D9", "name": "Globex renewal", "url": f"{crm.origin}/deals/D9", "owner": "jane"},
        data={"amount": "$48,000"},
    )
    post_event(
        tocsin,
        org,
        "mention",
        actor="bob",
        entity={"type": "deal", "id": "D9", "name": "Globex renewal", "url": f"{crm.origin}/deals/D9"},
        data={"text": "@jane can you call them back before Friday?"},
    )
    post_event(
        tocsin,
        org,
        "lead_assigned",
        actor="bob",
        entity={
            "type": "lead",
            "id": "L4",
            "name": "Ada Park · Initech",
            "url": f"{crm.origin}/leads/L4",
            "owner": "jane",
        },
    )
    token = user_token(org, "jane")
    mention = me(tocsin, token, "GET", "/notifications", params={"type": "mention"}).json()["items"][0]
    assert me(tocsin, token, "POST", f"/notifications/{mention['id']}/read").status_code == 200

    open_bell(page, crm, tocsin, token)
    expect(part(page, "badge")).to_have_text("2")
    part(page, "bell").click()
    expect(part(page, "panel")).to_be_visible()
    items = part(page, "item")
    expect(items).to_have_count(3)
    assert items.locator(".title").all_inner_texts() == [
        "Lead assigned: Ada Park · Initech",
        "Bob Jones mentioned you",
        "Deal won: Globex renewal",
    ]
    assert [items.nth(i).get_attribute("data-read") for i in range(3)] == ["false", "true", "false"]
    weight = "(e) => Number(getComputedStyle(e).fontWeight)"
    assert items.nth(0).locator(".title").evaluate(weight) >= 600
    assert items.nth(1).locator(".title").evaluate(weight) < 600
    # Read items are dimmed by colour, not opacity, so they keep AA contrast (checked in test_bell_faces).
    color = "(e) => getComputedStyle(e).color"
    assert items.nth(1).locator(".title").evaluate(color) != items.nth(0).locator(".title").evaluate(color)
    expect(items.nth(0).locator("time")).to_have_text("just now")
    expect(part(page, "view-all")).to_have_attribute("href", f"{tocsin.base_url}/inbox#token={token}")

    page.screenshot(path=screenshot_path("bell-panel-page.png"), animations="disabled")
    box = part(page, "panel").bounding_box()
    clip = {"x": box["x"] - 260, "y": 0, "width": box["width"] + 290, "height": box["y"] + box["height"] + 24}
    page.screenshot(path=screenshot_path("bell-panel.png"), clip=clip, animations="disabled")


def test_mark_all_read_clears_the_badge(tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any) -> None:
    for title in ("One", "Two", "Three"):
        note(tocsin, org, "jane", title)
    token = user_token(org, "jane")
    open_bell(page, crm, tocsin, token)
    expect(part(page, "badge")).to_have_text("3")
    part(page, "bell").click()
    expect(part(page, "item")).to_have_count(3)
    part(page, "mark-all-read").click()
    expect(part(page, "badge")).to_be_hidden()
    expect(part(page, "item").and_(page.locator('[data-read="false"]'))).to_have_count(0)
    # The bell marks the items at the click; the server's answer lands a moment later.
    wait_until(lambda: unread(tocsin, token) == 0, "the server to record the reads", timeout=10, every=0.1)
    assert page.evaluate("window.unreadEvents.at(-1)") == 0


def test_clicking_a_notification_marks_it_read_and_opens_its_entity(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    post_event(
        tocsin,
        org,
        "lead_assigned",
        actor="bob",
        entity={"type": "lead", "id": "L7", "name": "Ada Park", "url": f"{crm.origin}/leads/L7", "owner": "jane"},
    )
    note(tocsin, org, "jane", "Something else")
    token = user_token(org, "jane")
    open_bell(page, crm, tocsin, token)
    expect(part(page, "badge")).to_have_text("2")
    part(page, "bell").click()
    part(page, "item").filter(has_text="Lead assigned: Ada Park").click()
    page.wait_for_url(f"{crm.origin}/leads/L7")
    expect(page.locator("#record")).to_have_text("/leads/L7")
    # The read is sent with keepalive: on a slow machine it may land just after the navigation.
    wait_until(lambda: unread(tocsin, token) == 1, "the read to land", timeout=10, every=0.1)
    items = me(tocsin, token, "GET", "/notifications").json()["items"]
    by_title = {n["title"]: n for n in items}
    assert by_title["Lead assigned: Ada Park"]["read_at"] is not None
    assert by_title["Something else"]["read_at"] is None
    assert unread(tocsin, token) == 1


def test_a_count_answered_before_a_read_made_here_does_not_undo_it(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    """Opening the panel marks its items seen; the answer carries the counts as they were. When the
    user reads an item before that answer arrives, its unread count is stale and is not shown."""
    note(tocsin, org, "jane", "Only one")  # no link: a click marks it read and stays on the page
    token = user_token(org, "jane")
    held: list[tuple[Any, Any]] = []
    # The server answers the seen request at once (1 unread), but the page gets it only later.
    page.route("**/v1/me/notifications/seen", lambda route: held.append((route, route.fetch())))
    open_bell(page, crm, tocsin, token)
    expect(part(page, "badge")).to_have_text("1")
    part(page, "bell").click()
    wait_until(lambda: page.evaluate("true") and bool(held), "the seen request", timeout=10, every=0.05)
    part(page, "item").first.click()
    wait_until(lambda: unread(tocsin, token) == 0, "the read to land", timeout=10, every=0.1)
    expect(part(page, "badge")).to_be_hidden()

    route, answer = held[0]
    assert answer.json()["unread"] == 1  # counted before the read
    with page.expect_response("**/v1/me/notifications/seen"):
        route.fulfill(response=answer)
    page.evaluate("new Promise((done) => setTimeout(done))")  # the bell reads the answer's body
    expect(part(page, "badge")).to_be_hidden()
    assert page.evaluate("document.querySelector('tocsin-bell').unreadCount") == 0
    assert page.evaluate("window.unreadEvents.at(-1)") == 0
    assert page.errors == []


def test_a_second_tab_follows(tocsin: Proc, crm: CrmSite, org: OrgHandle, context: Any) -> None:
    token = user_token(org, "jane")
    url = crm.put(bell_page(tocsin.base_url, token))
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        tab.goto(url)
        tab.wait_for_function("window.unreadEvents.length > 0")
    note(tocsin, org, "jane", "Hello both tabs")
    note(tocsin, org, "jane", "And again")
    expect(part(first, "badge")).to_have_text("2")
    expect(part(second, "badge")).to_have_text("2")
    part(first, "bell").click()
    part(first, "mark-all-read").click()
    expect(part(first, "badge")).to_be_hidden()
    expect(part(second, "badge")).to_be_hidden()


def test_after_a_server_restart_the_badge_shows_the_right_count(
    settings: Settings, crm: CrmSite, org: OrgHandle, page: Any, tmp_path: Path
) -> None:
    port = free_port()
    env = tocsin_env(settings, crm)
    server = start_server(env, tmp_path / "before.log", port=port)
    try:
        token = user_token(org, "jane")
        open_bell(page, crm, server, token)
        note(server, org, "jane", "Before the restart")
        expect(part(page, "badge")).to_have_text("1")
        server.stop()
        # While the server is down, more arrives (in-process API on the same database).
        org.event("manual", recipients=["jane"], data={"title": "While down 1"})
        org.event("manual", recipients=["jane"], data={"title": "While down 2"})
        server = start_server(env, tmp_path / "after.log", port=port)
        expect(part(page, "badge")).to_have_text("3", timeout=30_000)
        note(server, org, "jane", "After the restart")
        expect(part(page, "badge")).to_have_text("4")
    finally:
        server.stop()


def test_the_bell_is_keyboard_accessible(tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any) -> None:
    note(tocsin, org, "jane", "Keyboard")
    token = user_token(org, "jane")
    open_bell(page, crm, tocsin, token)
    bell = part(page, "bell")
    expect(bell).to_have_attribute("aria-label", "Notifications, 1 unread")
    page.keyboard.press("Tab")
    expect(bell).to_be_focused()
    page.keyboard.press("Enter")
    expect(part(page, "panel")).to_be_visible()
    expect(bell).to_have_attribute("aria-expanded", "true")
    expect(part(page, "panel")).to_have_attribute("role", "dialog")
    page.keyboard.press("Escape")
    expect(part(page, "panel")).to_be_hidden()
    expect(bell).to_have_attribute("aria-expanded", "false")
    expect(bell).to_be_focused()
    page.keyboard.press("Space")
    expect(part(page, "panel")).to_be_visible()
    expect(part(page, "item")).to_have_count(1)
    page.keyboard.press("ArrowDown")
    expect(part(page, "item").first.locator("a, button").first).to_be_focused()
    assert page.locator("tocsin-bell").locator(".toasts").get_attribute("aria-live") == "polite"


def test_an_expired_token_shows_a_clear_message(tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any) -> None:
    expired = user_token(org, "jane", now=datetime.now(UTC) - timedelta(hours=2), ttl=timedelta(hours=1))
    page.goto(crm.put(bell_page(tocsin.base_url, expired)))
    bell = part(page, "bell")
    expect(bell).to_have_attribute("data-state", "offline")
    expect(bell).to_have_attribute("aria-label", "Notifications unavailable: session expired")
    bell.click()
    expect(part(page, "panel")).to_contain_text("Your session has expired")
    expect(part(page, "badge")).to_be_hidden()


def test_it_falls_back_to_server_sent_events_when_websocket_is_blocked(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    # As behind a proxy that drops WebSocket upgrades: every socket goes to a closed port.
    blocked = """<script>
      window.socketAttempts = 0;
      const RealWebSocket = window.WebSocket;
      window.WebSocket = class extends RealWebSocket {
        constructor(url, protocols) {
          window.socketAttempts += 1;
          super(url.replace(/^ws:\\/\\/[^/]+/, "ws://127.0.0.1:9"), protocols);
        }
      };
    </script>"""
    note(tocsin, org, "jane", "Already there")
    token = user_token(org, "jane")
    open_bell(page, crm, tocsin, token, before=blocked)
    expect(part(page, "badge")).to_have_text("1")
    note(tocsin, org, "jane", "Over SSE")
    expect(part(page, "badge")).to_have_text("2")
    expect(part(page, "toast").last).to_contain_text("Over SSE")
    assert page.evaluate("window.socketAttempts") >= 1


def test_view_all_opens_the_history_page_with_the_token(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any, context: Any
) -> None:
    title = f"History {secrets.token_hex(2)}"
    note(tocsin, org, "jane", title)
    token = user_token(org, "jane")
    open_bell(page, crm, tocsin, token)
    part(page, "bell").click()
    with context.expect_page() as opened:
        part(page, "view-all").click()
    inbox = opened.value
    inbox.wait_for_selector("body[data-ready]")
    assert inbox.url == f"{tocsin.base_url}/inbox"  # the token left the address bar
    expect(inbox.locator(".row .title")).to_have_text([title])


def test_shown_items_are_marked_seen_and_the_badge_can_count_unseen(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    note(tocsin, org, "jane", "First")
    note(tocsin, org, "jane", "Second")
    token = user_token(org, "jane")
    open_bell(page, crm, tocsin, token)
    expect(part(page, "badge")).to_have_text("2")
    page.evaluate("document.querySelector('tocsin-bell').setAttribute('badge', 'unseen')")
    expect(part(page, "badge")).to_have_text("2")  # nothing shown yet

    part(page, "bell").click()
    expect(part(page, "item")).to_have_count(2)
    expect(part(page, "badge")).to_be_hidden()  # both shown: none unseen, still unread
    wait_until(
        lambda: me(tocsin, token, "GET", "/notifications/unread-count").json() == {"unread": 2, "unseen": 0},
        "the server to record what the panel showed",
        timeout=10,
        every=0.1,
    )
    assert page.evaluate("document.querySelector('tocsin-bell').unreadCount") == 2
    part(page, "bell").click()  # close: a new one arrives unseen

    note(tocsin, org, "jane", "Third")
    expect(part(page, "badge")).to_have_text("1")
    page.evaluate("document.querySelector('tocsin-bell').removeAttribute('badge')")
    expect(part(page, "badge")).to_have_text("3")
    assert page.errors == []
