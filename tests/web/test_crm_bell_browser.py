"""Actions and shared resolution in <tocsin-bell>, in real Chromium against `tocsin serve`: three
approvers' bells update live when one request is decided; an action taken in the bell reaches a
loopback CRM receiver that verifies the Standard Webhooks signature."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.crm_receiver import crm_receiver
from tests.factories import OrgHandle
from tests.servers import Proc, start_server
from tests.waiting import wait_until
from tests.web.conftest import CrmSite, bell_page, post_event, screenshot_path, tocsin_env, user_token
from tocsin.config import Settings

pytestmark = pytest.mark.browser

QUOTE = {"type": "quote", "id": "Q-42", "name": "Discount 20% for Initech", "url": "https://crm.example.com/q/42"}
ACTIONS = [
    {"id": "approve", "label": "Approve", "style": "primary"},
    {"id": "reject", "label": "Reject", "style": "danger"},
]


def part(page: Any, name: str) -> Any:
    return page.locator("tocsin-bell").locator(f'[part~="{name}"]')


def open_bell(page: Any, crm: CrmSite, server: Proc, token: str) -> None:
    page.goto(crm.put(bell_page(server.base_url, token)))
    page.wait_for_function("window.unreadEvents.length > 0")


def test_a_decision_resolves_every_approvers_request_live(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, context: Any
) -> None:
    approvers = ["ann", "ben", "cy"]
    for name in approvers:
        org.put_user(name)
    org.put_user("sam", display_name="Sam")
    org.put_user("rita")
    pages = {}
    for name in approvers:
        tab = context.new_page()
        tab.errors = []
        tab.on("pageerror", lambda exc, tab=tab: tab.errors.append(str(exc)))
        open_bell(tab, crm, tocsin, user_token(org, name))
        pages[name] = tab

    post_event(
        tocsin, org, "approval_requested", actor="rita", entity=QUOTE, data={"approvers": approvers}, actions=ACTIONS
    )
    for tab in pages.values():
        expect(part(tab, "badge")).to_have_text("1")
        toast = part(tab, "toast")
        expect(toast.locator('[part~="action"]')).to_have_text(["Approve", "Reject"])
        part(tab, "bell").click()
        item = part(tab, "item").first
        expect(item.locator('[part~="action"]')).to_have_count(2)

    answer = post_event(
        tocsin, org, "approval_completed", actor="sam", entity=QUOTE, data={"submitter": "rita", "outcome": "approved"}
    )
    assert answer["resolved"] == 3
    for tab in pages.values():
        item = part(tab, "item").first
        expect(item.locator('[part~="outcome"]')).to_have_text("Approved by Sam")
        expect(item.locator('[part~="action"]')).to_have_count(0)
        expect(item).to_have_attribute("data-read", "true")
        expect(part(tab, "badge")).to_be_hidden()
    pages["ben"].screenshot(path=screenshot_path("bell-resolved.png"), animations="disabled")
    # The history page shows the outcome too.
    inbox = pages["cy"]
    inbox.goto(f"{tocsin.base_url}/inbox#token={user_token(org, 'cy')}")
    expect(inbox.locator(".row .outcome").first).to_have_text("Approved by Sam")
    expect(inbox.locator(".row .decide")).to_have_count(0)
    for tab in pages.values():
        assert tab.errors == []


@pytest.fixture
def tocsin_with_worker(base_settings: Settings, _schema: None, crm: CrmSite, tmp_path: Any) -> Iterator[Proc]:
    env = tocsin_env(base_settings, crm)
    env.update(TOCSIN_WORKER_ENABLED="true", TOCSIN_OUTBOUND_ALLOW_PRIVATE="true", TOCSIN_WORKER_POLL_SECONDS="0.5")
    proc = start_server(env, tmp_path / "server.log")
    try:
        yield proc
    finally:
        proc.stop()


def test_an_action_taken_in_the_bell_reaches_the_crm_signed(
    tocsin_with_worker: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    server = tocsin_with_worker
    org.put_user("ann")
    with crm_receiver() as receiver:
        r = org.client.put(
            "/v1/admin/callbacks", json={"url": receiver.url, "events": ["notification.action"]}, headers=org.headers
        )
        assert r.status_code == 200, r.text
        receiver.secret = r.json()["signing_secret"]
        open_bell(page, crm, server, user_token(org, "ann"))
        post_event(
            server, org, "approval_requested", actor="rita", entity=QUOTE, data={"approvers": ["ann"]}, actions=ACTIONS
        )
        expect(part(page, "badge")).to_have_text("1")
        part(page, "bell").click()
        item = part(page, "item").first
        item.locator('[part~="action"][data-action="approve"]').click()
        expect(item.locator('[part~="outcome"]')).to_have_text("You chose: Approve")
        expect(part(page, "badge")).to_be_hidden()
        wait_until(
            lambda: receiver.of_type("notification.action"),
            "the CRM to receive the action",
            alive=lambda: None if server.process.poll() is None else server.log(),
        )
        [action] = receiver.of_type("notification.action")
        assert action["data"]["action"]["id"] == "approve" and action["data"]["recipient"] == "ann"
        assert action["data"]["entity"] == {"type": "quote", "id": "Q-42"}
        assert receiver.refused == []
    assert page.errors == []
