"""Bounds of numbers and times that come from outside, so they never overflow a column or a
datetime computation (a 500 on PostgreSQL, a silent wrap elsewhere)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, Field

# Ids are 64-bit signed integers on both databases.
MAX_ID = 2**63 - 1
RowId = Annotated[int, Field(ge=1, le=MAX_ID)]

# Far enough from datetime's own ends that any timezone offset or window arithmetic stays valid.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


def bounded_time(value: datetime) -> datetime:
    """Aware and in UTC (naive means UTC), between 1970 and 9000."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        value = value.astimezone(UTC)
    except OverflowError as exc:  # year 1 or 9999 with an offset
        raise ValueError("must be between 1970 and 9000") from exc
    if not EARLIEST <= value <= LATEST:
        raise ValueError("must be between 1970 and 9000")
    return value

Timestamp = Annotated[datetime, AfterValidator(bounded_time)]
