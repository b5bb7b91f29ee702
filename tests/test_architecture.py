"""Dependencies run one way (events -> deliveries -> channels -> templates, users, orgs -> kit, db):
the import-linter contract in pyproject.toml holds, and it does fail on an upward import."""

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
    assert "1 kept, 0 broken" in done.stdout


def test_an_upward_import_breaks_it(tmp_path: Path) -> None:
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "tocsin", copy / "tocsin", ignore=shutil.ignore_patterns("static", "__pycache__"))
    channel_base = copy / "tocsin" / "channels" / "base.py"
    channel_base.write_text(channel_base.read_text() + "\nfrom tocsin.events import service as _upward  # noqa\n")
    done = _lint(copy, ROOT / "pyproject.toml")
    assert done.returncode != 0
    assert "tocsin.channels is not allowed to import tocsin.events" in done.stdout
