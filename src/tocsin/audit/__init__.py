"""The audit log: every admin change, who made it, when, and what it changed (secrets masked)."""
