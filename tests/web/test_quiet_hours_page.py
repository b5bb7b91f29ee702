"""The preferences page's quiet hours and digests in real Chromium against `tocsin serve`: the
org's window shown, a window of one's own inside it saved, one outside it refused (the API's 422
shown, nothing saved), digest choices saved."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc
from tests.web.conftest import me, user_token

pytestmark = pytest.mark.browser


def admin_put(server: Proc, org: OrgHandle, path: str, body: dict[str, Any]) -> None:
    r = httpx.put(f"{server.base_url}{path}", json=body, headers=org.headers, timeout=30)
    assert r.status_code == 200, r.text


def test_quiet_hours_inside_the_orgs_and_digest_choices(tocsin: Proc, org: OrgHandle, page: Any) -> None:
    admin_put(
        tocsin,
        org,
        "/v1/admin/settings",
        {
            "dnd": {
                "enabled": True,
                "start": "20:00",
                "end": "08:00",
                "days": [0, 1, 2, 3, 4],
                "timezone": "Europe/London",
            }
        },
    )
    admin_put(tocsin, org, "/v1/admin/event-types/note_added", {"digest": {"window_minutes": 60}})
    token = user_token(org, "jane")
    page.goto(f"{tocsin.base_url}/preferences#token={token}")
    page.wait_for_selector("body[data-ready]")

    expect(page.locator("#dnd-org")).to_contain_text("20:00\u201308:00")
    expect(page.locator("#dnd-org")).to_contain_text("Europe/London")
    expect(page.locator("#dnd-org")).to_contain_text("Urgent notifications come through anyway")
    # A window of one's own starts from the org's.
    expect(page.locator("#dnd-start")).to_have_value("20:00")
    expect(page.locator("#dnd-days input[value='5']")).not_to_be_checked()

    # Outside the org's bounds: the server's refusal is shown and nothing is saved.
    page.locator("#dnd-own").check()
    page.fill("#dnd-start", "19:00")
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator("#save-state")).to_contain_text("inside your organisation")
    assert me(tocsin, token, "GET", "/preferences").json()["dnd"] is None

    # Inside: saved.
    page.fill("#dnd-start", "21:00")
    page.fill("#dnd-end", "07:30")
    page.select_option("#dnd-zone", "Europe/London")
    digest = page.locator("input.digest-switch[data-type='note_added']")
    expect(digest).to_be_checked()
    digest.uncheck()
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator("#save-state")).to_have_text("Saved")
    stored = me(tocsin, token, "GET", "/preferences").json()
    assert stored["dnd"] == {
        "enabled": True,
        "start": "21:00",
        "end": "07:30",
        "days": [0, 1, 2, 3, 4],
        "timezone": "Europe/London",
    }
    assert stored["digests"] == {"note_added": {"window_minutes": 60, "on": False}}

    page.reload()
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("#dnd-start")).to_have_value("21:00")
    expect(page.locator("input.digest-switch[data-type='note_added']")).not_to_be_checked()
