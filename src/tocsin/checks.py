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
import ssl
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tocsin.config import PLACEHOLDER_SECRETS, Settings
from tocsin.db import migrate

TIMEOUT_SECONDS = 5.0


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
    return [Check("database", True, engine.dialect.name), schema]


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
