"""JSON text for the database: orjson where it can, the standard library where orjson refuses."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tocsin.kit import jsontext

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**80), 2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, derandomize=True)
@given(_json)
def test_every_json_value_round_trips(value: Any) -> None:
    assert json.loads(jsontext.dumps(value)) == value


def test_what_orjson_refuses_the_standard_library_writes() -> None:
    assert json.loads(jsontext.dumps({"n": 2**70, "list": [1, 2**65]})) == {"n": 2**70, "list": [1, 2**65]}
    assert json.loads(jsontext.dumps({1: "a"})) == {"1": "a"}  # a key that is not a string
    assert json.loads(jsontext.dumps({"s": "\ud800"})) == {"s": "\ud800"}  # a lone surrogate


def test_non_finite_numbers_are_stored_as_null() -> None:
    assert json.loads(jsontext.dumps({"a": float("nan"), "b": [float("inf")]})) == {"a": None, "b": [None]}
    assert json.loads(jsontext.dumps({"a": float("nan"), "n": 2**70})) == {"a": None, "n": 2**70}

