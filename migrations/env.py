"""Alembic environment: the engine comes from Tocsin's configuration (or the caller)."""

from __future__ import annotations

from alembic import context

import tocsin.db.models  # noqa: F401  (registers every table)
from tocsin.config import Settings
from tocsin.db.base import Base
from tocsin.db.engine import make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or Settings().database_url
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        # Revision ids are names, not an order (they were numbered as features were planned): the
        # steps are logged by their place in the chain instead of Alembic's "0014 -> 0010" lines.
        on_version_apply=config.attributes.get("on_version_apply", ()),
    )
    with context.begin_transaction():
        context.run_migrations()
    if hasattr(connection, "commit"):
        connection.commit()


run_migrations_online()
