"""The history page live, and the pages in the bell's language, in real Chromium."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc
from tests.web.conftest import me, note, screenshot_path, user_token

pytestmark = pytest.mark.browser


def open_page(page: Any, server: Proc, path: str, fragment: str) -> None:
    page.goto(f"{server.base_url}{path}#{fragment}")
    page.wait_for_selector("body[data-ready]")


def test_history_is_live_new_items_counts_and_reads(tocsin: Proc, org: OrgHandle, page: Any) -> None:
    note(tocsin, org, "jane", "Already here")
    token = user_token(org, "jane")
    open_page(page, tocsin, "/inbox", f"token={token}")
    page.wait_for_selector("body[data-live='true']")
    rows = page.locator(".row")
    expect(rows).to_have_count(1)
    expect(page.locator("#summary")).to_have_text("1 unread")

    note(tocsin, org, "jane", "Arrived live")
    expect(rows).to_have_count(2)
    expect(rows.first.locator(".title")).to_have_text("Arrived live")
    expect(page.locator("#summary")).to_have_text("2 unread")
    expect(page.locator("#status")).to_have_text("New notification: Arrived live")

    # Read elsewhere (another tab, the bell, another device): the row and the count follow.
    item = me(tocsin, token, "GET", "/notifications", params={"q": "Already here"}).json()["items"][0]
    assert me(tocsin, token, "POST", f"/notifications/{item['id']}/read").status_code == 200
    expect(page.locator(".row", has_text="Already here")).to_have_attribute("data-read", "true")
    expect(page.locator("#summary")).to_have_text("1 unread")

    # A filter applies to what arrives: with Unread shown, a new one appears; search hides others.
    page.get_by_role("button", name="Unread").click()
    expect(rows).to_have_count(1)
    page.fill("#q", "invoice")
    expect(page.locator("#empty")).to_be_visible()
    note(tocsin, org, "jane", "Lunch is ready")
    note(tocsin, org, "jane", "Invoice 42 paid")
    expect(rows).to_have_count(1)
    expect(rows.first.locator(".title")).to_have_text("Invoice 42 paid")
    expect(page.locator("#summary")).to_have_text("3 unread")
    page.screenshot(path=screenshot_path("history-live.png"), animations="disabled")
    assert page.errors == []


def test_history_and_preferences_in_german(tocsin: Proc, org: OrgHandle, page: Any) -> None:
    note(tocsin, org, "jane", "Angebot prüfen")
    token = user_token(org, "jane")
    open_page(page, tocsin, "/inbox", f"token={token}&locale=de")
    assert page.url == f"{tocsin.base_url}/inbox"  # token and locale both left the address bar
    expect(page.locator("h1")).to_have_text("Benachrichtigungen")
    expect(page.locator("#summary")).to_have_text("1 ungelesen")
    expect(page.get_by_role("button", name="Alle als gelesen markieren")).to_be_enabled()
    expect(page.locator(".row time")).to_have_text("gerade eben")
    expect(page.locator(".row .chip")).to_have_text("Manuell gesendet")
    assert page.evaluate("document.documentElement.lang") == "de"
    assert page.title() == "Benachrichtigungen · Tocsin"

    page.get_by_role("link", name="Einstellungen").click()  # the language stays with the tab
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("h1")).to_have_text("Einstellungen")
    expect(page.locator('th[data-channel="email"]')).to_have_text("E-Mail")
    expect(page.locator(".group-row th").first).to_have_text("Leads und Deals")
    expect(page.locator("#dnd-days label").first).to_have_text("Mo")
    expect(page.get_by_role("button", name="Änderungen speichern")).to_be_disabled()
    page.screenshot(path=screenshot_path("preferences-de.png"), animations="disabled")
    assert page.errors == []
