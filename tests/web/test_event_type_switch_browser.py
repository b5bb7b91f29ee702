"""The console's event types: switching a type off on the page persists, and the next event of
that type answers 0 notifications with the switch's warning; on again, it notifies."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc
from tests.web.conftest import post_event, screenshot_path
from tests.web.test_admin_browser import admin_server, admin_token, console, open_admin, sink, tab  # noqa: F401

pytestmark = pytest.mark.browser


def test_a_type_switched_off_on_the_page_answers_0_notifications(
    admin_server: Proc,  # noqa: F811
    org: OrgHandle,
    page: Any,
    console: list[str],  # noqa: F811
) -> None:
    token = admin_token(org)
    org.put_user("ann", email="ann@example.com")
    open_admin(page, admin_server, token)
    tab(page, "Routing").click()
    switch = page.get_by_role("switch", name="Event type lead_converted on")
    expect(switch).to_be_checked()
    switch.focus()
    page.keyboard.press("Space")
    expect(page.locator("#panel-routing .notice")).to_have_text("Event type lead_converted switched off")
    expect(switch).not_to_be_checked()
    expect(page.locator('tr[data-type="lead_converted"]')).to_have_class("type-off")
    page.screenshot(path=screenshot_path("admin-type-switch.png"), animations="disabled")

    got = httpx.get(f"{admin_server.base_url}/v1/admin/event-types/lead_converted", headers=org.headers, timeout=30)
    assert got.json()["enabled"] is False
    entity = {"type": "lead", "id": "L1", "name": "Ada", "owner": "ann"}
    answer = post_event(admin_server, org, "lead_converted", entity=entity)
    assert answer["notifications"] == 0
    assert answer["warnings"] == ["event type 'lead_converted' is switched off (event_types.enabled)"]

    # A reload shows it off (it persisted); on again, the next event notifies.
    page.reload()
    page.wait_for_selector("body[data-ready]")
    tab(page, "Routing").click()
    switch = page.get_by_role("switch", name="Event type lead_converted on")
    expect(switch).not_to_be_checked()
    switch.check()
    expect(page.locator("#panel-routing .notice")).to_have_text("Event type lead_converted switched on")
    assert post_event(admin_server, org, "lead_converted", entity={**entity, "id": "L2"})["notifications"] == 1
    assert console == [] and page.errors == []
