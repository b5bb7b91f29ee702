"""Writing to the outbox (inside the CRM's transaction) and sending what it holds (after commit).

Rows are sent in the order they were written, in runs of one kind: users before the events that
name them. A row is claimed before it is sent (a conditional UPDATE, so two senders never send the
same row at once; one that dies leaves it to another after TOCSIN["LEASE_SECONDS"]).

What an answer means for a row:
- success: sent (`sent_at`), kept TOCSIN["KEEP_SENT_SECONDS"] for inspection, then deleted;
- Tocsin unreachable, 5xx, 429, 401/403 (a key being fixed): nothing is lost; every pending row
  waits (bounded exponential back-off), so the order holds, and is sent again later with the same
  idempotency key;
- a refusal (an event refused within its batch, a 422 or 409): that row alone fails (`failed_at`,
  `last_error`), the rest go on.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby
from typing import Any

from django.db import transaction
from django.db.models import F, Min, Q
from django.utils import timezone

from tocsin_client import EventIn, Tocsin, TocsinConnectionError, TocsinError
from tocsin_client import ValidationError as RefusedInput
from tocsin_django import client as clients
from tocsin_django import conf
from tocsin_django.events import back_off_seconds
from tocsin_django.models import EVENT, USER, USER_DELETE, OutboxEntry

log = logging.getLogger("tocsin_django")
PENDING = Q(sent_at__isnull=True, failed_at__isnull=True)


def enqueue(kind: str, payloads: Iterable[dict[str, Any]], *, using: str) -> None:
    """Queue payloads in the current transaction of `using`; the sender is woken once it commits.

    Never raises: a failure here is logged, and the CRM's save goes on (inside a savepoint, so a
    failed insert does not break the CRM's transaction)."""
    rows = []
    for payload in payloads:
        key = payload.get("idempotency_key") or f"django-{uuid.uuid4()}"
        if kind == EVENT:
            payload = {**payload, "idempotency_key": key}
        rows.append(OutboxEntry(kind=kind, payload=payload, idempotency_key=key))
    if not rows:
        return
    try:
        with transaction.atomic(using=using):
            # A key already queued is the same event (as Tocsin itself treats a repeated key).
            OutboxEntry.objects.using(using).bulk_create(rows, ignore_conflicts=True)
    except Exception:
        log.exception("tocsin: could not queue %d %s row(s); the change itself was saved", len(rows), kind)
        return
    from tocsin_django import worker

    transaction.on_commit(lambda: worker.wake(using), using=using)


@dataclass
class Flushed:
    sent: int = 0
    failed: int = 0
    retry_at: datetime | None = None  # set when Tocsin could not take the rows: nothing more is tried before


class _Unavailable(Exception):
    def __init__(self, error: TocsinError) -> None:
        self.error = error


def _transient(error: TocsinError) -> bool:
    """Whether a later try may succeed (Tocsin away, overloaded, or its key being fixed)."""
    if isinstance(error, TocsinConnectionError):
        return True
    status = error.status
    return status is not None and (status in (401, 403, 408, 429) or status >= 500)


def flush(*, using: str = "default") -> Flushed:
    """Send every due row of `using`'s outbox, batch after batch, until none is left or Tocsin is unavailable."""
    config = conf.get()
    result = Flushed()
    _purge(using, config)
    while rows := _claim(using, config):
        try:
            _send(rows, using=using, result=result)
        except _Unavailable as exc:
            result.retry_at = _back_off(rows, using=using, config=config)
            log.warning("tocsin unavailable (%s); %d row(s) wait until %s", exc.error, len(rows), result.retry_at)
            break
    return result


def next_due(*, using: str = "default") -> datetime | None:
    """When the earliest pending row is due (or its claim expires)."""
    found: datetime | None = OutboxEntry.objects.using(using).filter(PENDING).aggregate(at=Min("next_attempt_at"))["at"]
    return found


def _purge(using: str, config: conf.Config) -> None:
    before = timezone.now() - timedelta(seconds=float(config["KEEP_SENT_SECONDS"]))
    OutboxEntry.objects.using(using).filter(sent_at__lt=before).delete()


def _claim(using: str, config: conf.Config) -> list[OutboxEntry]:
    now = timezone.now()
    entries = OutboxEntry.objects.using(using)
    due = list(
        entries.filter(PENDING, next_attempt_at__lte=now).order_by("id").values_list("id", flat=True)[
            : int(config["BATCH_SIZE"])
        ]
    )
    if not due:
        return []
    token = uuid.uuid4().hex
    lease = now + timedelta(seconds=float(config["LEASE_SECONDS"]))
    entries.filter(PENDING, id__in=due, next_attempt_at__lte=now).update(claim=token, next_attempt_at=lease)
    return list(entries.filter(claim=token, sent_at__isnull=True).order_by("id"))


def _send(rows: list[OutboxEntry], *, using: str, result: Flushed) -> None:
    tocsin = clients.get()
    for kind, run in groupby(rows, key=lambda row: row.kind):
        batch = list(run)
        if kind == EVENT:
            _send_events(tocsin, batch, using=using, result=result)
        else:
            for row in batch:
                _one(lambda row=row: _send_user(tocsin, row), row, using=using, result=result)


def _send_events(tocsin: Tocsin, rows: list[OutboxEntry], *, using: str, result: Flushed) -> None:
    valid: list[tuple[OutboxEntry, EventIn]] = []
    for row in rows:
        try:
            valid.append((row, EventIn(**row.payload)))
        except ValueError as exc:  # pydantic's ValidationError: this payload can never be sent
            _mark_failed(row, f"invalid event: {exc}", using=using, result=result)
    if not valid:
        return
    try:
        answer = tocsin.send_events([event for _, event in valid])
    except RefusedInput as exc:
        if len(valid) == 1:
            _mark_failed(valid[0][0], str(exc), using=using, result=result)
            return
        # Every event of the batch was refused (a 422 naming the first): find each one's reason alone.
        for row, event in valid:
            _one(lambda event=event: tocsin.send_event(event), row, using=using, result=result)
        return
    except TocsinError as exc:
        if _transient(exc):
            raise _Unavailable(exc) from exc
        for row, _ in valid:
            _mark_failed(row, str(exc), using=using, result=result)
        return
    # An event refused at the door is answered on its own line; the others were stored.
    accepted = []
    for (row, _), answered in zip(valid, answer.results, strict=True):
        if getattr(answered, "refused", False):
            error = answered.error
            _mark_failed(row, f"{error.code}: {error.field or ''} {error.message}".strip(), using=using, result=result)
        else:
            accepted.append(row)
    _mark_sent(accepted, using=using, result=result)


def _send_user(tocsin: Tocsin, row: OutboxEntry) -> None:
    username = row.payload["username"]
    if row.kind == USER:
        tocsin.put_user(username, row.payload["user"])
    elif row.kind == USER_DELETE:
        try:
            tocsin.delete_user(username)
        except TocsinError as exc:
            if exc.status != 404:  # already gone: done
                raise


def _one(send: Any, row: OutboxEntry, *, using: str, result: Flushed) -> None:
    try:
        send()
    except TocsinError as exc:
        if _transient(exc):
            raise _Unavailable(exc) from exc
        _mark_failed(row, str(exc), using=using, result=result)
        return
    _mark_sent([row], using=using, result=result)


def _mark_sent(rows: list[OutboxEntry], *, using: str, result: Flushed) -> None:
    ids = [row.id for row in rows]
    OutboxEntry.objects.using(using).filter(id__in=ids).update(
        sent_at=timezone.now(), claim="", attempts=F("attempts") + 1, last_error=""
    )
    result.sent += len(ids)


def _mark_failed(row: OutboxEntry, error: str, *, using: str, result: Flushed) -> None:
    # The error names the refused field; the payload itself (addresses) is never logged.
    log.error("tocsin refused %s %s: %s", row.kind, row.idempotency_key, error)
    OutboxEntry.objects.using(using).filter(id=row.id).update(
        failed_at=timezone.now(), claim="", attempts=F("attempts") + 1, last_error=error[:2000]
    )
    result.failed += 1


def _back_off(rows: list[OutboxEntry], *, using: str, config: conf.Config) -> datetime:
    """Tocsin is unavailable: every pending row this sender may send waits, so the order holds."""
    attempts = max(row.attempts for row in rows) + 1
    delay = back_off_seconds(attempts, base=float(config["RETRY_BASE_SECONDS"]), cap=float(config["RETRY_MAX_SECONDS"]))
    retry_at = timezone.now() + timedelta(seconds=delay)
    entries = OutboxEntry.objects.using(using)
    entries.filter(id__in=[row.id for row in rows]).update(attempts=F("attempts") + 1, last_error="unavailable")
    entries.filter(PENDING, Q(claim="") | Q(claim=rows[0].claim)).update(claim="", next_attempt_at=retry_at)
    return retry_at


def pending(*, using: str = "default") -> Iterator[OutboxEntry]:
    """The rows still to send (the admin and `tocsin_flush --status`)."""
    return OutboxEntry.objects.using(using).filter(PENDING).order_by("id").iterator()
