"""Security headers on every answer, and a Content-Security-Policy on Tocsin's own pages.

Pages load scripts from this server only (no inline script), talk only to this server (and its
public URL, over HTTP and WebSocket), and may be framed only by the CRM origins the server allows.
FastAPI's /docs and /redoc pages load their assets from a CDN with an inline script, so they keep
no CSP here (they show only the public OpenAPI document).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tocsin.config import Settings

NO_CSP_PATHS = ("/docs", "/redoc")
# The admin console previews email HTML (inline styles are the norm in email) in a sandboxed frame
# without scripts; the frame inherits the page's policy, so inline styles are allowed there.
INLINE_STYLE_PATHS = ("/admin",)


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def content_security_policy(settings: Settings) -> str:
    connect = ["'self'"]
    public = _origin(settings.public_url) if settings.public_url else None
    if public:
        connect += [public, "ws" + public[4:]]  # http->ws, https->wss
    origins = [o for o in (_origin(x) for x in settings.allowed_origins if x != "*") if o]
    ancestors = "*" if "*" in settings.allowed_origins else " ".join(["'self'", *origins])
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            f"connect-src {' '.join(connect)}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            f"frame-ancestors {ancestors}",
        )
    )


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.csp = content_security_policy(settings)
        self.inline_style_csp = self.csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                is_html = headers.get("content-type", "").startswith("text/html")
                if is_html and not path.startswith(NO_CSP_PATHS):
                    inline = path in INLINE_STYLE_PATHS
                    headers["Content-Security-Policy"] = self.inline_style_csp if inline else self.csp
            await send(message)

        await self.app(scope, receive, with_headers)
