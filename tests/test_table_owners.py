"""A table has one owner: only the package that defines a table's model writes it.

Every module under src/tocsin is parsed (no import, no database): each SQLAlchemy `insert(`,
`update(` or `delete(` of a model or of its table, each bulk insert (`bulk.insert_rows`,
`bulk.insert_columns`), each model constructed (an ORM insert) and each raw `INSERT INTO`,
`UPDATE` or `DELETE FROM` text names the table it writes; the package the module belongs to must
be the package whose `models.py` defines that table. Other packages call the owner's service.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tocsin.db.models  # noqa: F401  (every model mapped)
from tocsin.db.base import Base

ROOT = Path(__file__).resolve().parent.parent / "src" / "tocsin"

# Writes across owners that are the point of their package, with the reason.
ALLOWED: dict[tuple[str, str], str] = {
    # `tocsin rotate-secrets` rewrites every encrypted column of every table in place.
    ("db", "*"): "key rotation re-encrypts stored secrets wherever they are",
}

_SQL_WRITE = re.compile(r"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?([a-z_]+)", re.IGNORECASE)
_WRITES = {"insert", "update", "delete"}
_BULK = {"insert_rows", "insert_columns", "insert_gathered"}


def owners() -> tuple[dict[str, str], dict[str, str]]:
    """{model class name: table} and {table: owning package} from the mapped models."""
    models: dict[str, str] = {}
    tables: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        table = str(cls.__tablename__)
        package = cls.__module__.split(".")[1]
        models[cls.__name__] = table
        tables[table] = package
    return models, tables


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
    }


def writes_of(source: str, models: dict[str, str], tables: set[str]) -> set[str]:
    """The tables a module's source writes."""
    tree = ast.parse(source)
    aliases: dict[str, set[str]] = {}  # module-level `_T = cast(Table, Delivery.__table__)`
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            aliases[node.targets[0].id] = _names(node.value)

    def tables_named(expr: ast.AST) -> set[str]:
        found: set[str] = set()
        for name in _names(expr):
            for candidate in {name} | aliases.get(name, set()):
                if candidate in models:
                    found.add(models[candidate])
        return found

    written: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in _WRITES and node.args:
                written |= tables_named(node.args[0])
            elif name in _BULK and len(node.args) >= 2:
                written |= tables_named(node.args[1])
            elif name in models and isinstance(func, ast.Name):
                written.add(models[name])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            written |= {t for t in _SQL_WRITE.findall(node.value) if t in tables}
    return written


def foreign_writes() -> list[str]:
    models, tables = owners()
    wrong = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if len(parts) < 2 or parts[-1] == "models.py":
            continue  # top-level modules (app, cli) write nothing; models define, not write
        package = parts[0]
        for table in sorted(writes_of(path.read_text(), models, set(tables))):
            owner = tables[table]
            if owner != package and (package, owner) not in ALLOWED and (package, "*") not in ALLOWED:
                wrong.append(f"{'/'.join(parts)} writes {table} (owned by {owner})")
    return wrong


def test_every_table_is_written_by_its_owner_only() -> None:
    assert foreign_writes() == []


def test_a_foreign_write_is_found() -> None:
    models, tables = owners()
    table_names = set(tables)
    assert writes_of(
        "from tocsin.deliveries.models import Delivery\n_T = cast(Table, Delivery.__table__)\n"
        "def f(session):\n    session.execute(update(_T).values(status='x'))\n",
        models,
        table_names,
    ) == {"deliveries"}
    assert writes_of(
        "def f(session, rows):\n    bulk.insert_rows(session, _FIRINGS, rows)\n"
        "_FIRINGS = cast(Table, Firing.__table__)\n",
        models,
        table_names,
    ) == {"schedule_firings"}
    assert writes_of("def f(s):\n    s.add(Notification(org_id=1))\n", models, table_names) == {"notifications"}
    assert writes_of(
        "def f(s):\n    s.execute(text('DELETE FROM deliveries WHERE id = 1'))\n", models, table_names
    ) == {"deliveries"}
    assert writes_of("def f(s):\n    s.execute(select(Delivery.id))\n", models, table_names) == set()


def test_every_table_has_an_owner_named_in_the_readme() -> None:
    _, tables = owners()
    readme = (ROOT.parent.parent / "README.md").read_text()
    missing = [table for table in tables if f"`{table}`" not in readme]
    assert missing == []
