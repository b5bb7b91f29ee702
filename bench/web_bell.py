"""The bell and the pages in real Chromium against one `tocsin serve` on loopback.

Prints: the size of the bell's modules (/static/tocsin-bell.js and the parts it imports from
/static/bell/; raw and gzip, summed over the files), alone and with the English string table
(/static/locales/en.js, which also holds the pages' texts); the time from navigation to the bell's
first count (connected, hello received); event-to-badge latency (POST /v1/events sent -> the page's
`tocsin-notification` event, both on this machine's wall clock); the time to open the panel with
its first page of notifications; and the time until /inbox shows its first page for a user with
--history notifications.

Run: .venv/bin/python -m bench.web_bell [--events 50] [--loads 10] [--history 1000] [--db sqlite]
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bench.common import bench_settings, database, describe, make_org
from tests.servers import server_env, start_server
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS, CrmSite, bell_page
from tocsin.context import AppContext
from tocsin.kit.tokens import mint_user_token

STATIC = Path(__file__).resolve().parents[1] / "src/tocsin/web/static"
BELL = STATIC / "tocsin-bell.js"
ENGLISH = STATIC / "locales/en.js"

# When the page hears of a notification, by this machine's wall clock.
STAMP = '<script>document.addEventListener("tocsin-notification", () => { window.seenAt = Date.now(); });</script>'

OPEN_PANEL = """async () => {
  const bell = document.querySelector("tocsin-bell");
  const list = bell.shadowRoot.querySelector(".list");
  const start = performance.now();
  bell.shadowRoot.querySelector(".bell").click();
  await new Promise((resolve) => {
    const check = () => (list.children.length ? resolve() : requestAnimationFrame(check));
    check();
  });
  const elapsed = performance.now() - start;
  bell.shadowRoot.querySelector(".bell").click();
  return elapsed;
}"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--loads", type=int, default=10)
    parser.add_argument("--history", type=int, default=1000)
    parser.add_argument("--db", default="sqlite", choices=["sqlite", "postgresql"])
    args = parser.parse_args()

    modules = [BELL, *sorted((STATIC / "bell").glob("*.js"))]
    raw = sum(len(m.read_bytes()) for m in modules)
    packed = sum(len(gzip.compress(m.read_bytes(), 9)) for m in modules)
    print(f"bell modules: {raw / 1024:.1f} KiB raw, {packed / 1024:.1f} KiB gzip ({len(modules)} requests)")
    table = ENGLISH.read_bytes()
    both = (raw + len(table)) / 1024, (packed + len(gzip.compress(table, 9))) / 1024
    print(f"bell modules + locales/en.js: {both[0]:.1f} KiB raw, {both[1]:.1f} KiB gzip ({len(modules) + 1} requests)")

    from playwright.sync_api import sync_playwright

    crm = CrmSite()
    crm.thread.start()
    with database(args.db) as url, tempfile.TemporaryDirectory() as folder:
        settings = bench_settings(url)
        ctx = AppContext.build(settings)
        org = make_org(ctx, "benchweb")
        ctx.dispose()
        env = server_env(settings, TOCSIN_WORKER_ENABLED="false", TOCSIN_ALLOWED_ORIGINS=crm.origin)
        server = start_server(env, Path(folder) / "server.log")
        api = httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {org.api_key}"}, timeout=60)
        try:
            for name in ("jane", "bob"):
                assert api.put(f"/v1/users/{name}", json={"email": f"{name}@example.com"}).is_success
            token = mint_user_token(
                username="jane",
                org="benchweb",
                secret=org.signing_secret,
                now=datetime.now(UTC),
                ttl=timedelta(hours=2),
            )
            page_url = crm.put(bell_page(server.base_url, token, before=STAMP))
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                page = browser.new_page()

                connect_ms = []
                for _ in range(args.loads):
                    start = time.perf_counter()
                    page.goto(page_url)
                    page.wait_for_function("window.unreadEvents.length > 0")
                    connect_ms.append((time.perf_counter() - start) * 1000)
                print(f"page load -> bell connected (hello): {describe(connect_ms)}")

                sent_ms, answered_ms = [], []
                for i in range(args.events):
                    before = time.time() * 1000
                    r = api.post(
                        "/v1/events", json={"type": "manual", "recipients": ["jane"], "data": {"title": f"{i}"}}
                    )
                    after = time.time() * 1000
                    assert r.status_code == 202, r.text
                    page.wait_for_function(f"window.notificationEvents.length > {i}")
                    seen = page.evaluate("window.seenAt")
                    sent_ms.append(seen - before)
                    answered_ms.append(max(0.0, seen - after))
                print(f"event -> bell (from POST sent): {describe(sent_ms)}")
                print(f"event -> bell (from POST answered): {describe(answered_ms)}")

                panel_ms = [page.evaluate(OPEN_PANEL) for _ in range(args.loads)]
                print(f"panel open -> first page listed: {describe(panel_ms)}")

                batch = [
                    {"type": "manual", "recipients": ["jane"], "data": {"title": f"history {i}"}}
                    for i in range(args.history)
                ]
                for start_at in range(0, len(batch), 1000):
                    assert api.post("/v1/events/batch", json={"events": batch[start_at : start_at + 1000]}).is_success
                inbox_ms = []
                for _ in range(args.loads):
                    start = time.perf_counter()
                    page.goto(f"{server.base_url}/inbox#token={token}")
                    page.wait_for_selector("body[data-ready]")
                    inbox_ms.append((time.perf_counter() - start) * 1000)
                print(f"/inbox load -> first 25 of {args.history + args.events} shown: {describe(inbox_ms)}")
                browser.close()
        finally:
            api.close()
            server.stop()
            crm.httpd.shutdown()
            crm.httpd.server_close()


if __name__ == "__main__":
    main()
