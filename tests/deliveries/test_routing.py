"""Every routing case (matrix, channel state, preferences, delivery choice, addresses) on the pure function."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tocsin.deliveries.routing import Cell, ChannelPlan, ChannelState, Recipient, plan
from tocsin.kit.channels import EXTERNAL_CHANNELS

ON = ChannelState(configured=True, enabled=True)
OFF = ChannelState(configured=True, enabled=False)
UNCONFIGURED = ChannelState(configured=False, enabled=False)
ALL_ADDRESSES = frozenset(EXTERNAL_CHANNELS)


def run(
    *,
    matrix: dict[str, Cell] | None = None,
    channels: dict[str, ChannelState] | None = None,
    addresses: frozenset[str] = ALL_ADDRESSES,
    choice: str = "email",
    prefs: dict[str, bool] | None = None,
    event_type: str = "lead_assigned",
) -> dict[str, str]:
    plans = plan(
        event_type=event_type,
        matrix=matrix if matrix is not None else {"email": Cell(True, True), "webpush": Cell(True, True)},
        channels=channels if channels is not None else dict.fromkeys(EXTERNAL_CHANNELS, ON),
        recipient=Recipient(addresses=addresses, delivery_choice=choice),
        prefs=prefs or {},
    )
    return {p.channel: p.status for p in plans}


def test_matrix_decides_by_default() -> None:
    assert run() == {"email": "pending", "webpush": "pending"}


def test_unconfigured_channel_plans_nothing() -> None:
    channels = dict.fromkeys(EXTERNAL_CHANNELS, ON) | {"webpush": UNCONFIGURED}
    assert run(channels=channels) == {"email": "pending"}


def test_disabled_channel_is_held() -> None:
    channels = dict.fromkeys(EXTERNAL_CHANNELS, ON) | {"email": OFF}
    assert run(channels=channels) == {"email": "held", "webpush": "pending"}


def test_missing_address_is_skipped_with_reason() -> None:
    plans = plan(
        event_type="deal_closed_won",
        matrix={"sms": Cell(True, True)},
        channels={"sms": ON},
        recipient=Recipient(addresses=frozenset({"email"})),
        prefs={},
    )
    assert plans == [ChannelPlan("sms", "skipped", "no phone number")]


def test_missing_address_beats_disabled() -> None:
    assert run(channels={"email": OFF}, addresses=frozenset(), matrix={"email": Cell(True)}) == {"email": "skipped"}


def test_user_preference_applies_only_where_overridable() -> None:
    matrix = {"email": Cell(True, True), "sms": Cell(False, True), "webpush": Cell(True, False)}
    prefs = {"email": False, "sms": True, "webpush": False}
    assert run(matrix=matrix, prefs=prefs) == {"sms": "pending", "webpush": "pending"}


def test_delivery_choice_webhook_replaces_email() -> None:
    matrix = {"email": Cell(True), "webhook": Cell(True)}
    assert run(matrix=matrix, choice="webhook") == {"webhook": "pending"}
    assert run(matrix=matrix, choice="both") == {"email": "pending", "webhook": "pending"}
    assert run(matrix=matrix, choice="email") == {"email": "pending"}
    assert run(matrix=matrix, choice="none") == {}


def test_webhook_choice_without_url_falls_back_to_email() -> None:
    matrix = {"email": Cell(True), "webhook": Cell(True)}
    got = run(matrix=matrix, choice="webhook", addresses=frozenset({"email"}))
    assert got == {"email": "pending", "webhook": "skipped"}  # the skip says why no webhook went out


def test_manual_and_activity_reminder_go_to_email_and_webhook_whatever_the_choice() -> None:
    for kind in ("manual", "activity_reminder"):
        got = run(matrix={"email": Cell(False), "webhook": Cell(False)}, choice="none", event_type=kind)
        assert got == {"email": "pending", "webhook": "pending"}, kind


def test_in_app_is_never_a_delivery() -> None:
    assert "in_app" not in run(matrix={"in_app": Cell(True), "email": Cell(True)})


@given(
    cells=st.dictionaries(st.sampled_from(EXTERNAL_CHANNELS), st.tuples(st.booleans(), st.booleans())),
    states=st.dictionaries(st.sampled_from(EXTERNAL_CHANNELS), st.tuples(st.booleans(), st.booleans())),
    addresses=st.frozensets(st.sampled_from(EXTERNAL_CHANNELS)),
    prefs=st.dictionaries(st.sampled_from(EXTERNAL_CHANNELS), st.booleans()),
    choice=st.sampled_from(["email", "webhook", "both", "none"]),
)
def test_plan_invariants(
    cells: dict[str, tuple[bool, bool]],
    states: dict[str, tuple[bool, bool]],
    addresses: frozenset[str],
    prefs: dict[str, bool],
    choice: str,
) -> None:
    channels = {ch: ChannelState(configured=c, enabled=c and e) for ch, (c, e) in states.items()}
    plans = plan(
        event_type="note_added",
        matrix={ch: Cell(on, ov) for ch, (on, ov) in cells.items()},
        channels=channels,
        recipient=Recipient(addresses=addresses, delivery_choice=choice),
        prefs=prefs,
    )
    seen = [p.channel for p in plans]
    assert len(seen) == len(set(seen))
    for p in plans:
        state = channels[p.channel]
        assert state.configured
        if p.status == "skipped":
            assert p.channel not in addresses and p.reason
        elif p.status == "held":
            assert not state.enabled
        else:
            assert state.enabled and p.channel in addresses
