"""Alembic, driven from code: `tocsin migrate` and the empty-database check of `tocsin serve`."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

log = logging.getLogger(__name__)


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
    """Bring the schema to head, logging one line per step in the order the steps run (Alembic's
    own INFO lines are kept out by the logging set-up: they name revisions by id, which is not
    their order)."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.connect() as conn:
        current = revision_of(conn)
        steps = pending_steps(current)
        done = 0

        def applied(**_: Any) -> None:
            nonlocal done
            done += 1
            log.info("schema step %d of %d applied: %s", done, len(steps), steps[min(done, len(steps)) - 1])

        cfg.attributes["connection"] = conn
        cfg.attributes["on_version_apply"] = [applied]
        command.upgrade(cfg, "head")


def pending_steps(current: str | None) -> list[str]:
    """The descriptions of the revisions between `current` and head, oldest first."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = list(script.iterate_revisions("head", current or "base"))
    return [f"{rev.revision} {(rev.doc or '').strip()}".strip() for rev in reversed(revisions)]


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
