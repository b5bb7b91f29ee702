"""Per-user webhooks: Microsoft Teams (Workflows, Adaptive Cards), Slack (Block Kit), RingCentral
(Glip cards) and generic JSON signed as Standard Webhooks."""
