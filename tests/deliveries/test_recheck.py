"""The send-time re-check decides from plain facts; every combination is checked."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from tocsin.deliveries.routing import ChannelState
from tocsin.deliveries.worker.recheck import SendFacts, decide

OK = SendFacts(
    channel="email",
    notification_present=True,
    dismissed=False,
    user_present=True,
    user_active=True,
    channel_wanted=True,
    has_address=True,
    channel_state=ChannelState(configured=True, enabled=True),
    attempts=0,
    max_attempts=4,
)


def test_all_good_is_sent() -> None:
    assert decide(OK).action == "send"


def test_each_reason() -> None:
    cases = {
        "notification purged": replace(OK, notification_present=False),
        "user deleted": replace(OK, user_present=False),
        "notification dismissed": replace(OK, dismissed=True),
        "user deactivated": replace(OK, user_active=False),
        "email turned off for this event type or by the user": replace(OK, channel_wanted=False),
        "no email address": replace(OK, has_address=False),
    }
    for reason, facts in cases.items():
        assert (decide(facts).action, decide(facts).reason) == ("skip", reason)
    assert decide(replace(OK, channel_state=ChannelState(True, False))).action == "hold"
    assert decide(replace(OK, channel_state=ChannelState(False, False))).action == "hold"
    assert decide(replace(OK, attempts=4)).action == "fail"
    assert decide(replace(OK, attempts=3)).action == "send"


@given(
    present=st.booleans(),
    dismissed=st.booleans(),
    user=st.booleans(),
    active=st.booleans(),
    wanted=st.booleans(),
    address=st.booleans(),
    configured=st.booleans(),
    enabled=st.booleans(),
    attempts=st.integers(0, 10),
)
def test_only_a_fully_sendable_delivery_is_sent_and_a_disabled_channel_never_drops(
    present: bool,
    dismissed: bool,
    user: bool,
    active: bool,
    wanted: bool,
    address: bool,
    configured: bool,
    enabled: bool,
    attempts: int,
) -> None:
    facts = SendFacts(
        channel="email",
        notification_present=present,
        dismissed=dismissed,
        user_present=user,
        user_active=active,
        channel_wanted=wanted,
        has_address=address,
        channel_state=ChannelState(configured, enabled),
        attempts=attempts,
        max_attempts=4,
    )
    verdict = decide(facts)
    sendable = present and not dismissed and user and active and wanted and address and configured and enabled
    assert (verdict.action == "send") == (sendable and attempts < 4)
    if verdict.action in ("skip", "fail"):
        assert verdict.reason
    # A live delivery on a disabled channel is held, not skipped: it goes out when re-enabled.
    if present and not dismissed and user and active and not (configured and enabled):
        assert verdict.action == "hold"
