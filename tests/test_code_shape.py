"""The shape of the code: no function in `src/tocsin` longer than a screenful, and the recipe for
adding a channel (docs/ARCHITECTURE.md) true to the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tocsin.channels import registry

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "tocsin"
MAX_FUNCTION_LINES = 80


def long_functions() -> dict[str, int]:
    """{"path::name": lines} of every function (methods and nested ones too) over the limit."""
    found: dict[str, int] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    found[f"{path.relative_to(SRC).as_posix()}::{node.name}"] = lines
    return found


def test_no_function_is_longer_than_80_lines() -> None:
    found = long_functions()
    assert not found, f"functions over {MAX_FUNCTION_LINES} lines (split them by meaning): {found}"


def _recipe() -> str:
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text()
    start = text.index("## How to add a channel")
    return text[start : text.index("\n## ", start + 1)]


def test_the_channel_recipe_names_the_files_a_channel_has() -> None:
    """Every file the recipe names exists for the email channel (`<name>` read as `email`), and
    every channel package has the files the registry reads."""
    recipe = _recipe()
    named = set(re.findall(r"`((?:channels|users|migrations)/[\w<>/.]+\.py)`", recipe))
    assert named, "the recipe names the files it touches"
    for name in named:
        path = name.replace("<name>", "email")
        base = ROOT if path.startswith("migrations/") else SRC
        if "<" not in path and not path.startswith("migrations/versions/"):
            assert (base / path).exists(), f"the recipe names {name}, which does not exist"
    for channel in registry.NAMES:
        for file in ("declaration.py", "spec.py", "channel.py", "service.py", "schemas.py", "config.py"):
            assert (SRC / "channels" / channel / file).exists(), f"channels/{channel}/{file}"


def test_nothing_outside_a_channel_package_names_a_channel() -> None:
    """The files the recipe says a new channel does not touch name no channel: they read the
    registry."""
    untouched = [
        "app.py",
        "kit/channels.py",
        "users/service.py",
        "users/repository.py",
        "event_types/catalog.py",
        "channels/service.py",
        "channels/availability.py",
        "deliveries/endpoints.py",
    ]
    for name in untouched:
        text = (SRC / name).read_text()
        for channel in registry.NAMES:
            if channel == "email":
                continue  # "email" is also the users' field and the delivery choice, not only the channel
            assert not re.search(rf"""["'.]{channel}["'.]|channels\.{channel}\b""", text), f"{name} names {channel}"
