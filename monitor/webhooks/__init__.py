"""Webhook delivery pieces: Standard Webhooks signing, the payload, the destination address guard."""
