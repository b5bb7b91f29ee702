"""The limits of one template render, so an admin's template cannot hold the server.

Jinja's optimizer folds constant expressions at compile time, where nothing can stop it
(`{{ 7**(2*7**8) }}` would run for seconds inside the compiler, holding the interpreter), so
templates compile with `optimized=False` and every operator and call runs at render time, where
the sandbox checks it:

- `**` and `*` on numbers: results beyond MAX_INT_BITS are refused before they are computed;
  `*` repeating and `+` joining strings or lists beyond MAX_OUTPUT_CHARS likewise;
- string padding, `replace`, `center`/`indent` and printf or `str.format` widths that would build
  text beyond MAX_OUTPUT_CHARS are refused before the text is built; any string a call returns
  and any `~` concatenation is checked too;
- a render may take RENDER_SECONDS (checked as the template's own lines run, so loops cannot
  outlast it; wall time, so a render slowed by other threads is not given longer), and produce at
  most MAX_OUTPUT_CHARS.

A refused render is a TemplateProblem: a 422 for the admin, the built-in template for a send.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from jinja2.exceptions import SecurityError

MAX_OUTPUT_CHARS = 256 * 1024
MAX_INT_BITS = 64 * 1024
RENDER_SECONDS = 0.5
TEMPLATE_FILENAME = "<template>"
WEIGHT_SAMPLE = 256

# printf: a width or precision of five digits or more, or taken from the arguments (`*`).
_WIDE_PRINTF = re.compile(r"%[-#0 +]*(\*|\d{5,})|%[-#0 +]*\d*\.(\*|\d{5,})")
# str.format: a field with a nested field (a width from the arguments) or a five-digit number.
_WIDE_FORMAT = re.compile(r"\{[^{}]*(\{|\d{5,})")


class BudgetExceeded(SecurityError):
    pass


def too_big(what: str) -> BudgetExceeded:
    return BudgetExceeded(f"{what} would exceed the template limits ({MAX_OUTPUT_CHARS} characters)")


def check_text(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_OUTPUT_CHARS:
        raise too_big("the text")
    return value


def check_printf(fmt: str) -> None:
    if _WIDE_PRINTF.search(fmt):
        raise BudgetExceeded("printf-style widths of 10000 or more (or `*`) are not allowed in templates")


def check_format(fmt: str) -> None:
    if _WIDE_FORMAT.search(fmt):
        raise BudgetExceeded("format widths of 10000 or more (or nested fields) are not allowed in templates")


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 0


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be too large, before computing it."""
    if operator == "**" and isinstance(left, int) and isinstance(right, int):
        if right > 0 and _bits(left) > 1 and (_bits(left) - 1) * right > MAX_INT_BITS:
            raise BudgetExceeded(f"a power larger than {MAX_INT_BITS} bits is not allowed in templates")
    elif operator == "*":
        if isinstance(left, int) and isinstance(right, int):
            if _bits(left) + _bits(right) > MAX_INT_BITS:
                raise BudgetExceeded(f"a product larger than {MAX_INT_BITS} bits is not allowed in templates")
        elif isinstance(left, int) and isinstance(right, str | list | tuple):
            _check_repeat(right, left)
        elif isinstance(right, int) and isinstance(left, str | list | tuple):
            _check_repeat(left, right)
    elif operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
        if weight(left) + weight(right) > MAX_OUTPUT_CHARS:
            raise too_big("the concatenation")
    elif operator == "%" and isinstance(left, str):
        check_printf(left)


def weight(value: Any, budget: int = MAX_OUTPUT_CHARS + 1) -> int:
    """About how many characters `value` shows as text: strings by length, sequences by the sum
    of their items (the first WEIGHT_SAMPLE of a long one, extrapolated), so it stays cheap."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list | tuple):
        if len(value) > budget:
            return len(value)
        sample = value[:WEIGHT_SAMPLE]
        inner = 0
        for item in sample:
            if isinstance(item, str | list | tuple):
                inner += weight(item, budget)
                if inner > budget:
                    break
        return len(value) + inner * len(value) // max(1, len(sample))
    return 1


def _check_repeat(seq: str | list[Any] | tuple[Any, ...], times: int) -> None:
    if times > 0 and weight(seq) * times > MAX_OUTPUT_CHARS:
        raise too_big("the repetition")


_PADDING = {"ljust", "rjust", "center", "zfill"}


def check_str_method(owner: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Calls on strings that can build large text from small arguments."""
    if name in _PADDING or name == "expandtabs":
        size = args[0] if args else kwargs.get("width", kwargs.get("tabsize", 0))
        grows = size * len(owner) if name == "expandtabs" else size
        if isinstance(size, int) and grows > MAX_OUTPUT_CHARS:
            raise too_big(f"str.{name}")
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        check_replace(owner, args[0], args[1])


def check_replace(text: str, old: str, new: str) -> None:
    occurrences = text.count(old) if old else len(text) + 1
    if len(text) + occurrences * max(0, len(new) - len(old)) > MAX_OUTPUT_CHARS:
        raise too_big("the replacement")


class _Budget:
    """A trace function for the rendering thread: only the template's own frames are traced,
    and every 64 lines the clock is compared with the deadline."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.lines = 0

    def global_trace(self, frame: FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code.co_filename == TEMPLATE_FILENAME:
            return self.local_trace
        return None

    def local_trace(self, _frame: FrameType, event: str, _arg: Any) -> Any:
        if event == "line":
            self.lines += 1
            if self.lines % 64 == 0 and time.monotonic() > self.deadline:
                raise BudgetExceeded(f"the template ran longer than {RENDER_SECONDS} s")
        return self.local_trace


@contextmanager
def time_budget(seconds: float = RENDER_SECONDS) -> Iterator[None]:
    previous = sys.gettrace()
    budget = _Budget(seconds)
    sys.settrace(budget.global_trace)
    try:
        yield
    finally:
        sys.settrace(previous)
