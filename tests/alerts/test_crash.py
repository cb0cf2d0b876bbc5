"""A crash between sending a webhook and recording it: the same webhook-id is sent again, once.

The sender is a real `newswatch alerts run` process; the receiver kills it (SIGKILL) the moment the
request arrives, before answering, so the attempt is never recorded. The next run must not resend while
the crashed run's lease holds, and afterwards must resend with the *same* webhook-id, so a receiver that
deduplicates on it processes the alert exactly once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from crawler.archive.db import session_scope
from monitor.alerts import register_rules, run_alerts
from monitor.models import Delivery, DeliveryAttempt
from tests.alerts.helpers import Receiver, Reply, add_article, crawl_run, make_settings, new_secret, rule

ROOT = Path(__file__).resolve().parents[2]


def test_crash_between_send_and_record_redelivers_the_same_webhook_id(database_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sender: dict[str, int] = {}
    receiver = Receiver(new_secret())
    receiver.replies = [Reply(204, before=lambda: os.kill(sender["pid"], signal.SIGKILL))]
    receiver.start()
    try:
        alerts = {"retry_delays": ["0s"], "jitter": 0, "timeout": "0.5s", "lease": "2s"}
        settings = make_settings(database_url, [rule("elections", "election", receiver)], alerts=alerts)
        register_rules(settings)
        crawl_run(database_url)
        add_article(database_url, headline="Election results", run_id=crawl_run(database_url))
        config = tmp_path / "newswatch.toml"
        config.write_text(
            f"""
database_url = "{database_url}"
allow_private_destinations = true
log_level = "WARNING"
[alerts]
retry_delays = ["0s"]
jitter = 0
timeout = "0.5s"
lease = "2s"
[[rules]]
name = "elections"
query = "election"
webhook_url = "{receiver.url}"
secret = "{receiver.secret}"
""",
            encoding="utf-8",
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "newswatch.cli", "--config", str(config), "alerts", "run"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        sender["pid"] = proc.pid
        assert proc.wait(timeout=60) == -signal.SIGKILL
        crashed_at = time.monotonic()

        with session_scope(database_url) as session:
            delivery = session.scalars(select(Delivery)).one()
            assert (
                delivery.status == "pending" and delivery.attempts == 0 and delivery.lease_until is not None
            )
            assert session.scalars(select(DeliveryAttempt)).all() == []  # the crash came before recording
        [first] = receiver.received

        # While the crashed run's lease holds, nobody sends it again.
        assert asyncio.run(run_alerts(settings)).delivered == 0
        assert len(receiver.received) == 1

        time.sleep(max(0.0, 2.1 - (time.monotonic() - crashed_at)))
        summary = asyncio.run(run_alerts(settings))
        assert (summary.matched, summary.delivered) == (0, 1)
        assert [r.webhook_id for r in receiver.received] == [first.webhook_id, first.webhook_id]
        assert receiver.unique_ids == [delivery.webhook_id]
        assert receiver.rejected == []
        with session_scope(database_url) as session:
            assert session.scalars(select(Delivery.status)).one() == "delivered"
            outcomes = session.scalars(select(DeliveryAttempt.outcome)).all()
            assert outcomes == ["delivered"]
        # And nothing more, ever.
        assert asyncio.run(run_alerts(settings)).delivered == 0
        assert len(receiver.received) == 2
    finally:
        receiver.stop()
