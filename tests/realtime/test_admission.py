"""Whether a process takes one more live stream: the rule and the reason clients read."""

from __future__ import annotations

import pytest

from tocsin.realtime.admission import Limits, close_reason, refusal


@pytest.mark.parametrize(
    ("open_streams", "connecting", "limits", "expected"),
    [
        (0, 0, Limits(max_streams=10, max_connecting=5), None),
        (5, 4, Limits(max_streams=10, max_connecting=5), None),
        (10, 0, Limits(max_streams=10, max_connecting=5), "server full"),
        (6, 4, Limits(max_streams=10, max_connecting=0), "server full"),  # the connecting count too
        (3, 5, Limits(max_streams=10, max_connecting=5), "too many connecting"),
        (10**6, 10**6, Limits(max_streams=0, max_connecting=0), None),  # 0: no cap
    ],
)
def test_streams_beyond_either_cap_are_refused(
    open_streams: int, connecting: int, limits: Limits, expected: str | None
) -> None:
    assert refusal(open_streams=open_streams, connecting=connecting, limits=limits) == expected


def test_the_reason_carries_the_hint_as_its_only_number_and_fits_a_close_frame() -> None:
    reason = close_reason("too many connecting", 10)
    assert reason == "too many connecting; retry_after=10"
    assert [word for word in reason.replace("=", " ").split() if word.isdigit()] == ["10"]
    assert len(reason.encode()) <= 123
