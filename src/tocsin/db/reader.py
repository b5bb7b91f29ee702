"""The read queue: the hottest reads (a user's first page and unread counts) are run in batches by
a few reader threads, each holding one connection only while its batch queries.

Why: run as ordinary blocking endpoints, a burst of reads (every bell opening at 9:00, every bell
refetching after a restart) queued without bound for the request thread pool, and a request that
had its connection kept it while it waited for another thread (to serialize its answer) and for
the client (to read it): 200 reads at once exhausted the pool, answered 500 and hung for minutes.

Here a request authenticates and queries in a job (a function of a session) put on a bounded
queue, and awaits its answer without holding a thread or a connection. Each reader takes whatever
is queued (up to a batch size), runs it on its own thread with one session, closes the session,
then hands the answers back: the connection goes back to the pool before anyone waits for
anything. Jobs of the same `ReadGroup` in a batch are answered together with one set-based query
(the unread counts of a hundred users cost one grouped statement). A full queue is refused at
once (`Busy`, answered 503 with Retry-After), so a burst larger than the process can serve gets a
prompt answer to retry instead of a hang, and so does a read that waited in the queue longer than
a bound (the readers are not keeping up): the wait for an answer is bounded whatever the burst.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from tocsin.db.batches import BatchStats, JobQueue, take_batch
from tocsin.db.writer import Busy

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReadGroup:
    """Reads that one set-based query can answer together: `many(session, items)` returns one
    answer or exception per item, in order."""

    many: Callable[[Session, list[Any]], list[Any]]
    # May be read on the event loop itself when the readers are idle and the reader allows it
    # (`Reader(inline=True)`: SQLite, whose reads in WAL mode never wait for a lock).
    inline: bool = False


@dataclass(slots=True)
class _Job:
    work: Callable[[Session], Any] | None
    future: asyncio.Future[Any]
    group: ReadGroup | None = None
    item: Any = None
    queued_at: float = 0.0


@dataclass
class ReaderStats(BatchStats):
    """The queue's counters, and the jobs answered 503 for having waited too long (stale)."""

    stale: int = 0


class Reader(JobQueue[_Job]):
    def __init__(
        self,
        reads: sessionmaker[Session],
        *,
        workers: int,
        queue_size: int,
        batch_size: int,
        wait_seconds: float = 2.0,
        retry_after_seconds: int = 1,
        inline: bool = False,
    ) -> None:
        self._reads = reads
        super().__init__(workers, queue_size, batch_size, wait_seconds, retry_after_seconds)
        self.stats = ReaderStats()
        self._inline = inline
        self._reading = 0  # batches on reader threads now

    async def run(self, work: Callable[[Session], T]) -> T:
        """Run `work(session)` in the next batch and return its result (or raise its error).

        `work` must return plain data (or detached objects with their columns loaded): the
        session is closed before the answer is handed back."""
        result: T = await self._submit(_Job(work, self._future()))
        return result

    async def run_grouped(self, group: ReadGroup, item: Any) -> Any:
        """Like `run`, for an item that the batch's other items of the same group are read with.

        An `inline` group's item is read at once on the event loop when nothing is queued or
        being read and the reader allows it (SQLite): a read of a few index pages of a local file
        costs less than the two thread switches of a hop to a reader thread and back. Under
        load, reads queue and are batched as before."""
        if group.inline and self._inline and self._reading == 0 and self._queue is not None and self._queue.empty():
            [answer] = self._read([_Job(None, _NO_FUTURE, group, item)])
            self.stats.ran(1)
            if isinstance(answer, BaseException):
                raise answer
            return answer
        return await self._submit(_Job(None, self._future(), group, item))

    @staticmethod
    def _future() -> asyncio.Future[Any]:
        return asyncio.get_running_loop().create_future()

    async def _submit(self, job: _Job) -> Any:
        queue = self._queue
        if queue is None:
            self.stats.refused += 1
            raise Busy("the server is not serving reads (starting or stopping)", retry_after=self._retry_after)
        job.queued_at = asyncio.get_running_loop().time()
        try:
            queue.put_nowait(job)
        except asyncio.QueueFull:
            self.stats.refused += 1
            raise Busy("too many reads at once", retry_after=self._retry_after) from None
        return await job.future

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Serve reads while the block runs; on exit answer what is queued, then stop."""
        queue = self._open("reader")
        executor = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="tocsin-reader")
        tasks = [asyncio.create_task(self._loop(queue, executor), name="tocsin-reader") for _ in range(self._workers)]
        try:
            yield
        finally:
            self._queue = None
            for _ in tasks:
                await queue.put(_STOP)
            await asyncio.gather(*tasks)
            executor.shutdown(wait=True)

    async def _loop(self, queue: asyncio.Queue[_Job], executor: ThreadPoolExecutor) -> None:
        loop = asyncio.get_running_loop()
        while True:
            # No waiting for batch-mates: under a burst they have queued while the last batch ran.
            taken, stopping = await take_batch(queue, _STOP, size=self._batch_size)
            batch = self._fresh(taken, now=loop.time())
            if not batch:
                if stopping:
                    return
                continue
            self._reading += 1
            try:
                answers = await loop.run_in_executor(executor, self._read, batch)
            except Exception as exc:  # the session itself failed (no connection): every caller hears it
                answers = [exc] * len(batch)
            finally:
                self._reading -= 1
            self.stats.ran(len(batch))
            for job, answer in zip(batch, answers, strict=True):
                if job.future.done():  # the caller went away
                    continue
                if isinstance(answer, BaseException):
                    job.future.set_exception(answer)
                else:
                    job.future.set_result(answer)
            if stopping:
                return

    def _fresh(self, batch: list[_Job], *, now: float) -> list[_Job]:
        """The jobs still worth reading: one that waited longer than the bound is answered 503 now
        (nothing was read), so a burst the readers cannot keep up with gets prompt answers to retry
        rather than ever later ones."""
        fresh = []
        for job in batch:
            if now - job.queued_at <= self._wait or job.future.done():
                fresh.append(job)
                continue
            self.stats.stale += 1
            job.future.set_exception(Busy("too many reads at once", retry_after=self._retry_after))
        return [job for job in fresh if not job.future.done()]

    @staticmethod
    def _read_run(session: Session, jobs: list[_Job]) -> list[Any]:
        group = jobs[0].group
        if group is not None:
            try:
                return group.many(session, [job.item for job in jobs])
            except Exception as exc:
                return [exc] * len(jobs)
        answers: list[Any] = []
        for job in jobs:
            assert job.work is not None
            try:
                answers.append(job.work(session))
            except Exception as exc:
                answers.append(exc)
        return answers

    def _read(self, batch: list[_Job]) -> list[Any]:
        """On a reader thread: each group's jobs with one query, the rest one by one, one session."""
        runs: dict[ReadGroup | None, list[int]] = {}
        for index, job in enumerate(batch):
            runs.setdefault(job.group, []).append(index)
        answers: list[Any] = [None] * len(batch)
        # Read engines begin no transaction (SQLite without BEGIN, PostgreSQL in autocommit): each
        # statement sees what is committed, and objects loaded by one run stay loaded for the next.
        with self._reads() as session:
            for indexes in runs.values():
                for index, answer in zip(indexes, self._read_run(session, [batch[i] for i in indexes]), strict=True):
                    answers[index] = answer
        return answers


_STOP: Any = _Job(work=None, future=None)  # type: ignore[arg-type]
_NO_FUTURE: Any = None  # an inline read answers directly
