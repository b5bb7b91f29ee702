"""The in-transaction hooks through which a lower layer asks a table's owner to write: unanswered
they refuse (a write is never silently lost), and wiring a context twice answers once."""

from __future__ import annotations

import pytest

from tocsin.context import AppContext
from tocsin.schedule import service as schedule_service
from tocsin.signals import Signals, TransactionHook


def test_a_hook_nobody_answers_refuses() -> None:
    with pytest.raises(RuntimeError, match="callbacks_queued"):
        Signals().callbacks_queued(object(), [], now=None)


def test_subscribers_are_keyed_and_their_counts_summed() -> None:
    hook = TransactionHook("example")
    hook.subscribe("a", lambda session, n: n)
    hook.subscribe("a", lambda session, n: n * 10)  # the same key replaces
    hook.subscribe("b", lambda session, n: 1)
    assert hook(object(), 2) == 21


def test_the_org_config_bump_is_provided_without_wiring() -> None:
    import tocsin.orgs.models  # noqa: F401  (provides the bump where the orgs table is defined)

    calls: list[str] = []

    class Session:
        def execute(self, statement: object) -> None:
            calls.append(str(statement).split()[0])

    assert Signals().org_config_changed(Session(), 1) == 0
    assert calls == ["UPDATE"]


def test_wiring_twice_answers_once(ctx: AppContext) -> None:
    schedule_service.subscribe(ctx)
    schedule_service.subscribe(ctx)
    for hook in (
        ctx.signals.callbacks_queued,
        ctx.signals.receipts_arrived,
        ctx.signals.escalations_planned,
        ctx.signals.escalations_stopped,
    ):
        assert len(hook._subscribers) == 1, hook.name
    assert len(ctx.signals._quiet) == 1
    assert len(ctx.signals._settled) == 1
