"""What ingestion announces after commit for an event part's in-app notifications: each
recipient's own shape (id, texts in their language, silence), made only when asked for."""

from __future__ import annotations

from datetime import UTC, datetime

from tocsin.events.notes import NotificationColumns
from tocsin.notifications import shapes

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SHARED = {
    "org_id": 3,
    "event_id": 11,
    "type": "broadcast",
    "url": "https://crm.example/news/1",
    "entity_type": None,
    "entity_id": None,
    "actor": "ceo",
    "urgent": False,
    "data": {"message": "All hands"},
    "actions": [{"id": "ok", "label": "OK"}],
    "created_at": AT,
}


def test_each_recipient_gets_its_own_shape_with_its_id_texts_and_silence() -> None:
    english = {"title": "All hands", "body": "At 3pm"}
    german = {"title": "Betriebsversammlung", "body": "Um 15 Uhr"}
    notes = NotificationColumns(
        shared=SHARED,
        user_ids=[1, 2, 3, 4],
        silent=[False, False, True, False],
        texts=[english, german, english, english],
    )
    created = notes.created([101, 102, 103, 104])
    assert [(c.org_id, c.user_id, c.silent) for c in created] == [
        (3, 1, False),
        (3, 2, False),
        (3, 3, True),
        (3, 4, False),
    ]
    made = [c.notification for c in created]
    for shape, nid, texts, silent in zip(made, [101, 102, 103, 104], notes.texts, notes.silent, strict=True):
        assert shape == shapes.from_values({**SHARED, **texts, "silent": silent}, nid)
        assert next(iter(shape)) == "id"  # the id first, as every other shape of a notification
    made[0]["title"] = "changed by a reader"
    assert made[3]["title"] == "All hands" and created[3].notification["title"] == "All hands"
