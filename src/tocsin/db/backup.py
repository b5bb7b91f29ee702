"""`tocsin backup`: a consistent copy of the SQLite default while the server runs.

SQLite's online backup API copies the database through a reader: in WAL mode a reader sees one
committed snapshot and blocks no writer, so the copy is taken in one step (events keep arriving
while it runs, and the copy holds everything committed when it started). The copy is written
beside the target and renamed into place, so a target path never holds half a backup.
PostgreSQL has its own tool for this (`pg_dump`); see docs/operations.md.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    bytes: int
    pages: int


def backup_sqlite(database_url: str, target: Path) -> BackupResult:
    """Copy the SQLite database at `database_url` to `target` (replaced if it exists)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise BackupError("`tocsin backup` copies the SQLite default; for PostgreSQL use pg_dump (docs/operations.md)")
    source_path = Path(url.database or "")
    if not url.database or url.database == ":memory:" or not source_path.is_file():
        raise BackupError(f"no database file at {source_path}")
    target = target.resolve()
    if target == source_path.resolve():
        raise BackupError("the backup cannot replace the database itself")
    if not target.parent.is_dir():
        raise BackupError(f"{target.parent} is not a folder")
    partial = target.with_name(f".{target.name}.partial")
    source = sqlite3.connect(f"file:{source_path.resolve().as_posix()}?mode=ro", uri=True, timeout=30)
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # addresses are inside
        os.close(fd)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)  # all pages in one step: one snapshot, no restart on writes
            pages = copy.execute("PRAGMA page_count").fetchone()[0]
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            copy.close()
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"backup failed: {exc}") from exc
    finally:
        source.close()
    os.replace(partial, target)
    return BackupResult(path=target, bytes=target.stat().st_size, pages=pages)
