"""The limits of one template render, so an admin's template cannot hold the server.

Jinja's optimizer folds constant expressions at compile time, where nothing can stop it
(`{{ 7**(2*7**8) }}` would run for seconds inside the compiler, holding the interpreter), so
templates compile with `optimized=False` and every operator and call runs at render time, where
the sandbox checks it.

A render runs under one set of `Limits` (a title's are smaller than an email body's: titles are
rendered while an event is ingested, inside the write transaction), and every limit is enforced
inside the render, before the work it would bound is done, because a single call (a filter, a
string method, a global) runs in C or in library code where no line check can stop it:

- `**` and `*` on numbers: results beyond MAX_INT_BITS are refused before they are computed;
  `*` repeating and `+` joining strings, bytes or lists beyond the output cap likewise;
- string padding, `replace`, `join`, `translate`, `center`/`indent`/`wordwrap`, printf and
  `str.format` (widths, and fields repeating a large argument) that would build text beyond the
  output cap are refused before the text is built; any string a call returns and any `~`
  concatenation is checked too;
- `range` and every filter that walks a sequence (`sort`, `unique`, `batch`, `slice`, `sum`,
  `map`, ...) take at most `items` items; filters that walk text take at most `output_chars`
  characters, the slow ones (`wordwrap`, `urlize`, `pprint`) an eighth of it;
- a render may take `cpu_seconds` of its thread's CPU time and `seconds` of wall time (checked as
  the template's own lines run, so loops cannot outlast it, and as the calls it makes start), and
  produce at most `output_chars`.

A refused render is a TemplateProblem naming the limit: a 422 for the admin, the built-in text
for an event or a send.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from types import FrameType
from typing import Any

from jinja2.exceptions import SecurityError

MAX_INT_BITS = 64 * 1024
TEMPLATE_FILENAME = "<template>"
WEIGHT_SAMPLE = 256


@dataclass(frozen=True, slots=True)
class Limits:
    """The budget of one render: `kind` names it in errors ("title", "text", "message").
    `cpu_seconds` is the render's own work (the rendering thread's CPU time, which waiting for
    other threads does not count, so a busy server does not refuse a sound template);
    `seconds` is wall time, a backstop."""

    kind: str
    output_chars: int
    cpu_seconds: float
    seconds: float
    items: int

    @property
    def slow_chars(self) -> int:
        """The input of the filters that spend microseconds per character (wordwrap, urlize)."""
        return self.output_chars // 8


# Email, SMS and push bodies, rendered by the worker.
MESSAGE = Limits("message", output_chars=256 * 1024, cpu_seconds=0.5, seconds=0.5, items=10_000)
# The in-app body of a notification (stored cut to 10,000 characters), rendered at ingestion.
TEXT = Limits("text", output_chars=32 * 1024, cpu_seconds=0.02, seconds=0.2, items=500)
# Titles and email subjects (stored cut to 1,000 characters), rendered at ingestion.
TITLE = Limits("title", output_chars=8 * 1024, cpu_seconds=0.005, seconds=0.1, items=250)

MAX_OUTPUT_CHARS = MESSAGE.output_chars  # the largest output of any render

_current: ContextVar[Limits] = ContextVar("template_limits", default=MESSAGE)


def current() -> Limits:
    return _current.get()


def enter(value: Limits) -> Token[Limits]:
    """Run what follows (in this thread or task) under `value`, until `leave(token)`; a pair of
    calls rather than a context manager, as every render of a batch's texts pays for it."""
    return _current.set(value)


def leave(token: Token[Limits]) -> None:
    _current.reset(token)


@contextmanager
def limits(value: Limits) -> Iterator[Limits]:
    """Run a block under `value`."""
    token = _current.set(value)
    try:
        yield value
    finally:
        _current.reset(token)


# printf: a width or precision of five digits or more, or taken from the arguments (`*`).
_WIDE_PRINTF = re.compile(r"%[-#0 +]*(\*|\d{5,})|%[-#0 +]*\d*\.(\*|\d{5,})")
# str.format: a field with a nested field (a width from the arguments) or a five-digit number.
_WIDE_FORMAT = re.compile(r"\{[^{}]*(\{|\d{5,})")


class BudgetExceeded(SecurityError):
    """A render refused by a limit; `limit` names which ("output", "items", "time", "integer")."""

    def __init__(self, message: str, *, limit: str = "output") -> None:
        super().__init__(message)
        self.limit = limit


def too_big(what: str) -> BudgetExceeded:
    now = current()
    return BudgetExceeded(
        f"{what} would exceed the {now.kind} template limit of {now.output_chars} characters", limit="output"
    )


def too_many(what: str) -> BudgetExceeded:
    now = current()
    return BudgetExceeded(f"{what} exceeds the {now.kind} template limit of {now.items} items", limit="items")


def check_text(value: Any) -> Any:
    if isinstance(value, str | bytes | bytearray) and len(value) > current().output_chars:
        raise too_big("the text")
    return value


def check_items(value: Any, what: str) -> Any:
    """`value` if it holds at most `items` items (a string: `output_chars` characters). An iterator
    (a `map` or `select` chain) is read up to the limit, and its items are returned as a list."""
    now = current()
    if isinstance(value, str | bytes | bytearray):
        if len(value) > now.output_chars:
            raise too_big(what)
        return value
    if hasattr(value, "__len__"):
        if len(value) > now.items:
            raise too_many(what)
        return value
    if not hasattr(value, "__iter__"):
        return value
    taken = []
    for item in value:
        taken.append(item)
        if len(taken) > now.items:
            raise too_many(what)
    return taken


def check_printf(fmt: str, args: Any = ()) -> None:
    """`fmt % args`: no wide fields, and no more fields than the output cap can hold of the
    largest argument (a mapping lets `%(a)s` repeat one argument many times)."""
    if _WIDE_PRINTF.search(fmt):
        raise BudgetExceeded("printf-style widths of 10000 or more (or `*`) are not allowed in templates")
    values = args.values() if isinstance(args, dict) else args if isinstance(args, tuple) else (args,)
    _check_fields(fmt, fmt.count("%"), values)


def check_format(fmt: str, args: tuple[Any, ...] = (), kwargs: dict[str, Any] | None = None) -> None:
    """`fmt.format(*args, **kwargs)`, as `check_printf` (a field may repeat `{0}` many times)."""
    if _WIDE_FORMAT.search(fmt):
        raise BudgetExceeded("format widths of 10000 or more (or nested fields) are not allowed in templates")
    values = [*args, *(kwargs or {}).values()]
    if len(values) == 1 and isinstance(values[0], dict):  # format_map
        values = list(values[0].values())
    _check_fields(fmt, fmt.count("{"), values)


def _check_fields(fmt: str, fields: int, values: Any) -> None:
    largest = max((weight(value) for value in values), default=0)
    if len(fmt) + fields * largest > current().output_chars:
        raise too_big("the formatted text")


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 0


_SEQUENCES = (str, bytes, bytearray, list, tuple)


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be too large, before computing it."""
    if operator == "**" and isinstance(left, int) and isinstance(right, int):
        if right > 0 and _bits(left) > 1 and (_bits(left) - 1) * right > MAX_INT_BITS:
            raise BudgetExceeded(
                f"a power larger than {MAX_INT_BITS} bits is not allowed in templates", limit="integer"
            )
    elif operator == "*":
        if isinstance(left, int) and isinstance(right, int):
            if _bits(left) + _bits(right) > MAX_INT_BITS:
                raise BudgetExceeded(
                    f"a product larger than {MAX_INT_BITS} bits is not allowed in templates", limit="integer"
                )
        elif isinstance(left, int) and isinstance(right, _SEQUENCES):
            _check_repeat(right, left)
        elif isinstance(right, int) and isinstance(left, _SEQUENCES):
            _check_repeat(left, right)
    elif operator == "+" and isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
        if weight(left) + weight(right) > current().output_chars:
            raise too_big("the concatenation")
    elif operator == "%" and isinstance(left, str):
        check_printf(left, right)


def weight(value: Any, budget: int = MAX_OUTPUT_CHARS + 1) -> int:
    """About how many characters `value` shows as text: strings by length, sequences and mappings
    by the sum of their items (the first WEIGHT_SAMPLE of a long one, extrapolated), so it stays
    cheap."""
    if isinstance(value, str | bytes | bytearray):
        return len(value)
    if isinstance(value, dict):
        value = list(value.items()) if len(value) <= budget else range(len(value))
    if isinstance(value, list | tuple):
        if len(value) > budget:
            return len(value)
        sample = value[:WEIGHT_SAMPLE]
        inner = 0
        for item in sample:
            if isinstance(item, str | bytes | bytearray | list | tuple | dict):
                inner += weight(item, budget)
                if inner > budget:
                    break
        return len(value) + inner * len(value) // max(1, len(sample))
    if isinstance(value, range):
        return len(value)
    return 1


def _check_repeat(seq: Any, times: int) -> None:
    if times > 0 and weight(seq) * times > current().output_chars:
        raise too_big("the repetition")


_PADDING = {"ljust", "rjust", "center", "zfill"}


def check_str_method(owner: str | bytes | bytearray, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Calls on strings (and bytes) that can build large text from small arguments."""
    cap = current().output_chars
    if name in _PADDING or name == "expandtabs":
        size = args[0] if args else kwargs.get("width", kwargs.get("tabsize", 0))
        if isinstance(size, int) and (size * len(owner) if name == "expandtabs" else size) > cap:
            raise too_big(f"str.{name}")
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], type(owner)):
        check_replace(owner, args[0], args[1])
    elif name == "join" and args:
        if weight(args[0]) + len(owner) * _length(args[0]) > cap:
            raise too_big("str.join")
    elif name == "translate" and args:
        table = args[0]
        grows = max((weight(v) for v in table.values()), default=1) if isinstance(table, dict) else 1
        if len(owner) * grows > cap:
            raise too_big("str.translate")
    elif name in ("format", "format_map") and isinstance(owner, str):
        check_format(owner, args, kwargs)


def _length(value: Any) -> int:
    return len(value) if hasattr(value, "__len__") else 0


def check_int_method(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """`int.to_bytes(length)` allocates its length at once."""
    if name == "to_bytes":
        size = args[0] if args else kwargs.get("length", 1)
        if isinstance(size, int) and size > current().output_chars:
            raise too_big("int.to_bytes")


def check_replace(text: Any, old: Any, new: Any) -> None:
    occurrences = text.count(old) if old else len(text) + 1
    if len(text) + occurrences * max(0, len(new) - len(old)) > current().output_chars:
        raise too_big("the replacement")


class _Budget:
    """A trace function for the rendering thread. The template's own frames are traced line by
    line, and every 64 lines the clocks are compared with the limits; so are they as each call the
    template makes starts (a filter, a method, a macro), and every 32 deeper Python calls (a sort's
    key function, a `map` step), so a chain of filters in one expression, where no template line
    runs, stops as well.

    The error is raised only where nothing can swallow it: on a template line, or as a call made
    by the template itself starts (before any of the callee's code runs). Deeper calls only mark
    the render as over its time (Jinja's `is sequence` test catches every exception of a `len`,
    and an exception from a trace function turns tracing off for the thread)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.seconds
        self.cpu_deadline = time.thread_time() + limits.cpu_seconds
        self.lines = 0
        self.calls = 0
        self.over: str | None = None  # why the render is over its time, once it is

    def global_trace(self, frame: FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename == TEMPLATE_FILENAME:
            if self.over:
                self.stop()
            return self.local_trace
        caller = frame.f_back
        direct = caller is not None and caller.f_code.co_filename == TEMPLATE_FILENAME
        self.calls += 1
        if self.over is None and (direct or self.calls % 32 == 0):
            self.over = self.overtime()
        if self.over and direct:
            self.stop()
        return None

    def local_trace(self, _frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "line":
            self.lines += 1
            if self.lines % 64 == 0 and self.over is None:
                self.over = self.overtime()
            if self.over:
                self.stop()
        return self.local_trace

    def overtime(self) -> str | None:
        limits = self.limits
        if time.thread_time() > self.cpu_deadline:
            return f"the template ran longer than the {limits.kind} template limit of {limits.cpu_seconds} s"
        if time.monotonic() > self.deadline:
            return f"the template ran longer than the {limits.kind} template limit of {limits.seconds} s (wall time)"
        return None

    def stop(self) -> None:
        raise BudgetExceeded(self.over or "the template ran too long", limit="time")


@contextmanager
def time_budget(seconds: float | None = None) -> Iterator[None]:
    """Trace the template's lines against the current limits' time (or `seconds` of both)."""
    now = current()
    if seconds is not None:
        now = Limits(now.kind, now.output_chars, seconds, seconds, now.items)
    previous = sys.gettrace()
    sys.settrace(_Budget(now).global_trace)
    try:
        yield
    finally:
        sys.settrace(previous)
