"""Background asyncio tasks."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import Any


async def cancel(task: asyncio.Task[Any] | None) -> None:
    """Cancel a background task and wait until it has unwound (None: nothing to do)."""
    if task is None:
        return
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task
