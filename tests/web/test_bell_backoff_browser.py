"""The bell backs off politely, in real Chromium against `tocsin serve`: reconnects after a server
restart are spread by full-jitter back-off, and reads answered 503 with Retry-After wait, then
succeed. Counts and statuses; the only clock checks are generous lower bounds."""

from __future__ import annotations

import json
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc, free_port, start_server
from tests.web.conftest import CrmSite, bell_page, note, screenshot_path, tocsin_env, user_token
from tocsin.config import Settings

pytestmark = pytest.mark.browser

BELLS = 6

# A seeded Math.random (mulberry32), so the jitter the bells draw is the same on every run, and a
# log of every WebSocket the page opens and of every wait a bell chose before reconnecting.
RECORDER = """<script>
  (function () {
    let seed = 20260107;
    Math.random = function () {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    window.sockets = [];
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args);
        window.sockets.push(performance.now());
      }
    };
    window.waits = [];
  })();
</script>"""


def many_bells_page(server: str, token: str, count: int) -> str:
    bells = "".join(f'<tocsin-bell id="b{i}" server="{server}" token="{token}"></tocsin-bell>' for i in range(count))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme CRM, many tabs</title>
<script>
  window.unreadEvents = [];
  document.addEventListener("tocsin-unread", (e) => window.unreadEvents.push(e.detail));
</script>
{RECORDER}
<script type="module" src="{server}/static/tocsin-bell.js"></script></head>
<body><header>{bells}</header></body></html>"""


WATCH_WAITS = """() => {
  for (const host of document.querySelectorAll("tocsin-bell")) {
    const button = host.shadowRoot.querySelector(".bell");
    new MutationObserver(() => {
      const wait = button.getAttribute("data-retry-ms");
      if (wait !== null) window.waits.push({ bell: host.id, ms: Number(wait) });
    }).observe(button, { attributes: true, attributeFilter: ["data-retry-ms"] });
  }
}"""

ALL_ONLINE = """(count) => {
  const bells = [...document.querySelectorAll("tocsin-bell")];
  return bells.length === count && bells.every((b) => !b.shadowRoot.querySelector(".bell").hasAttribute("data-state"));
}"""


def test_the_back_off_rules_are_full_jitter_and_honour_the_servers_hints(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    page.goto(crm.put(bell_page(tocsin.base_url, user_token(org, "jane"))))
    out = page.evaluate(
        """async (server) => {
          const b = await import(`${server}/static/bell/backoff.js`);
          const top = () => 0.999999, bottom = () => 0, half = () => 0.5;
          return {
            ceilings: [0, 1, 2, 3, 4, 5, 6, 10].map((a) => b.reconnectDelay(a, { random: top })),
            floors: [0, 3, 10].map((a) => b.reconnectDelay(a, { random: bottom })),
            halves: [0, 1, 2].map((a) => b.reconnectDelay(a, { random: half })),
            busySeconds: [b.busyDelay("3", { random: bottom }), b.busyDelay("3", { random: half })],
            busyDate: b.busyDelay(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(),
                                  { random: bottom, now: Date.UTC(2030, 0, 1, 0, 0, 0) }),
            busyUnsaid: b.busyDelay(null, { random: bottom }),
            hints: ["server restarting, retry in 7", "server restarting", "", null, "server full; retry_after=10"]
              .map(b.closeHintMs),
            afterClose: [
              b.afterClose(1013, "try again in 2", 5, { random: half }),
              b.afterClose(1012, "server restarting", 3, { random: half }),
              b.afterClose(1000, "retry in 9", 0, { random: half }),
            ],
          };
        }""",
        tocsin.base_url,
    )
    # Up to min(cap, base * 2^attempt): 1, 2, 4, 8, 16, then the 30 s cap.
    assert out["ceilings"] == [999, 1999, 3999, 7999, 15999, 29999, 29999, 29999]
    assert out["floors"] == [0, 0, 0]
    assert out["halves"] == [500, 1000, 2000]
    # Retry-After plus 0-100 % more; an HTTP date counts from now; no header: about a second.
    assert out["busySeconds"] == [3000, 4500]
    assert out["busyDate"] == 10000
    assert out["busyUnsaid"] == 1000
    assert out["hints"] == [7000, None, None, None, 10000]
    # A hint in a 1012/1013 close reason wins over the attempt's back-off (full jitter over the
    # hinted window); other codes ignore it.
    assert out["afterClose"] == [1000, 4000, 500]
    assert page.errors == []


def test_after_a_restart_the_bells_reconnect_spread_out_not_in_step(
    settings: Settings, crm: CrmSite, org: OrgHandle, page: Any, tmp_path: Path
) -> None:
    port = free_port()
    env = tocsin_env(settings, crm)
    server = start_server(env, tmp_path / "before.log", port=port)
    try:
        token = user_token(org, "jane")
        page.goto(crm.put(many_bells_page(server.base_url, token, BELLS)))
        page.wait_for_function(f"window.unreadEvents.length >= {BELLS}")
        page.wait_for_function(ALL_ONLINE, arg=BELLS)
        page.evaluate(WATCH_WAITS)
        page.evaluate("window.sockets = []")

        server.stop()  # every stream is closed at once (1012, "server restarting")
        page.wait_for_function(f"new Set(window.waits.map((w) => w.bell)).size === {BELLS}")
        server = start_server(env, tmp_path / "after.log", port=port)
        page.wait_for_function(ALL_ONLINE, arg=BELLS, timeout=60_000)

        note(server, org, "jane", "After the restart")
        bells = page.locator("tocsin-bell")
        for i in range(BELLS):
            expect(bells.nth(i).locator('[part~="badge"]')).to_have_text("1")

        waits: list[dict[str, Any]] = page.evaluate("window.waits")
        sockets: list[float] = page.evaluate("window.sockets")
        first = {}
        for wait in waits:
            first.setdefault(wait["bell"], wait["ms"])
        # Each bell drew its own first wait, anywhere in the first window (0 to 1 s): spread, not
        # one instant for all of them.
        assert len(first) == BELLS
        assert all(0 <= ms < 1000 for ms in first.values()), first
        assert len(set(first.values())) == BELLS, first
        assert max(first.values()) - min(first.values()) >= 200, first
        # Every wait stays under the cap, and the windows grow: no tight loop while the server is down.
        assert all(0 <= w["ms"] <= 30_000 for w in waits)
        per_bell = {bell: [w["ms"] for w in waits if w["bell"] == bell] for bell in first}
        assert all(len(ms) <= 12 for ms in per_bell.values()), per_bell
        assert BELLS <= len(sockets) <= BELLS * 13
        page.screenshot(path=screenshot_path("bell-reconnected-after-restart.png"), animations="disabled")
        assert page.errors == []
    finally:
        server.stop()


def test_a_busy_server_is_asked_again_after_retry_after_and_the_list_appears(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    note(tocsin, org, "jane", "Worth the wait")
    token = user_token(org, "jane")
    asked: list[float] = []

    def busy_twice(route: Any) -> None:
        request = route.request
        if request.method == "OPTIONS":
            route.continue_()
            return
        asked.append(time.monotonic())
        if len(asked) <= 2:
            route.fulfill(
                status=503,
                headers={
                    "Content-Type": "application/json",
                    "Retry-After": "1",
                    "Access-Control-Allow-Origin": crm.origin,
                    "Access-Control-Expose-Headers": "Retry-After",
                },
                body=json.dumps({"error": {"code": "busy", "message": "try again shortly"}}),
            )
        else:
            route.continue_()

    page.route(lambda url: "/v1/me/notifications?limit=" in url, busy_twice)
    page.goto(crm.put(bell_page(tocsin.base_url, token)))
    page.wait_for_function("window.unreadEvents.length > 0")
    page.locator("tocsin-bell").locator('[part~="bell"]').click()
    items = page.locator("tocsin-bell").locator('[part~="item"]')
    expect(items).to_have_count(1)
    expect(items.first).to_contain_text("Worth the wait")
    # Two refusals, then the answer; each try came at least Retry-After (1 s) after the one before.
    assert len(asked) == 3
    assert all(later - earlier >= 0.9 for earlier, later in pairwise(asked))
    assert page.errors == []
