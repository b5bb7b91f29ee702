"""Provider receipts: a sent delivery moves on to delivered or undelivered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from tocsin.channels import repository
from tocsin.channels.base import public_error
from tocsin.context import AppContext

Final = Literal["delivered", "undelivered"]


@dataclass(frozen=True, slots=True)
class Receipt:
    provider_message_id: str
    status: Final
    error: str | None = None  # the provider's error for an undelivered message


def apply(session: Session, ctx: AppContext, *, org_id: int, channel: str, receipts: list[Receipt]) -> int:
    """Record receipts of one org's channel; returns how many deliveries they moved."""
    now = ctx.clock.now()
    return sum(
        repository.mark_receipt(
            session,
            org_id=org_id,
            channel=channel,
            provider_message_id=r.provider_message_id,
            status=r.status,
            error=public_error(r.error) if r.error else None,
            now=now,
        )
        for r in receipts
    )
