"""tocsin.client against a real `tocsin serve`: every method, sync and async, and typed errors."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest

from tests.factories import Factory
from tests.servers import Proc
from tocsin.client import (
    AsyncTocsin,
    AuthenticationError,
    ConflictError,
    EventIn,
    NotFoundError,
    Tocsin,
    ValidationError,
)

LEAD = {"type": "lead", "id": "42", "name": "Jane Smith", "owner": "jane", "url": "https://crm.example/leads/42"}


def test_importing_the_client_loads_no_server_parts() -> None:
    code = "import json, sys, tocsin.client; print(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True).stdout)
    heavy = ("fastapi", "starlette", "sqlalchemy", "alembic", "uvicorn", "jinja2", "redis", "tocsin.app", "tocsin.db")
    assert [m for m in loaded if m.startswith(heavy)] == []


def test_every_method_of_the_sync_client(server: Proc, factory: Factory) -> None:
    org = factory.org()
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin:
        created = tocsin.put_user("jane", email="jane@example.com", timezone="Europe/London")
        assert (created.username, created.email) == ("jane", "j***@example.com")
        tocsin.put_user("bob", {"manager": "jane"})
        assert tocsin.get_user("bob").manager == "jane"

        answer = tocsin.send_event(type="lead_assigned", actor="bob", entity=LEAD)
        assert (answer.notifications, answer.recipients, answer.deliveries) == (1, ["jane"], {"email": 1})
        repeat = tocsin.send_event(EventIn(type="lead_assigned", actor="bob", entity=LEAD, idempotency_key="k-1"))
        assert tocsin.send_event(EventIn(type="lead_assigned", actor="bob", entity=LEAD, idempotency_key="k-1")) == (
            repeat.model_copy(update={"duplicate": True})
        )
        batch = tocsin.send_events([{"type": "mention", "actor": "bob", "data": {"text": "hi @jane"}}] * 2)
        assert [r.duplicate for r in batch.results] == [False, False]  # each event got its own key
        nobody = tocsin.send_event(type="lead_assigned", actor="bob", entity={"type": "lead", "id": "9"})
        assert nobody.warnings == ["lead_assigned notifies `entity.owner`, and the event has none"]

        token = tocsin.user_token("jane", ttl_seconds=600)
        assert token.token.count(".") == 2

        prefs = tocsin.put_preferences("jane", event_types={"lead_assigned": {"email": False}})
        assert prefs.event_types["lead_assigned"]["email"].on is False
        assert tocsin.get_preferences("jane") == prefs

        assert tocsin.get_settings().email_batch_size > 0
        assert tocsin.get_routing().matrix["lead_assigned"]["in_app"].on is True
        assert "lead_assigned" in {t.key for t in tocsin.list_event_types()}
        assert tocsin.get_event_type("lead_assigned").builtin is True
        assert tocsin.list_templates() == []  # no custom template yet
        assert tocsin.get_template("lead_assigned", "email", locale="en").event_type == "lead_assigned"
        assert tocsin.get_email_channel().provider == "file"

        page = tocsin.list_deliveries(channel="email", limit=1)
        assert len(page.items) == 1 and page.next_cursor is not None
        assert tocsin.get_delivery(page.items[0].id).id == page.items[0].id

        tocsin.delete_user("bob")
        with pytest.raises(NotFoundError):
            tocsin.get_user("bob")


def test_every_method_of_the_async_client(server: Proc, factory: Factory) -> None:
    org = factory.org()

    async def scenario() -> None:
        async with AsyncTocsin(server.base_url, api_key=org.api_key) as tocsin:
            await tocsin.put_user("jane", email="jane@example.com")
            await tocsin.put_user("bob", {"manager": "jane"})
            assert (await tocsin.get_user("jane")).email == "j***@example.com"
            answer = await tocsin.send_event(type="lead_assigned", actor="bob", entity=LEAD)
            assert answer.recipients == ["jane"]
            batch = await tocsin.send_events([EventIn(type="lead_assigned", actor="bob", entity=LEAD)])
            assert batch.results[0].notifications == 1
            assert (await tocsin.user_token("jane")).token
            await tocsin.put_preferences("jane", {"delivery_choice": "both"})
            assert (await tocsin.get_preferences("jane")).delivery_choice == "both"
            assert (await tocsin.get_settings()).retention_days > 0
            assert (await tocsin.get_routing()).channels
            assert await tocsin.list_event_types()
            assert (await tocsin.get_event_type("mention")).key == "mention"
            assert await tocsin.list_templates() == []
            assert (await tocsin.get_template("mention", "email")).channel == "email"
            assert (await tocsin.get_email_channel()).enabled in (True, False)
            page = await tocsin.list_deliveries(channel="email")
            assert (await tocsin.get_delivery(page.items[0].id)).channel == "email"
            await tocsin.delete_user("bob")
            with pytest.raises(NotFoundError):
                await tocsin.get_delivery(10**9)

    asyncio.run(scenario())


def test_errors_are_typed_with_the_apis_code_message_and_field(server: Proc, factory: Factory) -> None:
    org = factory.org()
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin:
        with pytest.raises(NotFoundError) as missing:
            tocsin.get_user("nobody")
        assert (missing.value.status, missing.value.code, missing.value.message) == (404, "not_found", "user not found")

        with pytest.raises(ValidationError) as bad:
            tocsin.put_user("jane", {"timezone": "BST"})
        assert (bad.value.status, bad.value.field) == (422, "timezone")

        with pytest.raises(ValidationError) as unknown:
            tocsin.send_event(type="no_such_type")
        assert unknown.value.field == "type"

        tocsin.put_user("jane", email="jane@example.com")
        tocsin.send_event(type="lead_assigned", entity=LEAD, idempotency_key="same")
        with pytest.raises(ConflictError) as clash:
            tocsin.send_event(type="lead_assigned", entity={**LEAD, "id": "43"}, idempotency_key="same")
        assert (clash.value.code, clash.value.field) == ("idempotency_mismatch", "idempotency_key")

    with Tocsin(server.base_url, api_key="tsn_wrong") as stranger, pytest.raises(AuthenticationError) as denied:
        stranger.get_settings()
    assert denied.value.code == "unauthorized"
