#!/usr/bin/env python3
"""A CRM's nightly job with tocsin-client alone: sync the sales team, announce a lead, then look at
the bell of its owner.

    TOCSIN_URL=http://127.0.0.1:8000 TOCSIN_API_KEY=tsn_... python crm_sync.py
"""

from __future__ import annotations

import os
import sys

from tocsin_client import Tocsin, TocsinError, ValidationError

TEAM = [
    {"username": "jane", "email": "jane@example.com", "display_name": "Jane Smith", "timezone": "Europe/London"},
    {"username": "bob", "email": "bob@example.com", "manager": "jane", "timezone": "America/New_York"},
    {"username": "eve", "email": "not an address"},  # refused: the job reports it and goes on
]


def main() -> int:
    refused = 0
    with Tocsin(os.environ["TOCSIN_URL"], api_key=os.environ["TOCSIN_API_KEY"]) as tocsin:
        for row in TEAM:
            username, fields = row["username"], {k: v for k, v in row.items() if k != "username"}
            try:
                tocsin.put_user(username, **fields)
            except ValidationError as exc:
                refused += 1
                print(f"{username}: {exc.field}: {exc.message}", file=sys.stderr)
        answer = tocsin.send_event(
            type="lead_assigned",
            actor="bob",
            entity={
                "type": "lead",
                "id": "42",
                "name": "Acme Ltd",
                "owner": "jane",
                "url": "https://crm.example.com/leads/42",
            },
        )
        print(f"lead_assigned: {answer.notifications} notified ({', '.join(answer.recipients)})")
        try:
            with tocsin.as_user("jane") as jane:
                for note in jane.iter_notifications():
                    print(f"jane's bell: {note.title}")
                print(f"jane has {jane.unread_count().unread} unread")
        except TocsinError as exc:
            print(f"could not read jane's bell: {exc}", file=sys.stderr)
            return 1
    print(f"{len(TEAM) - refused} users synced, {refused} refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
