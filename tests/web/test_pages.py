"""What the web package serves, over HTTP: the bell module, the pages' shells, and CORS for a CRM
on another origin."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.factories import Factory
from tocsin.app import create_app
from tocsin.config import Settings
from tocsin.context import AppContext

CRM = "https://crm.example.com"


def test_the_bell_is_a_static_es_module_any_origin_can_load(client: TestClient) -> None:
    r = client.get("/static/tocsin-bell.js", headers={"Origin": CRM})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/javascript")
    # Module scripts are fetched in CORS mode: without this header the CRM page could not run it.
    assert r.headers["access-control-allow-origin"] == "*"
    assert r.headers["cache-control"] == "no-cache"
    assert 'customElements.define("tocsin-bell"' in r.text
    # The entry imports the bell's other modules by relative URL: the parts are in the module graph.
    served = "\n".join(bell_modules(client).values())
    for part in ("bell", "badge", "toast", "panel", "item", "mark-all-read", "view-all"):
        assert f'part="{part}"' in served or f'part: "{part}"' in served


IMPORT = re.compile(r"""^(?:import|export)\b[^;]*?from\s+"(\.\.?/[^"]+)";""", re.M)


def bell_modules(client: TestClient) -> dict[str, str]:
    """Every module the bell's entry reaches through relative imports, by URL path, as served to
    a CRM on another origin (each must be a CORS-readable JavaScript module)."""
    found: dict[str, str] = {}
    pending = ["/static/tocsin-bell.js"]
    while pending:
        path = pending.pop()
        if path in found:
            continue
        r = client.get(path, headers={"Origin": CRM})
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/javascript"), path
        assert r.headers["access-control-allow-origin"] == "*", path
        assert r.headers["cache-control"] == "no-cache", path
        found[path] = r.text
        base = path.rsplit("/", 1)[0]
        for target in IMPORT.findall(r.text):
            pending.append(posixpath.normpath(f"{base}/{target}"))
    return found


def test_the_bell_is_split_into_modules_served_like_the_entry(client: TestClient) -> None:
    modules = bell_modules(client)
    for name in ("connection", "http", "state", "render", "push", "backoff", "styles", "text"):
        assert f"/static/bell/{name}.js" in modules
    # Still one script tag for the CRM: the entry alone defines the element.
    assert sum('customElements.define("tocsin-bell"' in text for text in modules.values()) == 1


def test_the_api_answers_a_preflight_for_a_bearer_token(client: TestClient) -> None:
    r = client.options(
        "/v1/me/notifications/read-all",
        headers={
            "Origin": CRM,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] in ("*", CRM)
    assert "authorization" in r.headers["access-control-allow-headers"].lower()
    assert "POST" in r.headers["access-control-allow-methods"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://crm.example.com", ["https://crm.example.com"]),
        ("https://a.example, https://b.example", ["https://a.example", "https://b.example"]),
        ('["https://c.example"]', ["https://c.example"]),
        ("*", ["*"]),
    ],
)
def test_allowed_origins_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, raw: str, expected: list[str]
) -> None:
    monkeypatch.setenv("TOCSIN_ALLOWED_ORIGINS", raw)
    assert Settings().allowed_origins == expected


@pytest.fixture
def strict_client(ctx: AppContext) -> Iterator[TestClient]:
    # A second server on the same database (its own context: one writer per process).
    strict = AppContext.build(ctx.settings.model_copy(update={"allowed_origins": [CRM]}), clock=ctx.clock)
    try:
        with TestClient(create_app(ctx=strict)) as c:
            yield c
    finally:
        strict.dispose()


def test_only_the_allowed_origins_get_cors_answers(strict_client: TestClient, factory: Factory) -> None:
    org = factory.org()
    org.put_user("jane")
    token = org.token("jane")
    preflight = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization"}
    ok = strict_client.options("/v1/me/notifications", headers={"Origin": CRM, **preflight})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == CRM
    refused = strict_client.options("/v1/me/notifications", headers={"Origin": "https://evil.example", **preflight})
    assert refused.status_code == 400
    assert "access-control-allow-origin" not in refused.headers
    r = strict_client.get(
        "/v1/me/notifications/unread-count", headers={"Origin": CRM, "Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == CRM


@pytest.mark.parametrize(("path", "script"), [("/inbox", "inbox.js"), ("/preferences", "preferences.js")])
def test_the_pages_are_shells_that_take_no_token(client: TestClient, path: str, script: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert f'src="static/pages/{script}"' in r.text
    # The token stays in the fragment: nothing in the shell depends on it, nothing caches it,
    # and the page sends no Referer and loads nothing from elsewhere.
    assert r.headers["cache-control"] == "no-store"
    assert r.headers["referrer-policy"] == "no-referrer"
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert client.get(f"/static/pages/{script}").status_code == 200


def test_the_pages_scripts_and_styles_are_served(client: TestClient) -> None:
    for asset in ("pages/common.js", "pages/inbox.js", "pages/preferences.js", "pages/pages.css"):
        assert client.get(f"/static/{asset}").status_code == 200, asset
    assert client.get("/static/../config.py").status_code == 404


def test_the_demo_is_off_unless_enabled(client: TestClient) -> None:
    assert client.get("/demo").status_code == 404
    assert client.post("/demo/fire", json={"action": "broadcast", "user": "maria"}).status_code in (404, 405)


def test_each_admin_tab_has_its_module_and_the_scripts_name_no_section_or_channel(
    client: TestClient, factory: Factory
) -> None:
    page = client.get("/admin")
    sections = re.findall(r'data-section="([a-z_]+)"', page.text)
    assert sections and len(sections) == len(set(sections))
    for section in sections:
        r = client.get(f"/static/pages/admin/{section}.js")
        assert r.status_code == 200, section
        assert r.headers["content-type"].startswith("text/javascript")
        assert "export default async function" in r.text
    # The list of sections is the server's alone, and channels come from the API: adding either
    # needs no change to the console's scripts.
    org = factory.org()
    channels = [c["name"] for c in client.get("/v1/admin/channels", headers=org.headers).json()]
    assert channels
    scripts = [client.get("/static/pages/admin.js").text]
    for module in ("ui", "openapi", "tabs", "session", *sections):
        scripts.append(client.get(f"/static/pages/admin/{module}.js").text)
    for text in scripts:
        for name in (*sections, *channels, "in_app"):
            assert f'"{name}"' not in text, name
