"""Schemathesis over /openapi.json: every operation, with generated valid and invalid input
(seed 42, 30 examples per operation: about 2,600 requests, a few minutes per database). No answer
is a 5xx, and every 4xx is the API's JSON error. Runs on SQLite and on PostgreSQL like the rest of
the suite: some inputs (NUL in text) only fail on one of them."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, seed, settings

from tests.factories import Factory, OrgHandle
from tocsin.app import create_app
from tocsin.config import Settings

EXAMPLES_PER_OPERATION = 30
SEED = 42


@pytest.fixture
def fuzzed(client: TestClient, factory: Factory) -> dict[str, Any]:
    org: OrgHandle = factory.org("fuzz")
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com", roles=["admin"])
    org.event("lead_assigned", entity={"type": "lead", "id": "L1", "name": "Jane Smith", "owner": "jane"})
    return {"client": client, "key": org.headers, "user": org.user_headers("jane")}


def _openapi() -> dict[str, Any]:
    """The document /openapi.json serves (it depends on no setting and no data)."""
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(env="test", data_dir=Path(folder), secret_key="openapi-only-" + "x" * 32)
        app = create_app(settings)
        try:
            return app.openapi()
        finally:
            app.state.ctx.dispose()


schema = schemathesis.openapi.from_dict(_openapi())

# The SSE stream answers for as long as a valid user token lives: it is fuzzed with a credential
# that is no user token (the org's API key), so each case is answered at once.
STREAMS = frozenset({"/v1/me/events"})


@schema.parametrize()
@seed(SEED)  # the same cases on every run, on both databases
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_no_input_makes_a_5xx_and_every_4xx_is_a_json_error(case: Any, fuzzed: dict[str, Any]) -> None:
    client: TestClient = fuzzed["client"]
    auth = fuzzed["user"] if case.path.startswith("/v1/me") and case.path not in STREAMS else fuzzed["key"]
    kwargs = case.as_transport_kwargs(base_url="http://testserver")
    headers = {**(kwargs.pop("headers", None) or {}), **auth}
    kwargs.pop("base_url", None)
    kwargs.pop("cookies", None)  # no route of the API reads cookies
    method, url = kwargs.pop("method"), kwargs.pop("url")
    if isinstance(kwargs.get("data"), bytes | str):  # requests' raw body is httpx's `content`
        kwargs["content"] = kwargs.pop("data")
    response = client.request(method, url, headers=headers, **kwargs)
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:500])
    if 400 <= response.status_code < 500:
        error = response.json()["error"]
        assert isinstance(error["code"], str) and isinstance(error["message"], str), response.text
