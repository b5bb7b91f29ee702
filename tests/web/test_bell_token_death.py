"""The bell whose token dies while it listens (here: its tokens revoked), over WebSocket (4401)
and over Server-Sent Events (the `unauthorized` event): it asks the page for a new token."""

from __future__ import annotations

import math
import time
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc
from tests.web.conftest import WAIT_MS, CrmSite, bell_page, note, user_token

pytestmark = pytest.mark.browser

RECORD_EXPIRED = """<script>
  window.expired = 0;
  document.addEventListener("tocsin-token-expired", () => { window.expired += 1; });
</script>"""
# A browser without WebSocket (as behind a proxy that drops upgrades): the bell uses SSE.
NO_WEBSOCKET = "<script>window.WebSocket = undefined;</script>"


@pytest.mark.parametrize("transport", ["websocket", "sse"])
def test_a_revoked_token_makes_the_listening_bell_ask_for_a_new_one(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any, transport: str
) -> None:
    username = f"revoked-{transport}"
    put = httpx.put(f"{tocsin.base_url}/v1/users/{username}", json={}, headers=org.headers, timeout=30)
    assert put.status_code == 201, put.text
    before = RECORD_EXPIRED + (NO_WEBSOCKET if transport == "sse" else "")
    page.goto(crm.put(bell_page(tocsin.base_url, user_token(org, username), before=before)))
    badge = page.locator('tocsin-bell [part~="badge"]')
    # A live push proves the stream is open before the token dies.
    note(tocsin, org, username, "While listening")
    expect(badge).to_have_text("1", timeout=WAIT_MS)

    revoked = httpx.post(f"{tocsin.base_url}/v1/users/{username}/tokens/revoke", headers=org.headers, timeout=30)
    revoked_by = time.time()  # the server's revoking second is this one or earlier
    assert revoked.status_code == 204
    page.wait_for_function("window.expired === 1", timeout=WAIT_MS)
    expect(badge).to_be_hidden()
    # The server outlives this test, and the next one's org and user get the same ids again (the
    # database restarts them between tests): its hub remembers this revocation for that id pair,
    # so a token the next test mints within the revoking second would count as revoked. Let the
    # second pass.
    time.sleep(max(0.0, math.floor(revoked_by) + 1.05 - time.time()))
