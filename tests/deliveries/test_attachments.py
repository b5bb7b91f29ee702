"""Attachments: an event's files go with its email, fetched by the worker from a loopback HTTP
server (or given inline); a fetch that may work later is retried, one that never will fails with
the file named in the delivery log; other channels see the names and links in `data`."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import Any

import pytest

from tests.deliveries.conftest import attempts, cycle, deliveries
from tests.factories import Factory, OrgHandle
from tests.loopback import Reply, serve
from tests.smtp import SmtpSink
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock

# A small PDF-looking file with every byte value, so a re-encoding would show.
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
TASK = {"type": "task", "id": "T1", "name": "Call Acme", "owner": "jane"}


class Files:
    """The CRM's file server: path -> answer; every request is kept."""

    def __init__(self) -> None:
        self.answers: dict[str, Reply] = {}
        self.requests: list[str] = []
        self.server: ThreadingHTTPServer = serve(self._respond)

    def _respond(self, method: str, path: str, headers: Any, body: bytes) -> Reply:
        self.requests.append(path)
        return self.answers.get(path, Reply(404, b"no such file"))

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    # Room for an inline file of 1 MB (base64 makes it 1.4 MB) in the request.
    return settings.model_copy(update={"max_body_bytes": 4 * 1024 * 1024})


@pytest.fixture
def files() -> Iterator[Files]:
    served = Files()
    yield served
    served.server.shutdown()
    served.server.server_close()


def _pdf(files: Files, path: str = "/so/5521.pdf") -> str:
    files.answers[path] = Reply(200, PDF, {"Content-Type": "application/pdf"})
    return files.url(path)


def _assign(org: OrgHandle, attachments: list[dict[str, Any]]) -> dict[str, Any]:
    org.put_user("jane", email="jane@example.com")
    return org.event("task_assigned", actor="bob", entity=TASK, attachments=attachments)


def _parts(sink: SmtpSink) -> dict[str, tuple[str, bytes]]:
    [received] = sink.messages
    return {
        part.get_filename(): (part.get_content_type(), part.get_payload(decode=True))
        for part in received.message.iter_attachments()
    }


def test_a_pdf_and_an_inline_file_are_attached_byte_for_byte(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, files: Files
) -> None:
    org = factory.org()
    url = _pdf(files)
    csv = b"id,name\n1,Acme\n"
    inline = {"content_base64": base64.b64encode(csv).decode(), "filename": "lines.csv", "content_type": "text/csv"}
    _assign(org, [{"url": url, "filename": "SO-5521.pdf", "content_type": "application/pdf"}, inline])
    assert cycle(worker).sent == 1
    assert _parts(sink) == {"SO-5521.pdf": ("application/pdf", PDF), "lines.csv": ("text/csv", csv)}
    message = sink.messages[0].message
    assert "Call Acme" in message.get_body(("plain",)).get_content()  # the text is still there
    # The bell gets the names and the link, not the files.
    [note] = org.me("jane", "GET", "/notifications").json()["items"]
    assert note["data"]["attachments"] == [
        {"filename": "SO-5521.pdf", "content_type": "application/pdf", "url": url},
        {"filename": "lines.csv", "content_type": "text/csv"},
    ]


def test_a_file_over_the_size_cap_fails_the_email_for_good(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, files: Files
) -> None:
    ctx.settings.attachment_max_bytes = 1000
    org = factory.org()
    _assign(org, [{"url": _pdf(files), "filename": "big.pdf", "content_type": "application/pdf"}])
    assert cycle(worker).failed == 1
    [d] = deliveries(ctx, channel="email")
    assert d.status == "failed" and d.last_error == "attachment big.pdf is larger than 1000 bytes"
    assert sink.messages == []
    log = org.client.get("/v1/admin/deliveries", params={"status": "failed"}, headers=org.headers).json()
    assert log["items"][0]["last_error"] == "attachment big.pdf is larger than 1000 bytes"


def test_a_missing_file_fails_the_email_for_good(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, files: Files
) -> None:
    org = factory.org()
    _assign(org, [{"url": files.url("/gone.pdf"), "filename": "gone.pdf", "content_type": "application/pdf"}])
    assert cycle(worker).failed == 1
    [d] = deliveries(ctx, channel="email")
    assert (d.status, d.last_error) == ("failed", "attachment gone.pdf: not found (HTTP 404)")
    assert [a.outcome for a in attempts(ctx, d.id)] == ["permanent"]
    assert sink.messages == []


def test_a_file_server_error_is_retried_then_sent(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, files: Files, clock: FrozenClock
) -> None:
    org = factory.org()
    files.answers["/so/5521.pdf"] = Reply(503, b"busy")
    _assign(org, [{"url": files.url("/so/5521.pdf"), "filename": "SO.pdf", "content_type": "application/pdf"}])
    assert cycle(worker).retried == 1
    [d] = deliveries(ctx, channel="email")
    assert d.status == "deferred" and "HTTP 503" in (d.last_error or "")
    _pdf(files)
    clock.advance(minutes=1)
    assert cycle(worker).sent == 1
    assert [a.outcome for a in attempts(ctx, d.id)] == ["transient", "sent"]
    assert _parts(sink) == {"SO.pdf": ("application/pdf", PDF)}
    assert files.requests == ["/so/5521.pdf", "/so/5521.pdf"]


def test_a_refused_content_type_fails_the_email_for_good(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, files: Files
) -> None:
    org = factory.org()
    files.answers["/tool.exe"] = Reply(200, b"MZ", {"Content-Type": "application/octet-stream"})
    exe = {"url": files.url("/tool.exe"), "filename": "tool.exe", "content_type": "application/x-msdownload"}
    _assign(org, [exe])
    assert cycle(worker).failed == 1
    [d] = deliveries(ctx, channel="email")
    assert d.last_error == "attachment tool.exe: content type application/x-msdownload is not allowed"
    assert files.requests == []  # refused before any fetch


def test_private_addresses_are_refused_unless_allowed(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, files: Files
) -> None:
    ctx.settings.outbound_allow_private = False
    org = factory.org()
    _assign(org, [{"url": _pdf(files), "filename": "SO.pdf", "content_type": "application/pdf"}])
    assert cycle(worker).failed == 1
    [d] = deliveries(ctx, channel="email")
    assert "refused by the outbound address rule" in (d.last_error or "")
    assert files.requests == []


def test_a_rule_attaches_the_sales_orders_document(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, files: Files
) -> None:
    org = factory.org()
    org.put_user("shipping", email="shipping@example.com")
    rule = {
        "entity_type": "sales_order",
        "field": "status",
        "values": ["eSigned"],
        "event_type": "sales_order_status_change",
        "recipients": ["shipping"],
        "attach_document": True,
    }
    r = org.client.put("/v1/admin/rules/so-esigned", json=rule, headers=org.headers)
    assert r.status_code == 201 and r.json()["attach_document"] is True, r.text
    url = _pdf(files, "/files/SO-5521.pdf")
    order = {"type": "sales_order", "id": "SO-5521", "name": "SO-5521"}
    data = {"changes": {"status": ["Draft", "eSigned"]}, "status": "eSigned", "document_url": url}
    assert org.event("record_updated", entity=order, data=data)["recipients"] == ["shipping"]
    assert cycle(worker).sent == 1
    assert _parts(sink) == {"SO-5521.pdf": ("application/pdf", PDF)}
    assert url in sink.messages[0].message.get_body(("plain",)).get_content()  # the link stays too


def test_without_the_rules_say_so_the_document_stays_a_link(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink, files: Files
) -> None:
    org = factory.org()
    org.put_user("shipping", email="shipping@example.com")
    rule = {"entity_type": "sales_order", "field": "status", "values": ["eSigned"]}
    rule |= {"event_type": "sales_order_status_change", "recipients": ["shipping"]}
    assert org.client.put("/v1/admin/rules/so", json=rule, headers=org.headers).status_code == 201
    url = _pdf(files)
    data = {"changes": {"status": ["Draft", "eSigned"]}, "document_url": url}
    org.event("record_updated", entity={"type": "sales_order", "id": "SO-1", "name": "SO-1"}, data=data)
    assert cycle(worker).sent == 1
    assert list(sink.messages[0].message.iter_attachments()) == [] and files.requests == []


@pytest.mark.parametrize(
    ("attachments", "field"),
    [
        ([{"url": "https://crm.example.com/a.pdf", "filename": "a.pdf", "content_type": "application/pdf"}] * 6,
         "attachments"),
        ([{"url": "ftp://crm.example.com/a.pdf", "filename": "a.pdf", "content_type": "application/pdf"}],
         "attachments.0.url"),
        ([{"filename": "a.pdf", "content_type": "application/pdf"}], "attachments.0"),
        ([{"url": "https://x.example/a", "content_base64": "QQ==", "filename": "a", "content_type": "text/plain"}],
         "attachments.0"),
        ([{"content_base64": "not base64!", "filename": "a.txt", "content_type": "text/plain"}],
         "attachments.0.content_base64"),
        ([{"content_base64": base64.b64encode(b"x" * (1024 * 1024 + 1)).decode(), "filename": "a.txt",
           "content_type": "text/plain"}], "attachments.0.content_base64"),
        ([{"url": "https://x.example/a", "filename": "../a.pdf", "content_type": "application/pdf"}],
         "attachments.0.filename"),
        ([{"url": "https://x.example/a", "filename": "a.pdf", "content_type": "pdf"}], "attachments.0.content_type"),
    ],
)  # fmt: skip
def test_attachments_are_checked(
    factory: Factory, ctx: AppContext, attachments: list[dict[str, Any]], field: str
) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    r = org.client.post(
        "/v1/events", json={"type": "task_assigned", "entity": TASK, "attachments": attachments}, headers=org.headers
    )
    assert r.status_code == 422 and r.json()["error"]["field"] == field, r.text
    assert deliveries(ctx) == []
