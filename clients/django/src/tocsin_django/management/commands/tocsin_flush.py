"""`manage.py tocsin_flush`: send the outbox's due rows now; `--loop` keeps sending (a worker process)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connections
from django.utils import timezone

from tocsin_django import conf, outbox
from tocsin_django.models import OutboxEntry


class Command(BaseCommand):
    help = "Send the Tocsin outbox's due rows (events and user changes); --loop to keep sending."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--database", default="default", help="the database whose outbox is sent")
        parser.add_argument("--loop", action="store_true", help="keep sending, sleeping until the next due row")
        parser.add_argument("--retry-failed", action="store_true", help="put refused rows back in the queue first")

    def handle(self, *args: Any, database: str, loop: bool, retry_failed: bool, **options: Any) -> None:
        if retry_failed:
            again = OutboxEntry.objects.using(database).filter(failed_at__isnull=False)
            count = again.update(failed_at=None, next_attempt_at=timezone.now(), last_error="")
            self.stdout.write(f"{count} refused row(s) queued again")
        while True:
            result = outbox.flush(using=database)
            self.stdout.write(
                f"sent {result.sent}, refused {result.failed}"
                + (f", Tocsin unavailable: next try at {result.retry_at.isoformat()}" if result.retry_at else "")
            )
            if not loop:
                return
            connections[database].close()
            time.sleep(self._wait(database))

    def _wait(self, database: str) -> float:
        poll = float(conf.raw()["POLL_SECONDS"])
        due = outbox.next_due(using=database)
        if due is None:
            return poll
        return min(poll, max(0.2, (due - timezone.now()).total_seconds()))
