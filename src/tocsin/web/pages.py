"""The user's own pages: notification history (/inbox) and preferences (/preferences).

The pages are static shells: the token travels in the URL fragment, which browsers never send
to a server, and the page's script talks to the API with it. So the routes take no token and
no page HTML ever carries one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter
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
