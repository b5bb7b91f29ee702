"""The fast path renders exactly what Jinja renders, or leaves the render to Jinja."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from tocsin.event_types.catalog import CATALOG, CUSTOM_TITLE, LEAD_CONVERTED_BODY
from tocsin.kit import fast_templates, sandbox
from tocsin.kit.template_budget import MAX_OUTPUT_CHARS
from tocsin.templates.defaults import EMAIL_SUBJECT, EMAIL_TEXT, SHORT_TEXT, SMS_LINK, SMS_TEXTS
from tocsin.templates.notification_text import variables as text_variables
from tocsin.templates.translations import BUILTIN_TEXTS

PLAIN = sandbox._ENVS[(False, False)]
# The notification titles and bodies (templates/notification_text.py), and all built-in texts.
NOTIFICATION_TEXTS = sorted(
    {CUSTOM_TITLE}
    | {text for entry in CATALOG for text in (entry.title, entry.body)}
    | {text for texts in BUILTIN_TEXTS.values() for pair in texts.values() for text in pair}
)
BUILTIN = sorted(
    {*NOTIFICATION_TEXTS, EMAIL_SUBJECT, EMAIL_TEXT, SHORT_TEXT} | {text + SMS_LINK for text in SMS_TEXTS.values()}
)

Outcome = tuple[str, Any, Any]


def _outcome(render: Callable[[], str]) -> Outcome:
    try:
        return ("text", render(), None)
    except sandbox.TemplateProblem as problem:
        return ("problem", problem.message, problem.line)


def _jinja(source: str, values: dict[str, Any]) -> Outcome:
    return _outcome(lambda: sandbox._render_jinja(source, values, autoescape=False, strict=False))


def _assert_same(source: str, values: dict[str, Any]) -> bool:
    """`render` and Jinja agree; True if the fast path rendered (and so agreed) by itself."""
    expected = _jinja(source, values)
    assert _outcome(lambda: sandbox.render(source, values)) == expected
    closures = fast_templates.compile_template(PLAIN, source)
    text = closures(values) if closures is not None else None
    if text is not None:
        assert ("text", text, None) == expected
    return text is not None


# Values as the texts get them: JSON-like, nested, with what could trip a renderer.
KEYS = ["name", "status", "reason", "id", "type", "username", "amount", "title", "items", "get", "0", "x"]
texts = st.text(max_size=8) | st.sampled_from(["", " ", "{{ name }}", "{% if x %}", "\x00", "é☃𝄞", "a_b_c", "None"])
scalars = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(width=32) | texts
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4),
    max_leaves=8,
)


def _mostly(common: st.SearchStrategy[Any], rare: st.SearchStrategy[Any], odds: int = 12) -> st.SearchStrategy[Any]:
    """`rare` about once in `odds` draws (not at an end of the range, where Hypothesis draws more)."""
    return st.integers(0, odds).flatmap(lambda draw: rare if draw == odds // 2 else common)


NAMES = ["name", "data", "entity", "event_type", "actor", "urgent"]
records = st.dictionaries(st.sampled_from(KEYS), values, max_size=5)
variable_dicts = st.fixed_dictionaries(
    {"data": _mostly(records, values, odds=4)},
    optional={"name": values, "entity": records, "event_type": texts, "actor": st.none() | texts, "urgent": values},
)


@st.composite
def catalog_variables(draw: st.DrawFn) -> dict[str, Any]:
    """What `notification_text.variables` builds, with data of every shape."""
    fields = ["name", "id", "type", "owner", "status", "reason", "username", "amount", "limit", "due_at", "stage"]
    fields += ["outcome", "percent", "rows", "text", "title", "message", "recipient", "recipient_name", "minutes"]
    record = st.dictionaries(st.sampled_from(fields), values, max_size=6)
    return text_variables(
        event_type=draw(st.sampled_from(["task_assigned", "user_locked_out", "a_b_c", ""])),
        actor=draw(st.none() | texts),
        entity=draw(record),
        data=draw(record),
        urgent=draw(st.booleans()),
        actor_name=draw(st.none() | texts),
    )


@settings(max_examples=300, deadline=None, derandomize=True)
@given(source=st.sampled_from(BUILTIN), values=catalog_variables())
def test_built_in_texts_render_as_jinja_does(source: str, values: dict[str, Any]) -> None:
    event("fast path" if _assert_same(source, values) else "Jinja")


def test_built_in_texts_take_the_fast_path() -> None:
    values = text_variables(
        event_type="sales_order_status_change",
        actor="jdoe",
        entity={"type": "sales_order", "id": "SO-1", "name": "SO-1 Acme"},
        data={"status": "eSigned", "reason": "credit", "amount": 12, "limit": None},
        urgent=False,
    )
    slow = [source for source in NOTIFICATION_TEXTS if not _assert_same(source, values)]
    assert LEAD_CONVERTED_BODY in slow
    assert all("{% for " in source for source in slow)  # only loops stay with Jinja


# Generated templates: (source, within the subset). Text between tags has no braces.
def _all(*parts: tuple[str, bool]) -> tuple[str, bool]:
    return "".join(part for part, _ in parts), all(ok for _, ok in parts)


def _wrap(form: str, ok: bool = True) -> Callable[..., tuple[str, bool]]:
    return lambda *parts: (form.format(*(part for part, _ in parts)), ok and all(ok for _, ok in parts))


FILTER_CALLS = [
    "upper", "lower", "capitalize", "title", "trim", "replace('_', ' ')", "default('-')", "d('-', true)",
    "length", "string", "int", "float", "round", "abs", "truncate(9)", "join(', ')", "first", "last", "e",
    "wordcount", "center(9)", "format(1)", "indent(2)", "striptags", "urlencode",
]  # fmt: skip
atoms = _mostly(
    st.sampled_from([*NAMES, "missing", "'x'", "''", "0", "1", "-2", "1.5", "none", "true", "false"]).map(
        lambda a: (a, True)
    ),
    st.sampled_from(["range", "loop", "1e999"]).map(lambda a: (a, False)),
)


def _extend(inner: st.SearchStrategy[tuple[str, bool]]) -> st.SearchStrategy[tuple[str, bool]]:
    attrs = _mostly(
        st.sampled_from(["status", "reason", "id", "type", "x", "0"]).map(lambda a: (a, True)),
        st.sampled_from(["items", "get", "keys"]).map(lambda a: (a, False)),
    )
    keys = st.sampled_from(["'status'", "'id'", "'items'", "'0'", "0", "-1", "2"]).map(lambda k: (k, True))
    two = st.tuples(inner, inner)
    within = st.one_of(
        st.tuples(inner, attrs).map(lambda p: _wrap("{}.{}")(*p)),
        st.tuples(inner, keys).map(lambda p: _wrap("{}[{}]")(*p)),
        two.map(lambda p: _wrap("({} or {})")(*p)),
        two.map(lambda p: _wrap("({} and {})")(*p)),
        inner.map(lambda p: _wrap("(not {})")(p)),
        st.tuples(inner, inner, inner).map(lambda p: _wrap("({} if {} else {})")(*p)),
        two.map(lambda p: _wrap("({} if {})")(*p)),
        st.tuples(inner, st.sampled_from(["==", "!=", "<", "in"]), inner).map(
            lambda p: _wrap("({} " + p[1] + " {})")(p[0], p[2])
        ),
        two.map(lambda p: _wrap("({} ~ {})")(*p)),
        st.tuples(inner, st.sampled_from(["defined", "none", "not string", "number", "mapping"])).map(
            lambda p: _wrap("({} is " + p[1] + ")")(p[0])
        ),
        st.tuples(inner, st.sampled_from(FILTER_CALLS)).map(lambda p: _wrap("({} | " + p[1] + ")")(p[0])),
    )
    outside = st.one_of(
        inner.map(lambda p: _wrap("{}.upper()", ok=False)(p)),
        two.map(lambda p: _wrap("({} + {})", ok=False)(*p)),
        inner.map(lambda p: _wrap("({} | map('upper') | list)", ok=False)(p)),
        inner.map(lambda p: _wrap("{}[1:]", ok=False)(p)),
    )
    return _mostly(within, outside)


expressions = st.recursive(atoms, _extend, max_leaves=6)
chunks = st.text(alphabet="ab :.-_\n\t é☃\x00'\"", max_size=6).map(lambda t: (t, True))


def _statements(inner: st.SearchStrategy[tuple[str, bool]]) -> st.SearchStrategy[tuple[str, bool]]:
    body = st.lists(inner, max_size=3).map(lambda parts: _all(*parts))
    dash = st.sampled_from(["", "-"]).map(lambda d: (d, True))
    within = st.one_of(
        st.tuples(dash, expressions, dash).map(lambda p: _wrap("{{{{{} {} {}}}}}")(*p)),
        st.tuples(expressions, body, st.lists(st.tuples(expressions, body), max_size=2), st.none() | body).map(
            lambda p: _all(
                _wrap("{{% if {} %}}{}")(p[0], p[1]),
                *(_wrap("{{% elif {} %}}{}")(*elif_) for elif_ in p[2]),
                *([_wrap("{{% else %}}{}")(p[3])] if p[3] is not None else []),
                ("{% endif %}\n", True),
            )
        ),
    )
    outside = st.one_of(
        st.tuples(expressions, body).map(lambda p: _wrap("{{% for x in {} %}}{}{{% endfor %}}", ok=False)(*p)),
        expressions.map(lambda p: _wrap("{{% set name = {} %}}", ok=False)(p)),
    )
    return _mostly(within, outside)


templates = st.lists(st.recursive(chunks, _statements, max_leaves=6), min_size=1, max_size=4).map(
    lambda parts: _all(*parts)
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(template=templates, cases=st.lists(variable_dicts, min_size=1, max_size=4))
def test_generated_templates_render_as_jinja_does(template: tuple[str, bool], cases: list[dict[str, Any]]) -> None:
    source, within_subset = template
    if within_subset:
        assert fast_templates.compile_template(PLAIN, source) is not None, source
    for values in cases:
        event("fast path" if _assert_same(source, values) else "Jinja")


@pytest.mark.parametrize(
    "source",
    [
        "{% for item in data %}{{ item }}{% endfor %}",
        "{% macro hi(x) %}hi {{ x }}{% endmacro %}{{ hi(name) }}",
        "{{ name.upper() }}",
        "{% set shout = name | upper %}{{ shout }}",
        "{{ data | map('upper') | join }}",
        "{{ data.items }}",
        "{{ range(3) | list }}",
        "{{ name + '!' }}",
        "{% raw %}{{ name }}{% endraw %}{% include 'x' %}",
    ],
)
def test_constructs_outside_the_subset_are_left_to_jinja(source: str) -> None:
    assert fast_templates.compile_template(PLAIN, source) is None
    _assert_same(source, {"name": "Ann", "data": {"a": "b"}})


@pytest.mark.parametrize(
    ("source", "values"),
    [
        ("{{ data.reason }}", {"data": None}),  # attribute of something not a dict
        ("{{ data.reason }}", {}),  # attribute of an Undefined: Jinja's error
        ("{{ data['items'] }}", {"data": {}}),  # a missing key that names a dict method
        ("{{ name }}", {"name": "x" * (MAX_OUTPUT_CHARS + 1)}),  # the size limit, with Jinja's error
        ("{{ name ~ name }}", {"name": "x" * (MAX_OUTPUT_CHARS // 2 + 1)}),
        ("{{ data | join }}", {"data": 5}),  # a filter's error
        ("{{ data < 1 }}", {"data": "a"}),
    ],
)
def test_values_outside_the_subset_are_left_to_jinja(source: str, values: dict[str, Any]) -> None:
    assert fast_templates.compile_template(PLAIN, source) is not None
    assert not _assert_same(source, values)


def test_values_inside_the_subset_render_as_jinja_does() -> None:
    values = {"data": {"items": [1, None], "n": 2.5, "flag": True, "nested": {"k": "{{ v }}"}}, "name": None}
    source = (
        "{{ data['items'] }} {{ data['items'][1] }} {{ data.n }} {{ data.flag }} {{ data.nested }} {{ name }}"
        "{{ data.absent }}{{ data.nested.k | upper }}{{ data.absent | default('none') }}{{ 'x' if data.absent }}"
    )
    assert _assert_same(source, values)
    assert sandbox.render(source, values) == "[1, None] None 2.5 True {'k': '{{ v }}'} None{{ V }}none"


def test_strict_and_autoescaped_renders_stay_with_jinja() -> None:
    with pytest.raises(sandbox.TemplateProblem, match="'name' is undefined"):
        sandbox.render("{{ name }}", {}, strict=True)
    assert sandbox.render("{{ name }}", {"name": "<b>"}, autoescape=True) == "&lt;b&gt;"
    assert sandbox.render("{{ name }}", {"name": "<b>"}) == "<b>"
