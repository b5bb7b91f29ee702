"""What a newcomer trying Tocsin meets, in real Chromium against `tocsin serve` with the demo on:
every page fits a phone's width and logs no error with a fresh org; the console says how it is
opened and refuses a non-admin plainly; switches keep their shape beside long labels; the channel
forms show what applies and say what saving does."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc, server_env, start_server
from tests.web.conftest import screenshot_path, user_token
from tocsin.config import Settings

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


# One server per test: the database is emptied between tests (see test_admin_browser).
@pytest.fixture
def demo_server(base_settings: Settings, _schema: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proc]:
    env = server_env(base_settings, TOCSIN_WORKER_ENABLED="false", TOCSIN_DEMO_ENABLED="true")
    proc = start_server(env, tmp_path_factory.mktemp("newcomer") / "server.log")
    try:
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=1, locale="en-US")
    ctx.set_default_timeout(15_000)
    try:
        yield ctx
    finally:
        ctx.close()


class Watched:
    """A tab with everything that went wrong in it: console errors, page errors, failed requests
    and answers of 400 or more."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} {r.failure}"))
        self.page.on("response", lambda r: self.problems.append(f"{r.status}: {r.url}") if r.status >= 400 else None)

    def width(self) -> int:
        return int(self.page.evaluate("document.documentElement.scrollWidth"))


def admin_token(org: OrgHandle) -> str:
    org.put_user("boss", email="boss@example.com", roles=["admin"])
    return user_token(org, "boss")


def test_every_page_fits_a_phone_and_logs_no_error_with_a_fresh_org(
    demo_server: Proc, org: OrgHandle, phone: Any
) -> None:
    base = demo_server.base_url
    token = admin_token(org)
    tab = Watched(phone)
    page = tab.page
    widths: dict[str, int] = {}

    page.goto(f"{base}/")
    page.wait_for_load_state("load")
    widths["/"] = tab.width()

    page.goto(f"{base}/demo")
    expect(page.locator(".action")).to_have_count(5)
    expect(page.locator("tocsin-bell")).to_be_attached()
    page.wait_for_load_state("load")
    widths["/demo"] = tab.width()
    page.screenshot(path=screenshot_path("demo-phone.png"), full_page=True, animations="disabled")

    for path in ("/inbox", "/preferences"):
        page.goto(f"{base}{path}#token={token}")
        page.wait_for_selector("body[data-ready]")
        widths[path] = tab.width()
        # Who is signed in and every page link stay on the screen.
        for part in (page.locator("#who"), *page.locator(".topbar nav a").all()):
            expect(part).to_be_visible()
            box = part.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], path
    page.screenshot(path=screenshot_path("preferences-phone.png"), full_page=True, animations="disabled")
    # The org's quiet hours line sits inside its card's padding, like the card's other texts.
    card = page.locator(".card", has=page.get_by_test_id("org-quiet-hours")).bounding_box()
    line = page.get_by_test_id("org-quiet-hours").bounding_box()
    assert card is not None and line is not None
    assert line["x"] - card["x"] >= 12 and (card["x"] + card["width"]) - (line["x"] + line["width"]) >= 12

    page.goto(f"{base}/admin#token={token}")
    page.wait_for_selector("body[data-ready]")
    for part in (page.locator("#who"), *page.locator(".topbar nav a").all()):
        expect(part).to_be_visible()
        box = part.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], "/admin"
    sections = page.locator('#tabs [role="tab"]')
    for i in range(sections.count()):
        section = sections.nth(i)
        key = section.get_attribute("data-section")
        section.click()
        expect(page.locator("body")).to_have_attribute("data-section", key)
        panel = page.locator(f"#panel-{key}")
        expect(panel.locator(":scope > *").first).to_be_attached()
        widths[f"/admin {key}"] = tab.width()
        if key == "channels":
            channels = page.locator(".subtabs [role=tab]")
            for j in range(channels.count()):
                channel = channels.nth(j)
                channel.click()
                name = channel.get_attribute("data-channel")
                expect(page.locator(f"#channel-{name} > *").first).to_be_attached()
                widths[f"/admin channels {name}"] = tab.width()
    page.screenshot(path=screenshot_path("admin-phone.png"), full_page=True, animations="disabled")

    page.goto(f"{base}/docs")
    expect(page.locator(".swagger-ui .info").first).to_be_visible()
    widths["/docs"] = tab.width()

    assert {path: w for path, w in widths.items() if w > PHONE["width"]} == {}
    assert tab.problems == []


def test_the_console_says_how_to_open_it_and_refuses_a_non_admin_plainly(
    demo_server: Proc, org: OrgHandle, context: Any
) -> None:
    tab = Watched(context)
    page = tab.page
    page.goto(f"{demo_server.base_url}/admin")
    page.wait_for_selector("#problem:not([hidden])")
    expect(page.locator("#problem")).to_contain_text("/admin#token=")
    expect(page.locator("#problem")).not_to_contain_text("View all")
    expect(page.locator("#admin-link")).to_be_hidden()

    org.put_user("rep", email="rep@example.com", roles=["sales"])
    page.goto("about:blank")  # a new fragment alone would not load the page again
    page.goto(f"{demo_server.base_url}/admin#token={user_token(org, 'rep')}")
    page.wait_for_selector("body[data-ready]")
    problem = page.locator("#problem")
    expect(problem.get_by_role("heading")).to_have_text("For administrators only")
    expect(problem).not_to_contain_text("Something went wrong")
    expect(problem).to_contain_text("does not have the admin role")
    expect(page.locator("#admin-link")).to_be_hidden()
    page.screenshot(path=screenshot_path("admin-refused.png"), animations="disabled")

    page.goto("about:blank")
    page.goto(f"{demo_server.base_url}/admin#token={admin_token(org)}")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("#admin-link")).to_be_visible()
    expect(page.locator("#problem")).to_be_hidden()

    # The demo offers the console to its administrator only.
    page.goto(f"{demo_server.base_url}/demo?as=maria")
    expect(page.locator(".action")).to_have_count(5)
    expect(page.locator("#admin-link")).to_have_count(0)
    page.goto(f"{demo_server.base_url}/demo?as=avery")
    link = page.locator("#admin-link")
    expect(link).to_have_attribute("href", re.compile(r"/admin#token=.+$"))
    page.goto(urljoin(page.url, link.get_attribute("href")))
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("#admin-link")).to_be_visible()
    expect(page.locator(".subtabs [role=tab]").first).to_be_visible()


def test_the_demo_actions_have_icons(demo_server: Proc, context: Any) -> None:
    page = context.new_page()
    page.goto(f"{demo_server.base_url}/demo")
    icons = page.locator(".action .action-icon svg")
    expect(icons).to_have_count(5)
    for i in range(5):
        # Each icon draws something of its own, not an empty square.
        assert icons.nth(i).locator("path, circle, rect").count() >= 1
        box = icons.nth(i).bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0
    drawings = {icons.nth(i).inner_html() for i in range(5)}
    assert len(drawings) == 5


KNOB = """(el) => {
  const track = el.getBoundingClientRect();
  const knob = getComputedStyle(el, "::after");
  const shift = new DOMMatrix(knob.transform === "none" ? undefined : knob.transform).m41;
  const left = parseFloat(knob.left) + shift;
  return { width: track.width, height: track.height, left, right: left + parseFloat(knob.width),
           top: parseFloat(knob.top), bottom: parseFloat(knob.top) + parseFloat(knob.height) };
}"""


def test_switches_keep_their_track_and_knob_beside_long_labels(demo_server: Proc, org: OrgHandle, phone: Any) -> None:
    page = phone.new_page()
    page.goto(f"{demo_server.base_url}/admin#token={admin_token(org)}")
    page.wait_for_selector("body[data-ready]")
    page.get_by_role("tab", name="Settings", exact=True).click()
    switches = page.locator("#panel-settings .switch")
    expect(switches.first).to_be_visible()
    # The long labels wrap at this width; their switches stay whole.
    bypass = page.locator("#panel-settings .toggle-row", has_text="Urgent events bypass quiet hours")
    assert bypass.bounding_box()["height"] > 30  # type: ignore[index]
    page.screenshot(path=screenshot_path("admin-settings-phone.png"), full_page=True, animations="disabled")
    for i in range(switches.count()):
        switch = switches.nth(i)
        for _ in range(2):  # off and on
            switch.click()
            shape = switch.evaluate(KNOB)
            assert (shape["width"], shape["height"]) == (36, 20), shape
            assert shape["left"] >= 0 and shape["right"] <= shape["width"], shape
            assert shape["top"] >= 0 and shape["bottom"] <= shape["height"], shape


def open_channel(page: Any, server: Proc, token: str, name: str) -> Any:
    page.goto(f"{server.base_url}/admin#token={token}")
    page.wait_for_selector("body[data-ready]")
    page.locator(f"#channel-tab-{name}").click()
    body = page.locator(f"#channel-{name}")
    expect(body.locator("form").first).to_be_visible()
    return body


def test_the_email_form_shows_only_what_the_provider_uses_and_a_readable_status(
    demo_server: Proc, org: OrgHandle, context: Any
) -> None:
    page = context.new_page()
    body = open_channel(page, demo_server, admin_token(org), "email")
    form = page.get_by_role("form", name="Email settings")
    smtp_only = ("host", "port", "username", "password", "encryption")
    form.locator('select[name="provider"]').select_option("file")
    for name in smtp_only:
        expect(form.locator(f'[name="{name}"]')).to_be_hidden()
    expect(form.locator('[name="from_address"]')).to_be_visible()
    form.locator('select[name="provider"]').select_option("smtp")
    for name in smtp_only:
        expect(form.locator(f'[name="{name}"]')).to_be_visible()
    form.locator('select[name="provider"]').select_option("file")
    form.locator('input[name="from_address"]').fill("crm@example.com")
    form.get_by_role("button", name="Save settings").click()
    expect(body.locator(".notice")).to_contain_text("Email settings saved")
    status = body.locator('[data-role="status"]')
    expect(status).to_have_text(re.compile(r"^(Ready to send|Not ready)"))
    expect(status).not_to_contain_text("true")
    expect(status).not_to_contain_text("Source:")
    page.screenshot(path=screenshot_path("admin-email-file.png"), full_page=True, animations="disabled")


def test_sms_says_what_the_cap_means_and_that_saving_turns_it_on(
    demo_server: Proc, org: OrgHandle, context: Any
) -> None:
    page = context.new_page()
    token = admin_token(org)
    body = open_channel(page, demo_server, token, "sms")
    form = page.get_by_role("form", name="SMS settings")
    expect(form.locator("label.field", has=page.locator('[name="daily_cap"]'))).to_contain_text("0 means no cap")
    form.locator('input[name="account_sid"]').fill("AC" + "0" * 32)
    form.locator('input[name="auth_token"]').fill("secret-token")
    form.locator('input[name="from_number"]').fill("+15005550006")
    form.get_by_role("button", name="Save settings").click()
    expect(body.locator(".notice")).to_contain_text("SMS settings saved")
    # A complete configuration turns SMS on at once: the console says so where it happens.
    expect(body.locator('[data-role="state"]')).to_have_text("Enabled")
    expect(body.locator(".notice")).to_contain_text("SMS is now on")
    expect(body.locator(".notice")).to_contain_text("send a test")

    # The test field is named by its visible label, and only the shown channel's is in the page's
    # accessibility tree.
    expect(page.get_by_role("textbox", name="Send a test to", exact=True)).to_have_count(1)
    page.locator("#channel-tab-email").click()
    expect(page.locator("#channel-email form").first).to_be_visible()
    expect(page.get_by_role("textbox", name="Send a test to", exact=True)).to_have_count(1)
    expect(page.locator("#channel-sms")).to_be_hidden()


def test_a_slow_channel_test_shows_that_it_is_under_way(demo_server: Proc, org: OrgHandle, context: Any) -> None:
    page = context.new_page()
    body = open_channel(page, demo_server, admin_token(org), "email")
    held: list[Any] = []
    page.route("**/v1/admin/channels/email/test", lambda route: held.append(route))
    body.get_by_label("Send a test to", exact=True).fill("jane@example.com")
    body.get_by_role("button", name="Send test").click()
    answer = body.locator('[data-role="test-answer"]')
    # While the provider has not answered, the button says so and the wait is counted in seconds.
    expect(body.get_by_role("button", name="Testing…")).to_be_disabled()
    expect(answer).to_contain_text(re.compile(r"Waiting for the provider's answer… [1-9]\d* s"))
    assert len(held) == 1
    held[0].fulfill(status=200, content_type="application/json",
                    body='{"ok": false, "provider": "smtp", "error": "no answer in time"}')  # fmt: skip
    expect(answer).to_contain_text("error: no answer in time")
    expect(body.get_by_role("button", name="Send test")).to_be_enabled()
