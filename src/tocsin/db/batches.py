"""What the reader and the writer queues share: taking the next batch off a queue of jobs, and
the counters they keep of the batches they ran."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

J = TypeVar("J")


async def take_batch(
    queue: asyncio.Queue[J], stop: J, *, size: int, wait_seconds: float = 0.0, waits: Callable[[J], bool] | None = None
) -> tuple[list[J], bool]:
    """The next batch: the first job waited for, then up to `size` jobs with those already
    queued and, for `wait_seconds` after the first, those that arrive (unless `waits(first)`
    says the first job is not to wait for company). The flag says `stop` was taken (it is never
    in the batch): the batch is the last one."""
    first = await queue.get()
    if first is stop:
        return [], True
    batch = [first]
    loop = asyncio.get_running_loop()
    if waits is not None and not waits(first):
        wait_seconds = 0.0
    deadline = loop.time() + wait_seconds
    while len(batch) < size:
        try:
            job = queue.get_nowait()
        except asyncio.QueueEmpty:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            try:
                job = await asyncio.wait_for(queue.get(), remaining)
            except TimeoutError:
                break
        if job is stop:
            return batch, True
        batch.append(job)
    return batch, False


@dataclass
class BatchStats:
    """Counters for /metrics, tests and benchmarks: batches run, jobs done, refused when the queue
    was full or the queue was not serving, and the largest batch."""

    batches: int = 0
    jobs: int = 0
    refused: int = 0
    largest_batch: int = 0

    def ran(self, size: int) -> None:
        self.batches += 1
        self.jobs += size
        self.largest_batch = max(self.largest_batch, size)


class JobQueue(Generic[J]):
    """A bounded queue of jobs that `workers` tasks take in batches of up to `batch_size`; a full
    queue refuses with a `retry_after_seconds` hint."""

    def __init__(
        self, workers: int, queue_size: int, batch_size: int, wait_seconds: float, retry_after_seconds: int, /
    ) -> None:
        self._workers = workers
        self._queue_size = queue_size
        self._batch_size = batch_size
        self._wait = wait_seconds
        self._retry_after = retry_after_seconds
        self._queue: asyncio.Queue[J] | None = None

    @property
    def depth(self) -> int:
        return self._queue.qsize() if self._queue is not None else 0

    def _open(self, name: str) -> asyncio.Queue[J]:
        if self._queue is not None:
            raise RuntimeError(f"the {name} is running already")
        self._queue = asyncio.Queue(maxsize=self._queue_size)
        return self._queue
