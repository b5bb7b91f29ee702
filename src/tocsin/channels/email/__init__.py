"""Email through SMTP, Resend or a local outbox folder."""
