"""The `file` provider: each email becomes an .eml file in a folder (the demo's mailbox).

One file per delivery, named after it and written atomically: a repeated send replaces the file,
so the outbox holds each message once.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tocsin.channels.base import Outgoing, SendResult, TransientError
from tocsin.channels.email.config import EmailConfig
from tocsin.channels.email.message import compose


@dataclass(frozen=True, slots=True)
class OutboxPayload:
    name: str
    data: bytes


class OutboxProvider:
    name = "file"
    max_connections = 1

    def __init__(self, config: EmailConfig, folder: Path) -> None:
        self.config = config
        self.folder = folder

    def prepare(self, message: Outgoing) -> OutboxPayload:
        built = compose(message, self.config, now=datetime.now(UTC))
        return OutboxPayload(name=f"delivery-{message.key}.eml", data=built.data)

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[OutboxSender]:
        yield OutboxSender(self.folder)


class OutboxSender:
    def __init__(self, folder: Path) -> None:
        self._folder = folder

    async def send(self, payload: OutboxPayload) -> SendResult:
        try:
            path = await asyncio.to_thread(_write, self._folder, payload)
        except OSError as exc:
            raise TransientError(f"cannot write to the outbox folder: {exc.strerror or type(exc).__name__}") from exc
        return SendResult(provider_message_id=path.name, detail=f"written {path.name}")


def _write(folder: Path, payload: OutboxPayload) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / payload.name
    tmp = folder / f".{payload.name}.{os.getpid()}.tmp"
    tmp.write_bytes(payload.data)
    os.replace(tmp, path)
    return path
