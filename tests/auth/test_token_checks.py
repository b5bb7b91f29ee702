"""User tokens are checked in memory (auth/cached.py): a known user's token costs no query of the
orgs or users tables, a death in this process is seen at once, and one in another process within
TOCSIN_TOKEN_CHECK_SECONDS (the org's stamp is read again after that long)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event

from tests.factories import Factory
from tests.servers import server_env, start_server
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.kit.clock import FrozenClock


@contextmanager
def _statements(ctx: AppContext) -> Iterator[list[str]]:
    seen: list[str] = []
    engine = ctx.reads.kw["bind"]

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _reads_users_or_orgs(statements: list[str]) -> list[str]:
    return [s for s in statements if "FROM users" in s or "FROM orgs" in s]


def test_a_known_token_is_checked_without_reading_orgs_or_users(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("jane")
    token = org.token("jane")
    me = {"Authorization": f"Bearer {token}"}
    assert org.client.get("/v1/me/notifications/unread-count", headers=me).status_code == 200
    with _statements(ctx) as seen:
        for path in ("/v1/me/notifications", "/v1/me/notifications/unread-count", "/v1/me/notifications?status=unread"):
            assert org.client.get(path, headers=me).status_code == 200
    assert seen, "the reads themselves still query"
    assert _reads_users_or_orgs(seen) == []


def test_a_death_in_this_process_refuses_the_remembered_token_at_once(factory: Factory) -> None:
    org = factory.org()
    org.put_user("jane")
    me = {"Authorization": f"Bearer {org.token('jane')}"}
    assert org.client.get("/v1/me/notifications/unread-count", headers=me).status_code == 200
    assert org.client.post("/v1/users/jane/tokens/revoke", headers=org.headers).status_code in (200, 204)
    assert org.client.get("/v1/me/notifications/unread-count", headers=me).status_code == 401
    assert org.client.get("/v1/me/notifications", headers=me).status_code == 401


def _status(http: httpx.Client, token: str) -> int:
    return http.get("/v1/me/notifications/unread-count", headers={"Authorization": f"Bearer {token}"}).status_code


def test_a_revocation_by_another_process_is_refused_within_the_check_seconds(
    base_settings: Settings, factory: Factory, clock: FrozenClock, tmp_path: Path
) -> None:
    """The server is another process; this test's app revokes (and tells only its own process)."""
    org = factory.org()
    org.put_user("jane")
    env = server_env(base_settings, TOCSIN_TOKEN_CHECK_SECONDS="1")
    server = start_server(env, tmp_path / "serve.log", timeout=180)
    try:
        with httpx.Client(base_url=server.base_url, timeout=10) as other:
            # Minted by the server (its clock is the real one), then remembered by it.
            token = other.post("/v1/users/jane/token", headers=org.headers).json()["token"]
            assert _status(other, token) == 200
            assert _status(other, token) == 200
            clock.set(datetime.now(UTC) + timedelta(seconds=5))  # revoke after the token's iat
            assert org.client.post("/v1/users/jane/tokens/revoke", headers=org.headers).status_code in (200, 204)
            revoked_at = time.monotonic()
            while _status(other, token) == 200:
                # Within its TOCSIN_TOKEN_CHECK_SECONDS (1 s); the bound here is generous for a
                # loaded machine: it tells a missed revocation from a late one, not a speed.
                assert time.monotonic() - revoked_at < 15, "the server never saw the revocation"
                time.sleep(0.1)
    finally:
        server.stop()


def test_with_redis_another_process_hears_a_revocation_long_before_its_re_read(
    base_settings: Settings, factory: Factory, redis_url: str, tmp_path: Path
) -> None:
    """Two servers sharing Redis, each trusting what it remembers for ten minutes: only the
    revocation channel can tell the second that the first revoked a token."""
    org = factory.org()
    org.put_user("jane")
    env = server_env(
        base_settings,
        TOCSIN_TOKEN_CHECK_SECONDS="600",
        TOCSIN_REDIS_URL=redis_url,
        TOCSIN_REDIS_CHANNEL_PREFIX=f"tocsin-test-{uuid.uuid4().hex[:8]}",
    )
    first = start_server(env, tmp_path / "first.log", timeout=180)
    second = start_server(env, tmp_path / "second.log", timeout=180)
    try:
        with (
            httpx.Client(base_url=first.base_url, timeout=10) as one,
            httpx.Client(base_url=second.base_url, timeout=10) as two,
        ):
            token = one.post("/v1/users/jane/token", headers=org.headers).json()["token"]
            assert _status(two, token) == 200  # the second server now remembers jane
            time.sleep(1.1)  # revoke in a later second than the token's iat
            assert one.post("/v1/users/jane/tokens/revoke", headers=org.headers).status_code in (200, 204)
            assert _status(one, token) == 401
            revoked_at = time.monotonic()
            while _status(two, token) == 200:
                assert time.monotonic() - revoked_at < 15, "the second server never heard of the revocation"
                time.sleep(0.05)
    finally:
        first.stop()
        second.stop()
