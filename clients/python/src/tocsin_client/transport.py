"""Sending a `Call` with httpx: authentication, retries of 429/5xx/unreachable, typed errors."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from tocsin_client._version import __version__
from tocsin_client.calls import Call, RetryPolicy, should_retry, unreachable

T = TypeVar("T")
DEFAULT_TIMEOUT_SECONDS = 10.0


def _headers(api_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}", "User-Agent": f"tocsin-python/{__version__}"}


class _Retrying:
    """What both transports share: where a call goes, with which key, and when to try again."""

    def _setup(self, base_url: str, api_key: str, retry: RetryPolicy | None, timeout_seconds: float) -> None:
        self.retry = retry or RetryPolicy()
        self._timeout_seconds = timeout_seconds
        self._base_url = base_url.rstrip("/")
        self._headers = _headers(api_key)

    def _request(self, call: Call[Any]) -> dict[str, Any]:
        """The request's arguments: the same on every try (its idempotency key never changes)."""
        url = self._base_url + call.path
        headers = {**self._headers, **call.headers}
        return {"method": call.method, "url": url, "json": call.json, "params": call.params, "headers": headers}

    def _wait_after_error(self, exc: httpx.TransportError, attempt: int) -> float:
        if attempt >= self.retry.max_retries:
            raise unreachable(exc) from exc
        return self.retry.delay(attempt, None)

    def _wait_after(self, response: httpx.Response, attempt: int) -> float | None:
        """How long to wait before trying again; None: this answer is final."""
        if not should_retry(response) or attempt >= self.retry.max_retries:
            return None
        return self.retry.delay(attempt, response)


class SyncTransport(_Retrying):
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
        self._setup(base_url, api_key, retry, timeout_seconds)
        self._sleep = sleep
        self._owned = http is None
        self._http = http or httpx.Client(timeout=timeout_seconds, **httpx_options)

    def run(self, call: Call[T]) -> T:
        """Send, retrying what may succeed later (429, 5xx, unreachable)."""
        request = self._request(call)
        for attempt in itertools.count():
            try:
                response = self._http.request(**request)
            except httpx.TransportError as exc:
                self._sleep(self._wait_after_error(exc, attempt))
                continue
            if (wait := self._wait_after(response, attempt)) is None:
                return call.parse(response)
            self._sleep(wait)
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._owned:
            self._http.close()


class AsyncTransport(_Retrying):
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
        self._setup(base_url, api_key, retry, timeout_seconds)
        self._sleep = sleep
        self._owned = http is None
        self._http = http or httpx.AsyncClient(timeout=timeout_seconds, **httpx_options)

    async def run(self, call: Call[T]) -> T:
        """Send, retrying what may succeed later (429, 5xx, unreachable)."""
        request = self._request(call)
        for attempt in itertools.count():
            try:
                response = await self._http.request(**request)
            except httpx.TransportError as exc:
                await self._sleep(self._wait_after_error(exc, attempt))
                continue
            if (wait := self._wait_after(response, attempt)) is None:
                return call.parse(response)
            await self._sleep(wait)
        raise AssertionError("unreachable")

    async def aclose(self) -> None:
        if self._owned:
            await self._http.aclose()
