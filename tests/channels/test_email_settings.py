"""GET/PUT /v1/admin/channels/email, enable/disable and test: shape, validation, isolation."""

from __future__ import annotations

from pathlib import Path

from tests.factories import Factory, OrgHandle
from tocsin.context import AppContext

SMTP = {
    "provider": "smtp",
    "host": "smtp.acme.example",
    "port": 587,
    "username": "mailer",
    "password": "Sup3r-Secret-Pa55!",
    "encryption": "starttls",
    "from_address": "crm@acme.example",
    "from_name": "Acme CRM",
}


NO_OAUTH = {"auth": "password", "oauth_token_url": None, "oauth_client_id": None, "oauth_client_secret": None,
            "oauth_scope": None}  # fmt: skip

def _get(org: OrgHandle) -> dict:  # type: ignore[type-arg]
    r = org.client.get("/v1/admin/channels/email", headers=org.headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _put(org: OrgHandle, body: dict, expect: int = 200) -> dict:  # type: ignore[type-arg]
    r = org.client.put("/v1/admin/channels/email", json=body, headers=org.headers)
    assert r.status_code == expect, r.text
    return r.json()  # type: ignore[no-any-return]


def test_a_new_org_follows_the_server_default(factory: Factory) -> None:
    org = factory.org()
    assert _get(org) == {
        "enabled": True,
        "provider": "file",
        "host": None,
        "port": None,
        "username": None,
        "password": None,
        "encryption": None,
        "from_address": "tocsin@localhost",
        "from_name": "Tocsin",
        "configured": True,
        "source": "server",
        **NO_OAUTH,
        "auth": None,
        "fallbacks": [],
        "providers": [{"provider": "file", "state": "closed", "consecutive_failures": 0, "reopens_at": None}],
    }


def test_put_configures_smtp_and_get_shows_it_with_the_password_masked(factory: Factory) -> None:
    org = factory.org()
    out = _put(org, SMTP)
    expected = {**SMTP, "password": "********", "enabled": True, "configured": True, "source": "org", "fallbacks": []}
    expected.update(NO_OAUTH)
    expected["providers"] = [{"provider": "smtp", "state": "closed", "consecutive_failures": 0, "reopens_at": None}]
    assert out == expected
    assert _get(org) == expected


def test_the_password_is_kept_when_left_out_or_sent_back_masked_and_cleared_by_null(
    factory: Factory, ctx: AppContext
) -> None:
    from tocsin.channels.email import channel
    from tocsin.orgs import repository as orgs_repo

    org = factory.org()
    _put(org, SMTP)

    def stored() -> str | None:
        with ctx.sessions() as session:
            row = orgs_repo.get(session, org.id)
            assert row is not None
            return channel.load_config(session, ctx, row.id).password

    _put(org, {"host": "smtp2.acme.example"})
    assert stored() == SMTP["password"]
    _put(org, {**_get(org), "port": 2525})  # the admin page sends back what it got
    assert stored() == SMTP["password"]
    _put(org, {"password": "n3w-Pa55word"})
    assert stored() == "n3w-Pa55word"
    assert _put(org, {"password": None})["password"] is None
    assert stored() is None


def test_bad_input_is_a_422_naming_the_field_and_changes_nothing(factory: Factory) -> None:
    org = factory.org()
    _put(org, SMTP)
    before = _get(org)
    cases = [
        ({"provider": "smtp", "host": None}, "host"),
        ({"encryption": "tls"}, "encryption"),
        ({"port": 0}, "port"),
        ({"from_address": "not an address"}, "from_address"),
        ({"from_name": "Acme\r\nBcc: victim@example.com"}, "from_name"),
        ({"host": "smtp.acme.example\r\nX: y"}, "host"),
        ({"provider": "sendgrid"}, "provider"),
        ({"colour": "blue"}, "colour"),
    ]
    for body, field in cases:
        r = org.client.put("/v1/admin/channels/email", json=body, headers=org.headers)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["error"]["field"] == field, (body, r.json())
    assert _get(org) == before
    r = org.client.put("/v1/admin/channels/email", json={"provider": "resend"}, headers=org.headers)
    assert r.status_code == 200  # the stored password is the Resend API key
    r = org.client.put("/v1/admin/channels/email", json={"password": None}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "password"


def test_provider_null_goes_back_to_the_server_default(factory: Factory) -> None:
    org = factory.org()
    _put(org, SMTP)
    out = _put(org, {"provider": None})
    assert (out["provider"], out["source"], out["host"], out["password"]) == ("file", "server", None, None)
    assert out["from_address"] == "crm@acme.example"  # the org's own from address stays


def test_provider_none_unconfigures_email_and_it_cannot_be_enabled(factory: Factory) -> None:
    org = factory.org()
    out = _put(org, {"provider": "none"})
    assert (out["configured"], out["enabled"]) == (False, False)
    r = org.client.post("/v1/admin/channels/email/enable", headers=org.headers)
    assert r.status_code == 409 and r.json()["error"]["code"] == "not_configured"
    r = org.client.put("/v1/admin/channels/email", json={"enabled": True}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "enabled"


def test_settings_belong_to_one_org(factory: Factory) -> None:
    a, b = factory.org(), factory.org()
    _put(a, SMTP)
    assert _get(b)["source"] == "server"
    a.client.post("/v1/admin/channels/email/disable", headers=a.headers)
    assert _get(a)["enabled"] is False and _get(b)["enabled"] is True


def test_admin_routes_need_an_api_key(factory: Factory) -> None:
    org = factory.org()
    assert org.client.get("/v1/admin/channels/email").status_code == 401
    assert (
        org.client.put("/v1/admin/channels/email", json=SMTP, headers={"Authorization": "Bearer nope"}).status_code
        == 401
    )
    assert org.client.post("/v1/admin/channels/email/test", json={"to": "a@example.com"}).status_code == 401


def test_a_test_email_to_the_outbox(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    r = org.client.post("/v1/admin/channels/email/test", json={"to": "admin@acme.example"}, headers=org.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] is True and body["provider"] == "file"
    outbox = Path(ctx.settings.email_outbox_dir or "") / org.slug
    [written] = list(outbox.glob("*.eml"))
    assert written.name == body["provider_message_id"]
    text = written.read_text()
    assert "Subject: [CRM] Test email from Tocsin" in text and "To: admin@acme.example" in text


def test_a_test_email_to_nowhere_reports_the_error(factory: Factory) -> None:
    org = factory.org()
    _put(org, {**SMTP, "host": "127.0.0.1", "port": 9, "encryption": "none", "username": None})  # nothing listens
    r = org.client.post("/v1/admin/channels/email/test", json={"to": "admin@acme.example"}, headers=org.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] is False and body["error"] == "cannot connect"  # the class, not the remote's words
    r = org.client.post("/v1/admin/channels/email/test", json={"to": "nope"}, headers=org.headers)
    assert r.status_code == 422 and r.json()["error"]["field"] == "to"
