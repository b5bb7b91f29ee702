from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.db.base import Base, BigId, UtcDateTime, partial_index

ITEM_KINDS = ("activity", "task", "target")
# pending: waits for due_at; firing: leased by a scheduler until lease_until; fired / missed: final
# (missed: it came due while no scheduler ran, longer ago than the grace period).
# cancelled: an unread escalation whose notification was read or dismissed first.
FIRING_STATUSES = ("pending", "firing", "fired", "missed", "cancelled")
LIVE_STATUSES = ("pending", "firing")


class ScheduledItem(Base):
    """A CRM record with a time or a goal: an activity, a task or a target, as the CRM last sent it."""

    __tablename__ = "schedule_items"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    external_id: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(150))  # the owner's or assignee's username
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)  # starts_at or due_at
    reminder_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: the org default
    completed: Mapped[bool] = mapped_column(default=False)
    goal: Mapped[float | None] = mapped_column(Float, nullable=True)
    current: Mapped[float | None] = mapped_column(Float, nullable=True)
    # The highest milestone already announced: a value that falls and rises again never repeats one.
    milestone_fired: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (UniqueConstraint("org_id", "kind", "external_id"),)


class Firing(Base):
    """One scheduled notification: what (type), when (due_at), for whom, of which item version."""

    __tablename__ = "schedule_firings"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id", ondelete="CASCADE"))
    # The item it belongs to; None for an unread escalation, which belongs to `notification_id`.
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("schedule_items.id", ondelete="CASCADE"), index=True, nullable=True
    )
    item_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("notifications.id", ondelete="CASCADE"), index=True, nullable=True
    )
    type: Mapped[str] = mapped_column(String(64))  # the event type it fires
    anchor_at: Mapped[datetime] = mapped_column(UtcDateTime)  # the start or due time it is about
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recipient: Mapped[str] = mapped_column(String(150))
    status: Mapped[str] = mapped_column(String(10))
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    leased_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    event_id: Mapped[int | None] = mapped_column(BigId, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (
        # The scheduler's claim and its "when is the next one" question: live rows by due time.
        partial_index("ix_schedule_firings_due", "due_at", where="status = 'pending'"),
        # Pending unread escalation steps by notification: reading one cancels them.
        partial_index(
            "ix_schedule_firings_waiting", "notification_id", where="status = 'pending' AND notification_id IS NOT NULL"
        ),
        partial_index("ix_schedule_firings_leased", "lease_until", where="status = 'firing'"),
        Index("ix_schedule_firings_org_status", "org_id", "status", "id"),
    )


class MaintenanceRun(Base):
    """A periodic job shared by every process (the daily purge): whoever takes the lease runs it."""

    __tablename__ = "schedule_runs"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_run_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    leased_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    last_finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_report: Mapped[str | None] = mapped_column(Text, nullable=True)
