"""One Tocsin client per (URL, key), shared by the sender thread, the commands and the template tag.

The client's own retries are off: the outbox retries on its own schedule, and a page rendering the
bell must not wait out a back-off.
"""

from __future__ import annotations

import threading

from tocsin_client import RetryPolicy, Tocsin
from tocsin_django import conf

_lock = threading.Lock()
_clients: dict[tuple[str, str, float], Tocsin] = {}


def get() -> Tocsin:
    config = conf.get()
    key = (config.url, config.api_key, float(config["TIMEOUT_SECONDS"]))
    with _lock:
        client = _clients.get(key)
        if client is None:
            client = Tocsin(
                config.url,
                api_key=config.api_key,
                timeout_seconds=key[2],
                retry=RetryPolicy(max_retries=0),
            )
            _clients[key] = client
        return client


def close_all() -> None:
    """Close every client (tests, and a settings change that points elsewhere)."""
    with _lock:
        for client in _clients.values():
            client.close()
        _clients.clear()
