"""Quiet-hours addressing: whether each recipient is in quiet hours now, and the addressees the
delivery planner takes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tocsin.deliveries.planning import NO_COPIES, Addressee, Copies
from tocsin.events.recipients import UserFacts
from tocsin.kit import quiet_hours
from tocsin.kit.quiet_hours import QuietDecision
from tocsin.orgs.schemas import OrgSettings


def quiet_of(settings: OrgSettings, user: UserFacts, *, urgent: bool, now: datetime) -> QuietDecision:
    """Whether `user` is in quiet hours now, as far as this event is concerned."""
    return quiet_hours.for_recipient(
        org_dnd=settings.dnd.model_dump(),
        urgent_bypasses=settings.urgent_bypasses_dnd,
        user_dnd=dict(user.dnd) if user.dnd else None,
        user_timezone=user.timezone,
        urgent=urgent,
        now=now,
    )


def copies_of(settings: OrgSettings, addresses: Sequence[str], *, urgent: bool, now: datetime) -> Copies:
    """The copies to an event type's fixed addresses, with the org's quiet hours now (a copy has
    no user: the org's window in the org's timezone)."""
    if not addresses:
        return NO_COPIES
    quiet = quiet_hours.for_recipient(
        org_dnd=settings.dnd.model_dump(),
        urgent_bypasses=settings.urgent_bypasses_dnd,
        user_dnd=None,
        user_timezone=None,
        urgent=urgent,
        now=now,
    )
    return Copies(addresses=tuple(addresses), quiet=quiet)


def quiet_for(
    settings: OrgSettings, audience: Sequence[UserFacts], *, urgent: bool, now: datetime
) -> list[QuietDecision]:
    """`quiet_of` for each of `audience`, decided once per timezone for the users without a
    window of their own (most of a broadcast's thousands share a few timezones)."""
    shared: dict[str | None, QuietDecision] = {}
    out = []
    for user in audience:
        if user.dnd:
            out.append(quiet_of(settings, user, urgent=urgent, now=now))
            continue
        decided = shared.get(user.timezone)
        if decided is None:
            decided = shared[user.timezone] = quiet_of(settings, user, urgent=urgent, now=now)
        out.append(decided)
    return out


def addressees(users: Sequence[UserFacts], ids: Sequence[int], quiet: Sequence[QuietDecision]) -> list[Addressee]:
    return [
        Addressee(
            user_id=u.id,
            notification_id=nid,
            addresses=u.addresses,
            delivery_choice=u.delivery_choice,
            quiet=q,
            username=u.username,
            manager=u.manager,
        )
        for u, nid, q in zip(users, ids, quiet, strict=True)
    ]
