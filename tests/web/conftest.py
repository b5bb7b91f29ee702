"""Browser tests: Debian's Chromium through Playwright, a real `tocsin serve`, and a stand-in CRM
served from another origin (another loopback port) that embeds the bell with one script tag.

Screenshots go to $TOCSIN_ARTIFACTS_DIR/screenshots (default <repo>/artifacts/screenshots).
"""

from __future__ import annotations

import html
import os
import secrets
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import service_missing
from tests.factories import OrgHandle
from tests.servers import Proc, free_port, server_env, start_server
from tocsin.config import Settings
from tocsin.kit.tokens import mint_user_token

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000


def artifacts_dir() -> Path:
    return Path(os.environ.get("TOCSIN_ARTIFACTS_DIR") or REPO / "artifacts")


def screenshot_path(name: str) -> Path:
    path = artifacts_dir() / "screenshots" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


# --- the browser --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        service_missing(f"Chromium at {CHROMIUM}")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=WAIT_MS)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, device_scale_factor=1, locale="en-US")
    ctx.set_default_timeout(WAIT_MS)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context: Any) -> Any:
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.errors = errors
    return tab


# --- the CRM on another origin ------------------------------------------------------------------


class CrmSite:
    """A tiny web server standing in for a CRM: registered pages, and a record page elsewhere."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                content_type = "text/html; charset=utf-8"
                if path.startswith("/frameworks/"):
                    data, content_type = framework_file(path.removeprefix("/frameworks/"))
                else:
                    data = (site.pages.get(path) or record_page(path)).encode()
                self.send_response(200 if data else 404)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def put(self, html_text: str) -> str:
        """Serve `html_text` at a fresh path; returns its URL."""
        path = f"/crm/{secrets.token_hex(4)}"
        self.pages[path] = html_text
        return self.origin + path


FRAMEWORKS = Path(__file__).parent / "frameworks"
# React 19 ships CommonJS only: each file is wrapped for the page's small registry (frameworks/cjs.js).
CJS_MODULES = {
    "react": "vendor/react19/react.production.js",
    "react-dom": "vendor/react19/react-dom.production.js",
    "react-dom/client": "vendor/react19/react-dom-client.production.js",
    "scheduler": "vendor/react19/scheduler.production.js",
}


def framework_file(name: str) -> tuple[bytes, str]:
    """A file of tests/web/frameworks, or a CommonJS module wrapped for the registry."""
    if name.startswith("cjs/"):
        module = name.removeprefix("cjs/").removesuffix(".js").replace("~", "/")
        source = (FRAMEWORKS / CJS_MODULES[module]).read_text()
        wrapped = f"cjs.define({module!r}, function (module, exports, require, process) {{\n{source}\n}});\n"
        return wrapped.encode(), "text/javascript; charset=utf-8"
    path = (FRAMEWORKS / name).resolve()
    if FRAMEWORKS not in path.parents or not path.is_file():
        return b"", "text/plain"
    javascript = path.suffix in (".js", ".mjs")
    return path.read_bytes(), "text/javascript; charset=utf-8" if javascript else "text/plain"


def record_page(path: str) -> str:
    return f"<!doctype html><title>Record</title><h1 id='record'>{html.escape(path)}</h1>"


def bell_page(server: str, token: str, *, before: str = "") -> str:
    """A CRM page embedding the bell the documented way; it records the bell's DOM events."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme CRM</title>
<script>
  window.unreadEvents = []; window.notificationEvents = [];
  document.addEventListener("tocsin-unread", (e) => window.unreadEvents.push(e.detail));
  document.addEventListener("tocsin-notification", (e) => window.notificationEvents.push(e.detail));
</script>
{before}
<script type="module" src="{server}/static/tocsin-bell.js"></script>
<style>
  body {{ margin: 0; font: 14px system-ui, sans-serif; background: #f6f7f9; color: #111827; }}
  header {{ display: flex; align-items: center; gap: 16px; height: 60px; padding: 0 24px;
           background: #fff; border-bottom: 1px solid #e5e7eb; }}
  header strong {{ margin-right: auto; font-size: 16px; }}
  main {{ padding: 24px; height: 600px; }}
</style></head>
<body>
  <header><strong>Acme CRM</strong><span>Leads</span><span>Deals</span>
    <tocsin-bell server="{server}" token="{token}"></tocsin-bell></header>
  <main><h1>Pipeline</h1></main>
</body></html>"""


@pytest.fixture(scope="module")
def crm() -> Iterator[CrmSite]:
    site = CrmSite()
    site.thread.start()
    try:
        yield site
    finally:
        site.httpd.shutdown()
        site.httpd.server_close()


# --- Tocsin --------------------------------------------------------------------------------------


def tocsin_env(settings: Settings, crm: CrmSite) -> dict[str, str]:
    # Only the CRM's origin may call the API from a browser: CORS must work with a real list.
    return server_env(settings, TOCSIN_WORKER_ENABLED="false", TOCSIN_ALLOWED_ORIGINS=crm.origin)


@pytest.fixture(scope="module")
def tocsin(
    base_settings: Settings, _schema: None, crm: CrmSite, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Proc]:
    proc = start_server(tocsin_env(base_settings, crm), tmp_path_factory.mktemp("web") / "server.log")
    try:
        yield proc
    finally:
        proc.stop()




def user_token(
    org: OrgHandle, username: str, *, ttl: timedelta = timedelta(hours=1), now: datetime | None = None
) -> str:
    """Signed the way a CRM signs it, valid by the wall clock the server uses."""
    return mint_user_token(
        username=username, org=org.slug, secret=org.signing_secret, now=now or datetime.now(UTC), ttl=ttl
    )


def post_event(server: Proc, org: OrgHandle, type_: str = "manual", **body: Any) -> dict[str, Any]:
    """An event through the running server's API, so its real-time hub sees the commit."""
    r = httpx.post(f"{server.base_url}/v1/events", json={"type": type_, **body}, headers=org.headers, timeout=30)
    assert r.status_code == 202, r.text
    return r.json()  # type: ignore[no-any-return]


def me(server: Proc, token: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.request(
        method, f"{server.base_url}/v1/me{path}", headers={"Authorization": f"Bearer {token}"}, timeout=30, **kwargs
    )


def note(server: Proc, org: OrgHandle, user: str, title: str, **data: Any) -> int:
    """A `manual` notification for `user` titled `title`; returns nothing useful but its event id."""
    result = post_event(server, org, "manual", recipients=[user], data={"title": title, **data})
    return int(result["event_id"])
