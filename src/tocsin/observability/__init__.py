"""Logs (text or JSON, scrubbed of credentials and addresses) and per-request ids and metrics."""
