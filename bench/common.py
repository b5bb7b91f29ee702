"""Helpers shared by the benchmarks: throwaway databases, orgs and users in bulk."""

from __future__ import annotations

import os
import secrets
import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.servers import Proc, server_env, start_server
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db import migrate
from tocsin.db.engine import unit_of_work
from tocsin.orgs import service as orgs
from tocsin.orgs.service import NewOrg
from tocsin.schedule import service as schedule_service

PG_URL = os.environ.get("TOCSIN_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def database(kind: str) -> Iterator[str]:
    """A fresh, migrated database URL of `kind` ("sqlite" or "postgresql"), dropped afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'bench.db'}"
            _migrate(url)
            yield url
        return
    base = make_url(PG_URL)
    name = f"tocsin_bench_{secrets.token_hex(3)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = base.set(database=name).render_as_string(hide_password=False)
        _migrate(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _migrate(url: str) -> None:
    ctx = AppContext.build(bench_settings(url))
    migrate.upgrade(ctx.engine)
    ctx.dispose()


def bench_settings(url: str, **extra: object) -> Settings:
    data = Path(tempfile.gettempdir()) / "tocsin-bench-data"
    return Settings(
        env="test",
        database_url=url,
        data_dir=data,
        secret_key="bench-secret-key",
        email_provider="file",
        worker_enabled=False,
        **extra,  # type: ignore[arg-type]
    )


def make_org(ctx: AppContext, slug: str = "bench") -> NewOrg:
    # Benchmarks call the services without the app: wire the in-transaction hooks as it does.
    schedule_service.subscribe(ctx)
    with unit_of_work(ctx.sessions) as session:
        return orgs.create_org(session, ctx, slug=slug, name=slug.title())


def describe(samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(ordered):.2f} ms, p99 {p99:.2f} ms, n={len(ordered)}"


@contextmanager
def stopped_after(procs: list[Proc]) -> Iterator[list[Proc]]:
    """Stops the servers in `procs` (as the list stands then) when the block ends, and prints the
    last lines of their logs first if it failed."""
    try:
        yield procs
    except BaseException:
        for proc in procs:
            print(f"--- {proc.log_path.name} (last lines)\n{proc.log()[-3000:]}")
        raise
    finally:
        for proc in procs:
            proc.stop(timeout=30)


@contextmanager
def started_servers(url: str, count: int, log_dir: Path, env: dict[str, str]) -> Iterator[list[Proc]]:
    """`count` `tocsin serve` processes on the database at `url` (no embedded worker, warnings
    only, then `env`), stopped when the block ends (`stopped_after`)."""
    settings = bench_settings(url)
    procs: list[Proc] = []
    with stopped_after(procs):
        for i in range(count):
            overrides = {"TOCSIN_WORKER_ENABLED": "false", "TOCSIN_LOG_LEVEL": "warning", **env}
            procs.append(start_server(server_env(settings, **overrides), log_dir / f"server-{i}.log", timeout=60))
        yield procs
