"""How a copy to a fixed address (an event type's `cc_emails`) is marked: the same message as
the recipients get, its subject prefixed, a line at the top saying it is a copy, and a header
that mail filters can sort on. Pure."""

from __future__ import annotations

import re
from html import escape

HEADER = "X-Tocsin-Copy"
SUBJECT_PREFIX = "Copy: "
NOTE = "This is a copy of a notification sent to the people it concerns."
_BODY_TAG = re.compile(r"<body[^>]*>", re.IGNORECASE)


def marked(subject: str, text: str, html: str | None) -> tuple[str, str, str | None]:
    """The subject, text and HTML of a copy."""
    text = f"{NOTE}\n\n{text}"
    if html is not None:
        line = f'<p style="color:#555;font-size:13px">{escape(NOTE)}</p>'
        found = _BODY_TAG.search(html)
        html = html[: found.end()] + line + html[found.end() :] if found else line + html
    return SUBJECT_PREFIX + subject, text, html
