"""Every global and filter a template reaches runs under the render's limits, refused before the
work is done (the regression list of the escapes found by the template abuse probe)."""

from __future__ import annotations

from typing import Any

import pytest

from tocsin.kit import sandbox
from tocsin.kit import template_budget as budget
from tocsin.kit.sandbox import TemplateProblem, check, render

# (template, the limit it exceeds under the message limits)
ESCAPES = [
    ("{{ lipsum(10**6) }}", "lipsum"),
    ("{{ lipsum(data.n|default(1)|int,false,20,21)[:0] }}", "lipsum"),
    ("{% set c = cycler(1, 2) %}{{ c.next() }}", "cycler"),
    ("{% set j = joiner() %}{{ j() }}", "joiner"),
    ("{{ range(10**6)|list|length }}", "items"),
    ("{{ range(10**100)|length }}", "items"),
    ("{{ [1]|batch(10**9, 'x')|list|length }}", "items"),
    ("{{ [1]|slice(10**8)|list|length }}", "items"),
    ("{{ ('x'*200000).join(['a']*1000) }}", "output"),
    ("{{ '%(a)s%(a)s%(a)s%(a)s%(a)s' % {'a': 'x'*100000} }}", "output"),
    ("{{ '{0}{0}{0}{0}{0}'.format('x'*100000) }}", "output"),
    ("{{ '{a}{a}{a}{a}{a}'.format_map({'a': 'x'*100000}) }}", "output"),
    ("{{ '%s%s%s'|format('x'*100000, 'x'*100000, 'x'*100000) }}", "output"),
    ("{{ 'ab'.translate({97: 'x'*200000}) }}", "output"),
    ("{{ (1).to_bytes(10**9, 'big')|length }}", "output"),
    ("{{ 'x'.encode().ljust(10**9)|length }}", "output"),
    ("{{ ('x'.encode() * 10**9)|length }}", "output"),
    ("{{ ('a b '*60000)|wordwrap(1) }}", "output"),
    ("{{ ('a b '*100)|wordwrap(1, wrapstring='x'*10000) }}", "output"),
    ("{{ ('www.a.com '*20000)|urlize }}", "output"),
    ("{{ 'www.a.com'|urlize(target='x'*100000) }}", "output"),
    ("{{ range(10000)|list|tojson(indent=10**6) }}", "output"),
    ("{{ range(10000)|list|pprint }}", "output"),
    ("{{ 1.5|round(10**7, 'ceil') }}", "integer"),
    ("{{ ([[1]*200]*1000)|sum(start=[]) }}", "items"),
    ("{{ 'x'|center(10**9) }}", "output"),
    ("{{ 'x'|indent(10**6) }}", "output"),
    ("{{ ('x'*100000)|replace('x', 'yyyy') }}", "output"),
    ("{{ (['x'*1000]*200)|join('y'*2000) }}", "output"),
    ("{{ ('x'*300000)|title }}", "output"),
    ("{{ 7**(2*7**8) > 0 }}", "integer"),
    ("{{ 'a'*10**7 }}", "output"),
    ("{{ 'a'.ljust(10**9) }}", "output"),
    ("{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}", "time"),
]


@pytest.mark.parametrize(("source", "limit"), ESCAPES)
def test_each_escape_is_refused_naming_its_limit(source: str, limit: str) -> None:
    with pytest.raises(TemplateProblem) as refused:
        render(source, {"data": {"n": 200_000}})
    assert refused.value.limit == limit, refused.value.message
    if limit == "time" or "range" in source:
        assert "message template limit" in refused.value.message


@pytest.mark.parametrize(
    ("source", "sequence_filters"),
    [
        ("{{ data.list|sort|join(', ') }}", True),
        ("{{ data.list|map('upper')|unique|list|length }}", True),
        ("{{ data.list|batch(2)|list|length }} {{ data.list|slice(2)|list|length }}", True),
        ("{{ data.n|round(2) }} {{ data.list|first }} {{ data.list|last }} {{ [1, 2]|sum }}", False),
        ("{{ data.text|wordwrap(10) }} {{ data.text|urlize }} {{ data.text|title }}", False),
        ("{{ data|tojson }} {{ data|dictsort|length }} {{ '%s-%s'|format(1, 2) }} {{ '{}'.format(3) }}", False),
    ],
)
def test_ordinary_templates_render_under_every_limit(source: str, sequence_filters: bool) -> None:
    values: dict[str, Any] = {"data": {"list": ["b", "a", "c"], "n": 1.234, "text": "see www.example.com now"}}
    for limits in (budget.TITLE, budget.TEXT, budget.MESSAGE):
        assert render(source, values, limits=limits)


def test_titles_have_smaller_limits_than_messages() -> None:
    loop = "{% for i in range(300) %}.{% endfor %}"
    assert render(loop, {}, limits=budget.MESSAGE) == "." * 300
    assert render(loop, {}, limits=budget.TEXT) == "." * 300
    with pytest.raises(TemplateProblem) as refused:
        render(loop, {}, limits=budget.TITLE)
    assert refused.value.limit == "items" and "title template limit of 250 items" in refused.value.message
    long_name = {"name": "x" * (budget.TITLE.output_chars + 1)}
    assert render("{{ name }}", long_name, limits=budget.TEXT) == long_name["name"]  # the fast path
    with pytest.raises(TemplateProblem) as refused:
        render("{{ name }}", long_name, limits=budget.TITLE)  # the fast path hands it to Jinja, which refuses
    assert refused.value.limit == "output"
    with pytest.raises(TemplateProblem):
        render("{{ name|wordwrap(20) }}", {"name": "a " * budget.TITLE.slow_chars}, limits=budget.TITLE)
    assert render("{{ name|wordwrap(20) }}", {"name": "a " * budget.TITLE.slow_chars}, limits=budget.MESSAGE)


def test_the_limits_hold_only_inside_their_render() -> None:
    with pytest.raises(TemplateProblem):
        render("{{ range(1500)|length }}", {}, limits=budget.TITLE)
    assert budget.current() is budget.MESSAGE
    assert render("{{ range(1500)|length }}", {}) == "1500"


def test_removed_globals_are_refused_when_checked() -> None:
    for source in ("{{ lipsum(3) }}", "{{ lipsum(data.n|default(1)|int,false,20,21)[:0] }}", "{{ cycler }}"):
        with pytest.raises(TemplateProblem) as refused:
            check(source)
        assert "is not available in templates" in refused.value.message
    check("{% set lipsum = 'own variable' %}{{ lipsum }}")  # a name of the template's own is fine
    check("{{ data.lipsum }}")
    assert set(sandbox.REMOVED_GLOBALS) == {"lipsum", "cycler", "joiner"}


def test_every_filter_and_global_is_audited() -> None:
    """A filter or global added by a Jinja upgrade must be looked at: this list is the audit."""
    env = sandbox._ENVS[(False, False)]
    guarded = set(sandbox._CHECKS)
    linear = {  # time and memory in proportion to a value that already exists (or constant)
        "abs", "attr", "capitalize", "count", "d", "default", "e", "escape", "filesizeformat", "float",
        "int", "length", "lower", "safe", "string", "trim", "upper", "first", "last", "random",
    }  # fmt: skip
    assert set(env.filters) <= guarded | linear, set(env.filters) - guarded - linear
    assert set(env.globals) == {"range", "dict", "namespace", *sandbox.REMOVED_GLOBALS}


def test_a_test_that_swallows_exceptions_does_not_turn_the_clock_off() -> None:
    """`is sequence` catches any exception of a `len`; the time limit still ends the render."""
    source = (
        "{% for a in range(250) %}{% for b in range(250) %}{% for c in range(250) %}"
        "{% if nothing is sequence %}{% endif %}{% endfor %}{% endfor %}{% endfor %}"
    )
    for limits in (budget.TITLE, budget.TEXT):
        with pytest.raises(TemplateProblem) as refused:
            render(source, {}, limits=limits)
        assert refused.value.limit == "time"


def test_a_chain_of_filters_in_one_expression_is_timed() -> None:
    source = "{{ text" + "|title" * 150 + " }}"
    with pytest.raises(TemplateProblem) as refused:
        render(source, {"text": "word " * 1600}, limits=budget.TITLE)
    assert refused.value.limit == "time"
