"""A stand-in for a provider whose settings are incomplete."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from tocsin.channels.base import Outgoing, SendResult, TransientError


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
        raise TransientError(self.reason)
