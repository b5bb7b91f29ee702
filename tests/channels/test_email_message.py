"""The MIME message: the shared-content fast path and the full build give the same email, for
plain and unusual names alike; text and HTML parts; 7-bit clean bytes."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from tocsin.channels.base import Outgoing
from tocsin.channels.email.config import EmailConfig
from tocsin.channels.email.message import build, compose

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CONFIG = EmailConfig(provider="smtp", source="org", from_address="crm@acme.example", from_name="Acme CRM")


def _parse(data: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _view(msg: EmailMessage) -> dict[str, object]:
    parts = [(p.get_content_type(), p.get_content()) for p in msg.iter_parts()] or [
        (msg.get_content_type(), msg.get_content())
    ]
    headers = ("From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted", "X-Tocsin-Delivery")
    return {"headers": {h: str(msg[h]) for h in headers}, "type": msg.get_content_type(), "parts": parts}


def _message(**overrides: object) -> Outgoing:
    values: dict[str, object] = {
        "delivery_id": 42,
        "to": "jane@example.com",
        "to_name": "Jane Doe",
        "subject": "[CRM] Lead assigned: Jane Smith",
        "text": "Lead assigned: Jane Smith\n\nOpen lead: https://crm.example/l/1\n",
        "html": "<p>Lead assigned: <b>Jane Smith</b></p>",
    }
    values.update(overrides)
    return Outgoing(**values)  # type: ignore[arg-type]


def test_fast_and_full_builds_agree() -> None:
    message = _message()
    fast = compose(message, CONFIG, now=NOW)
    full = build(message, CONFIG, now=NOW)
    assert _view(_parse(fast.data)) == _view(_parse(full.as_bytes()))
    assert fast.message_id == "<tocsin.42@acme.example>" and fast.sender == "crm@acme.example"
    assert max(fast.data) < 128  # 7-bit: any SMTP server takes it
    assert b"\r\n" in fast.data and b"\n" not in fast.data.replace(b"\r\n", b"")


names = st.one_of(
    st.none(),
    st.sampled_from(["Doe, Jane", 'Jane "JD" Doe', "Zoë Ångström", "李小龙", "O'Brien (sales)", "a\\b"]),
    st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=("Cs", "Cc")), max_size=60),
)
texts = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=("Cs",)), max_size=300)


@settings(max_examples=60, deadline=None)
@given(
    name=names,
    subject=st.text(
        st.characters(min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=120,
    ),
    text=texts,
)
def test_any_name_subject_and_text_survive(name: str | None, subject: str, text: str) -> None:
    message = _message(to_name=name, subject=subject.strip() or "x", text=text + "\n")
    parsed = _parse(compose(message, CONFIG, now=NOW).data)
    assert parsed["To"].addresses[0].addr_spec == "jane@example.com"
    # Whitespace aside (folding long encoded words may move it), the name comes back intact.
    assert "".join(parsed["To"].addresses[0].display_name.split()) == "".join((name or "").split())
    assert "".join(str(parsed["Subject"]).split()) == "".join((subject.strip() or "x").split())
    [plain, _html] = list(parsed.iter_parts())
    assert plain.get_content().replace("\r\n", "\n").rstrip("\n") == (text + "\n").replace("\r", "").rstrip("\n")


def test_a_text_only_email() -> None:
    parsed = _parse(compose(_message(html=None), CONFIG, now=NOW).data)
    assert parsed.get_content_type() == "text/plain"


def test_a_test_email_has_no_delivery_header_and_its_own_message_id() -> None:
    parsed = _parse(compose(_message(message_key="test-abc"), CONFIG, now=NOW).data)
    assert parsed["X-Tocsin-Delivery"] is None and parsed["Message-ID"] == "<tocsin.test-abc@acme.example>"
