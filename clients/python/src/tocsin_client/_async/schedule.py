"""The CRM's activities, tasks and targets, and the scheduler's missed firings."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from tocsin_client import calls
from tocsin_client._async.paging import AsyncPaging
from tocsin_client.models import (
    ActivityIn,
    ActivityOut,
    MissedFiringOut,
    MissedPage,
    TargetIn,
    TargetOut,
    TaskIn,
    TaskOut,
)
from tocsin_client.ops import schedule as ops


class AsyncScheduleApi(AsyncPaging):
    async def put_activity(
        self, item_id: str, activity: ActivityIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> ActivityOut:
        """Register or move an activity (a meeting, a call): its owner gets a reminder before it starts."""
        return await self.run(ops.put_activity(item_id, calls.build(ActivityIn, activity, fields)))

    async def delete_activity(self, item_id: str) -> None:
        """Cancel an activity's reminder."""
        return await self.run(ops.delete_activity(item_id))

    async def put_task(self, item_id: str, task: TaskIn | Mapping[str, Any] | None = None, /, **fields: Any) -> TaskOut:
        """Register, change or complete a task (due and overdue notices follow its due date)."""
        return await self.run(ops.put_task(item_id, calls.build(TaskIn, task, fields)))

    async def delete_task(self, item_id: str) -> None:
        """Remove a task and its pending notices."""
        return await self.run(ops.delete_task(item_id))

    async def put_target(
        self, item_id: str, target: TargetIn | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> TargetOut:
        """Register or update a target (a quota with a deadline)."""
        return await self.run(ops.put_target(item_id, calls.build(TargetIn, target, fields)))

    async def delete_target(self, item_id: str) -> None:
        """Remove a target."""
        return await self.run(ops.delete_target(item_id))

    async def list_missed_firings(self, *, cursor: str | None = None, limit: int | None = None) -> MissedPage:
        """One page of scheduled notices that were due while the scheduler was down for too long."""
        return await self.run(ops.list_missed_firings(cursor, limit))

    async def iter_missed_firings(self, *, limit: int | None = None) -> AsyncIterator[MissedFiringOut]:
        """Every missed firing, page after page."""
        async for item in self._pages(lambda cursor: ops.list_missed_firings(cursor, limit), None):
            yield item
