"""Bulk inserts for the hot path (a broadcast writes tens of thousands of rows in one commit).

PostgreSQL gets COPY (an order of magnitude faster than multi-row INSERT, whose statement text
psycopg must build and parse); SQLite gets one prepared INSERT run by the driver's executemany.
Both bypass the ORM, so values pass through each column type's own bind processor here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Table, func, select, text
from sqlalchemy.orm import Session


def allocate_ids(session: Session, table: Table, count: int) -> list[int]:
    """Reserve `count` primary keys, increasing, so child rows can reference them without RETURNING."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
            {"table": table.name, "n": count},
        )
        return sorted(int(r[0]) for r in rows)
    # SQLite: every write transaction holds the database lock (BEGIN IMMEDIATE), so max(id) is stable.
    start = int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
    return list(range(start, start + count))


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts keyed by column name; every row has the same keys)."""
    if not rows:
        return
    columns = list(rows[0].keys())
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name == "postgresql":
        json_columns = {c for c in columns if isinstance(table.c[c].type, JSON)}
        raw = connection.connection.driver_connection
        names = ", ".join(f'"{c}"' for c in columns)
        # A broadcast's rows share one `data` dict: serialise each distinct object once, and send
        # JSON as text, which COPY's text format parses into jsonb (no per-row adapter).
        dumped: dict[int, str] = {}

        def as_json(value: Any) -> str:
            key = id(value)
            if key not in dumped:
                dumped[key] = json.dumps(value, separators=(",", ":"))
            return dumped[key]

        with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(
                    [as_json(row[c]) if c in json_columns and row[c] is not None else row[c] for c in columns]
                )
        return
    processors = [_once_per_object(table.c[c].type._cached_bind_processor(dialect)) for c in columns]
    placeholders = ", ".join("?" for _ in columns)
    sql = f'INSERT INTO "{table.name}" ({", ".join(columns)}) VALUES ({placeholders})'
    params = [
        tuple(p(row[c]) if p is not None else row[c] for c, p in zip(columns, processors, strict=True)) for row in rows
    ]
    connection.exec_driver_sql(sql, params)


_SHARED_TYPES = (dict, list, datetime)


def _once_per_object(processor: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """`processor`, run once per distinct dict, list or datetime object: a broadcast's rows share
    one `data` dict and one `created_at`, which would otherwise be serialised once per row. The
    rows are alive for the whole insert, so no object's id is reused while the cache lives."""
    if processor is None:
        return None
    done: dict[int, Any] = {}

    def process(value: Any) -> Any:
        if not isinstance(value, _SHARED_TYPES):
            return processor(value)
        key = id(value)
        if key not in done:
            done[key] = processor(value)
        return done[key]

    return process
