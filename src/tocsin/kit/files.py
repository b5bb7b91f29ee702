"""Files Tocsin keeps on disk (the SQLite database, the development secret key, the email outbox)
hold personal data and secrets: they are created readable by the server's user only."""

from __future__ import annotations

import os
from pathlib import Path


def private_dir(path: Path) -> None:
    """Create `path` (and missing parents) as 0700; an existing folder is left as it is."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)


def private_file(path: Path) -> None:
    """Create `path` empty as 0600 unless it exists (SQLite then opens it, and gives its -wal and
    -shm files the same mode)."""
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to a new or truncated 0600 file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
