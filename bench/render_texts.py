"""Microseconds per render of the built-in notification texts: Jinja's sandbox against the fast path.

Every event of a batch renders its type's title and body (templates/notification_text.py), so a
10,000-event batch makes 20,000 renders of texts like these. Per template it prints the best of
several timed runs (the least disturbed by other work on a shared machine) through Jinja
(`sandbox._render_jinja`) as a built-in text, through Jinja as an admin's copy of it (the same
text plus a comment, so not trusted: rendered under the time budget), and through
`sandbox.render`, which takes the fast path where it can (`(Jinja)`: the template stays with
Jinja), then the mean over the templates.

Run: .venv/bin/python -m bench.render_texts [--number 2000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import timeit
from typing import Any

from tocsin.event_types.catalog import CATALOG, CUSTOM_TITLE
from tocsin.kit import sandbox
from tocsin.templates import translations  # noqa: F401  (marks the built-in texts as trusted)
from tocsin.templates.notification_text import variables


def _variables(event_type: str) -> dict[str, Any]:
    return variables(
        event_type=event_type,
        actor="jdoe",
        actor_name="Jane Doe",
        entity={"type": "sales_order", "id": "SO-1042", "name": "SO-1042 Acme", "owner": "Max"},
        data={"status": "eSigned", "reason": "credit check", "amount": "1,200.00 EUR", "changes": {}},
        urgent=False,
    )


def _best_us(run: Any, number: int, repeat: int) -> float:
    return min(timeit.repeat(run, number=number, repeat=repeat)) / number * 1e6


def _templates() -> list[tuple[str, str]]:
    texts = [
        (f"{entry.key}.{part}", text)
        for entry in CATALOG
        for part, text in (("title", entry.title), ("body", entry.body))
    ]
    return [*texts, ("custom.title", CUSTOM_TITLE)]


def _jinja(source: str, values: dict[str, Any]) -> str:
    return sandbox._render_jinja(source, values, autoescape=False, strict=False)


def _measure(source: str, values: dict[str, Any], number: int, repeat: int) -> tuple[float, float, float | None]:
    """µs per render: Jinja as a built-in text, Jinja as an admin's copy, `render` (None when
    the fast path does not take this template)."""
    assert sandbox.render(source, values) == _jinja(source, values)
    admin_copy = source + "{# an admin's copy #}"
    jinja = _best_us(lambda: _jinja(source, values), number, repeat)
    admin = _best_us(lambda: _jinja(admin_copy, values), number, repeat)
    fast = _best_us(lambda: sandbox.render(source, values), number, repeat)
    closures = sandbox._fast(source)
    return jinja, admin, fast if closures is not None and closures(values) is not None else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--number", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rows = [
        (label, *_measure(source, _variables(label.split(".")[0]), args.number, args.repeat))
        for label, source in _templates()
    ]
    print(f"{'template':<40} {'jinja µs':>9} {'admin µs':>9} {'fast µs':>9}")
    for label, jinja, admin, fast in rows:
        print(f"{label:<40} {jinja:>9.2f} {admin:>9.2f} " + (f"{fast:>9.2f}" if fast is not None else "  (Jinja)"))
    # A template the fast path leaves to Jinja costs what Jinja costs.
    means = [sum(row[i] or row[1] for row in rows) / len(rows) for i in (1, 2, 3)]
    print(f"{'mean':<40} {means[0]:>9.2f} {means[1]:>9.2f} {means[2]:>9.2f}")
    print(
        f"20,000 renders (a 10,000-event batch): Jinja {means[0] * 20:.0f} ms,"
        f" Jinja as admin texts {means[1] * 20:.0f} ms, fast path {means[2] * 20:.0f} ms"
    )


if __name__ == "__main__":
    main()
