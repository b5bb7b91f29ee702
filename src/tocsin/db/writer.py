"""The write queue: requests hand their unit of work to one writer, which commits them in groups.

Why: a transaction per request costs a commit per request, and on SQLite every request thread
that opens a write transaction waits for the one write lock while holding a pooled connection
and a thread. Here a request puts a job (a function of a session) on a bounded queue and awaits
its own answer without holding a connection or a thread. One writer task takes whatever is
queued (waiting a few milliseconds for more, up to a batch size), runs each job in its own
SAVEPOINT on one thread with one session, and commits the group once. A job that fails is rolled
back alone and its caller gets its own error; its batch-mates are committed. A full queue is
refused at once (`Busy`, answered 503 with Retry-After) instead of piling up requests.

A batch that is one run of grouped jobs (single events, the usual case under load) is the whole
transaction and skips the savepoint; should it fail, it is rolled back whole and written again
the way above.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from tocsin.db.batches import BatchStats, JobQueue, take_batch
from tocsin.db.engine import savepoint, unavailable

log = logging.getLogger(__name__)

T = TypeVar("T")


class Busy(Exception):
    """The write queue is full (or the writer is stopping): try again in `retry_after` seconds."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class StorageFailure:
    """The last group commit refused for a condition of the database (disk full, read-only):
    what it was and when (`time.monotonic()`), for /readyz."""

    reason: str
    at: float


@dataclass(frozen=True, slots=True)
class Group:
    """Jobs that can be written together with set-based statements.

    `many(session, items)` writes them all and returns one answer or exception per item (an item
    it refuses must write nothing); if it raises, its writes are rolled back and `one(session,
    item)` writes each item alone in its own savepoint.
    """

    many: Callable[[Session, list[Any]], list[Any]]
    one: Callable[[Session, Any], Any]
    # False: a batch that this group's job starts is written at once, with the jobs already
    # queued, without waiting `write_batch_wait_seconds` for more (a user's click that gains
    # nothing from company: under load its batch-mates are queued already).
    gathers: bool = True


@dataclass(slots=True)
class _Job:
    work: Callable[[Session], Any]
    future: asyncio.Future[Any]
    group: Group | None = None
    item: Any = None


@dataclass(slots=True)
class _Outcome:
    value: Any = None
    error: BaseException | None = None


WriterStats = BatchStats  # the writer counts nothing more


class Writer(JobQueue[_Job]):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        queue_size: int,
        batch_size: int,
        batch_wait_seconds: float,
        retry_after_seconds: int = 1,
        workers: int = 1,
    ) -> None:
        self._sessions = sessions
        super().__init__(workers, queue_size, batch_size, batch_wait_seconds, retry_after_seconds)
        self._accepting = False
        self.stats = WriterStats()
        # Set when a batch fails because the database cannot write, cleared by the next commit.
        self.storage_failure: StorageFailure | None = None

    async def run(self, work: Callable[[Session], T], *, group: Group | None = None, item: Any = None) -> T:
        """Run `work(session)` in the next group commit and return its result (or raise its error).

        The answer comes after the commit, so whatever `work` returns is durable. A caller that
        goes away (client disconnect, shutdown) does not cancel a queued job: it is still written.
        """
        queue = self._queue
        if queue is None or not self._accepting:
            self.stats.refused += 1
            raise Busy("the server is not accepting writes (starting or stopping)", retry_after=self._retry_after)
        job = _Job(work, asyncio.get_running_loop().create_future(), group, item)
        try:
            queue.put_nowait(job)
        except asyncio.QueueFull:
            self.stats.refused += 1
            raise Busy("the write queue is full", retry_after=self._retry_after) from None
        result: T = await asyncio.shield(job.future)
        return result

    async def run_grouped(self, group: Group, item: Any) -> Any:
        """Like `run`, for an item that consecutive jobs of the same group write together."""
        return await self.run(lambda session: group.one(session, item), group=group, item=item)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Accept writes while the block runs; on exit refuse new ones, write every queued job, stop."""
        queue = self._open("writer")
        # A thread per writer, each with its own session per group. On SQLite there is one: it is
        # the only request writer. On PostgreSQL a second group commit is written while the
        # first waits for the database (the same concurrency as several processes).
        executors = [
            ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"tocsin-writer-{n}") for n in range(self._workers)
        ]
        self._accepting = True
        tasks = [asyncio.create_task(self._loop(queue, ex), name="tocsin-writer") for ex in executors]
        try:
            yield
        finally:
            self._accepting = False
            for _ in tasks:
                await queue.put(_STOP)  # behind every accepted job: they are all written first
            await asyncio.gather(*tasks)
            for executor in executors:
                executor.shutdown(wait=True)
            self._queue = None

    async def _loop(self, queue: asyncio.Queue[_Job], executor: ThreadPoolExecutor) -> None:
        loop = asyncio.get_running_loop()
        stopping = False
        while not stopping:
            batch, stopping = await take_batch(
                queue, _STOP, size=self._batch_size, wait_seconds=self._wait, waits=_gathers
            )
            if not batch:
                return
            try:
                outcomes = await loop.run_in_executor(executor, self._write, batch)
            except BaseException as exc:  # the thread itself failed: every caller hears it
                outcomes = [_Outcome(error=exc)] * len(batch)
                if not isinstance(exc, Exception):
                    raise
            self.stats.ran(len(batch))
            failures = [o.error for o in outcomes if o.error is not None]
            reason = next((r for r in map(unavailable, failures) if r is not None), None)
            if reason is not None:
                self.storage_failure = StorageFailure(reason, time.monotonic())
            elif len(failures) < len(outcomes):
                self.storage_failure = None
            for job, outcome in zip(batch, outcomes, strict=True):
                if job.future.done():
                    continue
                if outcome.error is not None:
                    # The database cannot write now (disk full, read-only): nothing of the job was
                    # kept, and the client is told to send it again later rather than that it failed.
                    why = unavailable(outcome.error)
                    error = Busy(why, retry_after=self._retry_after) if why else outcome.error
                    job.future.set_exception(error)
                else:
                    job.future.set_result(outcome.value)

    def _write(self, batch: list[_Job]) -> list[_Outcome]:
        """In the writer thread: each job (or run of grouped jobs) in its own savepoint, one commit."""
        group = batch[0].group
        if group is not None and all(job.group is group for job in batch):
            alone = self._write_group_alone(group, batch)
            if alone is not None:
                return alone
        outcomes: list[_Outcome] = []
        with self._sessions() as session:
            start = 0
            while start < len(batch):
                group = batch[start].group
                end = start + 1
                while group is not None and end < len(batch) and batch[end].group is group:
                    end += 1
                outcomes.extend(self._write_run(session, batch[start:end]))
                start = end
            try:
                session.commit()
            except Exception as exc:
                session.rollback()
                if len(batch) == 1 or unavailable(exc):  # alone, each would fail the same way
                    return [_Outcome(error=exc)] * len(batch)
                # The group could not commit (e.g. a serialization failure): write each job
                # alone, so one job's cause fails one request.
                log.warning("group commit of %d jobs failed (%s); writing them one by one", len(batch), exc)
                return [self._write([_Job(job.work, job.future)])[0] for job in batch]
        return outcomes

    def _write_group_alone(self, group: Group, jobs: list[_Job]) -> list[_Outcome] | None:
        """A batch that is one grouped run (the usual case under load) needs no savepoint: it
        is the whole transaction, which saves two round trips. If it fails, nothing of it is
        kept (rolled back, its post-commit effects dropped) and None says: write it the careful
        way, with savepoints."""
        with self._sessions() as session:
            try:
                answers = group.many(session, [job.item for job in jobs])
                session.commit()
            except Exception as exc:
                session.rollback()
                if unavailable(exc):  # the database cannot write: the careful way would fail too
                    return [_Outcome(error=exc)] * len(jobs)
                log.info("grouped write of %d jobs failed (%s); writing them with savepoints", len(jobs), exc)
                return None
        return [
            _Outcome(error=answer) if isinstance(answer, Exception) else _Outcome(value=answer) for answer in answers
        ]

    @staticmethod
    def _write_run(session: Session, jobs: list[_Job]) -> list[_Outcome]:
        group = jobs[0].group
        if group is not None:  # even alone: the set-based path is the cheaper one
            try:
                with savepoint(session):
                    answers = group.many(session, [job.item for job in jobs])
                return [
                    _Outcome(error=answer) if isinstance(answer, Exception) else _Outcome(value=answer)
                    for answer in answers
                ]
            except Exception as exc:
                log.info("grouped write of %d jobs failed (%s); writing them one by one", len(jobs), exc)
        outcomes: list[_Outcome] = []
        for job in jobs:
            try:
                with savepoint(session):
                    outcomes.append(_Outcome(value=job.work(session)))
            except Exception as exc:
                outcomes.append(_Outcome(error=exc))
        return outcomes


def _gathers(job: _Job) -> bool:
    return job.group is None or job.group.gathers


_STOP: Any = _Job(work=lambda _session: None, future=None)  # type: ignore[arg-type]
