"""GET/PUT /v1/me/preferences and their effect on routing."""

from __future__ import annotations

from tests.factories import Factory


def test_preferences_show_the_matrix_with_locks(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    prefs = org.me("ann", "GET", "/preferences").json()
    row = prefs["event_types"]["lead_assigned"]
    assert row["in_app"] == {"on": True, "locked": True, "available": True}
    assert row["email"] == {"on": True, "locked": False, "available": True}
    assert row["webhook"]["locked"] is True and row["sms"]["available"] is False
    assert prefs["delivery_choice"] == "email" and prefs["dnd"] is None


def test_opting_out_changes_routing_and_reloads(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    r = org.me("ann", "PUT", "/preferences", json={"event_types": {"lead_assigned": {"email": False}}})
    assert r.status_code == 200 and r.json()["event_types"]["lead_assigned"]["email"]["on"] is False
    got = org.event("lead_assigned", entity={"owner": "ann"})
    assert got["notifications"] == 1 and got["deliveries"] == {}
    assert org.me("ann", "GET", "/preferences").json()["event_types"]["lead_assigned"]["email"]["on"] is False
    org.me("ann", "PUT", "/preferences", json={"event_types": {"lead_assigned": {"email": None}}})
    assert org.event("lead_assigned", entity={"owner": "ann"})["deliveries"] == {"email": 1}


def test_refusals_change_nothing(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    org.client.put(
        "/v1/admin/routing",
        json={"matrix": {"mention": {"email": {"on": True, "overridable": False}}}},
        headers=org.headers,
    )
    for body, field in (
        ({"event_types": {"lead_assigned": {"email": False, "in_app": False}}}, "event_types.lead_assigned.in_app"),
        ({"event_types": {"mention": {"email": False}}}, "event_types.mention.email"),
        ({"event_types": {"nope": {"email": False}}}, "event_types.nope"),
        ({"event_types": {"mention": {"carrier_pigeon": True}}}, "event_types.mention.carrier_pigeon"),
        ({"delivery_choice": "fax"}, "delivery_choice"),
        ({"dnd": {"start": "7pm"}}, "dnd.start"),
    ):
        r = org.me("ann", "PUT", "/preferences", json=body)
        assert r.status_code == 422, body
        assert r.json()["error"]["field"] == field
    prefs = org.me("ann", "GET", "/preferences").json()
    assert prefs["event_types"]["lead_assigned"]["email"]["on"] is True


def test_webhook_choice_and_quiet_hours_are_saved(factory: Factory) -> None:
    org = factory.org()
    org.put_user("ann", email="ann@example.com")
    body = {
        "delivery_choice": "both",
        "dnd": {"enabled": True, "start": "21:00", "end": "07:00", "timezone": "Europe/Berlin"},
    }
    r = org.me("ann", "PUT", "/preferences", json=body)
    assert r.status_code == 200
    again = org.me("ann", "GET", "/preferences").json()
    assert again["delivery_choice"] == "both" and again["dnd"]["start"] == "21:00"
    assert org.client.get("/v1/users/ann", headers=org.headers).json()["delivery_choice"] == "both"
