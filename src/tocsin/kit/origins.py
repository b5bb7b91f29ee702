"""Whether a browser's `Origin` may use the API's streams: the configured TOCSIN_ALLOWED_ORIGINS
(`*`: any), Tocsin's own pages (the same host, or TOCSIN_PUBLIC_URL), and clients that send no
Origin at all (servers, scripts: not a browser page acting for someone)."""

from __future__ import annotations

from urllib.parse import urlsplit


def _normal(origin: str) -> str:
    return origin.strip().rstrip("/").lower()


def origin_allowed(origin: str | None, *, allowed: list[str], host: str | None, public_url: str = "") -> bool:
    if origin is None or "*" in allowed:
        return True
    wanted = _normal(origin)
    if wanted in {_normal(o) for o in allowed}:
        return True
    if public_url and wanted == _normal(f"{urlsplit(public_url).scheme}://{urlsplit(public_url).netloc}"):
        return True
    # Same origin: the page was served by this host (Tocsin's own /inbox and /preferences).
    return host is not None and urlsplit(wanted).netloc == host.lower()
