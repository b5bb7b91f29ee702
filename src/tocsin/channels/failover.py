"""Failover between an org's providers for one channel, in the order the admin gave them.

A send goes to the first provider whose circuit breaker lets it through. When that provider
fails transiently (unreachable, 4xx, HTTP 5xx) or permanently for a reason of its own (login
refused, account suspended, sender refused), the same attempt moves on to the next provider at
once; waiting out the retry schedule on a provider that is down would hold the message for the
whole schedule while another could send it now. A permanent failure that is the recipient's
(`PermanentError.recipient`: unknown mailbox, invalid number) ends there: no other provider
would do better. When every provider failed, the attempt ends as the last one did, and the
delivery's own retry schedule applies (a transient failure anywhere makes it transient).

Each provider's failure counts on its breaker (`kit/breaker.py`, per org, channel and
provider); a provider whose breaker is open is skipped until its cool-down ends. When every
breaker is open, the attempt is transient without a send.

Every try is reported: the result or error names the provider that ended the attempt
(`provider`) and carries the earlier providers' failed tries (`tries`), which the worker
records as attempt rows of their own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from tocsin.channels.base import (
    Outcome,
    Outgoing,
    PermanentError,
    Provider,
    ProviderTry,
    Sender,
    SendError,
    SendResult,
    SkipSend,
    TransientError,
)
from tocsin.channels.schemas import ProviderStateOut
from tocsin.kit.breaker import BreakerKey, Breakers
from tocsin.kit.clock import Clock, isoformat


def labels(names: Sequence[str]) -> list[str]:
    """Each provider's name, numbered from its second use ("smtp", "smtp#2"): the key of its
    breaker and what the delivery log shows."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return out


@dataclass(frozen=True, slots=True)
class FailoverPayload:
    # Each provider's payload, or why it could not be built for this message.
    payloads: tuple[Any | SendError, ...]


class FailoverProvider:
    """An org's providers for one channel, tried in order (see the module's docstring)."""

    name = "failover"

    def __init__(
        self,
        providers: Sequence[Provider],
        *,
        org_id: int,
        channel: str,
        breakers: Breakers,
        clock: Clock,
        names: Sequence[str] | None = None,
    ) -> None:
        if not providers:
            raise ValueError("failover needs a provider")
        self.providers = list(providers)
        # The configured names (a misconfigured provider keeps its name and its breaker).
        self.labels = labels(names if names is not None else [p.name for p in providers])
        self.keys = [BreakerKey(org_id, channel, label) for label in self.labels]
        self.breakers = breakers
        self.clock = clock
        self.max_connections = self.providers[0].max_connections

    def prepare(self, message: Outgoing) -> FailoverPayload:
        built: list[Any | SendError] = []
        for provider in self.providers:
            try:
                built.append(provider.prepare(message))
            except SendError as exc:
                built.append(exc)
        if all(isinstance(p, SendError) for p in built):
            raise built[0]
        return FailoverPayload(tuple(built))

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[FailoverSender]:
        async with AsyncExitStack() as stack:
            yield FailoverSender(self, stack)


class FailoverSender:
    """Opens each provider's connection when it is first needed, keeps it for the lane."""

    def __init__(self, failover: FailoverProvider, stack: AsyncExitStack) -> None:
        self._f = failover
        self._stack = stack
        self._senders: dict[int, Sender] = {}

    async def _sender(self, index: int) -> Sender:
        if index not in self._senders:
            self._senders[index] = await self._stack.enter_async_context(self._f.providers[index].connect())
        return self._senders[index]

    async def send(self, payload: FailoverPayload) -> SendResult:
        f, tries = self._f, list[ProviderTry]()
        last: SendError | None = None
        paused = False
        for index, key in enumerate(f.keys):
            built = payload.payloads[index]
            if isinstance(built, SendError):
                last = built
                continue
            if not f.breakers.allow(key, f.clock.now()):
                paused = True
                continue
            started = f.clock.now()
            try:
                result = await self._send_one(index, built)
            except SendError as exc:
                exc.provider = key.provider
                if isinstance(exc, SkipSend) or (isinstance(exc, PermanentError) and exc.recipient):
                    f.breakers.released(key)  # says nothing of the provider
                    exc.tries = tuple(tries)
                    raise
                f.breakers.failed(key, f.clock.now())
                outcome: Outcome = "permanent" if isinstance(exc, PermanentError) else "transient"
                tries.append(ProviderTry(key.provider, outcome, exc.message, started, f.clock.now()))
                last = exc
                continue
            f.breakers.succeeded(key)
            return replace(result, provider=key.provider, tries=tuple(tries))
        raise _exhausted(last, tries, paused=paused)

    async def _send_one(self, index: int, payload: Any) -> SendResult:
        try:
            return await (await self._sender(index)).send(payload)
        except SendError:
            raise
        except Exception as exc:  # a connection that could not open: this provider's failure
            self._senders.pop(index, None)
            raise TransientError(f"provider connection failed: {type(exc).__name__}") from exc


def _exhausted(last: SendError | None, tries: list[ProviderTry], *, paused: bool) -> SendError:
    """Every provider failed or was paused: the attempt ends as its last try did, made a
    try-again-later when any provider failed transiently or was paused (it may be back later)."""
    if last is None:
        return TransientError(
            "every provider is paused after repeated failures (circuit open)", failure="every provider is paused"
        )
    transient = paused or any(t.outcome == "transient" for t in tries)
    error = last
    if transient and not isinstance(last, TransientError):
        error = TransientError(last.message, failure=last.failure)
        error.provider = last.provider
    error.tries = tuple(tries[:-1]) if tries and tries[-1].provider == error.provider else tuple(tries)
    return error


def provider_states(
    breakers: Breakers, now: datetime, *, org_id: int, channel: str, names: Sequence[str]
) -> list[ProviderStateOut]:
    """The org's providers for a channel in order, each with its breaker as this process has it."""
    out = []
    for label in labels(names):
        state = breakers.state(BreakerKey(org_id, channel, label))
        reopens = state.reopens_at(breakers.policy)
        out.append(
            ProviderStateOut(
                provider=label,
                state=state.state_at(now, breakers.policy),
                consecutive_failures=state.consecutive_failures,
                reopens_at=isoformat(reopens),
            )
        )
    return out
