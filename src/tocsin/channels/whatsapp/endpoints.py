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
from tocsin.kit.text import control_problem, scrub

router = APIRouter(prefix="/v1/providers/whatsapp", tags=["providers"])

FINAL = {"delivered": "delivered", "read": "delivered", "failed": "undelivered"}


@router.get("/{org}", response_class=PlainTextResponse)
def verify(org: str, request: Request, session: ReadSession, ctx: Ctx) -> PlainTextResponse:
    """Meta's verification request: echo `hub.challenge` when `hub.verify_token` is the org's."""
    _row, config = SETTINGS.of_org(session, ctx, org)
    given = request.query_params.get("hub.verify_token") or ""
    mode = request.query_params.get("hub.mode")
    # Compared as bytes: compare_digest refuses str with non-ASCII characters.
    matches = hmac.compare_digest(given.encode("utf-8", "surrogatepass"), (config.verify_token or "").encode())
    if mode != "subscribe" or not config.verify_token or not matches:
        raise ApiError(403, "forbidden", "verification failed")
    return PlainTextResponse(request.query_params.get("hub.challenge") or "")


def _objects(value: Any) -> list[dict[str, Any]]:
    """The JSON objects of a list; anything else (a signed body of an unexpected shape, a field
    Meta adds later) holds none, rather than failing the whole call."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def statuses_of(event: dict[str, Any]) -> list[Receipt]:
    """The status events of a webhook body (`entry[].changes[].value.statuses[]`); parts of
    another shape are skipped."""
    out: list[Receipt] = []
    for entry in _objects(event.get("entry")):
        for change in _objects(entry.get("changes")):
            for status in _objects(_object(change.get("value")).get("statuses")):
                final = FINAL.get(str(status.get("status")))
                message_id = status.get("id")
                if final is None or not isinstance(message_id, str | int) or not message_id:
                    continue
                if control_problem(str(message_id)):
                    continue  # no message of ours has such an id
                error = None
                errors = _objects(status.get("errors"))
                if final == "undelivered" and errors:
                    first = errors[0]
                    details = _object(first.get("error_data")).get("details")
                    error = f"WhatsApp {first.get('code')}: {first.get('title') or first.get('message')}"
                    if details:
                        error += f" ({details})"
                error = scrub(error) if error is not None else None
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
