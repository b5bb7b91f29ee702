"""<tocsin-bell> in single-page CRMs built with React 18, React 19 and Vue 3, each using the element
the way that framework does (properties, events), from the frameworks' prebuilt npm files."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc
from tests.waiting import wait_until
from tests.web.conftest import WAIT_MS, CrmSite, me, post_event, screenshot_path, user_token

pytestmark = pytest.mark.browser

SCRIPTS = {
    "react18": ["vendor/react18/react.production.min.js", "vendor/react18/react-dom.production.min.js", "react18.js"],
    "react19": [
        "cjs.js",
        "cjs/scheduler.js",
        "cjs/react.js",
        "cjs/react-dom.js",
        "cjs/react-dom~client.js",
        "react19.js",
    ],
    "vue3": ["vendor/vue/vue.global.prod.js", "vue.js"],
    "angular": ["vendor/angular/rxjs/rxjs.umd.min.js"],
}
ANGULAR = "vendor/angular"
IMPORT_MAP = {
    "@angular/core": f"{ANGULAR}/core/core.mjs",
    "@angular/core/primitives/signals": f"{ANGULAR}/core/primitives-signals.mjs",
    "@angular/core/primitives/di": f"{ANGULAR}/core/primitives-di.mjs",
    "@angular/common": f"{ANGULAR}/common/common.mjs",
    "@angular/common/http": f"{ANGULAR}/common/http.mjs",
    "@angular/compiler": f"{ANGULAR}/compiler/compiler.mjs",
    "@angular/platform-browser": f"{ANGULAR}/platform-browser/platform-browser.mjs",
    "rxjs": f"{ANGULAR}/rxjs/rxjs.js",
    "rxjs/operators": f"{ANGULAR}/rxjs/operators.js",
}


def spa_page(crm: CrmSite, server: Proc, framework: str, *, token: str, fresh: str) -> str:
    base = f"{crm.origin}/frameworks"
    scripts = "\n".join(f'<script src="{base}/{name}" defer></script>' for name in SCRIPTS[framework])
    import_map, root = "", "div"
    if framework == "angular":
        # An import map must come before the first module script of the page.
        imports = {name: f"{base}/{path}" for name, path in IMPORT_MAP.items()}
        import_map = f'<script type="importmap">{json.dumps({"imports": imports})}</script>'
        scripts += f'\n<script type="module" src="{base}/angular.js"></script>'
        root = "crm-app"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{framework} CRM</title>
{import_map}
<script type="module" src="{server.base_url}/static/tocsin-bell.js"></script>
{scripts}
</head>
<body><{root} id="app" data-server="{html.escape(server.base_url)}" data-token="{token}" data-fresh="{fresh}"></{root}>
</body></html>"""


@pytest.mark.parametrize("framework", sorted(SCRIPTS))
def test_a_single_page_crm_binds_the_bell_its_own_way(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any, framework: str
) -> None:
    post_event(
        tocsin,
        org,
        "lead_assigned",
        actor="bob",
        entity={"type": "lead", "id": "L3", "name": "Ada Park", "url": f"{crm.origin}/leads/L3", "owner": "jane"},
    )
    expired = user_token(org, "jane", now=datetime.now(UTC) - timedelta(hours=2), ttl=timedelta(hours=1))
    fresh = user_token(org, "jane")
    page.goto(crm.put(spa_page(crm, tocsin, framework, token=expired, fresh=fresh)))
    page.evaluate("window.sameDocument = true")

    # The expired token is answered with a fresh one, bound the framework's way: no reload.
    expect(page.locator("#count")).to_have_text("1")
    expect(page.locator('tocsin-bell [part~="badge"]')).to_have_text("1")
    assert page.locator("body").get_attribute("data-expired") == "1"

    # A click on the notification is the app's to route: cancelled, so no navigation.
    page.locator('tocsin-bell [part~="bell"]').click()
    page.locator('tocsin-bell [part~="item"]').first.click()
    expect(page.locator("#route")).to_have_text("/leads/L3")
    assert page.url == f"{crm.origin}/leads/L3"
    assert page.evaluate("window.sameDocument") is True
    expect(page.locator("#count")).to_have_text("0")
    # The badge drops at the click; the read reaches the server a moment later.
    wait_until(
        lambda: me(tocsin, fresh, "GET", "/notifications/unread-count").json()["unread"] == 0,
        "the server to record the read",
        timeout=WAIT_MS / 1000,
    )
    page.screenshot(path=screenshot_path(f"framework-{framework}.png"), animations="disabled")
    assert page.errors == []
