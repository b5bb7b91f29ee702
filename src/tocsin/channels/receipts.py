"""Provider receipts: a sent delivery moves on to delivered or undelivered.

The channel endpoints read a provider's receipts; the deliveries package, which owns delivery
rows, records them (`signals.receipts_arrived`, in the endpoint's transaction) and reports each
move to the CRM where the org asked for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from tocsin.context import AppContext

Final = Literal["delivered", "undelivered"]


@dataclass(frozen=True, slots=True)
class Receipt:
    provider_message_id: str
    status: Final
    error: str | None = None  # the provider's error for an undelivered message


def apply(session: Session, ctx: AppContext, *, org_id: int, channel: str, receipts: list[Receipt]) -> int:
    """Record receipts of one org's channel; returns how many deliveries they moved (each
    reported to the CRM as `delivery.delivered`, or `delivery.failed` with status
    `undelivered`, in the same transaction)."""
    if not receipts:
        return 0
    return ctx.signals.receipts_arrived(session, org_id, channel, receipts)
