"""One message for a digest: the notifications of one user and channel gathered over the type's
window, listed (email: each title with its link; text channels: a count and one link). No
database access; it runs in the compose thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from html import escape

from tocsin.channels.base import Outgoing
from tocsin.context import AppContext
from tocsin.deliveries.worker.claim import Work
from tocsin.templates.variables import safe_link


def combine(ctx: AppContext, first: Outgoing, works: Sequence[Work], *, prefix: str) -> Outgoing:
    """The digest built on the first item's rendered message (its address, headers and links)."""
    notes = sorted((w.notification for w in works), key=lambda n: (n.created_at, n.id))
    count = len(notes)
    base = ctx.settings.public_url.rstrip("/")
    inbox = f"{base}/inbox" if base else None
    subject = f"{prefix} {count} notifications".strip()
    lines = [f"You have {count} notifications:", ""]
    items_html: list[str] = []
    for note in notes:
        link = safe_link(note.url)
        lines.append(f"- {note.title}" + (f": {link}" if link else ""))
        title = escape(note.title)
        items_html.append(f'<li><a href="{escape(link)}">{title}</a></li>' if link else f"<li>{title}</li>")
    if inbox:
        lines += ["", f"All your notifications: {inbox}"]
    html = f"<p>You have {count} notifications:</p><ul>{''.join(items_html)}</ul>" + (
        f'<p><a href="{escape(inbox)}">All your notifications</a></p>' if inbox else ""
    )
    if first.html is None:
        # A text channel (SMS and the like): a count and one link, not the list.
        link = inbox or next((safe_link(n.url) for n in notes if safe_link(n.url)), None)
        text = f"{prefix} {count} new notifications" + (f": {link}" if link else "")
        return replace(
            first, subject=subject, text=text.strip(), url=link, variables={**first.variables, "count": count}
        )
    return replace(
        first,
        subject=subject,
        text="\n".join(lines),
        html=html,
        url=inbox or first.url,
        variables={**first.variables, "count": count},
    )
