"""The event history: the entity's type and id as columns, and the indexes its filters use

`GET /v1/events` lists an org's events newest first (keyset on id), whole or filtered by type,
by the record it is about (entity type and id) or by actor; each filter has an index that ends
in `id`, so a page is an index range read. The entity's type and id were only inside the `entity`
JSON: they are copied into columns (filled here for the events already stored) so both databases
index them the same way. The recipient filter uses the notifications' own index (org, user, id).

Revision ID: 0020_history
Revises: 0019
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_history"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("ix_events_org_id", ["org_id", "id"]),
    ("ix_events_org_type", ["org_id", "type", "id"]),
    ("ix_events_org_entity", ["org_id", "entity_type", "entity_id", "id"]),
    ("ix_events_org_actor", ["org_id", "actor", "id"]),
)


def upgrade() -> None:
    with op.batch_alter_table("events") as batch_op:
        batch_op.add_column(sa.Column("entity_type", sa.String(64), nullable=True))
        batch_op.add_column(sa.Column("entity_id", sa.String(200), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE events SET entity_type = entity ->> 'type', entity_id = entity ->> 'id'")
    else:
        op.execute(
            "UPDATE events SET entity_type = json_extract(entity, '$.type'), entity_id = json_extract(entity, '$.id')"
        )
    for name, columns in _INDEXES:
        op.create_index(name, "events", columns)


def downgrade() -> None:
    for name, _ in _INDEXES:
        op.drop_index(name, table_name="events")
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("entity_id")
        batch_op.drop_column("entity_type")
