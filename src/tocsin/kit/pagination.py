"""Opaque keyset cursors: the API never exposes offsets."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import TypeVar

from tocsin.kit.bounds import MAX_ID

T = TypeVar("T")


class BadCursor(ValueError):
    pass


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(f"id:{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError) as exc:  # not base64 (binascii.Error), not ASCII, not UTF-8
        raise BadCursor("cursor is not valid") from exc
    kind, _, value = raw.partition(":")
    # isascii: str.isdigit() also accepts digits int() cannot read; a cursor past the largest id
    # would overflow the 64-bit column in the query.
    if kind != "id" or not value.isascii() or not value.isdigit() or len(value) > 19 or int(value) > MAX_ID:
        raise BadCursor("cursor is not valid")
    return int(value)


def split_page(rows: Sequence[T], limit: int, id_of: Callable[[T], int]) -> tuple[list[T], str | None]:
    """From `limit + 1` rows fetched newest first: the page, and the cursor of the next one
    (None when the extra row did not come back, i.e. this is the last page)."""
    page = list(rows[:limit])
    more = len(rows) > limit and bool(page)
    return page, encode_cursor(id_of(page[-1])) if more else None
