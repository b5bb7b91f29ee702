"""The body each kind of team-chat webhook takes. Pure: plain data in, JSON-ready dicts out.

- `teams`: a Microsoft Teams Workflows webhook ("Post to a channel when a webhook request is
  received") takes a message whose attachment is an Adaptive Card: the title, the body, a fact set
  and an `Action.OpenUrl` button to the record. (The retired Office 365 connector MessageCard is
  not used.)
- `slack`: an incoming webhook takes Block Kit: a header, a section with the body, the facts as
  section fields and a button to the record; `text` is the notification fallback.
- `ringcentral`: a Glip (RingCentral team messaging) incoming webhook takes a message with an
  attachment of type `Card`: title linked to the record, text, fields and a footnote.
- `generic`: the notification as JSON, `{"type": "notification.created", "at", "data"}`, signed
  as Standard Webhooks by the sender.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

KINDS = ("teams", "slack", "ringcentral", "generic")


@dataclass(frozen=True, slots=True)
class Note:
    """What a webhook message says about one notification."""

    title: str
    body: str
    url: str | None
    event_type: str
    actor: str | None
    record: str | None  # the entity's name or id
    urgent: bool
    notification: dict[str, Any]  # the notification as the API shows it (generic webhooks)
    at: str  # ISO 8601 UTC


def kind_for(url: str, kind: str | None) -> str:
    """The user's kind, or one recognised from the URL's host, else `generic`."""
    if kind in KINDS:
        return kind
    host = (urlsplit(url).hostname or "").lower()
    if host == "hooks.slack.com":
        return "slack"
    if host.endswith((".logic.azure.com", ".powerplatform.com", ".powerautomate.com")):
        return "teams"
    if host.endswith(("ringcentral.com", "glip.com")):
        return "ringcentral"
    return "generic"


def facts(note: Note) -> list[tuple[str, str]]:
    out = [("Type", note.event_type.replace("_", " "))]
    if note.actor:
        out.append(("By", note.actor))
    if note.record:
        out.append(("Record", note.record))
    if note.urgent:
        out.append(("Priority", "urgent"))
    return out


def teams(note: Note) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "text": note.title, "weight": "Bolder", "size": "Medium", "wrap": True},
    ]
    if note.body:
        body.append({"type": "TextBlock", "text": note.body, "wrap": True})
    body.append({"type": "FactSet", "facts": [{"title": t, "value": v} for t, v in facts(note)]})
    card: dict[str, Any] = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
    }
    if note.url:
        card["actions"] = [{"type": "Action.OpenUrl", "title": "Open record", "url": note.url}]
    return {
        "type": "message",
        "attachments": [
            {"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None, "content": card}
        ],
    }


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack(note: Note) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": note.title[:150] or " ", "emoji": True}},
    ]
    if note.body:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _slack_escape(note.body)[:3000]}})
    blocks.append(
        {
            "type": "section",
            "fields": [{"type": "mrkdwn", "text": f"*{t}*\n{_slack_escape(v)[:1900]}"} for t, v in facts(note)][:10],
        }
    )
    if note.url:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "Open record"},
                        "url": note.url[:3000],
                        "action_id": "open_record",
                    }
                ],
            }
        )
    return {"text": _slack_escape(note.title)[:3000], "blocks": blocks}


def ringcentral(note: Note) -> dict[str, Any]:
    card: dict[str, Any] = {
        "type": "Card",
        "color": "#d93025" if note.urgent else "#1a73e8",
        "title": note.title,
        "text": note.body,
        "fields": [{"title": t, "value": v, "style": "Short"} for t, v in facts(note)],
        "footnote": {"text": f"Tocsin · {note.at}"},
    }
    if note.url:
        card["titleUrl"] = note.url
    return {"activity": "Tocsin", "title": note.title, "attachments": [card]}


def generic(note: Note) -> dict[str, Any]:
    return {"type": "notification.created", "at": note.at, "data": note.notification}


BUILDERS = {"teams": teams, "slack": slack, "ringcentral": ringcentral, "generic": generic}
