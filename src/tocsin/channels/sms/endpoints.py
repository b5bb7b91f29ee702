"""`POST /v1/providers/twilio/{org}/status`: Twilio's status callbacks for the org's SMS.

Twilio posts form fields (`MessageSid`, `MessageStatus`, `ErrorCode`, ...) signed with
`X-Twilio-Signature`, keyed with the auth token of the account that sent (the org's first
sender's, or a fallback's). A bad or missing signature is a 403 and
changes nothing. `delivered` moves the sent delivery to delivered; `undelivered` and `failed` to
undelivered with Twilio's error code; the intermediate statuses (queued, sent, ...) change nothing.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from tocsin.auth.dependencies import Ctx, DbSession
from tocsin.channels import receipts
from tocsin.channels.receipts import Receipt
from tocsin.channels.sms.channel import CHANNEL, SETTINGS, status_callback_url
from tocsin.channels.sms.config import auth_tokens
from tocsin.channels.sms.twilio import valid_signature
from tocsin.errors import ApiError

router = APIRouter(prefix="/v1/providers/twilio", tags=["providers"])

FINAL = {"delivered": "delivered", "undelivered": "undelivered", "failed": "undelivered"}


@router.post("/{org}/status")
async def twilio_status(org: str, request: Request, session: DbSession, ctx: Ctx) -> dict[str, int]:
    """Record one Twilio status callback (answers `{"updated": n}`)."""
    raw = await request.body()
    params = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    signed = request.headers.get("X-Twilio-Signature")

    def record() -> dict[str, int]:
        row, config = SETTINGS.of_org(session, ctx, org)
        # The URL Twilio called: the one given as StatusCallback when the server knows its public
        # URL (a proxy in front changes what the request line says), else the request's own.
        url = status_callback_url(ctx.settings, row.slug) or str(request.url)
        # Signed by the account that sent the message: the org's first sender's, or a fallback's.
        if not any(valid_signature(url, params, token, signed) for token in auth_tokens(config)):
            raise ApiError(403, "forbidden", "invalid X-Twilio-Signature")
        status = FINAL.get(params.get("MessageStatus", ""))
        sid = params.get("MessageSid") or params.get("SmsSid")
        if status is None or not sid:
            return {"updated": 0}
        code = params.get("ErrorCode")
        error = f"Twilio {code}: {params.get('MessageStatus')}" if code else None
        receipt = Receipt(provider_message_id=sid, status=status, error=error)  # type: ignore[arg-type]
        updated = receipts.apply(session, ctx, org_id=row.id, channel=CHANNEL, receipts=[receipt])
        session.commit()
        return {"updated": updated}

    return await run_in_threadpool(record)
