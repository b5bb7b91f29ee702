"""Fetching the files of a claimed batch's emails (the events' `attachments`), once per event,
before the batch is composed.

A file given by URL is fetched under the outbound address rule (no loopback, private or metadata
address unless TOCSIN_OUTBOUND_ALLOW_PRIVATE), within TOCSIN_ATTACHMENT_FETCH_TIMEOUT_SECONDS and
TOCSIN_ATTACHMENT_MAX_BYTES; a file given inline is decoded. What cannot be fetched now (no
connection, a timeout, a 5xx, 408 or 429) fails the email's try as transient: it is retried by the
usual policy. What will never come (404 or 410, another 4xx, a refused host, a file too large, a
content type off the allow-list) fails it as permanent, the reason naming the file.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from tocsin.channels.base import Attachment, ChannelSpec, PermanentError, SendError, TransientError
from tocsin.channels.http import Unreachable
from tocsin.channels.outbound import OutboundClient, outbound_client
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker.claim import Claim
from tocsin.kit.netaddr import OutboundRefused, Unresolvable

log = logging.getLogger(__name__)

Files = tuple[Attachment, ...] | SendError
_RETRY_STATUSES = frozenset({408, 425, 429})


def wanted(claimed: Claim, specs: Mapping[str, ChannelSpec]) -> set[int]:
    """The events of the batch whose messages carry files."""
    return {
        w.row.event_id
        for w in claimed.work
        if w.row.event_id in claimed.attachments and specs[w.row.channel].declaration.attachments
    }


async def fetch_all(ctx: AppContext, claimed: Claim, specs: Mapping[str, ChannelSpec]) -> None:
    """Each wanted event's files, or the error its emails fail with, into `claimed.files`."""
    events = sorted(wanted(claimed, specs))
    if not events:
        return
    settings = ctx.settings
    async with outbound_client(settings.outbound_allow_private, settings.attachment_fetch_timeout_seconds) as client:
        for event_id in events:
            claimed.files[event_id] = await files_of(client, settings, claimed.attachments[event_id])


async def files_of(client: OutboundClient, settings: Settings, stored: Sequence[Mapping[str, Any]]) -> Files:
    out: list[Attachment] = []
    for item in stored:
        try:
            out.append(await _file(client, settings, item))
        except SendError as exc:
            return exc
    return tuple(out)


def allowed(content_type: str, allow: Sequence[str]) -> bool:
    """Whether a content type (parameters aside) is on the allow-list (`type/*` allows a type)."""
    plain = content_type.split(";", 1)[0].strip().lower()
    major = plain.split("/", 1)[0]
    return any(entry.lower() in (plain, f"{major}/*") for entry in allow)


async def _file(client: OutboundClient, settings: Settings, item: Mapping[str, Any]) -> Attachment:
    name, content_type = str(item["filename"]), str(item["content_type"])
    cap = settings.attachment_max_bytes
    if not allowed(content_type, settings.attachment_content_types):
        raise PermanentError(f"attachment {name}: content type {content_type} is not allowed")
    if "content_base64" in item:
        content = base64.b64decode(item["content_base64"])
        if len(content) > cap:
            raise PermanentError(f"attachment {name} is larger than {cap} bytes")
        return Attachment(name, content_type, content)
    try:
        answer = await client.get(str(item["url"]), max_bytes=cap)
    except Unresolvable as exc:
        raise TransientError(f"attachment {name}: {exc}") from exc
    except OutboundRefused as exc:
        raise PermanentError(f"attachment {name}: refused by the outbound address rule ({exc})") from exc
    except Unreachable as exc:
        raise TransientError(f"attachment {name}: {exc}") from exc
    if answer is None:
        raise PermanentError(f"attachment {name} is larger than {cap} bytes")
    if answer.status >= 500 or answer.status in _RETRY_STATUSES:
        raise TransientError(f"attachment {name}: the file's server answered HTTP {answer.status}")
    if answer.status in (404, 410):
        raise PermanentError(f"attachment {name}: not found (HTTP {answer.status})")
    if not answer.is_success:
        raise PermanentError(f"attachment {name}: the file's server answered HTTP {answer.status}")
    served = answer.headers.get("Content-Type", "")
    if served and not served.lower().startswith("application/octet-stream") and not allowed(
        served, settings.attachment_content_types
    ):
        raise PermanentError(f"attachment {name}: served as {served.split(';')[0]}, which is not allowed")
    return Attachment(name, content_type, answer.body)
