"""Time-based notifications: activity reminders, task deadlines, target milestones, and the
retention purge. Firings are rows, claimed with leases; see docs/schedule.md."""
