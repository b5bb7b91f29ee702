"""A delivery looks again before it is sent: dismissed notification, deleted or deactivated user,
an opt-out since, are skipped with the reason (nothing is sent)."""

from __future__ import annotations

from tests.deliveries.conftest import cycle, deliveries
from tests.factories import Factory, OrgHandle
from tests.smtp import SmtpSink
from tocsin.context import AppContext
from tocsin.deliveries.worker import Worker


def _assign(org: OrgHandle) -> None:
    org.put_user("jane", email="jane@example.com")
    org.event("lead_assigned", entity={"type": "lead", "id": "L1", "name": "Jane Smith", "owner": "jane"})


def _skipped_for(ctx: AppContext, worker: Worker, sink: SmtpSink) -> str | None:
    assert cycle(worker).skipped == 1
    [d] = deliveries(ctx)
    assert d.status == "skipped" and d.attempts == 0
    assert sink.messages == []
    return d.last_error


def test_dismissed_notification(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink) -> None:
    org = factory.org()
    _assign(org)
    nid = org.me("jane", "GET", "/notifications").json()["items"][0]["id"]
    assert org.me("jane", "POST", f"/notifications/{nid}/dismiss").status_code == 200

    assert _skipped_for(ctx, worker, sink) == "notification dismissed"


def test_deleted_user(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink) -> None:
    org = factory.org()
    _assign(org)
    assert org.client.delete("/v1/users/jane", headers=org.headers).status_code in (200, 204)

    assert _skipped_for(ctx, worker, sink) == "user deleted"


def test_deactivated_user(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink) -> None:
    org = factory.org()
    _assign(org)
    org.put_user("jane", active=False)

    assert _skipped_for(ctx, worker, sink) == "user deactivated"


def test_opted_out_since(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink) -> None:
    org = factory.org()
    _assign(org)
    r = org.me("jane", "PUT", "/preferences", json={"event_types": {"lead_assigned": {"email": False}}})
    assert r.status_code == 200, r.text

    assert _skipped_for(ctx, worker, sink) == "email turned off for this event type or by the user"


def test_address_removed_since(factory: Factory, ctx: AppContext, worker: Worker, sink: SmtpSink) -> None:
    org = factory.org()
    _assign(org)
    org.put_user("jane", email=None)

    assert _skipped_for(ctx, worker, sink) == "no email address"
