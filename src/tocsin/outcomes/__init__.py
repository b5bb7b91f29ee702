"""Outcomes: per event type and channel over a period, how much was sent, failed and read, and
how long the reads took (the figure that says whether hand-offs are seen within minutes)."""
