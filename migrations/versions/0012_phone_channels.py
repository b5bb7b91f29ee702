"""phone channels: delivery receipts (delivered, undelivered), SMS segments, sensitive fields

Revision ID: 0012
Revises: 0009
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0012"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        # "undelivered" is 11 characters.
        batch_op.alter_column(
            "status", existing_type=sa.String(length=10), type_=sa.String(length=12), existing_nullable=False
        )
        batch_op.add_column(sa.Column("parts", sa.Integer(), nullable=True))
        batch_op.create_index("ix_deliveries_provider_message_id", ["provider_message_id"], unique=False)
    with op.batch_alter_table("event_types", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "sensitive_fields",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("event_types", schema=None) as batch_op:
        batch_op.drop_column("sensitive_fields")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_provider_message_id")
        batch_op.drop_column("parts")
        batch_op.alter_column(
            "status", existing_type=sa.String(length=12), type_=sa.String(length=10), existing_nullable=False
        )
