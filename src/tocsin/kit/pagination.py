"""Opaque keyset cursors: the API never exposes offsets."""

from __future__ import annotations

import base64
import binascii


class BadCursor(ValueError):
    pass


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(f"id:{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise BadCursor("cursor is not valid") from exc
    kind, _, value = raw.partition(":")
    if kind != "id" or not value.isdigit():
        raise BadCursor("cursor is not valid")
    return int(value)
