"""Sending a `Call` with httpx: authentication, retries of 429/5xx/unreachable, typed errors."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from tocsin import __version__
from tocsin.client import errors
from tocsin.client.calls import Call, RetryPolicy, should_retry

T = TypeVar("T")
DEFAULT_TIMEOUT_SECONDS = 10.0


def _headers(api_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}", "User-Agent": f"tocsin-python/{__version__}"}


def _unreachable(exc: httpx.TransportError) -> errors.TocsinConnectionError:
    return errors.TocsinConnectionError(f"cannot reach Tocsin: {type(exc).__name__}: {exc}", code="unreachable")


class SyncTransport:
    def __init__(
        self,
        base_url: str,
        *,
        api_key: str,
        timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
        retry: RetryPolicy | None = None,
        http: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        **httpx_options: Any,
    ) -> None:
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._owned = http is None
        self._http = http or httpx.Client(timeout=timeout_seconds, **httpx_options)
        self._base_url = base_url.rstrip("/")
        self._headers = _headers(api_key)

    def run(self, call: Call[T]) -> T:
        """Send, retrying what may succeed later; the request (and its idempotency key) never changes."""
        url = self._base_url + call.path
        headers = {**self._headers, **call.headers}
        attempt = 0
        while True:
            try:
                response = self._http.request(call.method, url, json=call.json, params=call.params, headers=headers)
            except httpx.TransportError as exc:
                if attempt >= self.retry.max_retries:
                    raise _unreachable(exc) from exc
                self._sleep(self.retry.delay(attempt, None))
            else:
                if not should_retry(response) or attempt >= self.retry.max_retries:
                    return call.parse(response)
                self._sleep(self.retry.delay(attempt, response))
            attempt += 1

    def close(self) -> None:
        if self._owned:
            self._http.close()


class AsyncTransport:
    def __init__(
        self,
        base_url: str,
        *,
        api_key: str,
        timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
        retry: RetryPolicy | None = None,
        http: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        **httpx_options: Any,
    ) -> None:
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._owned = http is None
        self._http = http or httpx.AsyncClient(timeout=timeout_seconds, **httpx_options)
        self._base_url = base_url.rstrip("/")
        self._headers = _headers(api_key)

    async def run(self, call: Call[T]) -> T:
        """Send, retrying what may succeed later; the request (and its idempotency key) never changes."""
        url = self._base_url + call.path
        headers = {**self._headers, **call.headers}
        attempt = 0
        while True:
            try:
                response = await self._http.request(
                    call.method, url, json=call.json, params=call.params, headers=headers
                )
            except httpx.TransportError as exc:
                if attempt >= self.retry.max_retries:
                    raise _unreachable(exc) from exc
                await self._sleep(self.retry.delay(attempt, None))
            else:
                if not should_retry(response) or attempt >= self.retry.max_retries:
                    return call.parse(response)
                await self._sleep(self.retry.delay(attempt, response))
            attempt += 1

    async def aclose(self) -> None:
        if self._owned:
            await self._http.aclose()
