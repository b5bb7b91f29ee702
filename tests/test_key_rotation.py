"""Key rotation: old key -> new key with the old one as previous -> `tocsin rotate-secrets` ->
every secret and address still readable with the new key alone; the old key opens nothing."""

from __future__ import annotations

import json
import subprocess
import sys

from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.factories import Factory
from tests.servers import server_env
from tocsin.app import create_app
from tocsin.channels.models import ChannelConfig
from tocsin.config import Settings
from tocsin.context import AppContext
from tocsin.db.rotation import encrypted_columns
from tocsin.kit.secretbox import SecretBox
from tocsin.users.models import User

OLD = "test-secret-key-for-encryption-at-rest"  # the suite's key (base_settings)
NEW = "a-brand-new-key-after-rotation-0123456789"


def with_keys(settings: Settings, key: str, *previous: str) -> Settings:
    # Validated anew: a copy would keep the cached effective key of the original.
    return Settings.model_validate({**settings.model_dump(), "secret_key": key, "secret_key_previous": list(previous)})


def rotate(settings: Settings, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tocsin", "rotate-secrets", *args],
        env=server_env(settings, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def readable(settings: Settings, org_key: str) -> dict[str, object]:
    """What the API shows with these keys (each value had to be decrypted to be shown masked)."""
    ctx = AppContext.build(settings)
    try:
        with TestClient(create_app(ctx=ctx)) as client:
            api = {"Authorization": f"Bearer {org_key}"}
            token = client.post("/v1/users/jane/token", headers=api).json()["token"]
            return {
                "user": client.get("/v1/users/jane", headers=api).json(),
                "email": client.get("/v1/admin/channels/email", headers=api).json()["password"],
                "me": client.get("/v1/me/notifications", headers={"Authorization": f"Bearer {token}"}).status_code,
            }
    finally:
        ctx.dispose()


def test_rotation_moves_every_secret_to_the_new_key(factory: Factory, settings: Settings, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user(
        "jane",
        email="jane@example.com",
        phone="+14155550101",
        whatsapp="+14155550102",
        webhook_url="https://hooks.example.com/jane",
    )
    smtp = {
        "provider": "smtp",
        "host": "smtp.example.com",
        "port": 587,
        "password": "hunter2",
        "encryption": "starttls",
    }
    assert org.client.put("/v1/admin/channels/email", json=smtp, headers=org.headers).status_code == 200
    before = readable(settings, org.api_key)
    assert before["user"]["email"] == "j***@example.com" and before["email"] and before["me"] == 200  # type: ignore[index]

    new_with_old = with_keys(settings, NEW, OLD)
    assert readable(new_with_old, org.api_key) == before  # the new key goes live at once

    dry = rotate(settings, "--dry-run", "--json", TOCSIN_SECRET_KEY=NEW, TOCSIN_SECRET_KEY_PREVIOUS=OLD)
    assert dry.returncode == 0, dry.stderr
    done = rotate(settings, "--json", TOCSIN_SECRET_KEY=NEW, TOCSIN_SECRET_KEY_PREVIOUS=OLD)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)["values"]
    assert counts == json.loads(dry.stdout)["values"]
    assert counts["orgs.signing_secret_enc"] >= 1 and counts["channel_configs.secrets_enc"] == 1
    assert counts["users.email_enc"] == counts["users.phone_enc"] == counts["users.webhook_url_enc"] == 1

    new_only = with_keys(settings, NEW)
    assert readable(new_only, org.api_key) == before  # the old key is no longer needed

    old_box, new_box = SecretBox(OLD), SecretBox(NEW)
    with ctx.sessions() as s:
        jane = s.scalars(select(User).where(User.username == "jane")).one()
        channel = s.scalars(select(ChannelConfig)).one()
        assert new_box.decrypt(jane.email_enc or "") == "jane@example.com"
        assert new_box.decrypt_json(channel.secrets_enc)["password"] == "hunter2"
        for token in (jane.email_enc, jane.phone_enc, channel.secrets_enc):
            try:
                old_box.decrypt(token or "")
            except ValueError:
                continue
            raise AssertionError("a value is still readable with the old key")

    without_old = rotate(settings, TOCSIN_SECRET_KEY=OLD)
    assert without_old.returncode == 1 and "Traceback" not in without_old.stderr
    assert "TOCSIN_SECRET_KEY_PREVIOUS" in without_old.stderr


def test_every_encrypted_column_is_marked() -> None:
    marked = {f"{t.name}.{c.name}" for t, cols in encrypted_columns().items() for c in cols}
    named = {f"{t.name}.{c.name}" for t in encrypted_columns() for c in t.columns if c.name.endswith("_enc")}
    assert named <= marked
    assert {"orgs.signing_secret_enc", "users.email_enc", "channel_configs.secrets_enc"} <= marked
