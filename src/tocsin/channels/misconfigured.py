"""A stand-in for a provider whose settings are incomplete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from tocsin.channels.base import Outgoing, Provider, SendResult, TransientError


class Misconfigured:
    """Every send is a transient error naming what is missing, so the admin sees it in the log
    and has the retry schedule to fix it."""

    name = "misconfigured"
    max_connections = 1

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def prepare(self, message: Outgoing) -> Outgoing:
        return message

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[Misconfigured]:
        yield self

    async def send(self, payload: Any) -> SendResult:
        raise TransientError(self.reason, failure=self.reason)


def or_misconfigured(channel: str, make: Callable[[], Provider]) -> Provider:
    """The provider `make` builds, or a `Misconfigured` one when it refuses its settings
    (`ValueError`): the worker then records why instead of failing the claim."""
    try:
        return make()
    except ValueError as exc:
        return Misconfigured(f"{channel} is not fully configured: {exc}")
