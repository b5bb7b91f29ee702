from __future__ import annotations

from tests.deliveries.conftest import attempts, cycle, deliveries
from tests.factories import Factory
from tests.smtp import SmtpSink
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker

LEAD = {
    "type": "lead",
    "id": "L-1",
    "name": "Jane Smith",
    "url": "https://crm.example.com/leads/L-1",
    "owner": "jane",
}


def test_lead_assigned_email_has_subject_parts_headers_and_link(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    r = org.client.put(
        "/v1/admin/channels/email",
        json={"from_name": "Acme CRM", "from_address": "crm@acme.example"},
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    org.put_user("jane", email="jane@example.com", display_name="Jane Doe")
    org.put_user("bob", email="bob@example.com")
    org.event("lead_assigned", actor="bob", entity=LEAD)

    report = cycle(worker)

    assert report.sent == 1 and report.claimed == 1
    [got] = sink.messages
    msg = got.message
    assert got.rcpt_tos == ["jane@example.com"]
    assert got.mail_from == "crm@acme.example" and not got.tls
    assert msg["Subject"] == "[CRM] Lead assigned: Jane Smith"
    assert msg["From"] == "Acme CRM <crm@acme.example>"
    assert msg["To"] == "Jane Doe <jane@example.com>"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg.get_content_type() == "multipart/alternative"
    [text, html] = list(msg.iter_parts())
    assert text.get_content_type() == "text/plain" and html.get_content_type() == "text/html"
    assert "Lead assigned: Jane Smith" in text.get_content()
    assert "bob assigned you the lead Jane Smith." in text.get_content()
    assert "Open lead: https://crm.example.com/leads/L-1" in text.get_content()
    assert '<a href="https://crm.example.com/leads/L-1"' in html.get_content()

    [d] = deliveries(ctx)
    assert d.status == "sent" and d.attempts == 1 and d.last_error is None
    assert d.provider_message_id == msg["Message-ID"] == f"<tocsin.{d.id}@acme.example>"
    [a] = attempts(ctx, d.id)
    assert (a.attempt_no, a.outcome, a.worker, a.provider_message_id) == (1, "sent", "test-worker", msg["Message-ID"])
