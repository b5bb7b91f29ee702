"""Stopping a background loop (delivery worker, scheduler) that still has work in flight says so in
the log, instead of seeming to hang; a loop that stops at once logs nothing."""

from __future__ import annotations

import asyncio
import logging

import pytest

from tocsin.db import wakeup


class SlowToStop:
    """A loop whose work in hand takes `finish_seconds` to end after it is told to stop."""

    def __init__(self, finish_seconds: float) -> None:
        self.finish_seconds = finish_seconds
        self._stopped = asyncio.Event()

    async def run(self) -> None:
        await self._stopped.wait()
        await asyncio.sleep(self.finish_seconds)

    def wake(self) -> None:
        pass

    def stop(self) -> None:
        self._stopped.set()


async def _stop(loop: SlowToStop, grace_seconds: float) -> None:
    task = asyncio.create_task(loop.run())
    await asyncio.sleep(0)
    await wakeup.stop(loop, task, grace_seconds=grace_seconds, name="delivery worker")
    assert task.done()


def test_a_slow_stop_says_what_it_waits_for(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="tocsin.db.wakeup")
    asyncio.run(_stop(SlowToStop(wakeup.NOTICE_AFTER_SECONDS + 0.3), grace_seconds=10))
    assert "delivery worker: finishing the work in hand before stopping" in caplog.text
    assert "cancelling" not in caplog.text


def test_a_quick_stop_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="tocsin.db.wakeup")
    asyncio.run(_stop(SlowToStop(0), grace_seconds=10))
    assert caplog.text == ""
