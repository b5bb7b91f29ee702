"""Dependencies run one way (events -> deliveries -> channels -> templates, users, orgs -> kit, db)
and no two packages import each other: the import-linter contracts in pyproject.toml hold, and
they do fail on an upward import, on a mutual one, and on a model read across layers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = str(Path(sys.executable).with_name("lint-imports"))


def _lint(source_root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [LINT, "--config", str(config), "--no-cache"], capture_output=True, text=True, env=env, cwd=source_root
    )


def test_the_layers_contract_is_kept() -> None:
    done = _lint(ROOT / "src", ROOT / "pyproject.toml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 kept, 0 broken" in done.stdout


def _with_import(tmp_path: Path, module: str, line: str) -> Path:
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "tocsin", copy / "tocsin", ignore=shutil.ignore_patterns("static", "__pycache__"))
    path = copy / "tocsin" / module
    path.write_text(path.read_text() + f"\n{line}  # noqa\n")
    return copy


def test_an_upward_import_breaks_it(tmp_path: Path) -> None:
    copy = _with_import(tmp_path, "channels/base.py", "from tocsin.events import service as _upward")
    done = _lint(copy, ROOT / "pyproject.toml")
    assert done.returncode != 0
    assert "tocsin.channels is not allowed to import tocsin.events" in done.stdout


def test_a_mutual_import_breaks_it(tmp_path: Path) -> None:
    # health is outside the layers: only the no-cycle contract stands between it and checks.
    copy = _with_import(tmp_path, "checks.py", "from tocsin import health as _mutual")
    health = copy / "tocsin" / "health.py"
    health.write_text(health.read_text() + "\nfrom tocsin import checks as _back  # noqa\n")
    done = _lint(copy, ROOT / "pyproject.toml")
    assert done.returncode != 0
    assert "No cycles are allowed in tocsin." in done.stdout


def test_auth_and_orgs_cannot_import_each_other(tmp_path: Path) -> None:
    copy = _with_import(tmp_path, "orgs/endpoints.py", "from tocsin.auth.dependencies import AdminOrg as _cycle")
    done = _lint(copy, ROOT / "pyproject.toml")
    assert done.returncode != 0
    assert "tocsin.orgs is not allowed to import tocsin.auth" in done.stdout
    assert "- .orgs -> .auth" in done.stdout


def test_a_model_read_across_layers_breaks_it(tmp_path: Path) -> None:
    copy = _with_import(tmp_path, "channels/repository.py", "from tocsin.deliveries.models import Delivery as _read")
    done = _lint(copy, ROOT / "pyproject.toml")
    assert done.returncode != 0
    assert "tocsin.channels is not allowed to import tocsin.deliveries" in done.stdout
