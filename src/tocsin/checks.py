"""`tocsin check`: is this configuration able to run? Each probe answers ok or what is wrong.

Configuration (the settings load; a real secret key outside development), the database (it
answers), the schema (current), Redis (answers PING, where configured) and the server's default
email provider (the SMTP relay greets, the Resend API answers, the outbox folder is writable).
A check changes nothing: no data directory, key, database file or folder is created.
"""

from __future__ import annotations

import os
import smtplib
import socket
import sqlite3
import ssl
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from tocsin.config import DEVSPHERE_NAMES, PLACEHOLDER_SECRETS, Settings, name_read
from tocsin.context import AppContext
from tocsin.db import migrate

TIMEOUT_SECONDS = 5.0
# After a write refused for a condition of the database (disk full, read-only), the instance is
# reported not ready for this long unless a write succeeds meanwhile; then it is tried again.
WRITE_FAILURE_HOLD_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


def _error(exc: BaseException) -> str:
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def configuration(settings: Settings) -> Check:
    if settings.env != "development" and settings.secret_key.strip().lower() in PLACEHOLDER_SECRETS:
        return Check("configuration", False, "TOCSIN_SECRET_KEY is not set to a real secret")
    where = make_url(settings.database_url).render_as_string(hide_password=True)
    return Check("configuration", True, f"env {settings.env}, database {where}")


def database(settings: Settings) -> list[Check]:
    """Connects without creating anything: a SQLite file that is not there yet is reported, not
    made (a check changes nothing), and is opened read-only when it is."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not url.database or url.database == ":memory:" or not path.exists():
            return [
                Check("database", False, f"no database file at {path} yet (`tocsin migrate` creates it)"),
                Check("schema", False, "unknown"),
            ]
        engine = create_engine(f"sqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true")
    else:
        engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            current = migrate.revision_of(conn)
    except Exception as exc:  # whatever the driver raises, the answer is "unreachable"
        return [Check("database", False, f"unreachable: {_error(exc)}"), Check("schema", False, "unknown")]
    finally:
        engine.dispose()
    head = migrate.head_revision()
    schema = (
        Check("schema", True, f"at {head}")
        if current == head
        else Check("schema", False, f"at {current or 'nothing'}, this version needs {head}: run `tocsin migrate`")
    )
    written = _writes_from_outside(url, settings)
    return [Check("database", True, url.get_backend_name()), schema, Check("writes", written == "ok", written)]


def _writes_from_outside(url: URL, settings: Settings) -> str:
    """The writes check as `tocsin check` can make it without writing: the file system and the
    file's mode for SQLite (whether the write lock can be had is the running server's /readyz's
    question), the server's read-only state for PostgreSQL."""
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        problem = _file_system(database, settings)
        if problem is None and not os.access(database, os.W_OK):
            problem = "cannot write: the database file is read-only"
        return problem or "ok"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            read_only = conn.exec_driver_sql("SHOW transaction_read_only").scalar()
        return "cannot write: the database is read-only" if read_only == "on" else "ok"
    except DBAPIError as exc:
        return f"cannot write: {_error(exc.orig or exc)}"
    finally:
        engine.dispose()


def writes(ctx: AppContext) -> str:
    """"ok", or why the database cannot take writes now: the last write failed for want of space
    (or was refused as read-only); SQLite's file system is read-only or nearly full, or its write
    lock cannot be had within `ready_lock_seconds`; PostgreSQL is read-only (a standby)."""
    failure = ctx.writer.storage_failure
    if failure is not None and time.monotonic() - failure.at < WRITE_FAILURE_HOLD_SECONDS:
        return f"cannot write: {failure.reason}"
    try:
        if ctx.engine.dialect.name == "sqlite":
            return _sqlite_writes(ctx)
        with ctx.engine.connect() as conn:
            read_only = conn.exec_driver_sql("SHOW transaction_read_only").scalar()
            conn.rollback()
        return "cannot write: the database is read-only" if read_only == "on" else "ok"
    except DBAPIError as exc:
        return f"cannot write: {_error(exc.orig or exc)}"
    except sqlite3.Error as exc:
        return f"cannot write: {_error(exc)}"


def _file_system(database: str, settings: Settings) -> str | None:
    """Why the SQLite file's file system cannot take writes (read-only, nearly full), if it cannot."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    found = os.statvfs(Path(database).parent)
    if found.f_flag & os.ST_RDONLY:
        return "cannot write: the file system is read-only"
    free = found.f_bavail * found.f_frsize
    if free < settings.ready_min_free_bytes:
        return f"cannot write: the disk is full ({free} bytes free, {settings.ready_min_free_bytes} needed)"
    return None


def _sqlite_writes(ctx: AppContext) -> str:
    settings = ctx.settings
    problem = _file_system(ctx.engine.url.database or "", settings)
    if problem is not None:
        return problem
    waited_ms = round(settings.ready_lock_seconds * 1000)
    with ctx.engine.connect() as conn:
        # On the driver's connection: SQLAlchemy's own BEGIN would wait the full busy timeout.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute(f"PRAGMA busy_timeout={waited_ms}")
        try:
            raw.execute("BEGIN IMMEDIATE")  # takes the write lock, writes nothing
            raw.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                return f"cannot write: the database is locked for more than {settings.ready_lock_seconds:g} s"
            raise
        finally:
            raw.execute("PRAGMA busy_timeout=30000")
    return "ok"


def redis(settings: Settings) -> Check:
    if not settings.redis_url:
        return Check("redis", True, "not configured (in-process fan-out)")
    import redis as redis_lib

    client = redis_lib.Redis.from_url(settings.redis_url, socket_connect_timeout=TIMEOUT_SECONDS)
    try:
        client.ping()
    except redis_lib.RedisError as exc:
        return Check("redis", False, f"unreachable: {_error(exc)}")
    finally:
        client.close()
    return Check("redis", True, "answers PING")


def email(settings: Settings) -> Check:
    check = _email(settings)
    return Check(check.name, check.ok, f"{check.detail}{_names_read(settings)}")


def _names_read(settings: Settings) -> str:
    """Which variable each email setting came from (a TOCSIN_ name or DevSphere's), never a value."""
    read = {field: name_read(field) for field in DEVSPHERE_NAMES}
    where = read.pop("email_provider") or "default"
    others = ", ".join(f"{field} from {name}" for field, name in read.items() if name)
    return f" (email provider: {settings.email_provider} from {where}" + (f"; {others})" if others else ")")


def _email(settings: Settings) -> Check:
    provider = settings.email_provider
    try:
        if provider == "smtp":
            return Check("email", True, f"smtp: {_smtp(settings)}")
        if provider == "resend":
            answer = httpx.get(settings.resend_base_url, timeout=TIMEOUT_SECONDS)
            return Check("email", True, f"resend: {settings.resend_base_url} answers (HTTP {answer.status_code})")
        if provider == "file":
            return Check("email", *_outbox(settings))
    except (OSError, smtplib.SMTPException, httpx.HTTPError) as exc:
        return Check("email", False, f"{provider}: {_error(exc)}")
    return Check("email", True, "none: the server sends no email by default")


def _outbox(settings: Settings) -> tuple[bool, str]:
    """The outbox folder, or the nearest folder that exists above it, must be writable; nothing is
    created (the server makes the folder when it first writes a message)."""
    folder = settings.email_outbox_dir
    assert folder is not None
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
        return False, f"file: {folder} cannot be written ({probe} is not a writable folder)"
    return True, f"file: writes to {folder}" + ("" if folder.exists() else " (created on the first message)")


def _smtp(settings: Settings) -> str:
    host, port = settings.smtp_host, settings.smtp_port
    context = ssl.create_default_context(cafile=str(settings.smtp_ca_file) if settings.smtp_ca_file else None)
    client: smtplib.SMTP
    if settings.smtp_encryption == "ssl":
        client = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT_SECONDS, context=context)
    else:
        client = smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS)
    with client:
        client.ehlo()
        if settings.smtp_encryption == "starttls":
            client.starttls(context=context)
            client.ehlo()
        return f"{host}:{port} greets ({settings.smtp_encryption})"


def run(settings: Settings) -> list[Check]:
    socket.setdefaulttimeout(TIMEOUT_SECONDS)
    return [configuration(settings), *database(settings), redis(settings), email(settings)]
