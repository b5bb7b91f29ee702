"""The CRM's dated items: activity reminders, tasks, targets; and missed scheduled firings."""

from __future__ import annotations

from tocsin_client.calls import Call, body, model, no_content, query, seg
from tocsin_client.models import ActivityIn, ActivityOut, MissedPage, TargetIn, TargetOut, TaskIn, TaskOut


def put_activity(item_id: str, activity: ActivityIn) -> Call[ActivityOut]:
    return Call("PUT", f"/v1/activities/{seg(item_id)}", model(ActivityOut), json=body(activity))


def delete_activity(item_id: str) -> Call[None]:
    return Call("DELETE", f"/v1/activities/{seg(item_id)}", no_content)


def put_task(item_id: str, task: TaskIn) -> Call[TaskOut]:
    return Call("PUT", f"/v1/tasks/{seg(item_id)}", model(TaskOut), json=body(task))


def delete_task(item_id: str) -> Call[None]:
    return Call("DELETE", f"/v1/tasks/{seg(item_id)}", no_content)


def put_target(item_id: str, target: TargetIn) -> Call[TargetOut]:
    return Call("PUT", f"/v1/targets/{seg(item_id)}", model(TargetOut), json=body(target))


def delete_target(item_id: str) -> Call[None]:
    return Call("DELETE", f"/v1/targets/{seg(item_id)}", no_content)


def list_missed_firings(cursor: str | None, limit: int | None) -> Call[MissedPage]:
    return Call("GET", "/v1/admin/schedule/missed", model(MissedPage), params=query(cursor=cursor, limit=limit))
