"""Browser push: Web Push (RFC 8030) with VAPID (RFC 8292) and encrypted payloads (RFC 8291)."""
