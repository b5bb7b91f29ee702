"""The sender thread: one per process, started on the first commit that queued something (or the
first request), woken by every such commit, sleeping until the next due row otherwise.

It never runs in the CRM's request: a save only writes its outbox row. With TOCSIN["SEND"] =
"command" no thread starts and `manage.py tocsin_flush --loop` (or cron running `tocsin_flush`)
sends instead.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from django.db import connections
from django.utils import timezone

from tocsin_django import conf, outbox

log = logging.getLogger("tocsin_django")


class Sender(threading.Thread):
    def __init__(self) -> None:
        super().__init__(name="tocsin-sender", daemon=True)
        self.woken = threading.Event()
        self.stopping = threading.Event()
        self.aliases: set[str] = {"default"}
        self.pid = os.getpid()

    def wake(self, using: str) -> None:
        self.aliases.add(using)
        self.woken.set()

    def run(self) -> None:
        while not self.stopping.is_set():
            self.woken.clear()
            wait = self.cycle()
            self.woken.wait(wait)

    def cycle(self) -> float:
        """Send what is due; how long to sleep before looking again."""
        poll = float(conf.raw()["POLL_SECONDS"])
        wait = poll
        try:
            for using in sorted(self.aliases):
                outbox.flush(using=using)
                due = outbox.next_due(using=using)
                if due is not None:
                    wait = min(wait, max(0.0, (due - timezone.now()).total_seconds()))
        except Exception:
            log.exception("tocsin: the sender failed; it tries again in %.0f s", poll)
            wait = poll
        finally:
            # Connections are per thread: this one's would otherwise stay open between cycles.
            for connection in connections.all(initialized_only=True):
                connection.close()
        return wait

    def stop(self, timeout: float = 10) -> None:
        self.stopping.set()
        self.woken.set()
        self.join(timeout)


_lock = threading.Lock()
_sender: Sender | None = None


def sender() -> Sender | None:
    """The running sender of this process, started if the settings ask for one."""
    global _sender
    if conf.raw()["SEND"] != "thread":
        return None
    with _lock:
        # A forked worker (gunicorn --preload) inherits the variable but not the thread.
        if _sender is None or _sender.pid != os.getpid() or not _sender.is_alive():
            _sender = Sender()
            _sender.start()
        return _sender


def wake(using: str = "default", **_: Any) -> None:
    """After a commit that queued rows (and on each request, so rows left by a restart go out)."""
    running = sender()
    if running is not None:
        running.wake(using)


def stop() -> None:
    """Stop this process's sender (tests; a management command that must not leave a thread)."""
    global _sender
    with _lock:
        running, _sender = _sender, None
    if running is not None:
        running.stop()
