"""Shared fixtures: one migrated database per test run (SQLite or PostgreSQL), emptied after each
test; an app context with a movable clock; orgs and users made through the real services.

TOCSIN_TEST_DATABASE_URL picks the database server (default: a SQLite file in a temp folder).
For PostgreSQL a fresh database is created for the run and dropped after it, so parallel runs
do not meet. With CI=true a service that cannot be reached is an error, never a skip.
"""

from __future__ import annotations

import gc
import os
import secrets
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

import tocsin.db.models  # noqa: F401
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.app import create_app
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db import migrate
from tocsin.db.base import Base
from tocsin.kit.clock import FrozenClock

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def service_missing(what: str) -> None:
    """A missing service fails in CI and skips elsewhere."""
    if IN_CI:
        pytest.fail(f"{what} is not reachable, and CI=true does not allow skipping", pytrace=False)
    pytest.skip(f"{what} is not reachable")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = os.environ.get("TOCSIN_TEST_DATABASE_URL", "")
    if not base or base.startswith("sqlite"):
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'tocsin.db'}"
        return
    url = make_url(base)
    name = f"tocsin_t_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        service_missing(f"PostgreSQL at {url.render_as_string(hide_password=True)} ({exc.__class__.__name__})")
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="session")
def base_settings(database_url: str, data_dir: Path) -> Settings:
    return Settings(
        env="test",
        database_url=database_url,
        data_dir=data_dir,
        secret_key="test-secret-key-for-encryption-at-rest",
        email_provider="file",
        worker_enabled=False,
        scheduler_enabled=False,  # tests drive the scheduler themselves (tests/schedule)
        redis_url=None,
        # Tests knock on many doors without credentials from one address, fast; the limits
        # themselves are tested with their own settings (tests/guards).
        rate_limit_anon="100000/second",
        # The SMTP and HTTP servers of the tests listen on loopback.
        outbound_allow_private=True,
    )


@pytest.fixture(scope="session")
def _schema(base_settings: Settings) -> None:
    ctx = AppContext.build(base_settings)
    migrate.upgrade(ctx.engine)
    ctx.dispose()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))


@pytest.fixture
def settings(base_settings: Settings) -> Settings:
    return base_settings.model_copy()


@pytest.fixture
def ctx(settings: Settings, clock: FrozenClock, _schema: None) -> Iterator[AppContext]:
    context = AppContext.build(settings, clock=clock)
    try:
        yield context
    finally:
        _empty(context)
        context.dispose()


def _empty(context: AppContext) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    # A server a test started may still be writing (its worker, a client's last retry) while the
    # tables are emptied: PostgreSQL then ends one side as a deadlock, and emptying tries again.
    for attempt in range(5):
        try:
            with context.engine.begin() as conn:
                if context.engine.dialect.name == "postgresql":
                    conn.execute(text("TRUNCATE " + ", ".join(tables) + " RESTART IDENTITY CASCADE"))
                else:
                    for name in tables:
                        conn.execute(text(f"DELETE FROM {name}"))
            return
        except OperationalError:
            if attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))


@pytest.fixture
def app(ctx: AppContext):  # type: ignore[no-untyped-def]
    return create_app(ctx=ctx)


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app) as c:
        yield c


@pytest.fixture
def factory(ctx: AppContext, client: TestClient) -> Factory:
    return Factory(ctx, client)


@pytest.fixture
def org(factory: Factory) -> OrgHandle:
    """An org with two users, Jane Smith (jane) and Bob Jones (bob), each with an email address."""
    handle = factory.org(f"acme-{secrets.token_hex(3)}")
    handle.put_user("jane", display_name="Jane Smith", email="jane@example.com")
    handle.put_user("bob", display_name="Bob Jones", email="bob@example.com")
    return handle


@pytest.fixture
def smtp_sink() -> Iterator[Callable[..., SmtpSink]]:
    """Starts real SMTP servers (aiosmtpd on loopback) with the given options (`tls`,
    `implicit_tls`, `logins`); each is stopped after the test."""
    started: list[SmtpSink] = []

    def start(**options: Any) -> SmtpSink:
        sink = SmtpSink(**options).up()
        started.append(sink)
        return sink

    yield start
    for sink in started:
        sink.down()


@pytest.fixture(scope="session")
def redis_url() -> str:
    """A reachable Redis (TOCSIN_TEST_REDIS_URL), or a skip (an error with CI=true)."""
    import redis

    url = os.environ.get("TOCSIN_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        service_missing(f"Redis at {url} ({exc.__class__.__name__})")
    return url


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Collect after every test, so a leaked socket or transport is reported (as a
    ResourceWarning, an error here) by the test that leaked it, every time, not by whichever
    test happens to be running when the collector next runs.

    What is still alive then (modules, module and session fixtures, caches) is frozen: later
    collections walk only what later tests made, instead of a heap that grows through the run
    (a full walk took half a second by the end). Frozen objects are still freed when their last
    reference goes; only a cycle among them would wait for the end of the process."""
    yield
    gc.collect()
    gc.freeze()
