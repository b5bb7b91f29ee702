"""Bulk inserts for the hot path (a broadcast writes tens of thousands of rows in one commit).

Rows are given by column (`insert_columns`): a list per column whose value differs between rows,
one value for a column every row shares (a broadcast's title, event, time). No dict or tuple per
row is built in Python for PostgreSQL, and none per row beyond the driver's for SQLite:
- PostgreSQL gets one `INSERT ... SELECT` from the elements of JSON arrays: each varying column
  travels as one JSON text (made by the C encoder; psycopg's own array adaptation costs several
  microseconds per element), shared values once, and the server makes and casts the rows.
- SQLite gets multi-row INSERTs (`sqlite_batches`): a few hundred rows per statement, so the
  driver lets go of the GIL once per statement where its executemany let go of it for every row.
  In a server whose event loop is busy (15,000 open sockets' pings, requests), each row waited to
  get the GIL back, and a broadcast's inserts took twice as long as in a quiet process (measured:
  0.57 s against 0.26 s for 15,000 notifications and their deliveries).
Both bypass the ORM, so values pass through each column type's own bind processor here.

Inside `pipelined(session)`, PostgreSQL's inserts are sent without waiting for each answer
(psycopg's pipeline mode): the events, notifications, deliveries and escalation steps of a group
cost one round trip together instead of one each. An error surfaces at the end of the block.
Only these inserts may run inside it: a read through the session there would need answers the
pipeline has not asked for yet (do the reads first).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import chain, repeat
from typing import Any

from sqlalchemy import JSON, BigInteger, ColumnElement, Table, Text, any_, bindparam, cast, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tocsin.kit import jsontext

_PIPELINE = "tocsin.bulk.pipeline"


def id_in(session: Session, column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    """`column IN ids` for many ids: on PostgreSQL one array parameter (`= ANY(:ids)`), where an
    expanded IN of a thousand placeholders cost more to render and parse than the statement did
    to run (reading all of a user's thousand notifications settles them in three such
    statements); SQLite keeps the portable IN."""
    if session.get_bind().dialect.name == "postgresql":
        literal = id_array(ids)
        return column == any_(cast(bindparam(None, literal, type_=Text), ARRAY(BigInteger)))  # type: ignore[no-any-return]
    return column.in_(ids)  # type: ignore[no-any-return]


def id_array(ids: Iterable[int]) -> str:
    """Ids as the text of a PostgreSQL array (`{1,2,3}`), to be cast by the server
    (`CAST(:ids AS bigint[])`): psycopg's adaptation of a list costs microseconds per element in
    Python."""
    return "{" + ",".join(str(int(i)) for i in ids) + "}"


@contextmanager
def pipelined(session: Session) -> Iterator[None]:
    """Send the bulk inserts made inside the block together (PostgreSQL; elsewhere a no-op)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql" or _PIPELINE in session.info:
        yield
        return
    raw = connection.connection.driver_connection
    driver = connection.dialect.dbapi
    try:
        with raw.pipeline():  # type: ignore[union-attr]
            session.info[_PIPELINE] = raw
            try:
                yield
            finally:
                del session.info[_PIPELINE]
    except driver.Error as exc:  # type: ignore[union-attr]
        # As SQLAlchemy would have raised it (IntegrityError for a unique key, and so on).
        raise DBAPIError.instance(None, None, exc, driver.Error) from exc  # type: ignore[union-attr]


def allocate_ids(session: Session, table: Table, count: int) -> list[int]:
    """Reserve `count` primary keys, increasing, so child rows can reference them without RETURNING."""
    return allocate_many(session, [(table, count)])[0]


def allocate_many(session: Session, wanted: Sequence[tuple[Table, int]]) -> list[list[int]]:
    """`allocate_ids` for several tables, in one round trip on PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        asked = [(table, count) for table, count in wanted if count > 0]
        found: list[list[int]] = []
        if asked:
            # The sequence as a constant: `nextval(pg_get_serial_sequence(...))` looks the sequence
            # up for every id (measured: 42 ms for 20,000 ids, 7 ms with the name given).
            parts = ", ".join(
                f"(SELECT array_agg(nextval(CAST(:s{i} AS regclass))) FROM generate_series(1, :n{i}))"
                for i in range(len(asked))
            )
            params: dict[str, Any] = {}
            for i, (table, count) in enumerate(asked):
                params |= {f"s{i}": _sequence_of(session, table), f"n{i}": count}
            found = [sorted(ids) for ids in session.execute(text(f"SELECT {parts}"), params).one()]
        given = iter(found)
        return [next(given) if count > 0 else [] for _, count in wanted]
    # SQLite: every write transaction holds the database lock (BEGIN IMMEDIATE), so max(id) is stable.
    out = []
    for table, count in wanted:
        start = int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1 if count else 0
        out.append(list(range(start, start + count)))
    return out


_SEQUENCES: dict[tuple[str, str], str] = {}


def _sequence_of(session: Session, table: Table) -> str:
    """The schema-qualified name of the sequence behind `table.id` (PostgreSQL), asked once per
    database and table."""
    bind = session.get_bind()
    key = (bind.engine.url.render_as_string(hide_password=True), table.name)
    name = _SEQUENCES.get(key)
    if name is None:
        name = _SEQUENCES[key] = str(session.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}))
    return name


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts keyed by column name; every row has the same keys)."""
    if rows:
        insert_gathered(session, table, {name: [row[name] for row in rows] for name in rows[0]})


def insert_gathered(session: Session, table: Table, columns: Mapping[str, list[Any]]) -> None:
    """Insert rows gathered by column (lists of one length, possibly empty); a column holding one
    value throughout is sent once (`split_shared`)."""
    if columns and len(next(iter(columns.values()))):
        insert_columns(session, table, *split_shared(columns))


def split_shared(
    columns: Mapping[str, list[Any]], shared: Mapping[str, Any] | None = None
) -> tuple[dict[str, list[Any]], dict[str, Any]]:
    """`columns` and `shared` for `insert_columns`, with every column whose rows all hold one
    value (a batch's org, time or type) moved to the shared values: it goes once, not per row.
    At least one column stays varying: it says how many rows there are."""
    varying: dict[str, list[Any]] = {}
    fixed = dict(shared or {})
    for name, values in columns.items():
        # list.count compares in C, identity first: the values are mostly one object repeated.
        if len(values) > 1 and values.count(values[0]) == len(values):
            fixed[name] = values[0]
        else:
            varying[name] = values
    if not varying and columns:
        name = next(iter(columns))
        varying[name] = list(columns[name])
        del fixed[name]
    return varying, fixed


def insert_columns(
    session: Session, table: Table, columns: Mapping[str, Sequence[Any]], shared: Mapping[str, Any] | None = None
) -> None:
    """Insert one row per position of the `columns` lists (all of one length); every row also
    gets the `shared` values."""
    shared = shared or {}
    count = len(next(iter(columns.values()))) if columns else 0
    if count == 0:
        return
    connection = session.connection()
    dialect = connection.dialect
    varying = list(columns)
    fixed = list(shared)

    def processed(name: str, values: Sequence[Any]) -> Sequence[Any]:
        column_type = table.c[name].type
        if dialect.name == "postgresql" and isinstance(column_type, JSON):
            raw: Callable[[Any], Any] | None = _json_text  # sent as text, cast to jsonb by the server
        else:
            raw = column_type._cached_bind_processor(dialect)
        process = _once_per_object(raw)
        return values if process is None else [process(v) for v in values]

    if dialect.name == "postgresql":
        params: dict[str, Any] = {}
        sources, selected = [], {}
        for i, name in enumerate(varying):
            kind = _pg_type(table, name, dialect)
            values = processed(name, columns[name])
            if kind == "JSONB":  # elements are JSON texts already (None: SQL NULL)
                params[f"v{i}"] = "[" + ",".join("null" if v is None else v for v in values) + "]"
                sources.append(f"json_array_elements(%(v{i})s::json)")
                selected[name] = f"NULLIF(x.c{i}::jsonb, 'null'::jsonb)"
            else:
                params[f"v{i}"] = jsontext.dumps(values if kind != _TIMESTAMP else [_iso(v) for v in values])
                sources.append(f"json_array_elements_text(%(v{i})s::json)")
                selected[name] = f"x.c{i}::{kind}"
        for i, name in enumerate(fixed):
            params[f"k{i}"] = processed(name, [shared[name]])[0]
            selected[name] = f"%(k{i})s::{_pg_type(table, name, dialect)}"
        names = ", ".join(f'"{c}"' for c in selected)
        aliases = ", ".join(f"c{i}" for i in range(len(varying)))
        sql = (
            f'INSERT INTO "{table.name}" ({names}) SELECT {", ".join(selected.values())} '
            f"FROM ROWS FROM ({', '.join(sources)}) AS x({aliases})"
        )
        raw = session.info.get(_PIPELINE)
        if raw is not None:
            raw.execute(sql, params)  # queued: answered when the pipeline syncs
        else:
            connection.exec_driver_sql(sql, params)
        return
    values = [processed(name, columns[name]) for name in varying]
    values += [repeat(processed(name, [shared[name]])[0]) for name in fixed]
    names = ", ".join(varying + fixed)
    rows = list(zip(*values, strict=False))  # shared values repeat endlessly
    row_sql = "(" + ", ".join("?" for _ in values) + ")"
    start = 0
    for size in sqlite_batches(len(rows), len(values)):
        sql = f'INSERT INTO "{table.name}" ({names}) VALUES {", ".join([row_sql] * size)}'
        connection.exec_driver_sql(sql, tuple(chain.from_iterable(rows[start : start + size])))
        start += size


# Values bound per multi-row INSERT on SQLite: a few hundred rows a statement (fewer for wider
# rows), well under the limit on a statement's parameters (32,766 since SQLite 3.32; 999 before).
_SQLITE_VALUES = 4096 if sqlite3.sqlite_version_info >= (3, 32) else 999


def sqlite_batches(rows: int, width: int) -> list[int]:
    """How many rows each statement takes: full batches, then the rest in one (a group's few
    rows are one statement). The full batch's text is compiled once and kept in the driver's
    statement cache."""
    full = max(1, _SQLITE_VALUES // max(1, width))
    sizes = [full] * (rows // full)
    if rows % full:
        sizes.append(rows % full)
    return sizes


_TIMESTAMP = "TIMESTAMP WITH TIME ZONE"


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _pg_type(table: Table, name: str, dialect: Any) -> str:
    column_type = table.c[name].type
    if isinstance(column_type, JSON):
        return "JSONB"
    return str(column_type.dialect_impl(dialect).compile(dialect=dialect))


def _json_text(value: Any) -> str | None:
    return None if value is None else jsontext.dumps(value)


_SHARED_TYPES = (dict, list, datetime)


def _once_per_object(processor: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """`processor`, run once per distinct dict, list or datetime object: a broadcast's rows share
    one `data` dict and one `created_at`, which would otherwise be serialised once per row. The
    values are alive for the whole insert, so no object's id is reused while the cache lives."""
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
