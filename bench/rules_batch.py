"""A field-change rule matching 10,000 changed records in one batch call, against the broadcast
budget: both write 10,000 in-app notifications and 10,000 email delivery rows, committed.

Run: .venv/bin/python -m bench.rules_batch [--records 10000] [--runs 3] [--db sqlite,postgresql]

Per run it prints four wall times: the batch's ingestion to the end of its commit, each record
notified on its own (the write queue's groups, and a batch call with `collapse_over: null`), the
same batch through the HTTP route (in process: JSON parsing and validation of 10,000 events
included), the batch as `POST /v1/events/batch` ingests it by default, collapsed (10,000 records,
one notification for the rule's recipient, listing the first 20), and a broadcast to 10,000
users in the same database (bench/core_broadcast.py's measure), the budget the batch is held to.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from fastapi.testclient import TestClient

from bench.common import bench_settings, database, make_org
from tests.factories import bulk_users
from tocsin.app import create_app
from tocsin.context import AppContext
from tocsin.db.engine import unit_of_work
from tocsin.events import service as events
from tocsin.events.collapse import CollapseCall
from tocsin.events.schemas import EventIn
from tocsin.kit import collector
from tocsin.orgs import repository as orgs_repo
from tocsin.rules import service as rules
from tocsin.rules.schemas import RuleIn


def _batch(records: int, run: int) -> list[dict[str, Any]]:
    return [
        {
            "type": "record_updated",
            "entity": {"type": "sales_order", "id": f"SO-{run}-{i}"},
            "data": {"changes": {"status": ["Draft", "eSigned"]}},
        }
        for i in range(records)
    ]


def run(kind: str, records: int, runs: int) -> None:
    with database(kind) as url:
        # 10,000 events of ~120 bytes: above the default 1 MiB body limit, so the bench raises it
        # as an org sending batches this large would (TOCSIN_MAX_BODY_BYTES).
        ctx = AppContext.build(bench_settings(url, max_body_bytes=16 * 1024 * 1024))
        new = make_org(ctx)
        bulk_users(ctx, new.org.id, records)  # the broadcast's audience; u0 is the rule's recipient
        with unit_of_work(ctx.sessions) as session:
            org = orgs_repo.get(session, new.org.id)
            assert org is not None
            rules.put_rule(
                session,
                ctx,
                org,
                "so-esigned",
                RuleIn(
                    entity_type="sales_order",
                    field="status",
                    values=["eSigned"],
                    event_type="sales_order_status_change",
                    recipients=["u0"],
                ),
            )
        collector.settle()  # as `tocsin serve` does once started (see bench/core_broadcast.py)
        service_times, http_times, broadcast_times = [], [], []
        for i in range(runs):
            bodies = [EventIn.model_validate(e) for e in _batch(records, i)]
            started = time.perf_counter()
            with unit_of_work(ctx.sessions) as session:
                answers = events.ingest_group(session, [events.Ingestion(ctx, new.api_key, b) for b in bodies])
            service_times.append(time.perf_counter() - started)
            assert all(getattr(a, "notifications", None) == 1 for a in answers), answers[0]

            body = EventIn(type="broadcast", data={"title": f"Announcement {i}", "message": "All hands"})
            started = time.perf_counter()
            with unit_of_work(ctx.sessions) as session:
                org = orgs_repo.get(session, new.org.id)
                assert org is not None
                result = events.ingest(session, ctx, org=org, body=body)
            broadcast_times.append(time.perf_counter() - started)
            assert result.notifications == records, result

        collapsed_times = _collapsed(ctx, new.org.id, records, runs)
        app = create_app(ctx.settings, ctx=ctx)
        with TestClient(app) as client:
            for i in range(runs):
                payload = {"events": _batch(records, 100 + i)}
                started = time.perf_counter()
                r = client.post("/v1/events/batch", json=payload, headers={"Authorization": f"Bearer {new.api_key}"})
                http_times.append(time.perf_counter() - started)
                assert r.status_code == 202, r.text[:300]
        ctx.dispose()

        def show(values: list[float]) -> str:
            return ", ".join(f"{t:.3f} s" for t in values) + f"  (best {min(values):.3f} s)"

        print(f"{kind:10s} rule matching {records} records, one batch (ingest + commit): {show(service_times)}")
        print(f"{'':10s} the same through POST /v1/events/batch (in process):          {show(http_times)}")
        print(f"{'':10s} the same batch collapsed (1 notification in all, ingest + commit): {show(collapsed_times)}")
        print(f"{'':10s} broadcast to {records} users (the budget):                        {show(broadcast_times)}")
        print(f"{'':10s} batch / broadcast, best runs: {min(service_times) / min(broadcast_times):.2f}")
        print(f"{'':10s} collapsed batch / broadcast, best runs: {min(collapsed_times) / min(broadcast_times):.2f}")


def _collapsed(ctx: AppContext, org_id: int, records: int, runs: int) -> list[float]:
    """The batch as a batch call ingests it by default: its records' notifications for the rule's
    recipient collapse into one (events.collapse); every event row is still written."""
    times = []
    for i in range(runs):
        bodies = [EventIn.model_validate(e) for e in _batch(records, 200 + i)]
        started = time.perf_counter()
        with unit_of_work(ctx.sessions) as session:
            org = orgs_repo.get(session, org_id)
            assert org is not None
            answers = events.ingest_many(session, ctx, [(org, b) for b in bodies], collapse=CollapseCall())
        times.append(time.perf_counter() - started)
        assert sum(getattr(a, "notifications", 0) for a in answers) == 1, answers[0]
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", default="sqlite,postgresql")
    args = parser.parse_args()
    for kind in args.db.split(","):
        run(kind, args.records, args.runs)


if __name__ == "__main__":
    main()
