"""`GET`/`POST /v1/providers/whatsapp/{org}`: Meta's webhook for the org's WhatsApp number.

GET is the subscription handshake: with `hub.mode=subscribe` and the org's `verify_token`, the
answer is `hub.challenge` as plain text; anything else is a 403. POST carries status events,
signed with `X-Hub-Signature-256` (keyed with the org's app secret); a bad or missing signature
is a 403 and changes nothing. `delivered` and `read` move the sent delivery to delivered;
`failed` to undelivered with Meta's error; `sent` changes nothing.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse
from starlette.concurrency import run_in_threadpool

from tocsin.auth.dependencies import Ctx, DbSession, ReadSession
from tocsin.channels import receipts
from tocsin.channels.receipts import Receipt
from tocsin.channels.whatsapp.channel import CHANNEL, SETTINGS
from tocsin.channels.whatsapp.cloud_api import valid_signature
from tocsin.errors import ApiError, invalid

router = APIRouter(prefix="/v1/providers/whatsapp", tags=["providers"])

FINAL = {"delivered": "delivered", "read": "delivered", "failed": "undelivered"}


@router.get("/{org}", response_class=PlainTextResponse)
def verify(org: str, request: Request, session: ReadSession, ctx: Ctx) -> PlainTextResponse:
    """Meta's verification request: echo `hub.challenge` when `hub.verify_token` is the org's."""
    _row, config = SETTINGS.of_org(session, ctx, org)
    given = request.query_params.get("hub.verify_token") or ""
    mode = request.query_params.get("hub.mode")
    if mode != "subscribe" or not config.verify_token or not hmac.compare_digest(given, config.verify_token):
        raise ApiError(403, "forbidden", "verification failed")
    return PlainTextResponse(request.query_params.get("hub.challenge") or "")


def statuses_of(event: dict[str, Any]) -> list[Receipt]:
    """The status events of a webhook body (`entry[].changes[].value.statuses[]`)."""
    out: list[Receipt] = []
    for entry in event.get("entry") or []:
        for change in (entry or {}).get("changes") or []:
            for status in ((change or {}).get("value") or {}).get("statuses") or []:
                final = FINAL.get(str(status.get("status")))
                message_id = status.get("id")
                if final is None or not message_id:
                    continue
                error = None
                errors = status.get("errors") or []
                if final == "undelivered" and errors:
                    first = errors[0]
                    details = (first.get("error_data") or {}).get("details")
                    error = f"WhatsApp {first.get('code')}: {first.get('title') or first.get('message')}"
                    if details:
                        error += f" ({details})"
                out.append(Receipt(provider_message_id=str(message_id), status=final, error=error))  # type: ignore[arg-type]
    return out


@router.post("/{org}")
async def webhook(org: str, request: Request, session: DbSession, ctx: Ctx) -> dict[str, int]:
    """Record the status events of one webhook call (answers `{"updated": n}`)."""
    raw = await request.body()
    signed = request.headers.get("X-Hub-Signature-256")

    def record() -> dict[str, int]:
        row, config = SETTINGS.of_org(session, ctx, org)
        if not config.app_secret or not valid_signature(raw, config.app_secret, signed):
            raise ApiError(403, "forbidden", "invalid X-Hub-Signature-256")
        try:
            event = json.loads(raw)
        except ValueError:
            raise invalid("body", "not JSON") from None
        if not isinstance(event, dict):
            raise invalid("body", "not a JSON object")
        updated = receipts.apply(session, ctx, org_id=row.id, channel=CHANNEL, receipts=statuses_of(event))
        session.commit()
        return {"updated": updated}

    return await run_in_threadpool(record)
