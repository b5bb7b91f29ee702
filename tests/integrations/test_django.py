"""The Django integration end to end: a real Django project (in this process, its own SQLite
database) saving leads, and a real `tocsin serve` on loopback whose database is the test's
(SQLite or PostgreSQL, from TOCSIN_TEST_DATABASE_URL).

1. A lead saved in Django reaches its owner's bell (the user-token API) within 2 s; a change of
   owner is `lead_assigned` with the previous owner; field changes are `record_updated`.
2. With Tocsin stopped the CRM's saves succeed; every event arrives once Tocsin is back, once
   each, even when sent again (the same idempotency key).
3. `{% tocsin_bell %}` renders the bell with a token the server accepts.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from tests.factories import Factory, OrgHandle
from tests.servers import Proc, free_port, server_env, start_server
from tests.waiting import wait_until
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.events.models import Event

FAST_RETRIES = {"RETRY_BASE_SECONDS": 0.2, "RETRY_MAX_SECONDS": 1.0, "POLL_SECONDS": 1.0}


def use_tocsin(url: str, api_key: str, **options: Any) -> None:
    from django.conf import settings

    settings.TOCSIN = {**settings.TOCSIN, "URL": url, "API_KEY": api_key, **options}


def user_token(url: str, org: OrgHandle, username: str) -> str | None:
    r = httpx.post(f"{url}/v1/users/{username}/token", headers=org.headers, json={})
    return r.json()["token"] if r.status_code == 200 else None


def bell(url: str, token: str) -> list[dict[str, Any]]:
    r = httpx.get(f"{url}/v1/me/notifications", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.text
    return r.json()["items"]  # type: ignore[no-any-return]


def events_of(ctx: AppContext, org: OrgHandle) -> list[Event]:
    with ctx.sessions() as s:
        return list(s.scalars(select(Event).where(Event.org_id == org.id).order_by(Event.id)))


def pending() -> int:
    from tocsin_django.models import OutboxEntry

    return OutboxEntry.objects.filter(sent_at__isnull=True, failed_at__isnull=True).count()


def make_users() -> tuple[Any, Any]:
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    jane = users.create_user("jane", email="jane@example.com", first_name="Jane", last_name="Smith")
    bob = users.create_user("bob", email="bob@example.com", first_name="Bob", last_name="Jones")
    return jane, bob


def test_a_saved_lead_reaches_its_owners_bell(crm: Any, server: Proc, factory: Factory, ctx: AppContext) -> None:
    from django.db import transaction

    from tocsin_django import acting_as

    org = factory.org()
    use_tocsin(server.base_url, org.api_key, SEND="thread", **FAST_RETRIES)
    jane, bob = make_users()
    wait_until(lambda: pending() == 0, "the users sent to Tocsin", timeout=10)
    token = user_token(server.base_url, org, "jane")
    assert token is not None
    with acting_as("bob"):
        lead = crm.objects.create(name="Acme Corp", owner=jane, status="new")
    saved_at = time.monotonic()
    seen: list[dict[str, Any]] = []

    def in_janes_bell() -> bool:
        seen[:] = bell(server.base_url, token)
        return bool(seen)

    wait_until(in_janes_bell, "the lead in jane's bell", timeout=2.0, every=0.05)
    print(f"saved to jane's bell: {time.monotonic() - saved_at:.2f} s")
    assert seen[0]["type"] == "record_created"
    assert seen[0]["title"] == "New lead: Acme Corp"
    assert seen[0]["url"] == f"/leads/{lead.pk}/"
    assert seen[0]["actor"] in ("bob", "Bob Jones")
    assert "Bob Jones" in seen[0]["body"]

    with acting_as("jane"):
        lead.owner = bob
        lead.save()
        lead.status = "qualified"
        lead.save()
        # A rolled-back change sends nothing.
        with pytest.raises(RuntimeError), transaction.atomic():
            lead.status = "lost"
            lead.save()
            raise RuntimeError("the CRM changed its mind")
    wait_until(lambda: len(events_of(ctx, org)) == 3 and pending() == 0, "the three events", timeout=10)

    created, assigned, updated = events_of(ctx, org)
    assert (created.type, created.actor, created.entity["owner"]) == ("record_created", "bob", "jane")
    assert assigned.type == "lead_assigned" and assigned.actor == "jane"
    assert assigned.entity == {
        "type": "lead",
        "id": str(lead.pk),
        "name": "Acme Corp",
        "url": f"/leads/{lead.pk}/",
        "owner": "bob",
        "previous_owner": "jane",
    }
    assert updated.type == "record_updated"
    assert updated.data == {"changes": {"status": ["new", "qualified"]}}
    bob_token = user_token(server.base_url, org, "bob")
    assert bob_token is not None
    assert [n["type"] for n in bell(server.base_url, bob_token)] == ["lead_assigned"]
    # The users came from Django's user model.
    janes = httpx.get(f"{server.base_url}/v1/users/jane", headers=org.headers).json()
    assert janes["display_name"] == "Jane Smith" and janes["active"] is True


def test_saves_succeed_while_tocsin_is_down_and_every_event_arrives_once(
    crm: Any, base_settings: Settings, factory: Factory, ctx: AppContext, tmp_path: Path
) -> None:
    from django.core.management import call_command
    from django.utils import timezone

    from tocsin_django import acting_as, worker
    from tocsin_django.models import OutboxEntry

    port = free_port()
    env = server_env(base_settings)
    url = f"http://127.0.0.1:{port}"
    first = start_server(env, tmp_path / "first.log", port=port)
    later: list[Proc] = []
    try:
        org = factory.org()
        use_tocsin(url, org.api_key, SEND="thread", **FAST_RETRIES)
        jane, _ = make_users()
        wait_until(lambda: pending() == 0, "the users sent to Tocsin", timeout=10)
        first.stop()

        started = time.monotonic()
        with acting_as("bob"):
            for i in range(5):
                crm.objects.create(name=f"Lead {i}", owner=jane)
        print(f"5 saves with Tocsin down: {time.monotonic() - started:.3f} s")
        assert crm.objects.count() == 5
        # The sender tried, found Tocsin down, and keeps the rows for later.
        wait_until(
            lambda: OutboxEntry.objects.filter(attempts__gte=1, sent_at__isnull=True).count() == 5,
            "a failed try",
            timeout=10,
        )
        assert pending() == 5 and events_of(ctx, org) == []

        later.append(start_server(env, tmp_path / "second.log", port=port))
        wait_until(lambda: pending() == 0, "the outbox sent after Tocsin is back", timeout=15)
        keys = set(OutboxEntry.objects.filter(kind="event").values_list("idempotency_key", flat=True))
        events = events_of(ctx, org)
        assert len(events) == 5 and {e.idempotency_key for e in events} == keys

        # Answers lost on the way back: the same rows are sent again; Tocsin keeps one of each.
        worker.stop()
        OutboxEntry.objects.filter(kind="event").update(sent_at=None, next_attempt_at=timezone.now())
        with (tmp_path / "flush.txt").open("w") as out:
            call_command("tocsin_flush", stdout=out)
        assert (tmp_path / "flush.txt").read_text().startswith("sent 5, refused 0")
        assert pending() == 0
        assert len(events_of(ctx, org)) == 5
        token = user_token(url, org, "jane")
        assert token is not None
        assert len(bell(url, token)) == 5
    finally:
        for proc in [first, *later]:
            proc.stop()


def test_the_bell_tag_renders_a_token_the_server_accepts(
    crm: Any, server: Proc, factory: Factory, tmp_path: Path
) -> None:
    from django.core.cache import cache
    from django.core.management import call_command
    from django.template import Context, Template
    from django.test import Client

    org = factory.org()
    use_tocsin(server.base_url, org.api_key, SEND="command")
    jane, _ = make_users()
    with (tmp_path / "flush.txt").open("w") as out:
        call_command("tocsin_flush", stdout=out)
    assert pending() == 0

    browser = Client()
    browser.force_login(jane)
    page = browser.get("/").content.decode()
    script = re.search(r'<script type="module" src="([^"]+)"></script>', page)
    tag = re.search(r'<tocsin-bell server="([^"]+)" theme="light" token="([^"]+)"></tocsin-bell>', page)
    assert script and tag, page
    assert script.group(1) == f"{server.base_url}/static/tocsin-bell.js"
    assert httpx.get(script.group(1)).status_code == 200
    assert tag.group(1) == server.base_url
    token = tag.group(2)
    assert bell(server.base_url, token) == []
    # Cached: the next page carries the same token.
    assert token in browser.get("/").content.decode()

    # Nobody logged in: no bell. Tocsin unreachable: the page renders, the bell has no token.
    assert Template("{% load tocsin %}{% tocsin_bell %}").render(Context({})) == ""
    use_tocsin(f"http://127.0.0.1:{free_port()}", org.api_key)
    cache.clear()
    page = browser.get("/").content.decode()
    assert "<tocsin-bell " in page and "token=" not in page


def test_sync_users_sends_every_active_user(crm: Any, server: Proc, factory: Factory, tmp_path: Path) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from tocsin_django.models import OutboxEntry

    org = factory.org()
    use_tocsin(server.base_url, org.api_key, SEND="command")
    make_users()
    get_user_model().objects.create_user("gone", is_active=False)
    OutboxEntry.objects.all().delete()  # users who were there before the integration
    with (tmp_path / "sync.txt").open("w") as out:
        call_command("tocsin_sync_users", stdout=out)
    assert (tmp_path / "sync.txt").read_text().startswith("2 user(s) sent to Tocsin")
    jane = httpx.get(f"{server.base_url}/v1/users/jane", headers=org.headers)
    assert jane.status_code == 200 and jane.json()["display_name"] == "Jane Smith"
    assert httpx.get(f"{server.base_url}/v1/users/gone", headers=org.headers).status_code == 404


def test_a_refused_event_fails_alone_and_the_others_are_sent(
    crm: Any, server: Proc, factory: Factory, ctx: AppContext, tmp_path: Path
) -> None:
    from django.core.management import call_command
    from django.db import transaction

    from tocsin_django import send_events
    from tocsin_django.models import OutboxEntry

    org = factory.org()
    use_tocsin(server.base_url, org.api_key, SEND="command")
    make_users()
    lead = {"type": "lead", "id": "1", "name": "Acme", "owner": "jane"}
    with transaction.atomic():
        send_events(
            [
                {"type": "record_created", "actor": "bob", "entity": lead},
                # Refused by the server, on its own line of the batch's answer; the others are stored.
                {"type": "record_created", "entity": lead, "data": {"document_url": "javascript:alert(1)"}},
                {"type": "Not a type!", "entity": lead},  # refused by the client before sending
                {"type": "lead_assigned", "actor": "bob", "entity": lead},
            ]
        )
    with (tmp_path / "flush.txt").open("w") as out:
        call_command("tocsin_flush", stdout=out)
    assert (tmp_path / "flush.txt").read_text().startswith("sent 4, refused 2")  # 2 users, 2 events
    assert [(e.type, e.data) for e in events_of(ctx, org)] == [("record_created", {}), ("lead_assigned", {})]
    refused = OutboxEntry.objects.filter(failed_at__isnull=False).order_by("id")
    assert [r.payload["type"] for r in refused] == ["record_created", "Not a type!"]
    assert all(r.last_error for r in refused)
