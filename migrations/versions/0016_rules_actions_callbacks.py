"""field-change rules, notification actions and shared resolution, CRM callbacks

Revision ID: 0016
Revises: 0018
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import tocsin.db.base
from tocsin.event_types.catalog import seed_rows

revision: str = "0016"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TYPES = ("record_updated", "credit_limit_override")
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "field_rules",
        sa.Column("id", BigId, nullable=False),
        sa.Column("org_id", BigId, nullable=False),
        sa.Column("rule_id", sa.String(length=100), nullable=False),
        sa.Column("entity_type", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("values", tocsin.db.base.Json, nullable=False),
        sa.Column("event_type", sa.String(length=64), nullable=False),
        sa.Column("recipients", tocsin.db.base.Json, nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", tocsin.db.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", tocsin.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_field_rules_org_id_orgs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_rules")),
        sa.UniqueConstraint("org_id", "rule_id", name=op.f("uq_field_rules_org_id_rule_id")),
    )
    op.create_table(
        "callback_settings",
        sa.Column("org_id", BigId, nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("events", tocsin.db.base.Json, nullable=False),
        sa.Column("signing_secret_enc", sa.Text(), nullable=False),
        sa.Column("updated_at", tocsin.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"], ["orgs.id"], name=op.f("fk_callback_settings_org_id_orgs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("org_id", name=op.f("pk_callback_settings")),
    )
    with op.batch_alter_table("notifications") as batch_op:
        batch_op.add_column(sa.Column("actions", tocsin.db.base.Json, nullable=True))
        batch_op.add_column(sa.Column("acted_at", tocsin.db.base.UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("action", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("resolved_at", tocsin.db.base.UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("resolution", tocsin.db.base.Json, nullable=True))
    op.create_index(
        "ix_notifications_open_requests",
        "notifications",
        ["org_id", "entity_type", "entity_id"],
        unique=False,
        postgresql_where=sa.text("type = 'approval_requested' AND resolved_at IS NULL"),
        sqlite_where=sa.text("type = 'approval_requested' AND resolved_at IS NULL"),
    )
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.add_column(sa.Column("payload", tocsin.db.base.Json, nullable=True))

    # The new built-in event types, for the orgs that exist already.
    bind = op.get_bind()
    orgs = [row[0] for row in bind.execute(sa.text("SELECT id FROM orgs"))]
    existing = {
        (row[0], row[1])
        for row in bind.execute(
            sa.text("SELECT org_id, key FROM event_types WHERE key IN ('record_updated', 'credit_limit_override')")
        )
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
        {**row, "org_id": org_id, "created_at": now, "updated_at": now}
        for org_id in orgs
        for row in seed_rows()
        if row["key"] in NEW_TYPES and (org_id, row["key"]) not in existing
    ]
    if rows:
        op.bulk_insert(event_types, rows)
        bind.execute(sa.text("UPDATE orgs SET config_version = config_version + 1"))


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.drop_column("payload")
    op.drop_index("ix_notifications_open_requests", table_name="notifications")
    with op.batch_alter_table("notifications") as batch_op:
        batch_op.drop_column("resolution")
        batch_op.drop_column("resolved_at")
        batch_op.drop_column("action")
        batch_op.drop_column("acted_at")
        batch_op.drop_column("actions")
    op.drop_table("callback_settings")
    op.drop_table("field_rules")
