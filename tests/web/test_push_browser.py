"""Browser push in real Chromium against `tocsin serve`: the preferences page registers the
service worker and subscribes this browser (Chromium's own push service is unreachable offline,
so `PushManager` is stubbed in this test only: the subscription it hands back is one a browser
would make), and the service worker's click handler opens the entity's URL and marks the
notification read."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.push_fakes import FakeBrowser
from tests.servers import Proc
from tests.web.conftest import bell_page, user_token

pytestmark = pytest.mark.browser

STUB = """
(() => {
  const sub = %s;
  let current = null;
  const make = () => ({
    endpoint: sub.endpoint,
    expirationTime: null,
    toJSON: () => sub,
    unsubscribe: async () => { current = null; return true; },
  });
  PushManager.prototype.subscribe = async function (options) {
    window.__subscribed = {
      userVisibleOnly: options.userVisibleOnly,
      key: Array.from(new Uint8Array(options.applicationServerKey)),
    };
    current = make();
    return current;
  };
  PushManager.prototype.getSubscription = async function () { return current; };
})();
"""


def _admin(tocsin: Proc, org: OrgHandle, method: str, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.request(method, f"{tocsin.base_url}{path}", headers=org.headers, timeout=30, **kwargs)


def test_preferences_page_subscribes_this_browser(tocsin: Proc, org: OrgHandle, page: Any, context: Any) -> None:
    r = _admin(tocsin, org, "PUT", "/v1/admin/channels/webpush", json={"subject": "mailto:ops@example.com"})
    assert r.status_code == 200, r.text
    public_key = _admin(tocsin, org, "POST", "/v1/admin/channels/webpush/vapid").json()["public_key"]
    # A public push service's endpoint (not resolvable here, so the save-time check lets it pass).
    subscription = FakeBrowser("chromium").subscription("https://push.example.net/wpush/v2")
    context.grant_permissions(["notifications"], origin=tocsin.base_url)
    page.add_init_script(STUB % json.dumps(subscription))

    page.goto(f"{tocsin.base_url}/preferences#token={user_token(org, 'jane')}")
    page.wait_for_selector("body[data-ready]")
    card = page.locator("#push-card")
    expect(card).to_be_visible()
    expect(card).to_have_attribute("data-state", "off")
    page.click("#push-toggle")
    expect(card).to_have_attribute("data-state", "on")

    sent = page.evaluate("window.__subscribed")
    key = base64.urlsafe_b64decode(public_key + "=" * (-len(public_key) % 4))
    assert sent["userVisibleOnly"] is True and bytes(sent["key"]) == key
    assert _admin(tocsin, org, "GET", "/v1/admin/channels/webpush").json()["subscriptions"] == 1
    worker = page.evaluate(
        "navigator.serviceWorker.getRegistration('/static/')"
        ".then(r => r && (r.active || r.waiting || r.installing).scriptURL)"
    )
    assert worker == f"{tocsin.base_url}/static/tocsin-sw.js"

    page.click("#push-toggle")  # off again: the subscription leaves the server too
    expect(card).to_have_attribute("data-state", "off")
    assert _admin(tocsin, org, "GET", "/v1/admin/channels/webpush").json()["subscriptions"] == 0
    assert page.errors == []


def test_no_opt_in_without_a_vapid_key(tocsin: Proc, org: OrgHandle, page: Any) -> None:
    page.goto(f"{tocsin.base_url}/preferences#token={user_token(org, 'jane')}")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("#push-card")).to_be_hidden()


RUN_WORKER = """
async ({ openTabs }) => {
  const src = await (await fetch("/static/tocsin-sw.js")).text();
  const handlers = {};
  const opened = [];
  const focused = [];
  const fetched = [];
  const shown = [];
  const store = new Map();
  const fakeCaches = {
    open: async () => ({
      put: async (key, response) => store.set(key, await response.text()),
      match: async (key) => (store.has(key) ? new Response(store.get(key)) : undefined),
    }),
  };
  const tabs = openTabs.map((url) => ({ url, focus: async function () { focused.push(url); return this; } }));
  const scope = {
    addEventListener: (type, fn) => { handlers[type] = fn; },
    location: new URL(location.origin + "/static/tocsin-sw.js"),
    skipWaiting() {},
    clients: {
      matchAll: async () => tabs,
      openWindow: async (url) => { opened.push(url); return {}; },
      claim: async () => {},
    },
    registration: { showNotification: async (title, options) => { shown.push({ title, options }); } },
  };
  const fakeFetch = async (url, init) => {
    fetched.push({ url, method: init.method, auth: init.headers.Authorization });
    return new Response(null, { status: 200 });
  };
  new Function("self", "caches", "fetch", src)(scope, fakeCaches, fakeFetch);
  const pending = [];
  const event = (extra) => ({ waitUntil: (p) => pending.push(p), ...extra });
  const settle = async () => { await Promise.all(pending.splice(0)); };
  handlers.message(event({ data: { type: "tocsin-token", server: "https://tocsin.example.com", token: "tok-1" } }));
  await settle();
  const payload = {
    title: "Task assigned: Call Acme", body: "Call Acme back", url: "https://crm.example.com/tasks/T1",
    notification_id: 42, tag: "tocsin-42", icon: "https://tocsin.example.com/static/tocsin-icon.svg",
  };
  handlers.push(event({ data: { json: () => payload } }));
  await settle();
  let closed = 0;
  handlers.notificationclick(event({ notification: { data: shown[0].options.data, close: () => { closed += 1; } } }));
  await settle();
  const notes = shown.map((s) => ({ title: s.title, body: s.options.body, tag: s.options.tag }));
  return { opened, focused, fetched, closed, shown: notes };
}
"""


def test_the_service_workers_click_opens_the_entity_and_marks_it_read(tocsin: Proc, page: Any) -> None:
    page.goto(f"{tocsin.base_url}/healthz")
    result = page.evaluate(RUN_WORKER, {"openTabs": []})
    assert result["shown"] == [{"title": "Task assigned: Call Acme", "body": "Call Acme back", "tag": "tocsin-42"}]
    assert result["opened"] == ["https://crm.example.com/tasks/T1"] and result["closed"] == 1
    assert result["fetched"] == [
        {"url": "https://tocsin.example.com/v1/me/notifications/42/read", "method": "POST", "auth": "Bearer tok-1"}
    ]


def test_the_service_workers_click_focuses_an_open_tab_of_the_record(tocsin: Proc, page: Any) -> None:
    page.goto(f"{tocsin.base_url}/healthz")
    result = page.evaluate(RUN_WORKER, {"openTabs": ["https://crm.example.com/tasks/T1"]})
    assert result["focused"] == ["https://crm.example.com/tasks/T1"] and result["opened"] == []


def test_the_bell_offers_push_where_the_crm_hosts_the_worker(
    tocsin: Proc, crm: Any, org: OrgHandle, page: Any, context: Any
) -> None:
    r = _admin(tocsin, org, "PUT", "/v1/admin/channels/webpush", json={"subject": "mailto:ops@example.com"})
    assert r.status_code == 200, r.text
    _admin(tocsin, org, "POST", "/v1/admin/channels/webpush/vapid")
    subscription = FakeBrowser("crm-tab").subscription("https://push.example.net/wpush/v2")
    context.grant_permissions(["notifications"], origin=crm.origin)
    page.add_init_script(STUB % json.dumps(subscription))
    html = bell_page(tocsin.base_url, user_token(org, "jane"))
    page.goto(crm.put(html.replace("<tocsin-bell ", '<tocsin-bell push-worker="/tocsin-sw.js" ')))
    page.locator("tocsin-bell [part=bell]").click()
    button = page.locator("tocsin-bell [part=push]")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("data-on", "false")
    button.click()
    expect(button).to_have_attribute("data-on", "true")
    assert _admin(tocsin, org, "GET", "/v1/admin/channels/webpush").json()["subscriptions"] == 1
    worker = page.evaluate(
        "navigator.serviceWorker.getRegistration('/').then(r => r && (r.active || r.waiting || r.installing).scriptURL)"
    )
    assert worker == f"{crm.origin}/tocsin-sw.js"


def test_the_bell_offers_no_push_without_a_worker_on_the_page_origin(
    tocsin: Proc, crm: Any, org: OrgHandle, page: Any
) -> None:
    _admin(tocsin, org, "PUT", "/v1/admin/channels/webpush", json={"subject": "mailto:ops@example.com"})
    _admin(tocsin, org, "POST", "/v1/admin/channels/webpush/vapid")
    page.goto(crm.put(bell_page(tocsin.base_url, user_token(org, "jane"))))
    page.locator("tocsin-bell [part=bell]").click()
    expect(page.locator("tocsin-bell [part=panel]")).to_be_visible()
    expect(page.locator("tocsin-bell [part=push]")).to_be_hidden()


# The browser's own permission state and request, observed: headless Chromium answers requests
# without asking, so the test records them (and starts from "default", nothing decided yet).
PERMISSION_SPY = """
(() => {
  window.__asked = 0;
  let permission = "default";
  Object.defineProperty(Notification, "permission", { get: () => permission, configurable: true });
  Notification.requestPermission = async () => { window.__asked += 1; permission = "granted"; return permission; };
})();
"""


def _prompting_bell(tocsin: Proc, crm: Any, org: OrgHandle, page: Any) -> str:
    r = _admin(tocsin, org, "PUT", "/v1/admin/channels/webpush", json={"subject": "mailto:ops@example.com"})
    assert r.status_code == 200, r.text
    _admin(tocsin, org, "POST", "/v1/admin/channels/webpush/vapid")
    page.add_init_script(STUB % json.dumps(FakeBrowser("crm-tab").subscription("https://push.example.net/wpush/v2")))
    page.add_init_script(PERMISSION_SPY)
    html = bell_page(tocsin.base_url, user_token(org, "jane"))
    return str(crm.put(html.replace("<tocsin-bell ", '<tocsin-bell push-worker="/tocsin-sw.js" ')))


def _open_panel(page: Any) -> Any:
    page.locator("tocsin-bell [part=bell]").click()
    expect(page.locator("tocsin-bell [part=push]")).to_be_visible()  # the opt-in was offered
    return page.locator("tocsin-bell [part=push-prompt]")


def test_the_soft_prompt_is_shown_once_per_login_and_not_now_is_remembered(
    tocsin: Proc, crm: Any, org: OrgHandle, page: Any, context: Any
) -> None:
    url = _prompting_bell(tocsin, crm, org, page)
    page.goto(url)
    prompt = _open_panel(page)
    expect(prompt).to_be_visible()
    expect(prompt).to_contain_text("Get notified on this device?")
    page.reload()
    expect(_open_panel(page)).to_be_hidden()  # once per login: not again in this session
    assert page.evaluate("localStorage.getItem('tocsin.push.declined')") is None

    other = context.new_page()  # a new tab: a new session, so asked again
    other.add_init_script(PERMISSION_SPY)
    other.goto(url)
    prompt = _open_panel(other)
    expect(prompt).to_be_visible()
    prompt.locator("[part=push-later]").click()
    expect(prompt).to_be_hidden()
    assert other.evaluate("window.__asked") == 0  # "Not now" never asks the browser
    declined = other.evaluate("Number(localStorage.getItem('tocsin.push.declined'))")
    assert declined > 0

    third = context.new_page()  # another session, within 30 days of "Not now": not asked
    third.add_init_script(PERMISSION_SPY)
    third.goto(url)
    expect(_open_panel(third)).to_be_hidden()
    third.reload()
    expect(_open_panel(third)).to_be_hidden()
    # Thirty-one days later it may ask again.
    third.evaluate(f"localStorage.setItem('tocsin.push.declined', String({declined} - 31 * 86400000))")
    fourth = context.new_page()
    fourth.add_init_script(PERMISSION_SPY)
    fourth.goto(url)
    expect(_open_panel(fourth)).to_be_visible()


def test_only_allow_asks_the_browser_and_subscribes(tocsin: Proc, crm: Any, org: OrgHandle, page: Any) -> None:
    page.goto(_prompting_bell(tocsin, crm, org, page))
    prompt = _open_panel(page)
    expect(prompt).to_be_visible()
    assert page.evaluate("window.__asked") == 0  # showing the prompt asks nothing of the browser
    prompt.locator("[part=push-allow]").click()
    expect(prompt).to_be_hidden()
    expect(page.locator("tocsin-bell [part=push]")).to_have_attribute("data-on", "true")
    assert page.evaluate("window.__asked") == 1
    assert _admin(tocsin, org, "GET", "/v1/admin/channels/webpush").json()["subscriptions"] == 1
