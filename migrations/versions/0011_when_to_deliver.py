"""When to deliver: quiet hours, unread escalation, digests, read before sent

Deliveries record why they wait (`reason`) and whether an urgent event went through quiet hours
(`dnd_bypassed`); event types carry `escalation` and `digest`; a scheduled firing may belong to a
notification (the manager step of an unread escalation) instead of a scheduled item. Every org's
`lead_assigned` gets the default escalation (30 minutes: email; 240 minutes: the manager), and
every org gets the `escalation` event type.

Revision ID: 0011
Revises: 0018
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import tocsin.db.base

revision: str = "0011"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEAD_ESCALATION = {"after_minutes": 30, "channel": "email", "manager_after_minutes": 240}
ESCALATION_ROUTING = {
    "in_app": {"on": True, "overridable": False},
    "email": {"on": True, "overridable": True},
    "sms": {"on": False, "overridable": True},
    "whatsapp": {"on": False, "overridable": True},
    "webpush": {"on": False, "overridable": True},
    "webhook": {"on": True, "overridable": False},
}


def _partial_indexes(batch_op: object, *, create: bool) -> None:
    specs = (("ix_schedule_firings_due", "due_at", "pending"), ("ix_schedule_firings_leased", "lease_until", "firing"))
    for name, column, status in specs:
        if create:
            batch_op.create_index(  # type: ignore[attr-defined]
                name,
                [column],
                unique=False,
                postgresql_where=sa.text(f"status = '{status}'"),
                sqlite_where=sa.text(f"status = '{status}'"),
            )
        else:
            batch_op.drop_index(name)  # type: ignore[attr-defined]


def _due_index(columns: tuple[str, ...]) -> None:
    op.drop_index("ix_deliveries_due", table_name="deliveries")
    op.create_index(
        "ix_deliveries_due",
        "deliveries",
        list(columns),
        unique=False,
        postgresql_where=sa.text("status IN ('pending', 'deferred')"),
        sqlite_where=sa.text("status IN ('pending', 'deferred')"),
    )


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("dnd_bypassed", sa.Boolean(), server_default=sa.false(), nullable=False))
    # The claim reads due rows in due order, ties in creation order: the index carries the id.
    _due_index(("next_attempt_at", "id"))
    with op.batch_alter_table("event_types") as batch_op:
        batch_op.add_column(sa.Column("escalation", tocsin.db.base.Json, nullable=True))
        batch_op.add_column(sa.Column("digest", tocsin.db.base.Json, nullable=True))
    with op.batch_alter_table("schedule_firings") as batch_op:
        _partial_indexes(batch_op, create=False)
    with op.batch_alter_table("schedule_firings") as batch_op:
        batch_op.alter_column(
            "item_id", existing_type=sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        )
        batch_op.alter_column("item_version", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(
            sa.Column("notification_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_schedule_firings_notification_id_notifications"),
            "notifications",
            ["notification_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index(batch_op.f("ix_schedule_firings_notification_id"), ["notification_id"], unique=False)
    with op.batch_alter_table("schedule_firings") as batch_op:
        _partial_indexes(batch_op, create=True)

    bind = op.get_bind()
    event_types = sa.table(
        "event_types",
        sa.column("org_id", sa.Integer),
        sa.column("key", sa.String),
        sa.column("description", sa.Text),
        sa.column("urgent_default", sa.Boolean),
        sa.column("builtin", sa.Boolean),
        sa.column("title_template", sa.Text),
        sa.column("body_template", sa.Text),
        sa.column("routing", tocsin.db.base.Json),
        sa.column("escalation", tocsin.db.base.Json),
        sa.column("created_at", tocsin.db.base.UtcDateTime()),
        sa.column("updated_at", tocsin.db.base.UtcDateTime()),
    )
    bind.execute(event_types.update().where(event_types.c.key == "lead_assigned").values(escalation=LEAD_ESCALATION))
    now = datetime.now(UTC)
    missing = (
        bind.execute(
            sa.text("SELECT id FROM orgs WHERE id NOT IN (SELECT org_id FROM event_types WHERE key = 'escalation')")
        )
        .scalars()
        .all()
    )
    if missing:
        bind.execute(
            event_types.insert(),
            [
                {
                    "org_id": org_id,
                    "key": "escalation",
                    "description": "A notification was not opened in time (sent to the recipient's manager)",
                    "urgent_default": False,
                    "builtin": True,
                    "title_template": "{{ data.recipient_name or data.recipient }} has not opened: {{ data.title }}",
                    "body_template": "{{ data.recipient_name or data.recipient }} has not opened"
                    " \u201c{{ data.title }}\u201d, sent {{ data.minutes }} minutes ago.",
                    "routing": ESCALATION_ROUTING,
                    "escalation": None,
                    "created_at": now,
                    "updated_at": now,
                }
                for org_id in missing
            ],
        )


def downgrade() -> None:
    op.execute("DELETE FROM schedule_firings WHERE notification_id IS NOT NULL")
    with op.batch_alter_table("schedule_firings") as batch_op:
        _partial_indexes(batch_op, create=False)
    with op.batch_alter_table("schedule_firings") as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_firings_notification_id"))
        batch_op.drop_constraint(batch_op.f("fk_schedule_firings_notification_id_notifications"), type_="foreignkey")
        batch_op.drop_column("notification_id")
        batch_op.alter_column("item_version", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column(
            "item_id", existing_type=sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        )
    with op.batch_alter_table("schedule_firings") as batch_op:
        _partial_indexes(batch_op, create=True)
    with op.batch_alter_table("event_types") as batch_op:
        batch_op.drop_column("digest")
        batch_op.drop_column("escalation")
    _due_index(("next_attempt_at",))
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.drop_column("dnd_bypassed")
        batch_op.drop_column("reason")
