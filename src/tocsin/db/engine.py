"""Engine and session factory; post-commit effects (nothing leaves before commit)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from tocsin.kit import jsontext
from tocsin.kit.files import private_file

log = logging.getLogger(__name__)

_AFTER_COMMIT = "tocsin_after_commit"


def make_engine(
    url: str, *, pool_size: int = 10, max_overflow: int = 20, pool_timeout_seconds: float = 30.0, echo: bool = False
) -> Engine:
    """Create an engine; SQLite gets WAL, a busy timeout and write-intent transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            private_file(Path(parsed.database))
        engine = create_engine(
            url,
            echo=echo,
            hide_parameters=True,
            json_serializer=jsontext.dumps,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_timeout=pool_timeout_seconds,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy's "begin" event below control transactions.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # IMMEDIATE takes the write lock up front, so two writers queue on the busy
            # timeout instead of failing when a read lock cannot be upgraded.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    engine = create_engine(
        url,
        echo=echo,
        # Statement parameters carry event payloads and encrypted addresses: never in an error
        # message or a log line.
        hide_parameters=True,
        json_serializer=jsontext.dumps,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout_seconds,
        # No pre-ping: it costs a round trip on every checkout of a hot read path; connections
        # are recycled instead, and a dropped one fails one request, not the process.
        pool_recycle=1800,
    )
    event.listen(engine, "handle_error", _terse_error)
    return engine


def _terse_error(context: Any) -> None:
    """PostgreSQL's error DETAIL repeats the row's values ("Failing row contains (...)"), event
    payloads included: keep only the primary message, so no error text or log carries them."""
    orig = context.original_exception
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    if orig is None or not primary:
        return
    full = str(orig)
    orig.args = (primary,)
    wrapped = context.sqlalchemy_exception  # its text was built from the full message already
    if wrapped is not None and wrapped.args and isinstance(wrapped.args[0], str):
        wrapped.args = (wrapped.args[0].replace(full, primary), *wrapped.args[1:])


# SQLite result codes (primary code in the low byte) and PostgreSQL SQLSTATEs of conditions that
# pass by themselves or by an operator's hand, not by the client changing its request.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 5, 6, 8, 10, 13
_SQLITE_UNAVAILABLE = {
    _SQLITE_FULL: "the database's disk is full",
    _SQLITE_READONLY: "the database is read-only",
    _SQLITE_IOERR: "the database's disk failed to write",
    _SQLITE_BUSY: "the database is locked",
    _SQLITE_LOCKED: "the database is locked",
}
_PG_UNAVAILABLE = {
    "53100": "the database's disk is full",
    "53200": "the database is out of memory",
    "53300": "the database has no connection free",
    "25006": "the database is read-only",
    "57P03": "the database is starting or stopping",
}


def unavailable(exc: BaseException) -> str | None:
    """Why the database cannot do this work now, if that is a condition that passes (answered 503
    with Retry-After, never 500): no pooled connection free in time, the disk full, the database
    read-only or locked. None for any other error."""
    if isinstance(exc, sa_exc.TimeoutError):
        return "no database connection free"
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE_UNAVAILABLE.get(code & 0xFF)
    sqlstate = getattr(orig, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _PG_UNAVAILABLE.get(sqlstate)
    return None


READ_MMAP_BYTES = 1 << 30  # SQLite maps at most this much of the database file for reading


def make_read_engine(engine: Engine, *, connections: int = 20, pool_timeout_seconds: float = 30.0) -> Engine:
    """An engine for requests that only read, so they neither queue behind writers nor pay for
    a transaction they do not need.

    SQLite: the main engine opens every transaction with BEGIN IMMEDIATE, so even a read would take
    the write lock and wait behind ingestion; in WAL mode a plain read sees every committed change
    and waits for no writer, so reads get their own `query_only` engine. PostgreSQL: the same pool
    in autocommit, which saves the BEGIN and ROLLBACK round trips of a read-only request.
    """
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    if url.database in (None, "", ":memory:"):
        return engine  # an in-memory database exists only on the main engine's connection
    reader = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=min(10, connections),
        max_overflow=max(0, connections - 10),
        pool_timeout=pool_timeout_seconds,
        hide_parameters=True,
    )

    @event.listens_for(reader, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA query_only=ON")  # these sessions must never write
        cur.execute("PRAGMA busy_timeout=30000")
        # Pages are read from the file mapped in memory, shared by every reader through the OS
        # page cache, rather than copied into each connection's own small page cache by a system
        # call per page: a user's first page touches a page per notification (their rows are
        # spread through the table), and copying them made it the slowest hot read at a million rows.
        cur.execute(f"PRAGMA mmap_size={READ_MMAP_BYTES}")
        cur.close()

    return reader


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)


def after_commit(session: Session, callback: Callable[[], None]) -> None:
    """Run `callback` once the session's transaction commits; dropped on rollback."""
    session.info.setdefault(_AFTER_COMMIT, []).append(callback)


@event.listens_for(Session, "after_commit")
def _run_after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint was released: nothing is committed until the outer transaction is
    callbacks: list[Callable[[], None]] = session.info.pop(_AFTER_COMMIT, [])
    for callback in callbacks:
        try:
            callback()
        except Exception:  # a failed push must never undo a committed write
            log.exception("post-commit effect failed")


@event.listens_for(Session, "after_rollback")
def _drop_after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint was rolled back: `savepoint` drops that part's effects itself
    session.info.pop(_AFTER_COMMIT, None)


@contextmanager
def savepoint(session: Session) -> Iterator[None]:
    """One job's share of a larger transaction: on error its writes are rolled back to the
    savepoint and the post-commit effects it queued are dropped; earlier jobs' effects are kept."""
    queued: list[Callable[[], None]] = session.info.setdefault(_AFTER_COMMIT, [])
    kept = len(queued)
    try:
        with session.begin_nested():
            yield
    except BaseException:
        del queued[kept:]
        raise


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A job boundary: commit on success, roll back on error."""
    with factory() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
