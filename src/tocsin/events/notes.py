"""One event part's in-app notifications by column, as they are inserted and announced."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from tocsin.notifications import shapes
from tocsin.signals import NotificationCreated


@dataclass(frozen=True, slots=True)
class NotificationColumns:
    """The in-app notifications of one event part, by column: what every row shares (`shared`)
    and, per recipient, the user, whether it is silent and its texts (one dict per language,
    shared by the recipients who read that language)."""

    shared: dict[str, Any]
    user_ids: list[int]
    silent: list[bool]
    texts: list[dict[str, str]]

    def created(self, ids: Sequence[int]) -> list[NotificationCreated]:
        """What is announced after commit: each shape is made only if someone is connected."""
        org_id = self.shared["org_id"]
        shape = _Shapes(self.shared).make
        return [
            NotificationCreated(org_id, user_id, partial(shape, texts, silent, nid), silent=silent)
            for user_id, silent, texts, nid in zip(self.user_ids, self.silent, self.texts, ids, strict=True)
        ]


class _Shapes:
    """The API shapes of one event part's notifications. They differ only by id, texts (one dict
    per language, shared by its readers) and silence: each distinct shape is made once and copied
    with its id, so a broadcast to 30,000 connected users makes a handful of shapes, not 30,000."""

    __slots__ = ("_made", "_shared")

    def __init__(self, shared: dict[str, Any]) -> None:
        self._shared = shared
        # by (id of the texts dict, silent); the texts are kept with their shape, so no id is reused
        self._made: dict[tuple[int, bool], tuple[dict[str, str], dict[str, Any]]] = {}

    def make(self, texts: dict[str, str], silent: bool, notification_id: int) -> dict[str, Any]:
        key = (id(texts), silent)
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = (texts, shapes.from_values({**self._shared, **texts, "silent": silent}, 0))
        shape = found[1].copy()  # "id" keeps its place, first
        shape["id"] = notification_id
        return shape


class NotificationTable:
    """The in-app notifications of many events (a group's), gathered by column as they will be
    inserted, with what is announced after commit: no dict per row on the way to the database."""

    __slots__ = ("columns", "parts")

    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {}
        self.parts: list[tuple[NotificationColumns, Sequence[int]]] = []

    def add(self, notes: NotificationColumns, ids: Sequence[int]) -> None:
        """One event part's notifications, with their reserved ids in recipient order."""
        count = len(ids)
        columns = self.columns
        if not columns:
            names = ("id", "user_id", "silent", "title", "body", *notes.shared)
            columns.update({name: [] for name in names})
        columns["id"].extend(ids)
        columns["user_id"].extend(notes.user_ids)
        columns["silent"].extend(notes.silent)
        columns["title"].extend([t["title"] for t in notes.texts])
        columns["body"].extend([t["body"] for t in notes.texts])
        for name, value in notes.shared.items():
            columns[name].extend([value] * count)
        self.parts.append((notes, ids))

    def created(self) -> list[NotificationCreated]:
        """What is announced after commit. Made once the insert is sent: on PostgreSQL the
        server writes the rows meanwhile."""
        return [created for notes, ids in self.parts for created in notes.created(ids)]
