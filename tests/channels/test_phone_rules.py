"""The pure parts of the phone channels: SMS segment counting, which data fields are sensitive,
the providers' signatures (Twilio's documented example), their error classification, and the
retry policy honouring Retry-After."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from http import HTTPStatus

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tocsin.channels.base import PermanentError, TransientError, public_error
from tocsin.channels.http import Answer
from tocsin.channels.sms import twilio
from tocsin.channels.whatsapp import cloud_api
from tocsin.deliveries.policy import after_attempt
from tocsin.event_types.sensitivity import is_sensitive, redact
from tocsin.kit import segments


@pytest.mark.parametrize(
    ("text", "encoding", "count"),
    [
        ("", "GSM-7", 1),
        ("a" * 160, "GSM-7", 1),
        ("a" * 161, "GSM-7", 2),
        ("a" * 306, "GSM-7", 2),
        ("a" * 307, "GSM-7", 3),
        ("€" * 80, "GSM-7", 1),  # an extension character takes two places
        ("€" * 81, "GSM-7", 2),
        ("a" * 152 + "€", "GSM-7", 1),
        ("a" * 153 + "€" * 4, "GSM-7", 2),  # 161 places: split, and the pair is never cut
        ("Zoé, café à 5 €", "GSM-7", 1),
        ("Zoë", "UCS-2", 1),  # ë is not in the GSM alphabet
        ("ж" * 70, "UCS-2", 1),
        ("ж" * 71, "UCS-2", 2),
        ("ж" * 134, "UCS-2", 2),
        ("ж" * 135, "UCS-2", 3),
        ("Deal won 🎉", "UCS-2", 1),  # one emoji switches the whole text to UCS-2
    ],
)
def test_segments(text: str, encoding: str, count: int) -> None:
    counted = segments.count(text)
    assert (counted.encoding, counted.segments) == (encoding, count)


@given(st.text(max_size=600))
def test_segments_hold_every_unit(text: str) -> None:
    counted = segments.count(text)
    if counted.segments == 1:
        assert counted.units <= (160 if counted.encoding == "GSM-7" else 70)
    else:
        assert counted.units <= counted.segments * counted.per_segment
        assert counted.units > (counted.segments - 1) * counted.per_segment - counted.segments


def test_default_sensitive_fields_are_amounts_and_contact_details() -> None:
    for key in ("amount", "deal_value", "totalPrice", "contactEmail", "mobile_phone", "billing-address", "Budget"):
        assert is_sensitive(key, None), key
    for key in ("stage", "name", "reason", "due_at", "percent", "valued_customer_flag"):
        assert not is_sensitive(key, None), key
    data = {"amount": "$5", "stage": "Won", "phone": "+1"}
    assert redact(data, None) == {"stage": "Won"}
    assert redact(data, ["stage"]) == {"amount": "$5", "phone": "+1"}
    assert redact(data, []) == data


def test_twilio_signature_matches_the_documented_example() -> None:
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+14158675309",
        "Digits": "1234",
        "From": "+14158675309",
        "To": "+18005551212",
    }
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    assert twilio.signature(url, params, "12345") == "RSOYDt4T1cUTdK1PDd93/VVr8B8="
    assert twilio.valid_signature(url, params, "12345", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert not twilio.valid_signature(url, {**params, "Digits": "1235"}, "12345", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert not twilio.valid_signature(url, params, "12345", None)


def test_meta_signature() -> None:
    body = b'{"object":"whatsapp_business_account"}'
    good = cloud_api.signature(body, "app-secret")
    assert good.startswith("sha256=") and len(good) == 7 + 64
    assert cloud_api.valid_signature(body, "app-secret", good)
    assert not cloud_api.valid_signature(body + b" ", "app-secret", good)


def _response(status: int, headers: dict[str, str] | None = None) -> Answer:
    return Answer(status, HTTPStatus(status).phrase, headers or {}, b"")


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (400, 21211, PermanentError),
        (400, 21614, PermanentError),
        (400, 21610, PermanentError),
        (400, 21408, PermanentError),
        (401, 20003, PermanentError),
        (429, 20429, TransientError),
        (500, 20500, TransientError),
        (503, None, TransientError),
    ],
)
def test_twilio_classification(status: int, code: int | None, kind: type) -> None:
    assert isinstance(twilio.error_of(_response(status), {"code": code, "message": "m"}), kind)


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (400, 131026, PermanentError),
        (400, 132000, PermanentError),
        (404, 132001, PermanentError),
        (400, 132015, PermanentError),
        (400, 130429, TransientError),
        (500, 131000, TransientError),
        (400, 131056, TransientError),
        (503, None, TransientError),
        (400, 100, PermanentError),
    ],
)
def test_whatsapp_classification(status: int, code: int | None, kind: type) -> None:
    answer = {"error": {"message": "m", "code": code}} if code else {}
    assert isinstance(cloud_api.error_of(_response(status), answer), kind)


def test_retry_after_is_honoured_and_read_from_the_answer() -> None:
    error = twilio.error_of(_response(429, {"Retry-After": "120"}), {"code": 20429, "message": "Too Many Requests"})
    assert isinstance(error, TransientError) and error.retry_after_seconds == 120
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    longer = after_attempt(attempt=1, outcome="transient", now=now, delays=[60, 300], retry_after_seconds=120)
    assert longer.next_attempt_at == now + timedelta(seconds=120)
    shorter = after_attempt(attempt=1, outcome="transient", now=now, delays=[60, 300], retry_after_seconds=5)
    assert shorter.next_attempt_at == now + timedelta(seconds=60)
    assert after_attempt(attempt=1, outcome="skipped", now=now, delays=[60]).status == "skipped"


def test_numbers_in_provider_errors_are_masked() -> None:
    text = public_error("The 'To' number +15005550001 is not valid; wa_id 447911123456")
    assert "15005550001" not in text and "447911123456" not in text
