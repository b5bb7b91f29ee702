"""The users' facts routing reads: a broadcast's audience (every active user, read as the driver
gives the rows) and the users an event names (read through SQLAlchemy's result processing) must
give the same facts, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from tests.factories import Factory
from tocsin.context import AppContext
from tocsin.events import directory
from tocsin.users import service as users


def test_a_broadcasts_audience_has_the_facts_of_named_recipients(factory: Factory, ctx: AppContext) -> None:
    org = factory.org()
    org.put_user("boss", webhook_url="https://hooks.example/boss")
    org.put_user(
        "ann",
        email="ann@example.com",
        phone="+14155550101",
        roles=["sales", "admin"],
        manager="boss",
        locale="de",
        display_name="Ann Example",
        timezone="Europe/Berlin",
    )
    org.put_user("cy")
    org.put_user("gone", email="gone@example.com", active=False)
    quiet = {"enabled": True, "start": "21:00", "end": "07:00", "timezone": "Europe/Berlin"}
    r = org.me("ann", "PUT", "/preferences", json={"delivery_choice": "both", "dnd": quiet})
    assert r.status_code == 200, r.text

    with ctx.sessions() as session:
        audience = {row.username: directory.facts_of(row) for row in users.facts_of_active(session, org.id)}
        named = {row.username: directory.facts_of(row) for row in users.facts_by_usernames(session, org.id, audience)}

    assert set(audience) == {"boss", "ann", "cy"}  # the inactive user is no audience
    assert audience == named
    ann = audience["ann"]
    assert ann.roles == ("sales", "admin") and ann.manager == "boss" and ann.active is True
    assert ann.addresses == {"email", "sms"} and audience["boss"].addresses == {"webhook"}
    assert audience["cy"].addresses == frozenset() and audience["cy"].roles == ()
    assert ann.delivery_choice == "both" and ann.locale == "de" and ann.display_name == "Ann Example"
    assert ann.timezone == "Europe/Berlin" and ann.dnd is not None and ann.dnd["start"] == "21:00"
