"""The client's methods beyond events and users, against a real `tocsin serve`: scheduling, admin,
channels, the delivery and audit logs with their every-page iterators, and the user-token client
with its live stream."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta

import pytest

from tests.factories import Factory
from tests.servers import Proc
from tocsin_client import AsyncTocsin, AuthenticationError, ConflictError, NotFoundError, Tocsin, ValidationError

SOON = datetime.now(UTC) + timedelta(days=2)


def test_scheduling_rules_callbacks_and_notify(server: Proc, factory: Factory) -> None:
    org = factory.org()
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin:
        tocsin.put_user("jane", email="jane@example.com")
        activity = tocsin.put_activity("call-1", owner="jane", starts_at=SOON, title="Call Acme")
        assert (activity.id, activity.owner, activity.next_firing_at is not None) == ("call-1", "jane", True)
        tocsin.delete_activity("call-1")
        task = tocsin.put_task("task-1", {"assignee": "jane", "due_at": SOON, "title": "Send the quote"})
        assert (task.assignee, task.completed) == ("jane", False)
        assert tocsin.put_task("task-1", assignee="jane", due_at=SOON, completed=True).completed is True
        tocsin.delete_task("task-1")
        target = tocsin.put_target("q4", owner="jane", goal=10, current=5, title="Q4 deals")
        assert target.percent == 50
        tocsin.delete_target("q4")
        assert tocsin.list_missed_firings().items == [] and list(tocsin.iter_missed_firings()) == []

        rule = {"entity_type": "sales_order", "field": "status", "values": ["eSigned"],
                "event_type": "sales_order_status_change", "recipients": ["shipping"]}  # fmt: skip
        assert tocsin.put_rule("esigned", rule).recipients == ["shipping"]
        assert tocsin.get_rule("esigned").field == "status"
        assert [r.id for r in tocsin.iter_rules(limit=1)] == ["esigned"]
        assert tocsin.list_rules().items[0].id == "esigned"
        tocsin.delete_rule("esigned")
        with pytest.raises(NotFoundError):
            tocsin.get_rule("esigned")

        callbacks = tocsin.put_callbacks(url="https://crm.example.com/hooks")
        assert callbacks.url == "https://crm.example.com/hooks" and callbacks.signing_secret_set
        assert tocsin.get_callbacks().url == callbacks.url

        notice = tocsin.notify(recipients=["jane"], message="Call Acme back", actor="bob")
        assert notice.recipients == ["jane"]


def test_admin_settings_templates_and_logs(server: Proc, factory: Factory) -> None:
    org = factory.org()
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin:
        assert tocsin.health().status == "ok" and tocsin.ready().status == "ready"
        assert tocsin.put_settings(email_subject_prefix="[CRM]").email_subject_prefix == "[CRM]"
        routing = tocsin.put_routing(matrix={"mention": {"email": {"on": False}}})
        assert routing.matrix["mention"]["email"].on is False
        assert tocsin.put_event_type("mention", description="Someone wrote @you").description == "Someone wrote @you"

        saved = tocsin.put_template("lead_assigned", "email", subject="New lead: {{ entity.name }}", body="{{ actor }}")
        assert saved.source == "custom"
        preview = tocsin.preview_template("lead_assigned", "email")
        assert preview.subject == "New lead: Jane Smith"  # the sample lead
        assert [t.event_type for t in tocsin.list_templates()] == ["lead_assigned"]
        tocsin.delete_template("lead_assigned", "email")
        assert tocsin.get_template("lead_assigned", "email").source == "builtin"

        tocsin.put_user("jane", email="jane@example.com")
        for n in range(3):
            tocsin.send_event(type="lead_assigned", actor="bob", entity={"type": "lead", "id": str(n), "owner": "jane"})
        every = list(tocsin.iter_deliveries(channel="email", limit=1))  # three pages of one
        assert len(every) == 3 and len({d.id for d in every}) == 3
        try:
            assert tocsin.retry_delivery(every[0].id).id == every[0].id
        except ConflictError as exc:  # only a failed delivery is retried
            assert exc.status == 409
        assert tocsin.retry_deliveries(channel="email").retried >= 0

        audit = list(tocsin.iter_audit(limit=2))
        assert {"routing.update", "template.update", "template.revert"} <= {entry.action for entry in audit}
        assert len(audit) > 2  # more than one page
        assert tocsin.get_outcomes(since=datetime.now(UTC) - timedelta(days=1)).items is not None


def test_channels(server: Proc, factory: Factory) -> None:
    org = factory.org()
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin:
        tocsin.put_user("jane", email="jane@example.com")
        assert {c.name for c in tocsin.list_channels()} >= {"email", "sms", "whatsapp", "webhook", "webpush"}
        assert tocsin.put_email_channel(from_name="Acme CRM").from_name == "Acme CRM"
        assert tocsin.test_email_channel(to="ops@example.com").ok is True
        assert tocsin.disable_channel("email").enabled is False
        assert tocsin.enable_channel("email").enabled is True
        assert tocsin.get_email_channel().from_name == "Acme CRM"
        webhook = tocsin.put_webhook_channel()
        assert webhook.configured and tocsin.get_webhook_channel().configured
        assert tocsin.get_sms_channel().configured is False
        assert tocsin.get_whatsapp_channel().configured is False
        key = tocsin.generate_vapid_keys().public_key
        assert tocsin.get_webpush_channel().public_key == key
        with pytest.raises(ValidationError) as bad:
            tocsin.test_sms_channel(to="not a phone")
        assert bad.value.field == "to"
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin, tocsin.as_user("jane") as me:
        assert me.webpush_public_key(org.slug).public_key == key


def test_the_user_token_client(server: Proc, factory: Factory) -> None:
    org = factory.org()
    with Tocsin(server.base_url, api_key=org.api_key) as tocsin:
        tocsin.put_user("jane", email="jane@example.com")
        for n in range(3):
            tocsin.send_event(type="manual", recipients=["jane"], data={"title": f"Note {n}"},
                              actions=[{"id": "ok", "label": "OK"}])  # fmt: skip
        with tocsin.as_user("jane") as me:
            assert me.unread_count().unread == 3
            notes = list(me.iter_notifications(limit=2))
            assert len(notes) == 3
            first, second, third = (n.id for n in notes)
            assert me.seen([first]).unseen == 2
            assert me.read(first).read_at is not None
            assert me.act(second, "ok").action == "ok"
            assert me.dismiss(third).dismissed_at is not None
            assert me.read_all().unread == 0
            assert me.list_notifications(status="unread").items == []
            assert me.put_preferences(delivery_choice="none").delivery_choice == "none"
            assert me.get_preferences().delivery_choice == "none"
            with contextlib.closing(me.stream()) as live:
                assert next(live)["type"] == "hello"
        # A user of its own: the server remembers revocations per org and user id, and the next test's
        # org and users get the same ids again.
        tocsin.put_user("leaver")
        with tocsin.as_user("leaver") as leaver:
            assert leaver.unread_count().unread == 0
            tocsin.revoke_user_tokens("leaver")
            with pytest.raises(AuthenticationError):
                leaver.unread_count()


def test_the_async_stream_brings_new_notifications(server: Proc, factory: Factory) -> None:
    org = factory.org()

    async def scenario() -> None:
        async with AsyncTocsin(server.base_url, api_key=org.api_key) as tocsin:
            await tocsin.put_user("jane", email="jane@example.com")
            async with await tocsin.as_user("jane") as me:
                live = me.stream()
                hello = await anext(live)
                assert hello["type"] == "hello"
                await tocsin.send_event(type="manual", recipients=["jane"], data={"title": "Live"})
                message = await asyncio.wait_for(anext(live), timeout=20)
                assert message["type"] == "notification", message
                await live.aclose()
                assert [n.type async for n in me.iter_notifications()] == ["manual"]

    asyncio.run(scenario())


def test_bad_input_raises_the_clients_validation_error_before_sending(server: Proc, factory: Factory) -> None:
    org = factory.org()
    sent: list[object] = []
    with Tocsin(server.base_url, api_key=org.api_key, event_hooks={"request": [sent.append]}) as tocsin:
        with pytest.raises(ValidationError) as local:
            tocsin.put_user("jane", email="not an address")
        assert (local.value.status, local.value.field) == (None, "email")
        with pytest.raises(ValidationError) as unknown:
            tocsin.put_activity("a", owner="jane", starts_at=SOON, colour="red")
        assert unknown.value.field == "colour"
        with pytest.raises(ValidationError) as too_many:
            tocsin.put_users([{"username": f"u{n}"} for n in range(1001)])
        assert too_many.value.field == "users"
        assert sent == []
        with pytest.raises(ValidationError) as remote:  # only the server knows IANA time zones
            tocsin.put_user("jane", timezone="BST")
        assert (remote.value.status, remote.value.field) == (422, "timezone")
