"""The console's Events section in real Chromium against `tocsin serve` with its worker, sending
email to a real SMTP server on loopback: a lead reassigned twice shows both reassignments with
the previous and the new owner, who was notified, what each did with the notification, and what
became of each delivery on each channel."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc, server_env, start_server
from tests.smtp import SmtpSink
from tests.waiting import wait_until
from tests.web.conftest import me, post_event, screenshot_path, user_token
from tocsin.config import Settings

pytestmark = pytest.mark.browser


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().up()
    try:
        yield server
    finally:
        server.down()


@pytest.fixture
def events_server(
    base_settings: Settings, _schema: None, sink: SmtpSink, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Proc]:
    env = server_env(
        base_settings,
        TOCSIN_WORKER_ENABLED="true",
        TOCSIN_WORKER_POLL_SECONDS="0.2",
        TOCSIN_EMAIL_PROVIDER="smtp",
        TOCSIN_SMTP_HOST=sink.host,
        TOCSIN_SMTP_PORT=str(sink.port),
        TOCSIN_SMTP_ENCRYPTION="none",
    )
    proc = start_server(env, tmp_path_factory.mktemp("events") / "server.log")
    try:
        yield proc
    finally:
        proc.stop()


def lead(owner: str, previous: str | None = None) -> dict[str, Any]:
    entity = {"type": "lead", "id": "L7", "name": "Jane Smith", "url": "https://crm.example/leads/7", "owner": owner}
    return entity if previous is None else {**entity, "previous_owner": previous}


def test_a_lead_reassigned_twice_in_the_events_section(
    events_server: Proc, org: OrgHandle, page: Any, sink: SmtpSink
) -> None:
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    base = events_server.base_url
    r = httpx.put(f"{base}/v1/admin/settings", json={"notify_previous_owner": {"lead": True}}, headers=org.headers)
    assert r.status_code == 200, r.text
    org.put_user("boss", email="boss@example.com", roles=["admin"])
    for name in ("ann", "bob", "cy"):
        org.put_user(name, email=f"{name}@example.com")
    post_event(events_server, org, "lead_assigned", actor="boss", entity=lead("ann"))
    second = post_event(events_server, org, "lead_assigned", actor="boss", entity=lead("bob", "ann"))["event_id"]
    post_event(events_server, org, "lead_assigned", actor="max", entity=lead("cy", "bob"))
    post_event(events_server, org, "mention", actor="ann", entity={"type": "deal", "id": "D1"}, data={"text": "@cy"})

    def statuses() -> list[str]:
        detail = httpx.get(f"{base}/v1/events/{second}", headers=org.headers, timeout=30).json()
        return sorted(d["status"] for d in detail["deliveries"])

    wait_until(lambda: statuses() == ["sent", "sent"], "the reassignment's two emails sent", timeout=60)
    assert me(events_server, user_token(org, "bob"), "POST", "/notifications/read-all").status_code == 200

    page.goto(f"{base}/admin#token={user_token(org, 'boss')}")
    page.wait_for_selector("body[data-ready]")
    page.get_by_role("tab", name="Events", exact=True).click()
    rows = page.locator("#panel-events tbody tr[data-id]")
    expect(rows).to_have_count(4)
    page.get_by_label("Record type", exact=True).fill("lead")
    page.get_by_label("Record id", exact=True).fill("L7")
    page.get_by_role("button", name="Filter").click()
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("bob → cy")
    expect(rows.nth(1)).to_contain_text("ann → bob")
    expect(rows.nth(2)).to_contain_text("owner ann")
    expect(rows.nth(1)).to_contain_text("Email 2")

    page.get_by_role("button", name=f"Details of event {second}").click()
    detail = page.get_by_label(f"Event {second}", exact=True)
    expect(detail).to_contain_text("Recipients: bob, ann")  # the new owner, then the previous one
    notes = page.get_by_role("table", name=f"Notifications of event {second}")
    expect(notes.locator('tr[data-user="bob"] td').nth(1)).to_have_text(re.compile(r"^read "))
    expect(notes.locator('tr[data-user="ann"]')).to_contain_text("unread")
    sent = page.get_by_role("table", name=f"Deliveries of event {second}").locator("tbody tr")
    expect(sent).to_have_count(2)
    for user in ("ann", "bob"):
        row = page.locator(f'tr[data-user="{user}"][data-channel="email"]')
        expect(row).to_have_attribute("data-status", "sent")
    page.screenshot(path=screenshot_path("admin-events.png"), full_page=True, animations="disabled")

    page.get_by_label("Record type", exact=True).fill("")
    page.get_by_label("Record id", exact=True).fill("")
    page.get_by_label("Recipient", exact=True).fill("cy")
    page.get_by_role("button", name="Filter").click()
    expect(rows).to_have_count(2)  # the last reassignment and the mention
    assert [m for m in errors if "status of 422" not in m] == [] and len(sink.messages) >= 2
