"""/healthz answers without the database; /readyz fails while PostgreSQL or Redis is away."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from tests.proxy import Proxy
from tocsin import __version__
from tocsin.app import create_app
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db import migrate


def ready_until(client: TestClient, status: int, *, tries: int = 100) -> dict[str, Any]:
    """The /readyz answer once it has `status` (the backplane notices a lost Redis on its own)."""
    for _ in range(tries):
        answer = client.get("/readyz")
        if answer.status_code == status:
            return answer.json()  # type: ignore[no-any-return]
        time.sleep(0.1)
    raise AssertionError(f"/readyz never answered {status}: {answer.json()}")


def test_healthz_makes_no_database_call(client: TestClient, ctx: AppContext) -> None:
    statements: list[str] = []
    event.listen(ctx.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    assert client.get("/healthz").json() == {"status": "ok", "version": __version__}
    assert statements == []


def test_readyz_is_ready_on_a_current_schema(client: TestClient) -> None:
    answer = client.get("/readyz")
    assert answer.status_code == 200
    assert answer.json() == {
        "status": "ready",
        "version": __version__,
        "checks": {"database": "ok", "writes": "ok", "schema": "ok", "redis": "not configured"},
    }


def test_readyz_fails_on_a_schema_that_is_behind(tmp_path: Path, base_settings: Settings) -> None:
    settings = base_settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'old.db'}"})
    ctx = AppContext.build(settings)
    try:
        migrate.upgrade(ctx.engine)
        with ctx.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        with TestClient(create_app(ctx=ctx)) as client:
            answer = client.get("/readyz")
        assert answer.status_code == 503
        assert answer.json()["checks"]["schema"].startswith("behind: at 0001")
    finally:
        ctx.dispose()


@pytest.fixture
def postgres_proxy(database_url: str) -> Iterator[tuple[Proxy, str]]:
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        pytest.skip("needs PostgreSQL (TOCSIN_TEST_DATABASE_URL)")
    proxy = Proxy((url.host or "127.0.0.1", url.port or 5432))
    try:
        yield proxy, url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    finally:
        proxy.close()


def test_readyz_fails_while_postgresql_is_unreachable(
    postgres_proxy: tuple[Proxy, str], base_settings: Settings, _schema: None
) -> None:
    proxy, url = postgres_proxy
    ctx = AppContext.build(base_settings.model_copy(update={"database_url": url}))
    try:
        with TestClient(create_app(ctx=ctx)) as client:
            assert client.get("/readyz").status_code == 200
            proxy.cut()
            down = client.get("/readyz")
            assert down.status_code == 503
            assert down.json()["checks"]["database"].startswith("unreachable: ")
            assert client.get("/healthz").status_code == 200  # alive all the same
            proxy.restore()
            assert ready_until(client, 200)["checks"]["database"] == "ok"
    finally:
        ctx.dispose()


def test_readyz_fails_while_redis_is_unreachable(redis_url: str, ctx: AppContext) -> None:
    url = make_url(redis_url.replace("redis://", "postgresql://", 1))  # only to parse host and port
    proxy = Proxy((url.host or "127.0.0.1", url.port or 6379))
    ctx.settings.redis_url = f"redis://127.0.0.1:{proxy.port}/{url.database or 0}"
    ctx.settings.redis_reconnect_max_seconds = 0.5
    try:
        with TestClient(create_app(ctx=ctx)) as client:
            assert ready_until(client, 200)["checks"]["redis"] == "ok"
            proxy.cut()
            assert ready_until(client, 503)["checks"]["redis"].startswith("not subscribed")
            proxy.restore()
            everything = {"database": "ok", "writes": "ok", "schema": "ok", "redis": "ok"}
            assert ready_until(client, 200)["checks"] == everything
    finally:
        proxy.close()


def test_readyz_fails_while_the_sqlite_write_lock_is_held_and_recovers(client: TestClient, ctx: AppContext) -> None:
    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("a database-wide write lock is SQLite's")
    ctx.settings.ready_lock_seconds = 0.2
    holder = sqlite3.connect(str(ctx.engine.url.database), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        answer = client.get("/readyz")
        assert answer.status_code == 503
        assert answer.json()["checks"]["writes"] == "cannot write: the database is locked for more than 0.2 s"
        holder.execute("ROLLBACK")
        assert client.get("/readyz").json()["checks"]["writes"] == "ok"
    finally:
        holder.close()
