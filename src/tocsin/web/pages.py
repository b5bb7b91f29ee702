"""The front page (/), the API reference (/docs), and the user's own pages: notification
history (/inbox) and preferences (/preferences).

The pages are static shells: the token travels in the URL fragment, which browsers never send
to a server, and the page's script talks to the API with it. So the routes take no token and
no page HTML ever carries one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from tocsin import __version__

PAGES_DIR = Path(__file__).parent / "pages"

templates = Environment(
    loader=FileSystemLoader(PAGES_DIR),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

# The pages load only their own scripts and styles and speak only to this server; no Referer
# leaves them, and nothing caches a page that is about to read a token from its fragment.
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    ),
}

# Swagger UI sets inline styles on what it renders; its scripts still come only from this server.
DOCS_HEADERS = {
    **PAGE_HEADERS,
    "Cache-Control": "no-cache",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    ),
}

router = APIRouter(include_in_schema=False)


def page(name: str, *, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    html = templates.get_template(name).render(version=__version__, **context)
    return HTMLResponse(html, headers=headers if headers is not None else PAGE_HEADERS)


@router.get("/inbox", response_class=HTMLResponse)
def inbox() -> HTMLResponse:
    return page("inbox.html", title="Notifications", title_key="inbox.title", page="inbox", script="inbox.js")


@router.get("/preferences", response_class=HTMLResponse)
def preferences() -> HTMLResponse:
    return page(
        "preferences.html", title="Preferences", title_key="prefs.title", page="preferences", script="preferences.js"
    )


# The admin console: one page, a tab per section. This is the only list of the sections: the page
# renders a tab and a panel for each, and its script loads static/pages/admin/{key}.js to build it.
ADMIN_SECTIONS = (
    ("channels", "Channels"),
    ("routing", "Routing"),
    ("templates", "Templates"),
    ("settings", "Settings"),
    ("deliveries", "Delivery log"),
    ("events", "Events"),
    ("audit", "Audit"),
    ("outcomes", "Outcomes"),
)

# The template preview shows the email's own HTML (inline styles are the norm in email) in a
# sandboxed frame without scripts; the frame inherits this page's policy, so inline styles are
# allowed here (guards.headers sets the same policy on every answer), scripts still only from
# this server.
ADMIN_HEADERS = {
    **PAGE_HEADERS,
    "Content-Security-Policy": PAGE_HEADERS["Content-Security-Policy"].replace(
        "style-src 'self'", "style-src 'self' 'unsafe-inline'"
    ),
}


@router.get("/admin", response_class=HTMLResponse)
def admin() -> HTMLResponse:
    return page(
        "admin.html", headers=ADMIN_HEADERS, title="Administration", page="admin", script="admin.js",
        sections=ADMIN_SECTIONS,
    )  # fmt: skip


@router.get("/", response_class=HTMLResponse)
def front(request: Request) -> HTMLResponse:
    base_url = str(request.base_url).rstrip("/")
    return page("front.html", title="Tocsin", page="front", script="front.js", admin=True, base_url=base_url)


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    return page("docs.html", headers=DOCS_HEADERS)
