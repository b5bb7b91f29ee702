"""The plain data the ingestion pipeline's stages hand each other (`events.pipeline` accepts
and decides, `events.writing` plans, writes and answers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tocsin.events.config import OrgConfig, TypeConfig
from tocsin.events.decide import Decided, DecisionKey
from tocsin.events.recipients import EventFacts
from tocsin.events.schemas import EventIn, EventResult
from tocsin.rules.matching import RuleFacts

Outcome = EventResult | Exception


@dataclass(slots=True)
class Accepted:
    """An event accepted for writing: its place in the group and what deciding it reads."""

    index: int
    body: EventIn
    config: OrgConfig
    event_type: TypeConfig
    facts: EventFacts
    matched: list[RuleFacts] = field(default_factory=list)  # record_updated: the rules it matches
    broadcast: bool = False
    # The key its decision is shared under (`decide.decision_key`), set when it is decided.
    shared: DecisionKey | None = None


@dataclass(slots=True)
class Decisions:
    each: list[Decided]  # per accepted event, in order
    actor_names: dict[tuple[int, str], str | None]  # (org id, username): display name
