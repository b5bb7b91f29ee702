"""Copies to fixed addresses and email attachments

`event_types.cc_emails`: fixed addresses that get a copy of the type's email.
`deliveries.copy_to`: a delivery that is such a copy (to an address, not to a user).
`copy_optouts`: addresses that unsubscribed from copies with the one-click link.
`events.attachments`: the files an event asks to attach to its email.
`field_rules.attach_document`: the rule's `data.document_url` becomes an attachment.
`field_rules.cc_emails`: fixed addresses that get a copy of the rule's email.

Revision ID: 0022_copies
Revises: 0021_types
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tocsin.db.base

revision: str = "0022_copies"
down_revision: str | None = "0021_types"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("event_types") as batch_op:
        batch_op.add_column(sa.Column("cc_emails", tocsin.db.base.Json, nullable=True))
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.add_column(sa.Column("copy_to", sa.String(length=320), nullable=True))
    with op.batch_alter_table("events") as batch_op:
        batch_op.add_column(sa.Column("attachments", tocsin.db.base.Json, nullable=True))
    with op.batch_alter_table("field_rules") as batch_op:
        batch_op.add_column(sa.Column("attach_document", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("cc_emails", tocsin.db.base.Json, nullable=True))
    op.create_table(
        "copy_optouts",
        sa.Column("id", BigId, nullable=False),
        sa.Column("org_id", BigId, nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("event_type", sa.String(length=64), nullable=False),
        sa.Column("created_at", tocsin.db.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_copy_optouts_org_id_orgs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copy_optouts")),
        sa.UniqueConstraint("org_id", "address", name=op.f("uq_copy_optouts_org_id_address")),
    )


def downgrade() -> None:
    op.drop_table("copy_optouts")
    with op.batch_alter_table("field_rules") as batch_op:
        batch_op.drop_column("cc_emails")
        batch_op.drop_column("attach_document")
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("attachments")
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.drop_column("copy_to")
    with op.batch_alter_table("event_types") as batch_op:
        batch_op.drop_column("cc_emails")
