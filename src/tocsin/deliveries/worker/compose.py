"""Rendering a claimed batch: each leased delivery's message and its provider's payload, grouped
per org and channel. No database access; it runs in a thread after the claim commits."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tocsin.channels.base import (
    Attachment,
    ChannelSpec,
    Outgoing,
    PermanentError,
    Provider,
    SendError,
    SkipSend,
    TransientError,
)
from tocsin.context import AppContext
from tocsin.deliveries.worker import callbacks as callback_sender
from tocsin.deliveries.worker import copies, digest
from tocsin.deliveries.worker.claim import CALLBACK, Claim, Work
from tocsin.event_types.sensitivity import redact
from tocsin.kit import unsubscribe
from tocsin.kit.channels import LOCK_SCREEN_CHANNELS
from tocsin.notifications.shapes import public_data
from tocsin.orgs import service as orgs
from tocsin.orgs.models import Org
from tocsin.templates.notification_text import render_texts
from tocsin.templates.notification_text import variables as text_variables
from tocsin.templates.render import render_message
from tocsin.templates.resolve import pick
from tocsin.templates.variables import message_variables

log = logging.getLogger(__name__)


@dataclass
class Job:
    """One leased delivery on its way out."""

    delivery_id: int
    org_id: int
    channel: str
    attempt: int  # the number of this try
    payload: Any = None
    error: SendError | None = None  # could not be built: recorded without sending
    work: Work | None = None  # the claimed row, its notification and user (for callbacks about it)
    also_ids: list[int] = field(default_factory=list)  # a digest's other deliveries, recorded alike

    @property
    def ids(self) -> list[int]:
        return [self.delivery_id, *self.also_ids]


@dataclass
class Group:
    """The jobs of one org on one channel, sent through that org's provider."""

    provider: Provider | None
    jobs: list[Job] = field(default_factory=list)


@dataclass
class Batch:
    groups: dict[tuple[int, str], Group] = field(default_factory=dict)
    claim: Claim = field(default_factory=Claim)

    @property
    def jobs(self) -> list[Job]:
        return [job for group in self.groups.values() for job in group.jobs]


def prepare(ctx: AppContext, claimed: Claim, specs: Mapping[str, ChannelSpec]) -> Batch:
    """Render every leased delivery and build its provider payload (no database access)."""
    batch = Batch(claim=claimed)
    prefixes = {org_id: orgs.settings_of(org).email_subject_prefix for org_id, org in claimed.orgs.items()}
    for work in claimed.work:
        row = work.row
        key = (row.org_id, row.channel)
        group = batch.groups.get(key)
        if group is None:
            group = batch.groups[key] = Group(provider=claimed.providers.get(key))
        job = Job(
            delivery_id=row.id,
            org_id=row.org_id,
            channel=row.channel,
            attempt=row.attempts + 1,
            work=work,
            also_ids=[w.row.id for w in work.also],
        )
        group.jobs.append(job)
        if group.provider is None:
            if row.channel == CALLBACK:  # the org turned callbacks off (no URL) since it was queued
                job.error = SkipSend("callbacks_off")
            else:
                job.error = TransientError(f"no {row.channel} provider is configured")
            continue
        try:
            if row.channel == CALLBACK:
                message = callback_sender.message_of(row.id, claimed.payloads.get(row.id))
            else:
                message = _message(ctx, work, claimed, specs[row.channel], prefix=prefixes[row.org_id])
            if work.also:
                message = digest.combine(ctx, message, [work, *work.also], prefix=prefixes[row.org_id])
            job.payload = group.provider.prepare(message)
        except SendError as exc:
            job.error = exc
        except Exception as exc:  # a bug or bad data must cost one delivery, not the batch
            log.exception("could not build delivery %s", row.id)
            job.error = PermanentError(f"could not build the message: {type(exc).__name__}")
    return batch


@dataclass(frozen=True, slots=True)
class _Who:
    """Whom a message goes to: a user, or the fixed address of a copy."""

    address: str
    name: str | None
    username: str
    locale: str
    copy: bool = False


def _who(ctx: AppContext, work: Work, claimed: Claim, spec: ChannelSpec) -> _Who:
    row, user = work.row, work.user
    if row.copy_to is not None or user is None:
        return _Who(address=row.copy_to or "", name=None, username="", locale="en", copy=True)
    if spec.load_addresses is not None:
        address = claimed.addresses.get((row.org_id, row.channel), {}).get(user.id)
    else:
        address = spec.address(ctx, user) if spec.address is not None else None
    if not address:
        raise PermanentError(f"no {row.channel} address")
    return _Who(address=address, name=user.display_name, username=user.username, locale=user.locale or "en")


def _message(ctx: AppContext, work: Work, claimed: Claim, spec: ChannelSpec, *, prefix: str) -> Outgoing:
    row, note, user = work.row, work.notification, work.user
    who = _who(ctx, work, claimed, spec)
    org = claimed.orgs[row.org_id]
    title, body, data = _texts(work, claimed)
    links, headers = _links(ctx, org, who, row.event_type)
    variables = message_variables(
        event_type=row.event_type,
        title=title,
        body=body,
        url=note.url,
        entity=work.entity,
        actor=note.actor,
        data=data,
        urgent=note.urgent,
        prefix=prefix,
        org_name=org.name,
        org_slug=org.slug,
        username=who.username,
        display_name=user.display_name if user is not None else who.address,
        locale=who.locale,
        created_at=note.created_at,
        **links,
    )
    stored = claimed.templates.get((row.org_id, row.channel), {}).get(row.event_type, {})
    source = pick(stored, event_type=row.event_type, channel=row.channel, locale=who.locale)
    rendered = render_message(source, variables, event_type=row.event_type, channel=row.channel)
    if rendered.problem is not None:
        log.warning(
            "org %s: the %s template of %s (%s) failed, built-in used: line %s: %s",
            org.slug,
            row.channel,
            row.event_type,
            source.locale,
            rendered.problem.line,
            rendered.problem.message,
        )
    subject, text, html = rendered.subject, rendered.text, rendered.html
    if who.copy:
        subject, text, html = copies.marked(subject, text, html)
        headers = {**headers, copies.HEADER: "yes"}
    return Outgoing(
        delivery_id=row.id,
        to=who.address,
        to_name=who.name,
        subject=subject,
        text=text,
        html=html,
        url=variables["url"],
        event_type=row.event_type,
        variables=variables,
        recipient_headers=headers,
        notification_id=note.id,
        attachments=_files(claimed, row.event_id) if spec.declaration.attachments else (),
    )


def _files(claimed: Claim, event_id: int) -> tuple[Attachment, ...]:
    """The event's fetched files; an error fetching them fails the message (transient or not)."""
    files = claimed.files.get(event_id, ())
    if isinstance(files, SendError):
        raise files
    return tuple(files)


def _texts(work: Work, claimed: Claim) -> tuple[str, str, dict[str, Any]]:
    """The in-app title, body and data; lock-screen texts leave the type's sensitive fields out:
    of the data the template sees, and of the in-app title and body, rendered again from the
    type's texts without them."""
    row, note = work.row, work.notification
    # A collapsed notification's full list of records is for the CRM's callbacks, not the channels.
    title, body, data = note.title, note.body, public_data(note.data)
    if row.channel not in LOCK_SCREEN_CHANNELS:
        return title, body, data
    texts = claimed.texts.get((row.org_id, row.event_type))
    sensitive = texts.sensitive_fields if texts is not None else None
    redacted = redact(data, sensitive)
    if redacted == data:
        return title, body, data
    values = text_variables(
        event_type=row.event_type, actor=note.actor, entity=work.entity, data=redacted, urgent=note.urgent
    )
    if texts is not None:
        title, body = render_texts(texts.title_template, texts.body_template, values)
    else:  # the event type was deleted since: no texts to render again, so none of them
        title, body = render_texts(None, None, values)
    return title, body, redacted


def _links(ctx: AppContext, org: Org, who: _Who, event_type: str) -> tuple[dict[str, str], dict[str, str]]:
    """The footer's links and the List-Unsubscribe headers (RFC 2369, RFC 8058 one-click), where
    Tocsin knows its public address (TOCSIN_PUBLIC_URL). Channels without headers ignore them.
    A copy's link stops that address's copies."""
    base = ctx.settings.public_url.rstrip("/")
    if not base:
        return {}, {}
    secret = orgs.signing_secret(ctx, org)
    if who.copy:
        token = unsubscribe.mint_address(secret=secret, org=org.slug, address=who.address, event_type=event_type)
    else:
        token = unsubscribe.mint(secret=secret, org=org.slug, username=who.username, event_type=event_type)
    link = f"{base}/v1/unsubscribe/{token}"
    headers = {"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return {"preferences_url": f"{base}/preferences", "unsubscribe_url": link}, headers
