from __future__ import annotations

from pydantic import BaseModel


class OutcomeRow(BaseModel):
    event_type: str
    channel: str  # in_app, email, sms, ...
    sent: int
    failed: int
    read: int
    time_to_read_p50_seconds: float | None  # from the notification's creation to its read
    time_to_read_p90_seconds: float | None


class OutcomesOut(BaseModel):
    since: str
    until: str
    items: list[OutcomeRow]
