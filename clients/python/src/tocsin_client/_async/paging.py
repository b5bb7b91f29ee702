"""Every page of a list, one item at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from tocsin_client.calls import Call
from tocsin_client.transport import AsyncTransport


class AsyncPaging(AsyncTransport):
    async def _pages(self, page: Callable[[str | None], Call[Any]], cursor: str | None) -> AsyncIterator[Any]:
        """Each item of each page, following `next_cursor` from `cursor` until the last page."""
        while True:
            answer = await self.run(page(cursor))
            for item in answer.items:
                yield item
            cursor = answer.next_cursor
            if not cursor:
                return
