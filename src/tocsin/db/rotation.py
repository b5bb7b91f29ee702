"""Re-encrypt every stored secret and address with the current key (`tocsin rotate-secrets`).

Columns are found by their `info={"encrypted": True}` marker, so a new encrypted column is
rotated without touching this module. Rows are read and rewritten in primary-key batches, one
transaction per batch, so a large user table neither holds one long transaction nor stops the
server; a value that is already under the current key is rewritten all the same (cheap, and the
command stays simple to reason about: afterwards, every value opens with the current key alone).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Column, Engine, Table, select, update

import tocsin.db.models  # noqa: F401  (every table registered on the metadata)
from tocsin.db.base import Base
from tocsin.kit.secretbox import SecretBox

BATCH = 500


def encrypted_columns() -> dict[Table, list[Column[object]]]:
    found: dict[Table, list[Column[object]]] = {}
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if c.info.get("encrypted")]
        if columns:
            found[table] = columns
    return found


def rotate(
    engine: Engine, box: SecretBox, *, dry_run: bool = False, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Re-encrypt every encrypted value; returns the count per `table.column`.

    Every value is opened first: a value no configured key opens stops the command (nothing of
    that batch is written) instead of being lost.
    """
    counts: dict[str, int] = {}
    for table, columns in encrypted_columns().items():
        (key,) = table.primary_key.columns
        for column in columns:
            counts[f"{table.name}.{column.name}"] = 0
        last = None
        while True:
            with engine.begin() as conn:
                query = select(key, *columns).order_by(key).limit(BATCH)
                if last is not None:
                    query = query.where(key > last)
                rows = conn.execute(query).all()
                for row in rows:
                    values = {}
                    for column in columns:
                        token = row._mapping[column]
                        if token:
                            values[column.name] = box.rotate(token)
                            counts[f"{table.name}.{column.name}"] += 1
                    if values and not dry_run:
                        conn.execute(update(table).where(key == row._mapping[key]).values(**values))
            if not rows:
                break
            last = rows[-1]._mapping[key]
            if progress:
                progress(table.name, len(rows))
    return counts
