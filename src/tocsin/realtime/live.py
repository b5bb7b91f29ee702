"""The live parts of a running app, kept on `app.state.realtime` while the server runs."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from tocsin.context import AppContext
from tocsin.realtime.backplane import Backplane
from tocsin.realtime.hub import Hub


@dataclass
class Realtime:
    ctx: AppContext
    reads: sessionmaker[Session]  # the streams only read (see db.engine.make_read_engine)
    hub: Hub
    backplane: Backplane | None = None  # /readyz asks whether Redis is subscribed
    # The connecting sockets' reads (token check, hello count) on the read queue at once; the
    # others wait their turn in order (sockets.py), so a storm never fills the queue for the
    # pages' reads.
    connect_turns: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(CONNECT_READS))


# Reads of connecting sockets queued at once: a few of the read queue's batches.
CONNECT_READS = 400


def of(app: Any) -> Realtime | None:
    """The app's running real-time parts, or None outside the server's lifetime."""
    found = getattr(app.state, "realtime", None)
    return found if isinstance(found, Realtime) else None
