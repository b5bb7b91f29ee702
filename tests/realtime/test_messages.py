"""The message decisions and the backplane's wire format: pure functions, checked exhaustively."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tocsin.notifications.counts import Counts
from tocsin.realtime import messages
from tocsin.realtime.backplane import decode, encode
from tocsin.realtime.messages import Outgoing
from tocsin.signals import NotificationCreated, NotificationsRead, TokensRevoked


def created(org_id: int, user_id: int, nid: int, *, silent: bool = False) -> NotificationCreated:
    return NotificationCreated(org_id, user_id, {"id": nid, "title": f"n{nid}"}, silent=silent)


def test_messages_follow_the_spec_shapes() -> None:
    assert json.loads(messages.hello(Counts(3, 2))) == {"type": "hello", "unread": 3, "unseen": 2}
    read = json.loads(messages.read([4, 5], counts=Counts(1, 1)))
    assert read == {"type": "read", "ids": [4, 5], "unread": 1, "unseen": 1}
    seen = json.loads(messages.read([6], counts=Counts(3, 0), kind="seen"))
    assert seen == {"type": "seen", "ids": [6], "unread": 3, "unseen": 0}
    loud = json.loads(messages.notification({"id": 7}, counts=Counts(2, 2), silent=False))
    assert loud == {"type": "notification", "notification": {"id": 7}, "unread": 2, "unseen": 2}
    quiet = json.loads(messages.notification({"id": 7}, counts=Counts(2, 2), silent=True))
    assert quiet == {**loud, "silent": True}


def test_render_keeps_commit_order_and_groups_by_org() -> None:
    changes = [
        created(1, 10, 100),
        created(2, 20, 200),
        NotificationsRead(1, 10, [100]),
        created(1, 11, 101, silent=True),
    ]
    assert messages.affected(changes) == {1: [10, 11], 2: [20]}
    out = messages.render(changes, {(1, 10): Counts(0, 0), (1, 11): Counts(5, 4), (2, 20): Counts(1, 1)})
    assert [o.org_id for o in out] == [1, 2]
    org1 = [(user, json.loads(text)) for user, text in out[0].items]
    assert org1 == [
        (10, {"type": "notification", "notification": {"id": 100, "title": "n100"}, "unread": 0, "unseen": 0}),
        (10, {"type": "read", "ids": [100], "unread": 0, "unseen": 0}),
        (
            11,
            {"type": "notification", "notification": {"id": 101, "title": "n101"}, "unread": 5, "unseen": 4}
            | {"silent": True},
        ),
    ]


def test_users_without_a_count_get_nothing() -> None:
    out = messages.render([created(1, 10, 100), created(1, 11, 101)], {(1, 11): Counts(1, 1)})
    assert [user for o in out for user, _ in o.items] == [11]
    assert messages.render([created(1, 10, 100)], {}) == []


def test_chunks_split_a_broadcast_without_losing_order() -> None:
    out = Outgoing(1, [(u, f"m{u}") for u in range(1201)])
    pieces = messages.chunks(out, 500)
    assert [len(p.items) for p in pieces] == [500, 500, 201]
    assert [item for p in pieces for item in p.items] == out.items
    assert messages.chunks(Outgoing(1, [(1, "x")]), 500) == [Outgoing(1, [(1, "x")])]


def test_client_pings_are_recognized() -> None:
    assert messages.is_ping('{"type":"ping"}')
    assert not messages.is_ping('{"type":"pong"}')
    assert not messages.is_ping("ping")
    assert not messages.is_ping("[1]")
    assert not messages.is_ping('{"type":"ping","pad":"' + "x" * 100 + '"}')


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(
    org_id=st.integers(min_value=1, max_value=2**62),
    items=st.lists(st.tuples(st.integers(min_value=1, max_value=2**62), json_values), max_size=20),
)
def test_the_redis_envelope_round_trips_any_message(org_id: int, items: list[tuple[int, object]]) -> None:
    # Message texts come from `messages.dumps`, which never leaves a raw newline in a message.
    out = Outgoing(org_id, [(user, messages.dumps({"type": "notification", "data": v})) for user, v in items])
    assert decode(encode(out)) == out


def test_a_foreign_envelope_is_refused() -> None:
    try:
        decode(b"something else 1\n2 {}")
    except ValueError:
        return
    raise AssertionError("decoded a message that is not ours")


@given(
    org_id=st.integers(min_value=1, max_value=2**62),
    user_id=st.none() | st.integers(min_value=1, max_value=2**62),
    not_before=st.integers(min_value=0, max_value=2**40),
)
def test_the_redis_envelope_round_trips_a_revocation(org_id: int, user_id: int | None, not_before: int) -> None:
    notice = TokensRevoked(org_id=org_id, user_id=user_id, not_before=not_before)
    assert decode(encode(notice)) == notice


def test_an_unknown_envelope_kind_is_refused() -> None:
    for data in (b"tocsin-rt1 1 forget 2 3", b"tocsin-rt1 1 revoke 2", b"tocsin-rt1 1 revoke 2 3\n4 {}"):
        try:
            decode(data)
        except ValueError:
            continue
        raise AssertionError(f"decoded {data!r}")
