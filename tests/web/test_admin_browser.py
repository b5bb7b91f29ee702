"""The admin console (/admin) in real Chromium against `tocsin serve` with its worker, sending
email to a real SMTP server on loopback: configure and test email, edit the routing matrix and
see the next event routed by it, edit a template beside its preview, change settings, filter the
delivery log and retry, read the audit entry of each change, outcomes; by keyboard, with no
console errors."""

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


@pytest.fixture(scope="module")
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().up()
    try:
        yield server
    finally:
        server.down()


# One server per test: the database is emptied between tests and SQLite hands out the same org
# ids again, which a long-lived server's per-org configuration cache would take for the old org.
@pytest.fixture
def admin_server(
    base_settings: Settings, _schema: None, sink: SmtpSink, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Proc]:
    # The org's SMTP server is the loopback sink: private addresses allowed, as on premises.
    env = server_env(
        base_settings,
        TOCSIN_WORKER_ENABLED="true",
        TOCSIN_WORKER_POLL_SECONDS="0.2",
        TOCSIN_OUTBOUND_ALLOW_PRIVATE="true",
    )
    proc = start_server(env, tmp_path_factory.mktemp("admin") / "server.log")
    try:
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def console(page: Any) -> list[str]:
    """Console errors of the page (failed requests, CSP refusals, exceptions)."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    return errors


def besides_refusals(console: list[str]) -> list[str]:
    """Console errors other than the browser's note of a 422 answer (bad input the test sent on
    purpose, shown on the page)."""
    return [m for m in console if "status of 422" not in m]


def admin_token(org: OrgHandle, username: str = "boss") -> str:
    org.put_user(username, email=f"{username}@example.com", roles=["admin"])
    return user_token(org, username)


def open_admin(page: Any, server: Proc, token: str) -> None:
    page.goto(f"{server.base_url}/admin#token={token}")
    page.wait_for_selector("body[data-ready]")


def tab(page: Any, name: str) -> Any:
    return page.get_by_role("tab", name=name, exact=True)


def configure_email(page: Any, sink: SmtpSink) -> None:
    form = page.get_by_role("form", name="Email settings")
    form.locator('select[name="provider"]').select_option("smtp")
    form.locator('input[name="host"]').fill(sink.host)
    form.locator('input[name="port"]').fill(str(sink.port))
    form.locator('select[name="encryption"]').select_option("none")
    form.locator('input[name="from_address"]').fill("crm@example.com")
    form.locator('input[name="from_name"]').fill("Acme CRM")
    form.get_by_role("button", name="Save settings").click()
    expect(page.locator("#channel-email .notice")).to_have_text("Email settings saved")


def email_on(page: Any) -> None:
    state = page.locator('#channel-email [data-role="state"]')
    expect(state).not_to_have_text("")
    if state.inner_text() != "Enabled":
        page.locator('#channel-email [data-role="toggle"]').click()
    expect(state).to_have_text("Enabled")


def audit_rows(server: Proc, org: OrgHandle) -> list[dict[str, Any]]:
    r = httpx.get(f"{server.base_url}/v1/admin/audit", headers=org.headers, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["items"]  # type: ignore[no-any-return]


def test_email_is_configured_tested_enabled_and_audited(
    admin_server: Proc, org: OrgHandle, page: Any, console: list[str], sink: SmtpSink
) -> None:
    token = admin_token(org)
    open_admin(page, admin_server, token)
    assert page.url == f"{admin_server.base_url}/admin"  # the token left the address bar
    # Every channel has its tab; those this server cannot configure say so, with no controls.
    channel_tabs = page.locator(".subtabs [role=tab]")
    expect(channel_tabs).to_have_count(5)
    expect(page.locator("#channel-tab-sms .chip")).to_have_text("not configured")
    configure_email(page, sink)
    state = page.locator('#channel-email [data-role="state"]')
    email_on(page)
    expect(page.locator("#channel-tab-email .chip")).to_have_text("on")
    # A second provider, tried when the first fails: the providers in order, each breaker's state.
    form = page.get_by_role("form", name="Email settings")
    form.locator('textarea[name="fallbacks"]').fill('[{"provider": "resend", "password": "re_test_key"}]')
    form.get_by_role("button", name="Save settings").click()
    expect(page.locator("#channel-email .notice")).to_have_text("Email settings saved")
    providers = page.locator('#channel-email [data-role="providers"] li')
    expect(providers).to_have_text(["smtp — in use", "resend — in use"])
    expect(form.locator('textarea[name="fallbacks"]')).to_have_value(re.compile(r'"password": "\*{8}"'))

    before = len(sink.messages)
    page.get_by_label("Send a test to", exact=True).fill("jane@example.com")
    page.get_by_role("button", name="Send test").click()
    answer = page.locator('#channel-email [data-role="test-answer"]')
    expect(answer).to_contain_text("ok: true")
    expect(answer).to_contain_text("provider: smtp")
    wait_until(lambda: len(sink.messages) > before, "the test email")
    assert "jane@example.com" in sink.messages[-1].rcpt_tos
    page.screenshot(path=screenshot_path("admin-channels.png"), full_page=True, animations="disabled")

    # Disabled: what is planned meanwhile is held, and the page counts it.
    page.locator('#channel-email [data-role="toggle"]').click()
    expect(state).to_have_text("Disabled")
    org.put_user("ann", email="ann@example.com")
    post_event(admin_server, org, "task_assigned", entity={"type": "task", "id": "T1", "name": "Call", "owner": "ann"})
    page.reload()
    page.wait_for_selector("body[data-ready]")
    expect(state).to_have_text("Disabled · 1 delivery held")
    expect(page.locator('#channel-email [data-role="toggle"]')).to_have_text("Enable and send 1 held")

    # The last tab by keyboard: the webhook channel, with its settings and test forms.
    page.locator("#channel-tab-email").focus()
    page.keyboard.press("End")
    expect(page.locator("#channel-tab-webhook")).to_be_focused()
    expect(page.locator("#channel-webhook form").first).to_be_visible()
    expect(page.get_by_role("form", name="Test Webhook")).to_be_visible()

    entries = audit_rows(admin_server, org)
    actions = [(e["action"], e["actor"]) for e in entries]
    assert ("channel.update", "user:boss") in actions
    assert ("channel.disable", "user:boss") in actions
    assert console == [] and page.errors == []


def test_routing_edited_on_the_page_routes_the_next_event(
    admin_server: Proc, org: OrgHandle, page: Any, console: list[str], sink: SmtpSink
) -> None:
    token = admin_token(org)
    org.put_user("ann", email="ann@example.com")
    open_admin(page, admin_server, token)
    configure_email(page, sink)
    email_on(page)
    entity = {"type": "task", "id": "T1", "name": "Call", "owner": "ann"}
    assert post_event(admin_server, org, "task_assigned", entity=entity)["deliveries"].get("email") == 1

    # To the Routing tab by keyboard.
    tab(page, "Channels").focus()
    page.keyboard.press("ArrowRight")
    expect(tab(page, "Routing")).to_be_focused()
    expect(tab(page, "Routing")).to_have_attribute("aria-selected", "true")
    cell = page.get_by_role("switch", name="Email for task_assigned")
    expect(cell).to_be_checked()
    cell.focus()
    page.keyboard.press("Space")
    expect(cell).not_to_be_checked()
    page.get_by_label("Users may override Email for mention").uncheck()
    page.get_by_role("button", name="Save routing").click()
    expect(page.locator("#panel-routing .notice")).to_have_text("Routing saved")
    routing = httpx.get(f"{admin_server.base_url}/v1/admin/routing", headers=org.headers, timeout=30).json()
    assert routing["matrix"]["task_assigned"]["email"]["on"] is False
    assert routing["matrix"]["mention"]["email"]["overridable"] is False
    answer = post_event(admin_server, org, "task_assigned", entity={**entity, "id": "T2"})
    assert answer["deliveries"].get("email", 0) == 0

    # A custom event type from the page joins the matrix.
    page.get_by_label("Key (lowercase, digits, _)").fill("site_visit")
    page.get_by_label("Description").fill("A site visit was booked")
    page.get_by_role("button", name="Add event type").click()
    expect(page.locator("#panel-routing .notice")).to_have_text("Event type site_visit added")
    expect(page.locator('tr[data-type="site_visit"] .type-desc')).to_have_text("A site visit was booked")
    page.screenshot(path=screenshot_path("admin-routing.png"), animations="disabled")
    assert post_event(admin_server, org, "site_visit", recipients=["ann"])["notifications"] == 1

    entries = audit_rows(admin_server, org)
    change = next(e for e in entries if e["action"] == "routing.update")
    assert change["changes"]["task_assigned.email.on"] == [True, False]
    assert change["changes"]["mention.email.overridable"] == [True, False]
    assert any(e["action"] == "event_type.create" and e["target"] == "event_type:site_visit" for e in entries)
    assert console == [] and page.errors == []


def test_template_editor_previews_reports_lines_saves_and_reverts(
    admin_server: Proc, org: OrgHandle, page: Any, console: list[str]
) -> None:
    token = admin_token(org)
    open_admin(page, admin_server, token)
    tab(page, "Templates").click()
    page.get_by_label("Event type", exact=True).select_option("lead_assigned")
    source = page.locator('[data-role="source"]')
    expect(source).to_have_text("Built-in template")
    preview_subject = page.locator('[data-role="preview-subject"]')
    expect(preview_subject).to_contain_text("Subject: [CRM]")

    subject = page.get_by_label("Subject", exact=True)
    subject.fill("Hot lead: {{ entity.name }} for {{ recipient.display_name or 'you' }}")
    expect(preview_subject).to_contain_text("Subject: Hot lead: ")
    page.get_by_label("Text", exact=True).fill("Line one\n{{ entity.name ")
    error = page.locator('[data-role="preview-error"]')
    expect(error).to_be_visible()
    expect(error).to_contain_text("line 2")
    page.get_by_label("Text", exact=True).fill("Call {{ entity.name }} today.")
    expect(error).to_be_hidden()
    expect(page.locator('[data-role="preview-text"]')).to_contain_text("today.")
    frame = page.frame_locator('[data-role="preview-html"]')
    expect(frame.locator("body")).to_be_visible()
    page.screenshot(path=screenshot_path("admin-templates.png"), full_page=True, animations="disabled")
    page.get_by_role("button", name="Save template").click()
    expect(page.locator("#panel-templates .notice")).to_have_text("Template saved")
    expect(source).to_have_text("Your template (en)")

    # SMS: the preview counts segments.
    page.get_by_label("Channel", exact=True).select_option("sms")
    expect(page.locator('[data-role="preview-segments"]')).to_contain_text("SMS segment")

    page.get_by_label("Channel", exact=True).select_option("email")
    expect(source).to_have_text("Your template (en)")
    page.get_by_role("button", name="Revert to built-in").click()
    expect(source).to_have_text("Built-in template")
    actions = [e["action"] for e in audit_rows(admin_server, org)]
    assert actions[:2] == ["template.revert", "template.update"]
    assert besides_refusals(console) == [] and page.errors == []


def test_a_template_load_neither_overwrites_typing_nor_lands_out_of_order(
    admin_server: Proc, org: OrgHandle, page: Any, console: list[str]
) -> None:
    """Choosing another event type or channel loads its template into the editor. While that load
    is on its way the fields are read-only (what is typed would be overwritten), and when two
    loads cross, the one asked for last is the one shown."""
    token = admin_token(org)
    open_admin(page, admin_server, token)
    tab(page, "Templates").click()
    source = page.locator('[data-role="source"]')
    expect(source).to_have_text("Built-in template")
    held: list[tuple[str, Any]] = []

    def hold(route: Any) -> None:
        if route.request.method == "GET":
            held.append((route.request.url, route))
        else:
            route.continue_()

    page.route(lambda url: "/v1/admin/templates/lead_assigned/" in url, hold)
    subject = page.get_by_label("Subject", exact=True)
    channel = page.get_by_label("Channel", exact=True)
    channel.select_option("sms")
    wait_until(lambda: page.evaluate("true") and len(held) == 1, "the sms load", timeout=10, every=0.05)
    expect(subject).not_to_be_editable()
    channel.select_option("email")
    wait_until(lambda: page.evaluate("true") and len(held) == 2, "the email load", timeout=10, every=0.05)
    (sms_url, sms_load), (email_url, email_load) = held
    assert "/sms?" in sms_url and "/email?" in email_url
    email_load.continue_()
    expect(subject).to_be_editable()
    expect(subject).to_have_value(re.compile(r"\S"))
    email_subject = subject.input_value()
    with page.expect_response(lambda r: "/sms?" in r.url and r.request.method == "GET"):
        sms_load.continue_()  # the earlier load answers last
    page.evaluate("new Promise((done) => setTimeout(done))")
    expect(subject).to_have_value(email_subject)
    expect(page.locator('[data-role="preview-segments"]')).to_have_text("")

    subject.fill("Typed {{ entity.name }}")
    expect(page.locator('[data-role="preview-subject"]')).to_contain_text("Subject: Typed ")
    assert besides_refusals(console) == [] and page.errors == []


def test_settings_with_the_week_strip(admin_server: Proc, org: OrgHandle, page: Any, console: list[str]) -> None:
    token = admin_token(org)
    open_admin(page, admin_server, token)
    tab(page, "Settings").click()
    strip = page.locator("svg.week-strip")
    expect(strip).to_have_attribute("aria-label", "No quiet hours")
    page.locator("#dnd-enabled").check()
    page.locator('input[name="dnd.start"]').fill("21:00")
    page.locator('input[name="dnd.end"]').fill("07:00")
    page.get_by_label("Sat", exact=True).uncheck()
    page.get_by_label("Sun", exact=True).uncheck()
    dash = "\u2013"
    days = [f"{d} 00:00{dash}07:00, {d} 21:00{dash}24:00" for d in ("Tue", "Wed", "Thu", "Fri")]
    expected = ", ".join([f"Mon 21:00{dash}24:00", *days, f"Sat 00:00{dash}07:00"])
    expect(strip).to_have_attribute("aria-label", f"Quiet hours (UTC): {expected}")
    page.get_by_label("Email subject prefix").fill("[Acme]")
    page.get_by_label("Reassignment notifications, per module: contact").uncheck()
    page.get_by_label("Who hears of locked-out users (usernames, comma-separated)").fill("boss, it")
    page.get_by_role("button", name="Save settings").click()
    expect(page.locator("#panel-settings .notice")).to_have_text("Settings saved")
    page.screenshot(path=screenshot_path("admin-settings.png"), full_page=True, animations="disabled")
    settings = httpx.get(f"{admin_server.base_url}/v1/admin/settings", headers=org.headers, timeout=30).json()
    assert settings["dnd"] | {"timezone": "UTC"} == {
        "enabled": True, "start": "21:00", "end": "07:00", "days": [0, 1, 2, 3, 4], "timezone": "UTC",
    }  # fmt: skip
    assert settings["email_subject_prefix"] == "[Acme]"
    assert settings["reassignment_notifications"] == {"contact": False}
    assert settings["lockout_recipients"] == ["boss", "it"]
    # Bad input: the field is named and nothing changes.
    page.get_by_label("Keep notifications and deliveries for (days)").fill("0")
    page.get_by_role("button", name="Save settings").click()
    expect(page.locator("#panel-settings .notice")).to_contain_text("retention_days")
    expect(page.get_by_label("Keep notifications and deliveries for (days)")).to_have_attribute("aria-invalid", "true")
    after = httpx.get(f"{admin_server.base_url}/v1/admin/settings", headers=org.headers, timeout=30).json()
    assert after["retention_days"] == 90
    entry = audit_rows(admin_server, org)[0]
    assert entry["action"] == "settings.update" and entry["actor"] == "user:boss"
    assert entry["changes"]["email_subject_prefix"] == ["[CRM]", "[Acme]"]
    assert besides_refusals(console) == [] and page.errors == []


def test_delivery_log_filters_shows_attempts_and_retries(
    admin_server: Proc, org: OrgHandle, page: Any, console: list[str], sink: SmtpSink
) -> None:
    token = admin_token(org)
    for name in ("ann", "ben"):
        org.put_user(name, email=f"{name}@example.com")
    open_admin(page, admin_server, token)
    configure_email(page, sink)
    email_on(page)
    sink.handler.refuse_rcpt = "550 5.1.1 unknown mailbox"
    try:
        for n, owner in enumerate(("ann", "ann", "ben")):
            post_event(
                admin_server, org, "task_assigned", entity={"type": "task", "id": f"T{n}", "name": "x", "owner": owner}
            )

        def failed() -> int:
            r = httpx.get(
                f"{admin_server.base_url}/v1/admin/deliveries", params={"status": "failed"}, headers=org.headers
            )
            return len(r.json()["items"])

        wait_until(lambda: failed() == 3, "three failed deliveries", timeout=30)
    finally:
        sink.handler.refuse_rcpt = None
    post_event(admin_server, org, "lead_assigned", entity={"type": "lead", "id": "L1", "name": "y", "owner": "ben"})

    tab(page, "Delivery log").click()
    rows = page.locator("#panel-deliveries tbody tr[data-id]")
    expect(rows).to_have_count(4)
    page.get_by_role("button", name="Failed deliveries").click()
    expect(rows).to_have_count(3)
    page.get_by_label("User", exact=True).fill("ben")
    page.get_by_role("button", name="Filter").click()
    expect(rows).to_have_count(1)
    row = rows.first
    row.get_by_role("button", name="Attempts").click()
    attempts = page.locator(".attempts li")
    expect(attempts).to_have_count(1)
    expect(attempts.first).to_contain_text("permanent")
    expect(attempts.first).to_contain_text("550")
    page.screenshot(path=screenshot_path("admin-deliveries.png"), full_page=True, animations="disabled")
    retry = row.get_by_role("button", name="Retry")
    retry.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#panel-deliveries .notice")).to_contain_text("queued again")

    # Every failed delivery of ann's, in one go.
    page.get_by_label("User", exact=True).fill("ann")
    page.get_by_role("button", name="Filter").click()
    expect(rows).to_have_count(2)
    page.get_by_role("button", name="Retry all failed matching").click()
    expect(page.locator("#panel-deliveries .notice")).to_have_text("2 failed deliveries queued again")
    wait_until(lambda: len([m for m in sink.messages if "ann@example.com" in m.rcpt_tos]) >= 2, "ann's retried emails")
    wait_until(lambda: any("ben@example.com" in m.rcpt_tos for m in sink.messages), "ben's retried email")

    entries = audit_rows(admin_server, org)
    assert entries[0]["action"] == "deliveries.retry" and entries[0]["changes"]["retried"] == [None, 2]
    assert entries[1]["action"] == "delivery.retry" and entries[1]["actor"] == "user:boss"
    # The audit tab shows them.
    tab(page, "Audit").click()
    audit = page.locator("#panel-audit tbody tr")
    expect(audit.first).to_have_attribute("data-action", "deliveries.retry")
    expect(audit.nth(1)).to_contain_text("user:boss")
    expect(page.locator('#panel-audit tr[data-action="channel.update"]').first).to_contain_text("host")
    page.screenshot(path=screenshot_path("admin-audit.png"), full_page=True, animations="disabled")
    assert console == [] and page.errors == []


def test_outcomes_table_and_chart(admin_server: Proc, org: OrgHandle, page: Any, console: list[str]) -> None:
    token = admin_token(org)
    org.put_user("ann", email="ann@example.com")
    for n in range(3):
        post_event(
            admin_server, org, "lead_assigned", entity={"type": "lead", "id": f"L{n}", "name": "x", "owner": "ann"}
        )
    ann = user_token(org, "ann")
    first = me(admin_server, ann, "GET", "/notifications").json()["items"][0]
    assert me(admin_server, ann, "POST", f"/notifications/{first['id']}/read").status_code == 200
    open_admin(page, admin_server, token)
    tab(page, "Outcomes").click()
    row = page.locator('#panel-outcomes tr[data-row="lead_assigned/in_app"]')
    expect(row).to_contain_text("3")
    cells = row.locator("td")
    expect(cells.nth(2)).to_have_text("3")
    expect(cells.nth(4)).to_have_text("1")
    expect(page.locator('#panel-outcomes svg.chart rect[data-row="lead_assigned/in_app"]')).to_have_count(1)
    page.screenshot(path=screenshot_path("admin-outcomes.png"), full_page=True, animations="disabled")
    assert console == [] and page.errors == []


def test_a_user_without_the_admin_role_is_told_so(admin_server: Proc, org: OrgHandle, page: Any) -> None:
    org.put_user("rep", email="rep@example.com", roles=["sales"])
    open_admin(page, admin_server, user_token(org, "rep"))
    expect(page.locator("#problem")).to_contain_text("does not have the admin role")
    expect(page.locator("#app")).to_be_hidden()


def test_an_org_api_key_opens_the_console_too(
    admin_server: Proc, org: OrgHandle, page: Any, console: list[str]
) -> None:
    open_admin(page, admin_server, org.api_key)
    expect(page.locator("#who")).to_have_text("API key")
    expect(page.locator(".subtabs [role=tab]")).to_have_count(5)
    tab(page, "Audit").click()
    expect(page.locator("#panel-audit .empty-note")).to_be_visible()
    assert console == [] and page.errors == []
