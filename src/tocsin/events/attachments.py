"""An event's attachments as stored: the files the event gave, plus the document a matched
field-change rule attaches (`data.document_url`); and the links other channels see in
`data.attachments`. Pure."""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import unquote, urlsplit

from tocsin.events.schemas import ATTACHMENTS_MAX, EventIn

DOCUMENT_TYPE = "application/pdf"


def of_event(body: EventIn, *, attach_document: bool) -> list[dict[str, Any]]:
    """The files to attach to the event's email, as stored on the event row."""
    files = [a.model_dump(exclude_none=True) for a in body.attachments or ()]
    document = body.data.get("document_url") if attach_document else None
    if (
        isinstance(document, str)
        and document.startswith(("http://", "https://"))
        and len(files) < ATTACHMENTS_MAX
        and all(f.get("url") != document for f in files)
    ):
        files.append({"url": document, "filename": document_name(document), "content_type": DOCUMENT_TYPE})
    return files


def document_name(url: str) -> str:
    """The file name a document link ends with, or `document.pdf`."""
    name = posixpath.basename(unquote(urlsplit(url).path)).strip()
    name = "".join(ch for ch in name if ch.isprintable() and ch not in "/\\")[:200]
    if not name or name in (".", ".."):
        return "document.pdf"
    return name if "." in name else f"{name}.pdf"


def with_links(data: dict[str, Any], files: list[dict[str, Any]]) -> dict[str, Any]:
    """The event's data with `attachments`: each file's name, type and link (inline files have
    none), for the channels that do not carry files (in-app, push, SMS, webhooks)."""
    if not files:
        return data
    links = [
        {"filename": f["filename"], "content_type": f["content_type"], **({"url": f["url"]} if "url" in f else {})}
        for f in files
    ]
    return {**data, "attachments": links}
