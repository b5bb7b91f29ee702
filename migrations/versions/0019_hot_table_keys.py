"""The broadcast path: hot tables check only the keys they cascade by; a users version per org

A broadcast writes a notification and a delivery per recipient. Each foreign key is checked per
inserted row (on PostgreSQL an index probe and a row lock on the referenced row, about 4 µs),
and the org and user keys of `notifications` and `deliveries` were half the database time of a
10,000-user broadcast. Nothing cascades through them: users are only ever soft-deleted, orgs are
never deleted, and the purge deletes deliveries, notifications and events itself. Their rows are
written only for users read in the same transaction. The keys that carry a cascade stay
(notification -> event, delivery -> notification).

The provider message id index holds only rows that have one (receipts look up non-null ids; a
new delivery has none), so inserting a delivery no longer adds an index entry for it.

`orgs.users_version` is bumped by every write to an org's users, so a broadcast can reuse the
directory it loaded at that version instead of reading every user again.

Revision ID: 0019
Revises: 0011
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEYS = (
    ("notifications", "fk_notifications_org_id_orgs", "orgs", "org_id"),
    ("notifications", "fk_notifications_user_id_users", "users", "user_id"),
    ("deliveries", "fk_deliveries_org_id_orgs", "orgs", "org_id"),
    ("deliveries", "fk_deliveries_user_id_users", "users", "user_id"),
)
_WHERE = "provider_message_id IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("orgs") as batch_op:
        batch_op.add_column(sa.Column("users_version", sa.Integer(), server_default="0", nullable=False))
    for table in ("notifications", "deliveries"):
        with op.batch_alter_table(table) as batch_op:
            for owner, name, _, _ in _KEYS:
                if owner == table:
                    batch_op.drop_constraint(name, type_="foreignkey")
            if table == "deliveries":
                batch_op.drop_index("ix_deliveries_provider_message_id")
                batch_op.create_index(
                    "ix_deliveries_provider_message_id",
                    ["provider_message_id"],
                    postgresql_where=sa.text(_WHERE),
                    sqlite_where=sa.text(_WHERE),
                )


def downgrade() -> None:
    with op.batch_alter_table("orgs") as batch_op:
        batch_op.drop_column("users_version")
    for table in ("notifications", "deliveries"):
        with op.batch_alter_table(table) as batch_op:
            for owner, name, target, column in _KEYS:
                if owner == table:
                    batch_op.create_foreign_key(name, target, [column], ["id"], ondelete="CASCADE")
            if table == "deliveries":
                batch_op.drop_index("ix_deliveries_provider_message_id")
                batch_op.create_index("ix_deliveries_provider_message_id", ["provider_message_id"])
