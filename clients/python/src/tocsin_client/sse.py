"""Reading `text/event-stream` (the live notifications of `GET /v1/me/events`) line by line.

Hand-written rather than a library: the client depends on httpx and pydantic alone, and the server
only sends `data:` frames, an `event: unauthorized` frame, `retry:` hints and comment pings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tocsin_client import errors


@dataclass
class Frames:
    """Collects lines into messages: `feed` answers a message when a blank line ends one."""

    event: str = "message"
    data: list[str] = field(default_factory=list)

    def feed(self, line: str) -> dict[str, Any] | None:
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return None  # a ping
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self.event = value
        elif name == "data":
            self.data.append(value)
        return None

    def _dispatch(self) -> dict[str, Any] | None:
        event, data = self.event, "\n".join(self.data)
        self.event, self.data = "message", []
        if not data:
            return None
        if event == "unauthorized":
            raise errors.AuthenticationError(
                "the user token expired or was revoked: mint a new one", status=401, code="unauthorized"
            )
        message: dict[str, Any] = json.loads(data)
        return message
