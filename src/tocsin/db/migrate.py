"""Alembic, driven from code: `tocsin migrate` and the empty-database check of `tocsin serve`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect


def migrations_dir() -> Path:
    here = Path(__file__).resolve()
    for candidate in (here.parents[3] / "migrations", here.parents[1] / "_migrations"):
        if (candidate / "env.py").exists():
            return candidate
    raise RuntimeError("Alembic migrations not found next to the tocsin package")


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine) -> None:
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return revision_of(conn)


def revision_of(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


@lru_cache(maxsize=1)
def _head() -> str | None:
    # The scripts ship with the code: their head cannot change while the process runs.
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def head_revision() -> str | None:
    """The revision this version of the code needs (whatever the database)."""
    return _head()


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()
