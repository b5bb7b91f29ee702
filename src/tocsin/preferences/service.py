"""A user's own choices: matrix cells the admin lets them override, webhook choice, quiet hours."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from tocsin.auth.service import UserPrincipal
from tocsin.channels.availability import channel_states
from tocsin.context import AppContext
from tocsin.errors import invalid, not_found
from tocsin.event_types import service as event_types
from tocsin.kit import unsubscribe as unsubscribe_links
from tocsin.kit.channels import ALL_CHANNELS, IN_APP
from tocsin.kit.quiet_hours import Window, within
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs import service as orgs
from tocsin.orgs.schemas import DndWindow
from tocsin.preferences import repository
from tocsin.preferences.rules import cell_on
from tocsin.preferences.schemas import DigestChoice, PreferenceCell, PreferencesIn, PreferencesOut
from tocsin.users import repository as users_repo

EMAIL = "email"
# A user's digest choice per event type is kept as a preference row under this pseudo-channel
# (routing only reads real channels): off means the type's messages go one by one.
DIGEST = "digest"


def get(session: Session, ctx: AppContext, who: UserPrincipal) -> PreferencesOut:
    states = channel_states(session, ctx.settings, who.org.id)
    prefs = {
        (p.event_type, p.channel): p.enabled
        for p in repository.for_user(session, org_id=who.org.id, user_id=who.user.id)
    }
    matrix: dict[str, dict[str, PreferenceCell]] = {}
    descriptions: dict[str, str] = {}
    for out in event_types.list_event_types(session, who.org):
        descriptions[out.key] = out.description
        row: dict[str, PreferenceCell] = {}
        for channel, cell in out.routing.items():
            if channel == IN_APP:
                row[channel] = PreferenceCell(on=True, locked=True, available=True)
                continue
            on = cell_on(admin_on=cell.on, overridable=cell.overridable, choice=prefs.get((out.key, channel)))
            row[channel] = PreferenceCell(on=on, locked=not cell.overridable, available=states[channel].configured)
        matrix[out.key] = row
    digests: dict[str, DigestChoice] = {}
    for out in event_types.list_event_types(session, who.org):
        if out.digest is not None:
            on = prefs.get((out.key, DIGEST), True)
            digests[out.key] = DigestChoice(window_minutes=out.digest.window_minutes, on=on)
    dnd = DndWindow.model_validate(who.user.dnd) if who.user.dnd else None
    settings = orgs.settings_of(who.org)
    return PreferencesOut(
        channels=list(ALL_CHANNELS),
        event_types=matrix,
        descriptions=descriptions,
        delivery_choice=who.user.delivery_choice,
        dnd=dnd,
        org_dnd=settings.dnd,
        urgent_bypasses_dnd=settings.urgent_bypasses_dnd,
        digests=digests,
    )


def put(session: Session, ctx: AppContext, who: UserPrincipal, body: PreferencesIn) -> PreferencesOut:
    """Validate everything first, then write: a refused cell changes nothing."""
    now = ctx.clock.now()
    changes: list[tuple[str, str, bool | None]] = []
    if body.event_types:
        types = {t.key: t for t in event_types.list_event_types(session, who.org)}
        for key, cells in body.event_types.items():
            if key not in types:
                raise invalid(f"event_types.{key}", "unknown event type")
            for channel, enabled in cells.items():
                where = f"event_types.{key}.{channel}"
                if channel not in ALL_CHANNELS:
                    raise invalid(where, f"unknown channel; one of {', '.join(ALL_CHANNELS)}")
                if channel == IN_APP:
                    if enabled is False:
                        raise invalid(where, "in-app notifications are always on and cannot be turned off")
                    continue
                if not types[key].routing[channel].overridable:
                    raise invalid(where, "your administrator does not allow changing this channel for this event")
                changes.append((key, channel, enabled))
    if body.digests:
        with_digest = {t.key for t in event_types.list_event_types(session, who.org) if t.digest is not None}
        for key, on in body.digests.items():
            if key not in with_digest:
                raise invalid(f"digests.{key}", "not an event type with a digest")
            changes.append((key, DIGEST, on))
    if "dnd" in body.model_fields_set and body.dnd is not None and body.dnd.enabled:
        _check_bounds(body.dnd, orgs.settings_of(who.org).dnd)
    existing = {
        (p.event_type, p.channel): p for p in repository.for_user(session, org_id=who.org.id, user_id=who.user.id)
    }
    for key, channel, enabled in changes:
        repository.set_cell(
            session,
            org_id=who.org.id,
            user_id=who.user.id,
            event_type=key,
            channel=channel,
            enabled=enabled,
            existing=existing,
            now=now,
        )
    if body.delivery_choice is not None:
        who.user.delivery_choice = body.delivery_choice
    if "dnd" in body.model_fields_set:
        dnd = body.dnd.model_dump() if body.dnd else None
        if dnd != who.user.dnd:
            who.user.dnd = dnd
            session.flush()
            ctx.signals.quiet_hours_changed(session, who.org.id, who.user.id)
    session.flush()
    return get(session, ctx, who)


def _check_bounds(own: DndWindow, org: DndWindow) -> None:
    """A user's own quiet hours lie inside the org's (when the org has them on): same or later
    start, same or earlier end, on a subset of its days. Anything else is a 422 naming `dnd`."""
    if not org.enabled:
        return
    inner = Window(own.start, own.end, frozenset(own.days), own.timezone)
    outer = Window(org.start, org.end, frozenset(org.days), org.timezone)
    if not within(inner, outer):
        days = ", ".join(str(d) for d in org.days)
        raise invalid(
            "dnd",
            f"your quiet hours must lie inside your organisation's: {org.start}-{org.end} on days {days}"
            " (0 = Monday), starting no earlier and ending no later",
        )


def unsubscribe(session: Session, ctx: AppContext, token: str, *, apply: bool) -> tuple[str, bool]:
    """Check a signed unsubscribe link; with `apply`, turn that event type's email off for the user.

    Returns the event type's description and whether email is now off (False when the admin does
    not let users change that cell: it is then left on). A bad or outdated link is a 404.
    """
    try:
        slug = unsubscribe_links.claimed_org(token)
        org = orgs_repo.get_by_slug(session, slug)
        if org is None:
            raise unsubscribe_links.InvalidLink("unknown org")
        link = unsubscribe_links.verify(token, secret=orgs.signing_secret(ctx, org))
        if link.address:
            return _unsubscribe_address(session, ctx, org.id, link, apply=apply)
        found = users_repo.get_with_org(session, slug, link.username)
        if found is None:
            raise unsubscribe_links.InvalidLink("unknown user")
    except unsubscribe_links.InvalidLink as exc:
        raise not_found("unsubscribe link") from exc
    who = UserPrincipal(org=found[0], user=found[1], expires_at=0)
    current = get(session, ctx, who)
    cell = current.event_types.get(link.event_type, {}).get(EMAIL)
    description = current.descriptions.get(link.event_type) or link.event_type
    if cell is None or cell.locked:
        return description, False
    if apply and cell.on:
        put(session, ctx, who, PreferencesIn(event_types={link.event_type: {EMAIL: False}}))
    return description, True


COPIES_DESCRIPTION = "copies of notifications sent to this address"


def _unsubscribe_address(
    session: Session, ctx: AppContext, org_id: int, link: unsubscribe_links.Unsubscribe, *, apply: bool
) -> tuple[str, bool]:
    """A copy's link: the fixed address gets no more copies from the org (any event type)."""
    if apply:
        repository.add_copy_optout(
            session, org_id=org_id, address=link.username, event_type=link.event_type, now=ctx.clock.now()
        )
    return COPIES_DESCRIPTION, True


def copy_optouts(session: Session, pairs: Iterable[tuple[int, str]]) -> set[tuple[int, str]]:
    """The (org_id, address) pairs, among these, whose address unsubscribed from the org's copies."""
    return repository.copy_optouts(session, pairs)


def for_event_type(session: Session, org_id: int, event_type: str) -> dict[int, dict[str, bool]]:
    """Every user's own choices for one event type: {user_id: {channel: on}}."""
    return repository.for_event_type(session, org_id, event_type)


def for_users(
    session: Session, user_ids: Iterable[int], event_types: Iterable[str]
) -> dict[tuple[int, str], dict[str, bool]]:
    """{(user_id, event type): {channel: on}} for a batch of users and types."""
    return repository.for_users(session, user_ids, event_types)
