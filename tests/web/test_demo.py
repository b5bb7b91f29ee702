"""`tocsin demo`: the seeded org, the sample events, the demo-only pages and the command itself."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.servers import free_port, server_env, start
from tests.waiting import wait_until
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.demo import seed as demo
from tocsin.events.recipients import EventFacts, RecipientRules, UserFacts, resolve
from tocsin.orgs import repository as orgs_repo
from tocsin.orgs import service as orgs


@pytest.fixture
def settings(base_settings: Settings) -> Settings:
    return base_settings.model_copy(update={"demo_enabled": True})


@pytest.mark.parametrize("action", demo.ACTIONS)
@pytest.mark.parametrize("you", [u.username for u in demo.DEMO_USERS])
def test_every_demo_button_reaches_the_user_and_never_comes_from_them(action: demo.Action, you: str) -> None:
    event = demo.scenario(action, you=you, serial=42, base_url="http://127.0.0.1:8000")
    assert event["actor"] != you
    assert event["entity"]["url"].startswith("http://127.0.0.1:8000/demo")
    directory = {
        u.username: UserFacts(id=i, username=u.username, manager=u.manager, roles=u.roles)
        for i, u in enumerate(demo.DEMO_USERS)
    }
    facts = EventFacts(
        type=event["type"], actor=event["actor"], entity=event["entity"], data=event.get("data", {}), recipients=None
    )
    decision = resolve(facts, RecipientRules(), directory)
    assert you in [u.username for u in decision.users]
    assert decision.unknown == ()


def test_seeding_is_idempotent_and_keeps_the_key_private(ctx: AppContext) -> None:
    first = demo.seed(ctx)
    again = demo.seed(ctx)
    assert first.created is True
    assert again.created is False
    assert again.api_key == first.api_key
    key_file = ctx.settings.data_dir / demo.KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    with unit_of_work(ctx.sessions) as session:
        org = orgs.org_for_api_key(session, first.api_key)
        assert org is not None and org.slug == demo.DEMO_ORG
    key_file.unlink()  # lost: a new key is added, and it works
    replaced = demo.seed(ctx)
    assert replaced.api_key != first.api_key
    with unit_of_work(ctx.sessions) as session:
        assert orgs.org_for_api_key(session, replaced.api_key) is not None
        assert orgs_repo.get_by_slug(session, demo.DEMO_ORG) is not None


def test_the_demo_page_embeds_the_bell_with_a_user_token_and_no_api_key(client: TestClient) -> None:
    seed: demo.DemoSeed = client.app.state.demo_seed  # type: ignore[attr-defined]
    r = client.get("/demo", params={"as": "sam"})
    assert r.status_code == 200
    assert "<tocsin-bell" in r.text
    assert '/static/tocsin-bell.js"' in r.text
    token = re.search(r'<tocsin-bell server="[^"]*" token="([^"]+)"', r.text)
    assert token is not None
    assert client.get(
        "/v1/me/notifications/unread-count", headers={"Authorization": f"Bearer {token.group(1)}"}
    ).is_success
    assert seed.api_key not in r.text
    assert "tsn_" not in r.text
    assert r.headers["cache-control"] == "no-store"
    # The user choice is remembered for the record pages that notifications link to.
    record = client.get("/demo/records/lead/L-1042")
    assert record.status_code == 200
    assert "L-1042" in record.text
    assert 'data-user="sam"' in record.text


def test_the_demo_page_leads_to_the_admin_console(client: TestClient) -> None:
    as_admin = client.get("/demo", params={"as": demo.ADMIN.username}).text
    link = re.search(r'<a id="admin-link" href="([^"]+)"', as_admin)
    assert link is not None and "/admin#token=" in link.group(1)
    as_rep = client.get("/demo", params={"as": "maria"}).text
    assert 'id="admin-link"' not in as_rep and f"Switch to {demo.ADMIN.display_name}" in as_rep


def test_the_demo_approval_offers_its_decision_as_buttons(client: TestClient) -> None:
    fire = {"action": "approval", "user": "maria"}
    r = client.post("/demo/fire", json=fire, headers={"Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 202, r.text
    me = {"Authorization": f"Bearer {demo.mint_token(client.app.state.ctx, 'maria')}"}  # type: ignore[attr-defined]
    item = client.get("/v1/me/notifications", headers=me).json()["items"][0]
    assert [a["id"] for a in item["actions"]] == ["approve", "reject"]
    acted = client.post(f"/v1/me/notifications/{item['id']}/actions/approve", headers=me)
    assert acted.status_code == 200, acted.text


@pytest.mark.parametrize("action", demo.ACTIONS)
def test_the_demo_buttons_fire_real_events(client: TestClient, action: str) -> None:
    r = client.post("/demo/fire", json={"action": action, "user": "maria"}, headers={"Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 202, r.text
    answer = r.json()
    assert "maria" in answer["result"]["recipients"]
    assert answer["result"]["notifications"] >= 1
    token = demo.mint_token(client.app.state.ctx, "maria")  # type: ignore[attr-defined]
    items = client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"}).json()["items"]
    assert items[0]["type"] == answer["event"]["type"]


def test_the_demo_endpoint_refuses_other_sites_and_strangers(client: TestClient) -> None:
    body = {"action": "broadcast", "user": "maria"}
    assert client.post("/demo/fire", json=body, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.post("/demo/fire", json=body, headers={"Origin": "https://evil.example"}).status_code == 403
    r = client.post("/demo/fire", json={"action": "broadcast", "user": "mallory"})
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "user"
    assert client.post("/demo/fire", json={"action": "delete_everything", "user": "maria"}).status_code == 422


def test_the_demo_command_seeds_fires_and_prints_where_to_look(tmp_path: Path, base_settings: Settings) -> None:
    port = free_port()
    data_dir = tmp_path / "demo-data"
    env = server_env(base_settings)
    for name in ("TOCSIN_DATABASE_URL", "TOCSIN_DATA_DIR", "TOCSIN_SECRET_KEY"):
        env.pop(name)  # the demo picks its own SQLite file and development key under --data-dir
    proc = start(["demo", "--port", str(port), "--data-dir", str(data_dir)], env, tmp_path / "demo.log", port=port)
    try:
        exited = lambda: proc.log() if proc.process.poll() is not None else None  # noqa: E731
        wait_until(lambda: "Ctrl+C" in proc.log(), "the demo's banner", timeout=30, every=0.2, alive=exited)
        out = proc.log()
        base = f"http://127.0.0.1:{port}"
        assert f"{base}/demo" in out
        inbox = re.search(rf"{re.escape(base)}/inbox#token=(\S+)", out)
        assert inbox is not None, out
        assert f"{base}/preferences#token=" in out
        assert re.search(rf"Tocsin's front page:\s+{re.escape(base)}/\s", out), out
        console = re.search(rf"Admin console \(as Avery Admin\):\s+{re.escape(base)}/admin#token=(\S+)", out)
        assert console is not None, out
        outbox = (data_dir / "outbox" / demo.DEMO_ORG).resolve()
        assert str(outbox) in out
        assert "Fired 5 sample events" in out
        assert (data_dir / "tocsin.db").exists()
        wait_until(lambda: _healthy(base), "the demo server to answer", timeout=30, every=0.2, alive=exited)
        page = httpx.get(f"{base}/demo", timeout=10)
        assert page.status_code == 200 and "<tocsin-bell" in page.text
        token = inbox.group(1)
        count = httpx.get(
            f"{base}/v1/me/notifications/unread-count", headers={"Authorization": f"Bearer {token}"}, timeout=10
        )
        assert count.json()["unread"] == 4  # maria's share of the sample events
        # The banner's console link carries an admin's token: the console's API answers it.
        settings = httpx.get(
            f"{base}/v1/admin/settings", headers={"Authorization": f"Bearer {console.group(1)}"}, timeout=10
        )
        assert settings.status_code == 200
        fired = httpx.post(
            f"{base}/demo/fire", json={"action": "win_deal", "user": "maria"}, headers={"Origin": base}, timeout=10
        )
        assert fired.status_code == 202, fired.text
        # The embedded delivery worker writes the sample events' emails as .eml files.
        wait_until(lambda: len(list(outbox.glob("*.eml"))) >= 7, "the sample emails", timeout=30, every=0.2)
        emails = [path.read_text() for path in outbox.glob("*.eml")]
        assert len(emails) >= 7
        assert any("To: Maria Lopez <maria.lopez@example.com>" in text for text in emails)
    finally:
        proc.stop()
    assert "tsn_" not in proc.log()


def _healthy(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False
