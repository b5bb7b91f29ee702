"""Callbacks to the CRM: the org's settings, and queueing what happened for the CRM to hear.

A callback is a row of the deliveries table on the `callback` channel, so it is claimed, sent,
retried and logged by the delivery worker like any delivery (see deliveries/worker/callbacks.py);
the deliveries package writes those rows (deliveries/reports.py), this one only says what they hold.
Its JSON body (`{"type", "at", "data"}`) is fixed when it is queued, in the same transaction as
what it reports, so a callback is never lost and never sent for something rolled back.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from tocsin.callbacks import repository
from tocsin.callbacks.models import CallbackSettings
from tocsin.callbacks.schemas import CALLBACK_EVENTS, CallbacksIn, CallbacksOut
from tocsin.context import AppContext
from tocsin.errors import invalid
from tocsin.kit.clock import isoformat
from tocsin.kit.netaddr import OutboundRefused, check_url_now
from tocsin.orgs.models import Org

CHANNEL = "callback"
SECRET_PREFIX = "whsec_"
# A collapsed notification's callback lists every record it stands for, this many a callback
# (about 70 bytes each): a 10,000-record mass update is 10 signed posts, not 10,000.
RECORDS_PER_CALLBACK = 1000


@dataclass(frozen=True, slots=True)
class CallbackItem:
    """Something the CRM may want to hear about one notification (and maybe one delivery)."""

    org_id: int
    type: str  # one of CALLBACK_EVENTS
    notification_id: int
    user_id: int
    event_id: int
    data: dict[str, Any] = field(default_factory=dict)
    # A collapsed notification's records (`collapsed_records`): listed in `data.records`, chunked.
    records: list[dict[str, Any]] | None = None


def collapsed_records(data: Mapping[str, Any] | None) -> list[dict[str, Any]] | None:
    """Every record a collapsed notification stands for (its `data.collapsed.events`), as the
    CRM's callbacks list them: `{"event_id", "entity": {"type", "id"}}`; None for a notification
    of one record."""
    collapsed = (data or {}).get("collapsed")
    events = collapsed.get("events") if isinstance(collapsed, dict) else None
    if not isinstance(events, list):
        return None
    return [{"event_id": e[0], "entity": {"type": e[1], "id": e[2]}} for e in events]


def bodies(item: CallbackItem) -> list[dict[str, Any]]:
    """The `data` of the callbacks `item` becomes: itself, or for a collapsed notification one
    per chunk of its records, each with `records`, `records_total` and `records_chunk`."""
    if item.records is None:
        return [item.data]
    total = len(item.records)
    chunks = [item.records[at : at + RECORDS_PER_CALLBACK] for at in range(0, total, RECORDS_PER_CALLBACK)] or [[]]
    return [
        {**item.data, "records": chunk, "records_total": total, "records_chunk": {"index": n, "of": len(chunks)}}
        for n, chunk in enumerate(chunks, start=1)
    ]


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def mask_secret(secret: str | None) -> str | None:
    if not secret:
        return None
    return f"{SECRET_PREFIX}****{secret[-4:]}"


def _check_secret(value: str) -> str:
    if not value.startswith(SECRET_PREFIX):
        raise invalid("signing_secret", "must start with whsec_")
    try:
        raw = base64.b64decode(value[len(SECRET_PREFIX) :], validate=True)
    except ValueError as exc:
        raise invalid("signing_secret", "must be whsec_ followed by base64") from exc
    if len(raw) < 24:
        raise invalid("signing_secret", "must hold at least 24 random bytes")
    return value


def check_url(ctx: AppContext, url: str) -> None:
    """The outbound address rule on save: no address of the server's own networks, as a literal
    or as what the name resolves to now (the send-time check decides again on every connection)."""
    host = urlsplit(url).hostname or ""
    if not host:
        raise invalid("url", "must name a host")
    try:
        check_url_now(url, allow_private=ctx.settings.outbound_allow_private)
    except OutboundRefused as exc:
        raise invalid("url", f"{exc} (callbacks go to public addresses only)") from exc


def _out(ctx: AppContext, row: CallbackSettings | None, *, reveal: bool = False) -> CallbacksOut:
    if row is None:
        return CallbacksOut(url=None, events=[], signing_secret=None, signing_secret_set=False)
    secret = ctx.box.decrypt(row.signing_secret_enc)
    return CallbacksOut(
        url=row.url,
        events=list(row.events or []),
        signing_secret=secret if reveal else mask_secret(secret),
        signing_secret_set=True,
    )


def get_settings(session: Session, ctx: AppContext, org: Org) -> CallbacksOut:
    return _out(ctx, repository.get(session, org.id))


def put_settings(session: Session, ctx: AppContext, org: Org, body: CallbacksIn) -> CallbacksOut:
    """Save the callback settings; the answer shows the signing secret in full when this request
    generated or set it (the only time it is shown)."""
    row = repository.get(session, org.id)
    given = body.model_fields_set
    if "url" in given and body.url is not None:
        check_url(ctx, body.url)
    reveal = False
    secret: str | None = None
    if "signing_secret" in given and body.signing_secret is not None:
        current = ctx.box.decrypt(row.signing_secret_enc) if row is not None else None
        if body.signing_secret != mask_secret(current):  # a masked value sent back keeps the stored one
            secret, reveal = _check_secret(body.signing_secret), True
    now = ctx.clock.now()
    if row is None:
        if secret is None:
            secret, reveal = new_secret(), True
        row = CallbackSettings(org_id=org.id, url=None, events=list(CALLBACK_EVENTS), signing_secret_enc="")
        row.signing_secret_enc = ctx.box.encrypt(secret)
        row.updated_at = now
        repository.add(session, row)
    elif secret is not None:
        row.signing_secret_enc = ctx.box.encrypt(secret)
    if "url" in given:
        row.url = body.url
    if "events" in given and body.events is not None:
        row.events = list(dict.fromkeys(body.events))
    row.updated_at = now
    session.flush()
    return _out(ctx, row, reveal=reveal)


def settings_row(session: Session, org_id: int) -> CallbackSettings | None:
    """The org's stored callback settings (the sender reads its URL and secret)."""
    return repository.get(session, org_id)


def signing_secret(ctx: AppContext, row: CallbackSettings) -> str:
    return ctx.box.decrypt(row.signing_secret_enc)


def wants(session: Session, org_id: int, kind: str) -> bool:
    """Whether the org receives `kind` callbacks (so the caller need not gather their data)."""
    row = repository.get(session, org_id)
    return row is not None and bool(row.url) and kind in (row.events or [])


def rows_for(session: Session, items: Sequence[CallbackItem], *, now: datetime) -> list[dict[str, Any]]:
    """The delivery rows of the callbacks each org asked for (one query for the settings), their
    JSON body fixed now. Deliveries writes them (`deliveries.reports.queue_callbacks`)."""
    if not items:
        return []
    settings = repository.of_orgs(session, (item.org_id for item in items))
    rows: list[dict[str, Any]] = []
    for item in items:
        wanted = settings.get(item.org_id)
        if wanted is None or not wanted.url or item.type not in (wanted.events or []):
            continue
        rows.extend(
            {
                "org_id": item.org_id,
                "notification_id": item.notification_id,
                "user_id": item.user_id,
                "event_id": item.event_id,
                "event_type": item.type,
                "channel": CHANNEL,
                "status": "pending",
                "attempts": 0,
                "next_attempt_at": now,
                "payload": {"type": item.type, "at": isoformat(now), "data": data},
                "created_at": now,
                "updated_at": now,
            }
            for data in bodies(item)
        )
    return rows


def enqueue(session: Session, ctx: AppContext, items: Sequence[CallbackItem], *, now: datetime) -> int:
    """Queue the callbacks each org asked for, in the caller's transaction: the rows are
    deliveries, written by the deliveries package (`signals.callbacks_queued`), which wakes the
    worker after commit. Returns how many were queued."""
    if not items:
        return 0
    return ctx.signals.callbacks_queued(session, list(items), now=now)
