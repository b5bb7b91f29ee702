"""event types on/off, six new built-in types, rules' collapse_over

`event_types.enabled`: a switched-off type's events are stored and notify nobody.
`field_rules.collapse_over`: more than this many notifications of a rule for one recipient in one
batch call become one (null: never). The new built-in types (duplicate check, customer portal,
help-desk SLA, personnel) are added to the orgs that exist already, as new orgs get them.

Revision ID: 0021_types
Revises: 0020_history
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import tocsin.db.base
from tocsin.event_types.catalog import seed_rows

revision: str = "0021_types"
down_revision: str | None = "0020_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TYPES = ("possible_duplicate", "portal_activity", "sla_warning", "sla_breached", "absence_requested", "review_due")
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
COLUMNS = ("key", "description", "urgent_default", "builtin", "title_template", "body_template", "routing")


def upgrade() -> None:
    with op.batch_alter_table("event_types") as batch_op:
        batch_op.add_column(sa.Column("enabled", sa.Boolean(), server_default=sa.true(), nullable=False))
    with op.batch_alter_table("field_rules") as batch_op:
        batch_op.add_column(sa.Column("collapse_over", sa.Integer(), server_default="25", nullable=True))

    bind = op.get_bind()
    orgs = [row[0] for row in bind.execute(sa.text("SELECT id FROM orgs"))]
    keys = ", ".join(f"'{key}'" for key in NEW_TYPES)
    existing = {
        (row[0], row[1]) for row in bind.execute(sa.text(f"SELECT org_id, key FROM event_types WHERE key IN ({keys})"))
    }
    event_types = sa.table(
        "event_types",
        sa.column("org_id", BigId),
        sa.column("key", sa.String),
        sa.column("description", sa.Text),
        sa.column("urgent_default", sa.Boolean),
        sa.column("builtin", sa.Boolean),
        sa.column("title_template", sa.Text),
        sa.column("body_template", sa.Text),
        sa.column("routing", tocsin.db.base.Json),
        sa.column("created_at", tocsin.db.base.UtcDateTime()),
        sa.column("updated_at", tocsin.db.base.UtcDateTime()),
    )
    now = datetime.now(UTC)
    rows = [
        {**{c: row[c] for c in COLUMNS}, "org_id": org_id, "created_at": now, "updated_at": now}
        for org_id in orgs
        for row in seed_rows()
        if row["key"] in NEW_TYPES and (org_id, row["key"]) not in existing
    ]
    if rows:
        op.bulk_insert(event_types, rows)
    # Cached ingestion configurations are stale (a new column, new types).
    bind.execute(sa.text("UPDATE orgs SET config_version = config_version + 1"))


def downgrade() -> None:
    keys = ", ".join(f"'{key}'" for key in NEW_TYPES)
    op.execute(sa.text(f"DELETE FROM event_types WHERE builtin AND key IN ({keys})"))
    with op.batch_alter_table("field_rules") as batch_op:
        batch_op.drop_column("collapse_over")
    with op.batch_alter_table("event_types") as batch_op:
        batch_op.drop_column("enabled")
