"""User tokens for the bell, minted by Tocsin and cached until shortly before they expire."""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime

from django.core.cache import caches
from django.utils import timezone

from tocsin_client import TocsinError
from tocsin_django import client as clients
from tocsin_django import conf

log = logging.getLogger("tocsin_django")


def _cache_key(config: conf.Config, username: str) -> str:
    # The org's key and server are part of the key: another org's token is never served.
    scope = hashlib.sha256(f"{config.url}\n{config.api_key}\n{username}".encode()).hexdigest()[:32]
    return f"tocsin:token:{scope}"


def token_for(username: str) -> str | None:
    """A user token for `username`: cached, else minted (POST /v1/users/{username}/token).
    None when Tocsin cannot mint one now: the page still renders, the bell shows "no token"."""
    config = conf.get()
    cache = caches[config["TOKEN_CACHE"]]
    key = _cache_key(config, username)
    cached = cache.get(key)
    if isinstance(cached, str):
        return cached
    try:
        minted = clients.get().user_token(username, ttl_seconds=int(config["TOKEN_TTL_SECONDS"]))
    except TocsinError as exc:
        log.warning("tocsin: no bell token for a user (%s)", exc.code)
        return None
    expires = minted.expires_at
    if not isinstance(expires, datetime):  # older clients give the ISO text
        expires = datetime.fromisoformat(str(expires).replace("Z", "+00:00"))
    keep = (expires - timezone.now()).total_seconds() - float(config["TOKEN_REFRESH_MARGIN_SECONDS"])
    if keep > 0:
        cache.set(key, minted.token, timeout=keep)
    return minted.token
