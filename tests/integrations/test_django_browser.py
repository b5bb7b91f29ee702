"""The Django page in Chromium: `{% tocsin_bell %}` rendered by a real Django project (served over
HTTP on loopback, its own origin) shows the lead Django saved, from a real `tocsin serve`."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from tests.conftest import service_missing
from tests.factories import Factory
from tests.integrations.test_django import make_users, pending, use_tocsin
from tests.servers import Proc
from tests.waiting import wait_until
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS, WAIT_MS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


class Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def crm_site(crm: Any) -> Iterator[str]:
    """The Django project served on a loopback port (another origin than Tocsin's)."""
    from django.core.handlers.wsgi import WSGIHandler

    httpd: WSGIServer = make_server("127.0.0.1", 0, WSGIHandler(), handler_class=Quiet)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_the_bell_on_a_django_page_shows_the_saved_lead(
    crm: Any, crm_site: str, server: Proc, factory: Factory
) -> None:
    if not CHROMIUM.exists():
        service_missing(f"Chromium at {CHROMIUM}")
    from django.conf import settings
    from django.test import Client
    from playwright.sync_api import expect, sync_playwright

    from tocsin_django import acting_as

    org = factory.org()
    use_tocsin(server.base_url, org.api_key, SEND="thread", RETRY_BASE_SECONDS=0.2, RETRY_MAX_SECONDS=1.0)
    jane, _ = make_users()
    with acting_as("bob"):
        crm.objects.create(name="Acme Corp", owner=jane)
    wait_until(lambda: pending() == 0, "the lead sent to Tocsin", timeout=10)
    login = Client()
    login.force_login(jane)
    session = login.cookies[settings.SESSION_COOKIE_NAME].value

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            context.set_default_timeout(WAIT_MS)
            context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": crm_site}])
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(crm_site + "/")
            bell = page.locator("tocsin-bell")
            expect(bell.locator('[part~="badge"]')).to_have_text("1")
            bell.locator('[part~="bell"]').click()
            expect(bell.locator('[part~="item"]')).to_contain_text("New lead: Acme Corp")
            assert errors == []
        finally:
            browser.close()
