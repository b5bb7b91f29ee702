"""WhatsApp through the WhatsApp Business Cloud API (approved template messages)."""
