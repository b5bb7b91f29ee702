"""Whether this process takes one more live stream now, and what a refused one is told. Pure.

A process holds at most `max_streams` streams (each is an open file, and memory), and checks at
most `max_connecting` tokens at once: in a storm of connects (every bell after a restart) the
ones beyond are told at once to come back later instead of queueing until they time out. The
WebSocket is closed with 1013 (try again later) and a reason carrying the hint,
`retry_after=<seconds>`, over which clients spread their return (full jitter); an event stream
is answered 503 with Retry-After.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    max_streams: int  # 0: no cap
    max_connecting: int  # 0: no cap


def refusal(*, open_streams: int, connecting: int, limits: Limits) -> str | None:
    """Why a new stream is refused now, or None when it is taken. Streams still connecting count
    towards the cap on streams: a storm cannot take the process past it."""
    if limits.max_streams and open_streams + connecting >= limits.max_streams:
        return "server full"
    if limits.max_connecting and connecting >= limits.max_connecting:
        return "too many connecting"
    return None


def close_reason(why: str, retry_after_seconds: int) -> str:
    """The close frame's reason: the hint is its only number (clients read the first one)."""
    return f"{why}; retry_after={retry_after_seconds}"
