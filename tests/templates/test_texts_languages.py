"""In-app texts: the actor's display name, and the built-in texts in each recipient's language."""

from __future__ import annotations

import pytest

from tests.factories import Factory
from tocsin.event_types.catalog import CATALOG
from tocsin.kit.sandbox import render
from tocsin.templates.translations import BUILTIN_TEXTS, texts_for

LEAD = {"type": "lead", "id": "L7", "name": "Ada Park", "url": "https://crm.example/leads/7", "owner": "ann"}


def titles_and_bodies(org: object, username: str) -> tuple[str, str]:
    item = org.me(username, "GET", "/notifications").json()["items"][0]  # type: ignore[attr-defined]
    return item["title"], item["body"]


def test_texts_name_the_actor_by_display_name_in_each_recipients_language(factory: Factory) -> None:
    org = factory.org()
    org.put_user("priya", display_name="Priya Shah")
    org.put_user("ann", locale="en-GB")
    org.put_user("jan", locale="de-AT")
    org.put_user("raw", locale="fr")  # no French table: English
    org.event("lead_assigned", actor="priya", entity=LEAD, recipients=["ann", "jan", "raw"])

    assert titles_and_bodies(org, "ann") == ("Lead assigned: Ada Park", "Priya Shah assigned you the lead Ada Park.")
    assert titles_and_bodies(org, "jan") == (
        "Lead zugewiesen: Ada Park",
        "Priya Shah hat Ihnen den Lead Ada Park zugewiesen.",
    )
    assert titles_and_bodies(org, "raw")[1] == "Priya Shah assigned you the lead Ada Park."

    # An actor without a display name, or unknown to Tocsin, is named by username.
    org.event("mention", actor="ghost", entity=LEAD, recipients=["jan"], data={"text": "@jan hallo"})
    assert titles_and_bodies(org, "jan")[0] == "ghost hat Sie erwähnt"


def test_texts_an_admin_wrote_are_used_as_written(factory: Factory) -> None:
    org = factory.org()
    org.put_user("jan", locale="de")
    r = org.client.put(
        "/v1/admin/event-types/lead_assigned",
        json={"title_template": "Neuer Lead {{ name }} von {{ actor }} ({{ actor_username }})"},
        headers=org.headers,
    )
    assert r.status_code == 200, r.text
    org.put_user("priya", display_name="Priya Shah")
    org.event("lead_assigned", actor="priya", entity=LEAD, recipients=["jan"])
    assert titles_and_bodies(org, "jan")[0] == "Neuer Lead Ada Park von Priya Shah (priya)"


@pytest.mark.parametrize("language", sorted(BUILTIN_TEXTS))
def test_every_seeded_type_has_its_texts_in_every_shipped_language(language: str) -> None:
    values = {
        "name": "Ada Park",
        "actor": "Priya Shah",
        "entity": {"owner": "ann", "id": "u1"},
        "data": {"text": "hi", "percent": 50, "rows": 3},
        "event_type": "x",
        "urgent": False,
    }
    for entry in CATALOG:
        title, body = texts_for(entry.key, title=entry.title, body=entry.body, locale=language)
        assert (title, body) == BUILTIN_TEXTS[language][entry.key]
        assert render(title or "", values).strip()
        render(body or "", values)
