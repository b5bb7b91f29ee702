"""SMTP with OAuth 2.0: an access token from the org's token endpoint (client-credentials grant,
answered by a loopback server that checks the form), XOAUTH2 on the loopback SMTP server; the
token kept until shortly before it expires (the frozen clock moves), fetched again once when the
server refuses it, and the test button naming the step that failed."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.deliveries.conftest import cycle, deliveries
from tests.factories import Factory, OrgHandle
from tests.loopback import Reply, serve
from tests.servers import free_port
from tests.smtp import SmtpSink
from tocsin.config import Settings
from tocsin.deliveries.worker import Worker
from tocsin.kit.clock import FrozenClock

USER = "mailer@acme.example"
SECRET = "cl1ent-s3cret-value"


@dataclass
class TokenEndpoint:
    sink: SmtpSink
    url: str = ""
    requests: list[dict[str, list[str]]] = field(default_factory=list)
    refuse: bool = False  # answer 401 invalid_client
    wrong: bool = False  # issue tokens the SMTP server does not take
    lock: threading.Lock = field(default_factory=threading.Lock)

    def respond(self, method: str, path: str, headers: Any, body: bytes) -> Reply:
        form = parse_qs(body.decode())
        with self.lock:
            self.requests.append(form)
            n = len(self.requests)
        ok = (
            method == "POST"
            and path == "/oauth2/token"
            and headers.get("Content-Type") == "application/x-www-form-urlencoded"
            and form.get("grant_type") == ["client_credentials"]
            and form.get("client_id") == ["tocsin-app"]
            and form.get("client_secret") == [SECRET]
            and form.get("scope") == ["https://outlook.office365.com/.default"]
        )
        if self.refuse or not ok:
            return Reply(401, json.dumps({"error": "invalid_client"}).encode(), {"Content-Type": "application/json"})
        token = f"token-{n}"
        if not self.wrong:
            self.sink.handler.xoauth2[USER] = token  # the newest token is the one the server takes
        answer = {"access_token": token, "token_type": "Bearer", "expires_in": 3600}
        return Reply(200, json.dumps(answer).encode(), {"Content-Type": "application/json"})


@pytest.fixture
def sink(smtp_sink: Any) -> SmtpSink:
    return smtp_sink(xoauth2=True)  # type: ignore[no-any-return]


@pytest.fixture
def tokens(sink: SmtpSink) -> Iterator[TokenEndpoint]:
    endpoint = TokenEndpoint(sink)
    server = serve(endpoint.respond)
    endpoint.url = f"http://127.0.0.1:{server.server_address[1]}/oauth2/token"
    try:
        yield endpoint
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def settings(base_settings: Settings) -> Settings:
    return base_settings.model_copy(
        update={"send_timeout_seconds": 5.0, "smtp_allow_plaintext_login": True, "smtp_connections": 1}
    )


def _configure(org: OrgHandle, sink: SmtpSink, tokens: TokenEndpoint, **more: Any) -> dict[str, Any]:
    body = {
        "provider": "smtp",
        "host": sink.host,
        "port": sink.port,
        "encryption": "none",
        "username": USER,
        "auth": "oauth2",
        "oauth_token_url": tokens.url,
        "oauth_client_id": "tocsin-app",
        "oauth_client_secret": SECRET,
        "oauth_scope": "https://outlook.office365.com/.default",
        "from_address": "crm@acme.example",
        **more,
    }
    r = org.client.put("/v1/admin/channels/email", json=body, headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


@pytest.fixture
def org(factory: Factory) -> OrgHandle:
    org = factory.org("acme")
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com")
    return org


def _event(org: OrgHandle, n: int) -> None:
    org.event("lead_assigned", actor="bob", entity={"type": "lead", "id": f"L-{n}", "name": "Lead", "owner": "jane"})


def test_xoauth2_with_a_kept_token_fetched_again_on_expiry(
    org: OrgHandle, worker: Worker, sink: SmtpSink, tokens: TokenEndpoint, clock: FrozenClock
) -> None:
    out = _configure(org, sink, tokens)
    assert out["auth"] == "oauth2" and out["oauth_client_secret"] == "********"
    assert SECRET not in json.dumps(out)

    _event(org, 1)
    assert cycle(worker).sent == 1
    clock.advance(seconds=3000)  # within the token's hour, before its renewal a minute early
    _event(org, 2)
    assert cycle(worker).sent == 1
    assert len(tokens.requests) == 1

    clock.advance(seconds=600)  # past it: a new token
    _event(org, 3)
    assert cycle(worker).sent == 1
    assert len(tokens.requests) == 2
    assert sink.handler.xoauth2_tried == ["token-1", "token-1", "token-2"]
    assert [m.login for m in sink.messages] == [USER, USER, USER]
    assert [d.status for d in deliveries(worker.ctx)] == ["sent", "sent", "sent"]


def test_a_refused_token_is_fetched_again_once(
    org: OrgHandle, worker: Worker, sink: SmtpSink, tokens: TokenEndpoint
) -> None:
    _configure(org, sink, tokens)
    _event(org, 1)
    assert cycle(worker).sent == 1
    sink.handler.xoauth2[USER] = "revoked-meanwhile"  # token-1 no longer works

    _event(org, 2)
    report = cycle(worker)
    assert report.sent == 1, deliveries(worker.ctx)[-1].last_error  # 535 for token-1, then token-2

    assert sink.handler.xoauth2_tried == ["token-1", "token-1", "token-2"]
    assert len(tokens.requests) == 2


def _test(org: OrgHandle) -> dict[str, Any]:
    r = org.client.post("/v1/admin/channels/email/test", json={"to": "jane@example.com"}, headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def test_the_test_button_names_the_step_that_failed(
    org: OrgHandle, sink: SmtpSink, tokens: TokenEndpoint, smtp_sink: Any
) -> None:
    _configure(org, sink, tokens)
    answer = _test(org)
    assert answer["ok"] is True and answer["step"] is None

    tokens.wrong = True  # tokens the SMTP server does not take
    sink.handler.xoauth2.clear()
    answer = _test(org)
    assert (answer["ok"], answer["step"]) == (False, "auth")
    assert answer["error"] == "login refused (535)"

    tokens.refuse, tokens.wrong = True, False
    _configure(org, sink, tokens, oauth_client_id="tocsin-app-2")  # another client: no kept token
    answer = _test(org)
    assert (answer["ok"], answer["step"]) == (False, "token")
    assert "401" in answer["error"] and SECRET not in json.dumps(answer)

    tokens.refuse = False
    _configure(org, sink, tokens, port=free_port())  # nothing listens there
    answer = _test(org)
    assert (answer["ok"], answer["step"]) == (False, "connect")


def test_oauth2_settings_are_checked(org: OrgHandle, sink: SmtpSink, tokens: TokenEndpoint) -> None:
    _configure(org, sink, tokens)
    for body, name in (
        ({"oauth_token_url": None}, "oauth_token_url"),
        ({"oauth_client_secret": None}, "oauth_client_secret"),
        ({"username": None}, "username"),
        ({"oauth_token_url": "ftp://idp.example/token"}, "oauth_token_url"),
    ):
        r = org.client.put("/v1/admin/channels/email", json=body, headers=org.headers)
        assert r.status_code == 422 and name in r.text, (body, r.text)
    r = org.client.put("/v1/admin/channels/email", json={"oauth_client_secret": "********"}, headers=org.headers)
    assert r.status_code == 200 and r.json()["oauth_client_secret"] == "********"
