"""Email etiquette: the footer links to the preferences page, and List-Unsubscribe with RFC 8058
one-click points at a signed link that turns that event type's email off for that user."""

from __future__ import annotations

import re

import pytest

from tests.deliveries.conftest import cycle, deliveries
from tests.factories import Factory
from tests.smtp import SmtpSink
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker

LEAD = {"type": "lead", "id": "L-1", "name": "Jane Smith", "url": "https://crm.example.com/leads/L-1", "owner": "jane"}
PUBLIC = "https://tocsin.example.com"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"public_url": PUBLIC + "/"})


def test_one_click_unsubscribe_turns_that_email_off(
    factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink
) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com")
    assert (
        org.client.put(
            "/v1/admin/routing",
            json={"matrix": {"lead_assigned": {"email": {"on": True, "overridable": True}}}},
            headers=org.headers,
        ).status_code
        == 200
    )
    org.event("lead_assigned", actor="bob", entity=LEAD)
    assert cycle(worker).sent == 1
    msg = sink.messages[0].message
    link = re.fullmatch(r"<(https://tocsin\.example\.com/v1/unsubscribe/[\w.-]+)>", msg["List-Unsubscribe"])
    assert link is not None, msg["List-Unsubscribe"]
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert f"Change what you receive: {PUBLIC}/preferences" in text and link.group(1) in text
    assert f'href="{PUBLIC}/preferences"' in html and f'href="{link.group(1)}"' in html

    path = link.group(1).removeprefix(PUBLIC)
    page = org.client.get(path)
    assert page.status_code == 200 and "Stop these emails" in page.text
    assert org.me("jane", "GET", "/preferences").json()["event_types"]["lead_assigned"]["email"]["on"] is True
    # What a mail provider sends for a one-click unsubscribe (RFC 8058), without credentials.
    done = org.client.post(
        path, content="List-Unsubscribe=One-Click", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert done.status_code == 200 and "no longer get emails" in done.text
    prefs = org.me("jane", "GET", "/preferences").json()["event_types"]
    assert prefs["lead_assigned"]["email"]["on"] is False
    assert prefs["task_assigned"]["email"]["on"] is True  # that event type only

    org.event("lead_assigned", actor="bob", entity={**LEAD, "id": "L-2"})
    assert len([d for d in deliveries(ctx) if d.channel == "email"]) == 1  # no new email planned

    assert org.client.post(path.replace("/unsubscribe/", "/unsubscribe/x")).status_code == 404
    tampered = path[:-4] + ("AAAA" if not path.endswith("AAAA") else "BBBB")
    assert org.client.post(tampered).status_code == 404


def test_no_public_url_no_links(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink) -> None:
    ctx.settings.public_url = ""
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    org.event("lead_assigned", entity=LEAD)
    assert cycle(worker).sent == 1
    msg = sink.messages[0].message
    assert msg["List-Unsubscribe"] is None
    assert "notification preferences." in msg.get_body(("plain",)).get_content()
