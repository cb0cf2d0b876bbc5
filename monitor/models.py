"""Tables of the alerts path (rules' outbox, deliveries, attempts). Filled in by the alerts work."""

from __future__ import annotations
