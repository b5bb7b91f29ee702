"""Each delivery attempt names the provider that took it (or refused it)

With failover, one delivery can be tried through an org's providers in order (SMTP, then
Resend); the delivery log shows which provider each attempt went through. Rows written before
have none (null).

Revision ID: 0023_attempt_provider
Revises: 0022_copies
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_attempt_provider"
down_revision: str | None = "0022_copies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("delivery_attempts") as batch_op:
        batch_op.add_column(sa.Column("provider", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("delivery_attempts") as batch_op:
        batch_op.drop_column("provider")
