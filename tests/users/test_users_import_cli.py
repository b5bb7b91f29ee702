"""`tocsin users import users.csv` against a real `tocsin serve`: good rows imported, each bad row
reported with its CSV line, field and reason, exit 1."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import Factory
from tests.servers import Proc, server_env, start_server
from tocsin.config import Settings

CSV = """username,email,phone,display_name,locale,timezone,roles,active
ann,ann@example.com,+44 20 7946 0958,Ann Example,en,Europe/London,sales;admin,true
bob,not-an-email,,Bob,en,UTC,,
cy,cy@example.com,,Cy,fr,Mars/Olympus,,
dee,dee@example.com,,"Dee, the second",de,Europe/Berlin,sales,
eve,eve@example.com,12345,Eve,en,UTC,,no
"""


@pytest.fixture
def server(base_settings: Settings, _schema: None, tmp_path: Path) -> Iterator[Proc]:
    proc = start_server(server_env(base_settings), tmp_path / "server.log")
    try:
        yield proc
    finally:
        proc.stop()


def run_import(path: Path, server: Proc, key: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "TOCSIN_URL": server.base_url, "TOCSIN_API_KEY": key}
    return subprocess.run(
        [sys.executable, "-m", "tocsin", "users", "import", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_file_with_three_bad_rows_imports_the_others_and_reports_them(
    factory: Factory, server: Proc, tmp_path: Path
) -> None:
    org = factory.org()
    path = tmp_path / "users.csv"
    path.write_text(CSV)
    done = run_import(path, server, org.api_key)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    refused = [line for line in lines if line.startswith("line ")]
    assert [line.split(": ")[:3] for line in refused] == [
        ["line 3", "bob", "email"],
        ["line 4", "cy", "timezone"],
        ["line 6", "eve", "phone"],
    ]
    assert all(len(line.split(": ")) >= 4 for line in refused)  # with the reason
    assert lines[-1] == "2 created, 0 updated, 0 unchanged, 3 refused"

    ann = org.client.get("/v1/users/ann", headers=org.headers).json()
    assert ann["roles"] == ["sales", "admin"] and ann["timezone"] == "Europe/London" and ann["active"] is True
    assert org.client.get("/v1/users/dee", headers=org.headers).json()["display_name"] == "Dee, the second"
    for name in ("bob", "cy", "eve"):
        assert org.client.get(f"/v1/users/{name}", headers=org.headers).status_code == 404

    path.write_text("username,display_name\nann,\ndee,Dee\n")  # an empty cell keeps the value
    again = run_import(path, server, org.api_key)
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.splitlines()[-1] == "0 created, 1 updated, 1 unchanged, 0 refused"
    assert org.client.get("/v1/users/ann", headers=org.headers).json()["display_name"] == "Ann Example"


def test_a_file_that_cannot_be_imported_fails_in_one_line(factory: Factory, server: Proc, tmp_path: Path) -> None:
    org = factory.org()
    path = tmp_path / "users.csv"
    path.write_text("username,colour\nann,blue\n")
    done = run_import(path, server, org.api_key)
    assert done.returncode == 1 and "unknown column 'colour'" in done.stderr
    path.write_text("username\nann\n")
    done = run_import(path, server, "tsn_not-a-key")
    assert done.returncode == 1 and "401" in done.stderr and "Traceback" not in done.stderr
