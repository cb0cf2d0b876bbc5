"""The alerts pass: match new stories into the outbox, then deliver what is due. Safe to run anytime.

`newswatch alerts run` calls `run_alerts` once and exits; the service calls the same function when a
crawl archives a new story, after every crawl and on a timer. Nothing here assumes a single run: all
state is in the database, every write is idempotent, and delivery leases keep overlapping runs from
sending the same webhook at once.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, dataclass

from crawler.archive.db import session_scope
from monitor.dispatch import DispatchCounts, deliver_due
from monitor.outbox import match_new_stories, sync_rules
from newswatch.config import Settings

log = logging.getLogger("newswatch.alerts")


@dataclass(frozen=True)
class AlertsSummary:
    """What one pass did. `dead` includes deliveries refused (private address) or disabled (410)."""

    scanned: int
    matched: int
    delivered: int
    retried: int
    dead: int
    disabled: int
    refused: int

    @property
    def exit_status(self) -> int:
        """0: all well; 1: something went dead in this pass; 75 (EX_TEMPFAIL): retries are pending."""
        if self.dead:
            return 1
        if self.retried:
            return 75
        return 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def __str__(self) -> str:
        return (
            f"scanned {self.scanned}, matched {self.matched}, delivered {self.delivered}, "
            f"retried {self.retried}, dead {self.dead} (disabled {self.disabled}, refused {self.refused})"
        )


def register_rules(settings: Settings) -> int:
    """Record the configured rules as loaded now (first time only). Call at service start-up.

    A story is new for a rule when it is archived after the rule was first loaded; registering at
    start-up (before the first crawl) makes that moment the start of the service, not its first pass.
    Returns the number of enabled rules.
    """
    with session_scope(settings.database_url) as session:
        return len(sync_rules(session, settings.rules))


async def run_alerts(settings: Settings, *, backfill: bool = False) -> AlertsSummary:
    """Match every new story not yet matched against every rule, enqueue, deliver what is due."""
    counts = await asyncio.to_thread(match_new_stories, settings.database_url, settings, backfill=backfill)
    dispatched = DispatchCounts()
    await deliver_due(settings, dispatched)
    summary = AlertsSummary(
        scanned=counts.scanned,
        matched=counts.matched,
        delivered=dispatched.delivered,
        retried=dispatched.retried,
        dead=dispatched.dead,
        disabled=dispatched.disabled,
        refused=dispatched.refused,
    )
    log.info("alerts pass done", extra=summary.as_dict())
    return summary
