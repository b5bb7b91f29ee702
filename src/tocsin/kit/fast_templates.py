"""Plain Python closures for simple templates, so a batch of events renders its texts quickly.

Ingesting a batch renders a title and a body per event, and Jinja's per-render machinery (a
Context, a generator, the sandbox's attribute lookup) costs several microseconds for even a
one-line text: most of a 10,000-event batch's rendering time. Most texts are a few names, `a.b`
lookups, `or` defaults, an `{% if %}` and a filter or two. Such a template is compiled here, once,
into closures over its syntax tree that compute the same values with the same Python operations
as the code Jinja generates, on the same objects: the same filter functions, the same Undefined
objects (built with the same arguments), `str()` of each output.

The rule is exactness: a closure returns exactly the text Jinja would render, or None, and then the
caller renders with Jinja. So anything the closures do not reproduce is refused, not approximated:
a construct outside the subset refuses the whole template (`compile_template` returns None), and a
value outside it refuses the render: an attribute or item of anything but a plain dict (or a list
by integer index), a key that would find a dict method in the sandbox, any exception (Jinja raises
it too, with its own message and line), output beyond the size limit (Jinja raises the limit's
error). The closures run no loops, calls or arithmetic (but negation), and at most MAX_FILTERS
filters, pure ones whose input and growth the sandbox caps, so they need no time budget.

Only the plain environment is served: strict Undefined and autoescaping stay with Jinja.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any, cast

from jinja2 import Environment, Undefined, nodes
from jinja2.nodes import EvalContext
from jinja2.utils import _PassArg

from tocsin.kit.template_budget import current as current_limits

Eval = Callable[[dict[str, Any]], Any]
Render = Callable[[dict[str, Any]], str | None]

# Filters and tests that depend on their arguments only (no context, no randomness, no calls into
# the values they get); the ones that can grow a text are the sandbox's capped versions.
_TEXT_FILTERS = {"capitalize", "e", "escape", "lower", "string", "striptags", "title", "trim", "upper", "urlencode"}
_OTHER_FILTERS = {"abs", "count", "d", "default", "first", "float", "int", "last", "length", "round", "truncate"}
_CAPPED_FILTERS = {"center", "format", "indent", "join", "replace"}
FILTERS = frozenset(_TEXT_FILTERS | _OTHER_FILTERS | _CAPPED_FILTERS | {"wordcount"})
TESTS = frozenset(
    {"boolean", "defined", "false", "float", "integer", "mapping", "none", "number", "string", "true", "undefined"}
)
# Each filter's work is bounded by its input (the limits of kit/template_budget.py), not their
# number: a template with more (`{{ x|title|title|...}}`) renders through Jinja, under the time budget.
MAX_FILTERS = 8
# Names the compiled template resolves other than from the variables.
_SPECIAL_NAMES = frozenset({"self", "loop", "caller", "varargs", "kwargs", "super"})
_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "lteq": operator.le,
    "gt": operator.gt,
    "gteq": operator.ge,
    "in": lambda a, b: a in b,
    "notin": lambda a, b: a not in b,
}
_MISSING = object()


class _Unsupported(Exception):
    """The template uses something the closures do not reproduce: Jinja renders it."""


class _Fallback(Exception):
    """A value the closures do not handle exactly: Jinja renders this time."""


def compile_template(env: Environment, source: str) -> Render | None:
    """A function rendering `source` as `env` does (or returning None), or None if `source` is
    outside the subset. `source` compiles in `env`, which neither autoescapes nor uses a strict
    Undefined."""
    try:
        body = _Compiler(env).body(env.parse(source).body)
    except (_Unsupported, RecursionError):
        return None

    def render(variables: dict[str, Any]) -> str | None:
        if type(variables) is not dict:
            return None
        try:
            text = body(variables)
        except Exception:  # _Fallback, or an error Jinja will raise in its own words
            return None
        return text if len(text) <= current_limits().output_chars else None

    return render


def _literal_key(node: nodes.Node) -> str | int:
    """The key of `x['k']`, `x[0]` or `x[-1]`; anything else is refused."""
    if type(node) is nodes.Neg:
        key = _literal_key(node.node)
        if type(key) is int:
            return -key
    elif type(node) is nodes.Const and type(node.value) in (str, int):
        return node.value  # type: ignore[no-any-return]
    raise _Unsupported("a computed subscript")


class _Compiler:
    def __init__(self, env: Environment) -> None:
        self.env = env
        self.undefined = env.undefined
        self.eval_ctx = EvalContext(env)  # what `context.eval_ctx` is, for a template from a string
        self.filters = 0

    def body(self, statements: list[nodes.Node]) -> Callable[[dict[str, Any]], str]:
        parts = [part for statement in statements for part in self.statement(statement)]
        if len(parts) == 1:
            return parts[0]
        return lambda v: "".join([part(v) for part in parts])

    def statement(self, node: nodes.Node) -> list[Callable[[dict[str, Any]], str]]:
        if type(node) is nodes.Output:
            return [self.output(child) for child in node.nodes]
        if type(node) is nodes.If:
            return [self.if_(node)]
        raise _Unsupported(type(node).__name__)

    def output(self, node: nodes.Expr) -> Callable[[dict[str, Any]], str]:
        if type(node) is nodes.TemplateData:
            data = node.data
            return lambda v: data
        value = self.expr(node)
        return lambda v: str(value(v))

    def if_(self, node: nodes.If) -> Callable[[dict[str, Any]], str]:
        branches = [(self.expr(branch.test), self.body(branch.body)) for branch in [node, *node.elif_]]
        otherwise = self.body(node.else_)

        def run(v: dict[str, Any]) -> str:
            for test, body in branches:
                if test(v):
                    return body(v)
            return otherwise(v)

        return run

    def expr(self, node: nodes.Node) -> Eval:
        compile_node = getattr(self, f"expr_{type(node).__name__}", None)
        if compile_node is None:
            raise _Unsupported(type(node).__name__)
        return compile_node(node)  # type: ignore[no-any-return]

    def expr_Const(self, node: nodes.Const) -> Eval:
        value = node.value
        if isinstance(value, float) and not math.isfinite(value):
            raise _Unsupported("a literal Jinja writes as a bare name (inf)")
        return lambda v: value

    def expr_Name(self, node: nodes.Name) -> Eval:
        name, undefined = node.name, self.undefined
        if node.ctx != "load" or name in _SPECIAL_NAMES or name in self.env.globals:
            raise _Unsupported(name)

        def load(v: dict[str, Any]) -> Any:
            value = v.get(name, _MISSING)
            return undefined(name=name) if value is _MISSING else value

        return load

    def expr_Getattr(self, node: nodes.Getattr) -> Eval:
        target, attr, undefined = self.expr(node.node), node.attr, self.undefined
        if hasattr({}, attr):  # the sandbox would find the method, not the key
            raise _Unsupported(attr)

        def get(v: dict[str, Any]) -> Any:
            obj = target(v)
            if type(obj) is not dict:
                raise _Fallback
            value = obj.get(attr, _MISSING)
            return undefined(obj=obj, name=attr) if value is _MISSING else value

        return get

    def expr_Getitem(self, node: nodes.Getitem) -> Eval:
        key = _literal_key(node.arg)
        target, undefined = self.expr(node.node), self.undefined
        method = isinstance(key, str) and hasattr({}, key)  # if missing, the sandbox finds the method

        def get(v: dict[str, Any]) -> Any:
            obj = target(v)
            if type(obj) is dict:
                value = obj.get(key, _MISSING)
                if value is not _MISSING:
                    return value
                if method:
                    raise _Fallback
            elif type(obj) is list and type(key) is int:
                if -len(obj) <= key < len(obj):
                    return obj[key]
            else:
                raise _Fallback
            return undefined(obj=obj, name=key)  # type: ignore[arg-type]  # as Jinja passes it

        return get

    def expr_And(self, node: nodes.And) -> Eval:
        left, right = self.expr(node.left), self.expr(node.right)
        return lambda v: left(v) and right(v)

    def expr_Or(self, node: nodes.Or) -> Eval:
        left, right = self.expr(node.left), self.expr(node.right)
        return lambda v: left(v) or right(v)

    def expr_Not(self, node: nodes.Not) -> Eval:
        value = self.expr(node.node)
        return lambda v: not value(v)

    def expr_Neg(self, node: nodes.Neg) -> Eval:  # a negative literal is one
        value = self.expr(node.node)
        return lambda v: -value(v)

    def expr_CondExpr(self, node: nodes.CondExpr) -> Eval:
        test, then = self.expr(node.test), self.expr(node.expr1)
        if node.expr2 is not None:
            otherwise = self.expr(node.expr2)
        else:  # Jinja's implicit else: the plain Undefined (whatever the environment's), with this hint
            hint = f"the inline if-expression on line {node.lineno} evaluated to false and no else section was defined."
            otherwise = lambda v: Undefined(hint)  # noqa: E731
        return lambda v: then(v) if test(v) else otherwise(v)

    def expr_Compare(self, node: nodes.Compare) -> Eval:
        first = self.expr(node.expr)
        ops = [(_COMPARE[op.op], self.expr(op.expr)) for op in node.ops]

        def compare(v: dict[str, Any]) -> Any:  # a chained comparison, as Python evaluates it
            left = first(v)
            result: Any = True
            for op, operand in ops:
                right = operand(v)
                result = op(left, right)
                if not result:
                    return result
                left = right
            return result

        return compare

    def expr_Concat(self, node: nodes.Concat) -> Eval:
        parts = [self.expr(part) for part in node.nodes]

        def concat(v: dict[str, Any]) -> str:
            text = "".join([str(part(v)) for part in parts])
            if len(text) > current_limits().output_chars:  # the sandbox refuses it
                raise _Fallback
            return text

        return concat

    def expr_Filter(self, node: nodes.Filter) -> Eval:
        if node.name not in FILTERS:
            raise _Unsupported(f"filter {node.name}")
        self.filters += 1
        if self.filters > MAX_FILTERS:
            raise _Unsupported("more filters than a render without a time budget may run")
        return self.call(self.env.filters[node.name], node)

    def expr_Test(self, node: nodes.Test) -> Eval:
        if node.name not in TESTS:
            raise _Unsupported(f"test {node.name}")
        return self.call(cast(Callable[..., Any], self.env.tests[node.name]), node)

    def call(self, func: Callable[..., Any], node: nodes.Filter | nodes.Test) -> Eval:
        """`func(value, *args, **kwargs)`, with what it asks for first, as Jinja passes it."""
        if node.node is None or node.dyn_args is not None or node.dyn_kwargs is not None:
            raise _Unsupported("a filter block, or * or ** arguments")
        lead = {_PassArg.eval_context: (self.eval_ctx,), _PassArg.environment: (self.env,), None: ()}.get(
            _PassArg.from_obj(func)
        )
        if lead is None:
            raise _Unsupported("a filter or test that takes the context")
        value = self.expr(node.node)
        args = [self.expr(arg) for arg in node.args]
        kwargs = [(cast(str, kwarg.key), self.expr(kwarg.value)) for kwarg in node.kwargs]
        if not kwargs:
            return lambda v: func(*lead, value(v), *[arg(v) for arg in args])
        return lambda v: func(*lead, value(v), *[arg(v) for arg in args], **{k: arg(v) for k, arg in kwargs})
