"""Where the live streams read from.

On SQLite the main engine opens every transaction with BEGIN IMMEDIATE (writers queue instead of
failing), so even a read takes the write lock and waits behind ingestion, in SQLite's busy loop
that favours newcomers. The streams only read (a token's user, unread counts), after the commit
they follow, so on SQLite they get their own read-only engine: in WAL mode a plain read sees every
committed change and waits for no writer. Elsewhere the app's sessions serve.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from tocsin.context import AppContext


def read_engine(ctx: AppContext) -> Engine | None:
    """A read-only SQLite engine without write-intent transactions, or None on other databases."""
    url = make_url(ctx.settings.database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None  # an in-memory database exists only on the app's own connection
    engine = create_engine(
        ctx.settings.database_url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=5
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA query_only=ON")  # these sessions must never write
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    return engine
