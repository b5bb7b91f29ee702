"""The front page and the offline API reference, in real Chromium against `tocsin serve`."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import expect

from tests.servers import Proc
from tests.web.conftest import screenshot_path

pytestmark = pytest.mark.browser


def only_this_server(page: Any, server: Proc) -> list[str]:
    """Abort every request to another host; returns the list of what was refused."""
    origin = urlsplit(server.base_url).netloc
    refused: list[str] = []

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).netloc == origin:
            r.continue_()
        else:
            refused.append(url)
            r.abort()

    page.route("**/*", route)
    return refused


def test_the_front_page_says_what_this_is_and_links_the_pages(tocsin: Proc, page: Any) -> None:
    refused = only_this_server(page, tocsin)
    page.goto(f"{tocsin.base_url}/")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator("h1")).to_have_text("Tocsin")
    links = page.locator(".links > li > a")
    expect(links).to_have_text(["Notifications", "Preferences", "Administration", "API reference"])
    expect(page.locator(".snippet")).to_contain_text(f'<tocsin-bell server="{tocsin.base_url}"')
    for href in ("inbox", "preferences", "admin", "docs", "openapi.json", "healthz"):
        r = httpx.get(f"{tocsin.base_url}/{href}", timeout=30)
        assert r.status_code == 200, href
    page.screenshot(path=screenshot_path("front.png"), full_page=True, animations="disabled")
    assert refused == [] and page.errors == []


def test_docs_render_the_operations_with_no_other_host_reachable(tocsin: Proc, page: Any) -> None:
    refused = only_this_server(page, tocsin)
    page.goto(f"{tocsin.base_url}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Tocsin")
    operations = page.locator(".opblock-summary-path")
    expect(operations.first).to_be_visible()
    paths = set(operations.all_inner_texts())
    assert {"/v1/events", "/v1/me/notifications", "/v1/users/{username}/token"} <= {
        p.replace("\u200b", "") for p in paths
    }
    # An operation opens with its parameters.
    page.locator(".opblock-summary-path", has_text="/v1/me/notifications").first.click()
    expect(page.locator(".opblock.is-open .parameters-container").first).to_be_visible()
    page.screenshot(path=screenshot_path("docs.png"), animations="disabled")
    assert refused == [], refused
    assert page.errors == []
    r = httpx.get(f"{tocsin.base_url}/static/vendor/swagger-ui/swagger-ui-bundle.js", timeout=30)
    assert r.status_code == 200 and "SwaggerUIBundle" in r.text
