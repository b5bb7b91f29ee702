"""Post-commit signals between domains.

Ingestion and the in-app API announce what they committed; the real-time hub and the delivery
worker subscribe. Callbacks run after the commit (see `db.engine.after_commit`), possibly on a
worker thread, so subscribers must be thread-safe and must not block.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class NotificationCreated:
    """A notification committed for a user. `silent`: stored and counted, but raises no toast
    (quiet hours). Its API shape may be given as a function that makes it: a broadcast announces
    tens of thousands of notifications, of which only the connected users' are ever shaped."""

    __slots__ = ("_notification", "org_id", "silent", "user_id")

    def __init__(
        self,
        org_id: int,
        user_id: int,
        notification: dict[str, Any] | Callable[[], dict[str, Any]],
        *,
        silent: bool,
    ) -> None:
        self.org_id = org_id
        self.user_id = user_id
        self._notification = notification
        self.silent = silent

    @property
    def notification(self) -> dict[str, Any]:
        """The API shape of the notification."""
        if callable(self._notification):
            self._notification = self._notification()
        return self._notification

    def __repr__(self) -> str:
        return f"NotificationCreated(org_id={self.org_id}, user_id={self.user_id}, silent={self.silent})"


@dataclass(frozen=True, slots=True)
class NotificationsRead:
    org_id: int
    user_id: int
    ids: list[int]
    # "read" (read or dismissed), "seen" (shown to the user, still unread) or "resolved" (settled by
    # someone else's decision, with `extra: {"resolution": ...}`)
    kind: str = "read"
    extra: dict[str, Any] | None = None  # more fields for the stream message


@dataclass(frozen=True, slots=True)
class TokensRevoked:
    """User tokens stopped being valid: one user's, issued before `not_before` (Unix seconds; the
    user was deactivated, deleted, re-created or had their tokens revoked), or, with `user_id`
    None, every token of the org (its signing secret changed). Open streams of those tokens end."""

    org_id: int
    user_id: int | None
    not_before: int = 0


# Subscribers a package provides to every context's hook, at import (see `provide`).
_PROVIDED: dict[str, dict[str, Callable[..., int | None]]] = {}


def provide(hook: str, key: str, callback: Callable[..., int | None]) -> None:
    """Subscribe `callback` to the hook named `hook` of every context, present and future: for a
    package that needs nothing of the context (the orgs table's config version bump), registered
    where the package defines what it writes."""
    _PROVIDED.setdefault(hook, {})[key] = callback


class TransactionHook:
    """A call from a lower layer to the one package above it that owns the rows to write, made
    inside the caller's transaction (with its session), so the write commits or rolls back with
    the caller's. Exactly what must happen, not a notification: with no subscriber the write
    would be lost, so calling it raises. Subscribers are keyed: wiring the same context twice
    replaces, never doubles. Returns the sum of what the subscribers return (rows changed)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._subscribers: dict[str, Callable[..., int | None]] = {}

    def subscribe(self, key: str, callback: Callable[..., int | None]) -> None:
        self._subscribers[key] = callback

    def __call__(self, session: Any, *args: Any, **kwargs: Any) -> int:
        subscribers = {**_PROVIDED.get(self.name, {}), **self._subscribers}
        if not subscribers:
            raise RuntimeError(f"nothing subscribes to {self.name}: the app wires it (deliveries/schedule subscribe)")
        return sum(int(cb(session, *args, **kwargs) or 0) for cb in subscribers.values())


class Signals:
    def __init__(self) -> None:
        self._revoked: list[Callable[[TokensRevoked], None]] = []
        # In-transaction hooks: lower layers ask the owner of a table to write it.
        # Callback items the CRM asked to hear about: queued as deliveries (deliveries owns them).
        self.callbacks_queued = TransactionHook("callbacks_queued")
        # Provider receipts of one org's channel: sent deliveries become delivered or undelivered.
        self.receipts_arrived = TransactionHook("receipts_arrived")
        # Unread escalation steps planned with an event: scheduled firings (schedule owns them).
        self.escalations_planned = TransactionHook("escalations_planned")
        # Unread escalations of notifications stopped: their pending firings are cancelled.
        self.escalations_stopped = TransactionHook("escalations_stopped")
        # What ingestion caches of an org changed (event types, routing): the orgs table's
        # config version is bumped (orgs provides it, see orgs.models).
        self.org_config_changed = TransactionHook("org_config_changed")
        self._created: list[Callable[[list[NotificationCreated]], None]] = []
        self._read: list[Callable[[NotificationsRead], None]] = []
        self._due: list[Callable[[], None]] = []
        self._schedule: list[Callable[[], None]] = []
        self._quiet: list[Callable[[Any, int, int | None], None]] = []
        self._settled: list[Callable[[Any, int, list[int]], None]] = []

    def on_notifications_created(self, callback: Callable[[list[NotificationCreated]], None]) -> None:
        self._created.append(callback)

    def on_notifications_read(self, callback: Callable[[NotificationsRead], None]) -> None:
        self._read.append(callback)

    def on_deliveries_due(self, callback: Callable[[], None]) -> None:
        self._due.append(callback)

    def on_schedule_changed(self, callback: Callable[[], None]) -> None:
        """Firings were added or moved: the scheduler recomputes when it next wakes."""
        self._schedule.append(callback)

    def on_quiet_hours_changed(self, callback: Callable[[Any, int, int | None], None]) -> None:
        """Quiet hours of an org (user None) or of one user changed. Unlike the others, this one
        runs inside the changing transaction, with its session: the deliveries that wait for the
        old window are re-timed atomically with the change."""
        if callback not in self._quiet:
            self._quiet.append(callback)

    def quiet_hours_changed(self, session: Any, org_id: int, user_id: int | None = None) -> None:
        for cb in self._quiet:
            cb(session, org_id, user_id)  # not _safe: a failure must roll the change back

    def on_notifications_settled(self, callback: Callable[[Any, int, list[int]], None]) -> None:
        """Notifications were read or dismissed (or otherwise settled). Runs inside the changing
        transaction, with its session: their unread escalations stop atomically with the read."""
        if callback not in self._settled:
            self._settled.append(callback)

    def notifications_settled(self, session: Any, org_id: int, ids: list[int]) -> None:
        for cb in self._settled:
            cb(session, org_id, ids)

    def on_tokens_revoked(self, callback: Callable[[TokensRevoked], None]) -> None:
        """Tokens died (after the commit that killed them): the live streams close theirs."""
        self._revoked.append(callback)

    def tokens_revoked(self, item: TokensRevoked) -> None:
        _notify(self._revoked, item)

    def schedule_changed(self) -> None:
        _notify(self._schedule)

    def notifications_created(self, items: list[NotificationCreated]) -> None:
        if items:
            _notify(self._created, items)

    def notifications_read(self, item: NotificationsRead) -> None:
        _notify(self._read, item)

    def deliveries_due(self) -> None:
        _notify(self._due)


def _notify(callbacks: Sequence[Callable[..., None]], *args: Any) -> None:
    """Tell every subscriber, after the commit: one that fails is logged and the others still hear."""
    for cb in callbacks:
        _safe(cb, *args)


def _safe(callback: Callable[..., None], *args: Any) -> None:
    try:
        callback(*args)
    except Exception:
        log.exception("signal subscriber failed")
