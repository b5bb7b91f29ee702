"""`tocsin users import users.csv`: a CSV of users sent to a running server's bulk sync
(`PUT /v1/users`, through the Python client's `put_users`) in calls of 1,000, each refused row
reported with its CSV line.

The header row names the columns: `username` and any of the users API's fields. A cell left
empty is left out (the stored value is kept); `roles` is a list separated by `;`; `active` is
true/false (also yes/no, 1/0)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tocsin.users.schemas import BULK_MAX, UserIn

COLUMNS = ("username", *UserIn.model_fields)
_TRUE = {"true", "yes", "1", "y", "on"}
_FALSE = {"false", "no", "0", "n", "off"}


class BadFile(ValueError):
    """The file cannot be imported at all (no header, an unknown column)."""


@dataclass(frozen=True, slots=True)
class Row:
    line: int  # the CSV line the row ends on (the header is line 1)
    user: dict[str, Any]


def read_rows(path: Path) -> Iterator[Row]:
    """The file's users, one per data row, as the bulk sync takes them."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in reader.fieldnames or []]
        if "username" not in header:
            raise BadFile("the first row must name the columns, `username` among them")
        unknown = [name for name in header if name not in COLUMNS]
        if unknown:
            raise BadFile(f"unknown column {unknown[0]!r} (known: {', '.join(COLUMNS)})")
        reader.fieldnames = header
        for record in reader:
            yield Row(reader.line_num, _user(record))


def _user(record: dict[str, str | None]) -> dict[str, Any]:
    user: dict[str, Any] = {}
    for name, raw in record.items():
        value = (raw or "").strip() if isinstance(raw, str) else ""
        if name is None or (not value and name != "username"):
            continue
        if name == "roles":
            user[name] = [role.strip() for role in value.split(";") if role.strip()]
        elif name == "active" and value.lower() in _TRUE | _FALSE:
            user[name] = value.lower() in _TRUE
        else:
            user[name] = value
    return user


def batches(rows: Iterator[Row], size: int = BULK_MAX) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
