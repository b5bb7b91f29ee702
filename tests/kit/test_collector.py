"""The collector settings of a ready process."""

from __future__ import annotations

import subprocess
import sys


def test_a_settled_process_collects_young_objects_less_often() -> None:
    code = (
        "import gc; from tocsin.kit import collector; collector.settle();"
        "print(gc.get_threshold()[0], gc.get_freeze_count() > 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["20000", "True"]
