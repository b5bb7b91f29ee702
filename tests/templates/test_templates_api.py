"""Admin template routes, previews, and the templates the worker sends with (file outbox)."""

from __future__ import annotations

import asyncio
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from tests.factories import Factory, OrgHandle
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker

BASE = "/v1/admin/templates"
LEAD = {"type": "lead", "id": "L1", "name": "Jane Smith", "url": "https://crm.example/l/1", "owner": "jane"}


def _outbox(ctx: AppContext, org: OrgHandle) -> list[EmailMessage]:
    folder = Path(ctx.settings.email_outbox_dir or "") / org.slug
    out = []
    for path in sorted(folder.glob("*.eml")):
        parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        out.append(parsed)
    return out


def _parts(msg: EmailMessage) -> tuple[str, str]:
    text, html = list(msg.iter_parts())
    return str(text.get_content()), str(html.get_content())


def test_get_shows_the_builtin_template(factory: Factory) -> None:
    org = factory.org()
    r = org.client.get(f"{BASE}/lead_assigned/email", headers=org.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["source"], body["resolved_locale"], body["locale"]) == ("builtin", None, "en")
    assert body["subject"] == "{{ prefix }} {{ title }}"
    assert "{{ url }}" in body["html"] and "{{ action }}" in body["body"]
    assert "recipient" in body["variables"] and body["warnings"] == []


def test_bad_paths_and_params(factory: Factory) -> None:
    org = factory.org()
    assert org.client.get(f"{BASE}/no_such_type/email", headers=org.headers).status_code == 404
    r = org.client.get(f"{BASE}/lead_assigned/pigeon", headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "channel"
    r = org.client.get(f"{BASE}/lead_assigned/email", params={"locale": "../x"}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "locale"
    assert org.client.get(f"{BASE}/lead_assigned/email").status_code == 401


def test_put_per_locale_and_the_fallback_chain(factory: Factory) -> None:
    org = factory.org()
    r = org.client.put(
        f"{BASE}/lead_assigned/email",
        params={"locale": "de"},
        json={"subject": "{{ prefix }} Neuer Lead: {{ name }}"},
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    assert (r.json()["source"], r.json()["resolved_locale"]) == ("custom", "de")
    assert "{{ url }}" in r.json()["html"]  # parts left out keep the current (built-in) text

    got = org.client.get(f"{BASE}/lead_assigned/email", params={"locale": "de-AT"}, headers=org.headers).json()
    assert (got["resolved_locale"], got["subject"]) == ("de", "{{ prefix }} Neuer Lead: {{ name }}")
    got = org.client.get(f"{BASE}/lead_assigned/email", params={"locale": "fr"}, headers=org.headers).json()
    assert got["source"] == "builtin"
    listed = org.client.get(BASE, headers=org.headers).json()
    assert [(t["event_type"], t["channel"], t["locale"]) for t in listed] == [("lead_assigned", "email", "de")]

    other = factory.org()
    assert (
        other.client.get(f"{BASE}/lead_assigned/email", params={"locale": "de"}, headers=other.headers).json()["source"]
        == "builtin"
    )

    assert (
        org.client.delete(f"{BASE}/lead_assigned/email", params={"locale": "de"}, headers=org.headers).status_code
        == 204
    )
    assert (
        org.client.delete(f"{BASE}/lead_assigned/email", params={"locale": "de"}, headers=org.headers).status_code
        == 404
    )


def test_template_errors_are_422_with_part_and_line_never_500(factory: Factory) -> None:
    org = factory.org()
    broken = {
        "html": "<p>\n{{ title }}\n{% if url %}<a>\n",  # unclosed block
        "body": "line one\n{{ 1 / 0 }}",
        "subject": "{{ title | no_such_filter }}",
    }
    for part, source in broken.items():
        r = org.client.put(f"{BASE}/lead_assigned/email", json={part: source}, headers=org.headers)
        assert r.status_code == 422, (part, r.text)
        error = r.json()["error"]
        assert error["field"] == part and "template error" in error["message"], error
        r = org.client.post(f"{BASE}/lead_assigned/email/preview", json={part: source}, headers=org.headers)
        assert r.status_code == 422 and r.json()["error"]["field"] == part
    r = org.client.put(f"{BASE}/lead_assigned/email", json={"body": "a\nb\n{{ 1 / 0 }}"}, headers=org.headers)
    assert "(line 3)" in r.json()["error"]["message"]
    assert org.client.get(BASE, headers=org.headers).json() == []  # nothing saved


def test_preview_renders_sample_data_and_warns_about_unknown_variables(factory: Factory) -> None:
    org = factory.org()
    r = org.client.post(f"{BASE}/lead_assigned/email/preview", headers=org.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["subject"] == "[CRM] Lead assigned: Jane Smith"
    assert "https://crm.example.com/leads/L-2201" in body["html"] and body["warnings"] == []

    r = org.client.post(
        f"{BASE}/deal_closed_won/email/preview",
        json={"subject": "{{ prefix }} Won {{ data.amount }} for {{ titel }}", "data": {"amount": "$99"}},
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    assert r.json()["subject"] == "[CRM] Won $99 for"
    assert r.json()["warnings"] == ["subject: unknown variable 'titel'"]


def test_the_worker_sends_the_recipients_locale_and_escapes_html(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.client.put(
        f"{BASE}/lead_assigned/email",
        params={"locale": "de"},
        json={"subject": "{{ prefix }} Neuer Lead: {{ name }}", "body": "Hallo {{ recipient.display_name }}"},
        headers=org.headers,
    )
    org.put_user("jane", email="jane@example.com", display_name="Jane", locale="de-AT")
    org.put_user("kim", email="kim@example.com", locale="fr")
    org.event("lead_assigned", entity={**LEAD, "name": "<script>alert(1)</script>"})
    org.event("lead_assigned", entity={**LEAD, "id": "L2", "name": "Kim & Co", "owner": "kim"})

    assert asyncio.run(Worker(ctx).cycle()).sent == 2

    by_to = {m["To"]: m for m in _outbox(ctx, org)}
    german, french = by_to["Jane <jane@example.com>"], by_to["kim@example.com"]
    assert german["Subject"] == "[CRM] Neuer Lead: <script>alert(1)</script>"
    text, html = _parts(german)
    assert text.strip() == "Hallo Jane"
    assert "<script>" not in html  # the built-in HTML part (kept from the fallback) escapes data
    assert french["Subject"] == "[CRM] Lead assigned: Kim & Co"
    assert "Kim &amp; Co" in _parts(french)[1]


def test_a_template_that_fails_at_send_time_falls_back_to_the_builtin(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    r = org.client.put(
        f"{BASE}/target_milestone/email",
        json={"subject": "{{ prefix }} {{ 100 / data.percent }}% to go"},  # fine with the sample data
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    org.put_user("jane", email="jane@example.com")
    org.event("target_milestone", entity={"type": "target", "id": "Q4", "name": "Q4 target", "owner": "jane"})

    assert asyncio.run(Worker(ctx).cycle()).sent == 1
    [msg] = _outbox(ctx, org)
    assert msg["Subject"] == "[CRM] Target milestone: %"
