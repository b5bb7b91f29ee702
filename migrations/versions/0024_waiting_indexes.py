"""Indexes for a user's hot reads and for settling notifications

- The unread index also keys `seen_at`: the unread and unseen counts are read from the index alone
  (no table row visited), however many unread notifications a user has.
- Deliveries and schedule firings that still wait (pending or deferred deliveries, pending
  firings) get a small index by notification: reading or dismissing notifications looks there
  for what to cancel, and finds nothing in a few index pages when nothing waits, instead of
  probing every delivery and firing a notification ever had.

Revision ID: 0024_waiting_indexes
Revises: 0023_attempt_provider
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024_waiting_indexes"
down_revision: str | None = "0023_attempt_provider"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UNREAD = "read_at IS NULL AND dismissed_at IS NULL"
_DELIVERY_WAITING = "status IN ('pending', 'deferred')"
_FIRING_WAITING = "status = 'pending' AND notification_id IS NOT NULL"


def _partial(table: str, name: str, columns: list[str], where: str) -> None:
    op.create_index(name, table, columns, postgresql_where=sa.text(where), sqlite_where=sa.text(where))


def upgrade() -> None:
    op.drop_index("ix_notifications_unread", table_name="notifications")
    _partial("notifications", "ix_notifications_unread", ["org_id", "user_id", "id", "seen_at"], _UNREAD)
    _partial("deliveries", "ix_deliveries_waiting", ["notification_id"], _DELIVERY_WAITING)
    _partial("schedule_firings", "ix_schedule_firings_waiting", ["notification_id"], _FIRING_WAITING)


def downgrade() -> None:
    op.drop_index("ix_schedule_firings_waiting", table_name="schedule_firings")
    op.drop_index("ix_deliveries_waiting", table_name="deliveries")
    op.drop_index("ix_notifications_unread", table_name="notifications")
    _partial("notifications", "ix_notifications_unread", ["org_id", "user_id", "id"], _UNREAD)
