from tests.factories import Factory


def test_lead_assigned_reaches_the_owner(factory: Factory) -> None:
    org = factory.org()
    org.put_user("jane", email="jane@example.com")
    org.put_user("bob", email="bob@example.com")
    result = org.event(
        "lead_assigned",
        actor="bob",
        entity={"type": "lead", "id": "L1", "name": "Jane Smith", "url": "https://crm.example/l/1", "owner": "jane"},
    )
    assert result["recipients"] == ["jane"]
    assert result["deliveries"] == {"email": 1}
    page = org.me("jane", "GET", "/notifications").json()
    assert page["items"][0]["title"] == "Lead assigned: Jane Smith"
    assert page["items"][0]["url"] == "https://crm.example/l/1"
