"""Sending a prepared batch: per org and channel, up to the provider's `max_connections` lanes,
each with one connection reused for its share of the batch; at most `worker_concurrency` lanes at
once. Every try ends as a `Finished` with its classified outcome; nothing here writes to the
database (the worker records the batch afterwards)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tocsin.channels.base import (
    Outcome,
    PermanentError,
    Provider,
    ProviderTry,
    SendError,
    SendResult,
    SkipSend,
    TransientError,
    public_error,
)
from tocsin.context import AppContext
from tocsin.deliveries import metrics
from tocsin.deliveries.worker.compose import Batch, Job

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Finished:
    job: Job
    outcome: Outcome
    error: str | None
    provider_message_id: str | None
    started_at: datetime
    finished_at: datetime
    parts: int | None = None  # billable parts the provider counted (SMS segments)
    retry_after_seconds: float | None = None  # the provider's own wait before a retry
    gone: tuple[str, ...] = ()  # addresses the provider said are gone for good (never logged)
    provider: str | None = None  # the provider that ended this try (None: nothing was sent)
    # Earlier providers' failed tries within this attempt (failover), each recorded as a row.
    tries: tuple[ProviderTry, ...] = ()


async def send_batch(ctx: AppContext, batch: Batch, finished: list[Finished]) -> None:
    """Send every prepared job of a batch through its provider's lanes; each try ends in `finished`."""
    lanes_left = asyncio.Semaphore(max(1, ctx.settings.worker_concurrency))
    lanes: list[Coroutine[Any, Any, None]] = []
    for group in batch.groups.values():
        ready = []
        for job in group.jobs:
            if job.error is not None:
                finished.append(_finished(ctx, job, job.error, None, ctx.clock.now()))
            else:
                ready.append(job)
        if not ready or group.provider is None:
            continue
        n = min(group.provider.max_connections, len(ready))
        lanes.extend(_lane(ctx, group.provider, ready[i::n], lanes_left, finished) for i in range(n))
    await asyncio.gather(*lanes)


async def _lane(
    ctx: AppContext, provider: Provider, jobs: list[Job], lanes_left: asyncio.Semaphore, finished: list[Finished]
) -> None:
    # A hard stop for one send, beyond the provider's own timeouts (connect + TLS + data).
    guard = ctx.settings.send_timeout_seconds * 3
    async with lanes_left:
        try:
            async with provider.connect() as sender:
                for job in jobs:
                    started = ctx.clock.now()
                    t0 = time.perf_counter()
                    try:
                        async with asyncio.timeout(guard):
                            result = await sender.send(job.payload)
                    except SendError as exc:
                        finished.append(_finished(ctx, job, exc, None, started, provider=provider.name))
                    except TimeoutError:
                        error = TransientError("send timed out")
                        finished.append(_finished(ctx, job, error, None, started, provider=provider.name))
                    except Exception as exc:
                        log.warning("delivery %s: unexpected %s while sending", job.delivery_id, type(exc).__name__)
                        error = TransientError(f"unexpected error while sending: {type(exc).__name__}")
                        finished.append(_finished(ctx, job, error, None, started, provider=provider.name))
                    else:
                        finished.append(_finished(ctx, job, None, result, started, provider=provider.name))
                    metrics.SEND_SECONDS.labels(channel=job.channel).observe(time.perf_counter() - t0)
        except Exception as exc:  # opening or closing the connection failed outside a send
            done = {f.job.delivery_id for f in finished}
            error = TransientError(f"provider connection failed: {type(exc).__name__}")
            finished.extend(
                _finished(ctx, j, error, None, ctx.clock.now(), provider=provider.name)
                for j in jobs
                if j.delivery_id not in done
            )


def _finished(
    ctx: AppContext,
    job: Job,
    error: SendError | None,
    result: SendResult | None,
    started: datetime,
    *,
    provider: str | None = None,
) -> Finished:
    """The try's outcome; `provider` is the lane's, unless failover says which one ended it."""
    outcome: Outcome = "sent"
    if isinstance(error, PermanentError):
        outcome = "permanent"
    elif isinstance(error, SkipSend):
        outcome = "skipped"
    elif error is not None:
        outcome = "transient"
    return Finished(
        job=job,
        outcome=outcome,
        error=public_error(error.message) if error is not None else None,
        provider_message_id=result.provider_message_id if result is not None else None,
        started_at=started,
        finished_at=ctx.clock.now(),
        parts=result.parts if result is not None else None,
        retry_after_seconds=error.retry_after_seconds if isinstance(error, TransientError) else None,
        gone=error.gone if error is not None else (result.gone if result is not None else ()),
        provider=(error.provider if error is not None else result.provider if result is not None else None) or provider,
        tries=error.tries if error is not None else (result.tries if result is not None else ()),
    )
