"""Freshness: how long from a story appearing on a portal to its signed webhook arriving.

    .venv/bin/python bench/freshness.py [--samples 10] [--interval 10] [--fast]

Runs the real service in this process (monitor.service.Service, default polite Scrapy settings unless
--fast) against a loopback portal and a loopback webhook receiver, publishes a matching story at a
random moment, `--samples` times, and measures publish -> webhook. Each latency is the wait for the
source's next crawl (uniform over the interval, plus jitter) plus the processing (crawl start ->
webhook received), measured separately. The 60 s projection combines the schedule's wait for a 60 s
interval (uniform over 60 s plus the jitter of a 60 s source) with the measured processing times.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import logging
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.portal.harbour import harbour_portal, harbour_source  # noqa: E402
from tests.service.harness import Receiver  # noqa: E402

SECRET = "whsec_" + base64.b64encode(b"newswatch-freshness-bench-secret").decode()


class CrawlStarts(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.starts: list[float] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage() == "crawl started":
            self.starts.append(time.monotonic())


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--fast", action="store_true", help="no politeness delay (loopback only)")
    args = parser.parse_args()

    from crawler.archive import migrate
    from crawler.runner import install_asyncio_reactor, run_with_reactor
    from monitor.service import Service
    from newswatch.config import settings_from_mapping
    from newswatch.logs import configure_logging

    install_asyncio_reactor()
    configure_logging("WARNING", "json")
    starts = CrawlStarts()
    service_log = logging.getLogger("newswatch.service")
    service_log.addHandler(starts)
    service_log.setLevel(logging.INFO)
    service_log.propagate = False
    receiver = Receiver()
    scrapy = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False} if args.fast else {}
    with tempfile.TemporaryDirectory(prefix="newswatch-fresh-") as tmp, harbour_portal(stories=20) as portal:
        url = f"sqlite:///{tmp}/archive.db"
        migrate.upgrade(url)
        settings = settings_from_mapping(
            {
                "database_url": url,
                "log_level": "WARNING",
                "allow_private_destinations": True,
                "sources": [harbour_source(portal, name="fresh", interval=args.interval)],
                "rules": [
                    {"name": "strike", "query": "strike", "webhook_url": receiver.url, "secret": SECRET}
                ],
                "service": {"scrapy": {"LOG_LEVEL": "WARNING", **scrapy}},
            }
        )
        latencies: list[float] = []
        processing: list[float] = []

        async def bench() -> None:
            service = Service(settings)
            runner = asyncio.create_task(service.run())
            while service._counters["crawls"] < 1:  # noqa: ASYNC110 - polling the service's counter
                await asyncio.sleep(0.1)
            await asyncio.sleep(1)
            assert not receiver.received(), "the first crawl must not alert"
            for i in range(args.samples):
                await asyncio.sleep(random.uniform(0, args.interval))
                published = time.monotonic()
                portal.publish(
                    f"strike-{i}", f"Dock workers strike, day {i}", f"The strike goes on. Day {i}. " * 20
                )
                while len(receiver.received()) <= i:
                    if time.monotonic() - published > args.interval * 3 + 60:
                        raise RuntimeError(f"no webhook for sample {i}")
                    await asyncio.sleep(0.02)
                arrived = receiver.received()[i].at
                # The crawl that found it: the last one started before the webhook arrived (it may have
                # been running already when the story was published).
                crawl_start = max(t for t in starts.starts if t <= arrived)
                latencies.append(arrived - published)
                processing.append(arrived - crawl_start)
                print(
                    f"sample {i + 1:>2}: publish -> webhook {latencies[-1]:6.2f}s "
                    f"(waiting for the crawl {crawl_start - published:5.2f}s, "
                    f"crawl + alert {processing[-1]:5.2f}s)",
                    flush=True,
                )
            service.request_stop("bench done")
            await runner

        run_with_reactor(bench)
        receiver.close()
        assert len(receiver.received()) == args.samples, "a story alerted more than once"
        jitter60 = settings.service.jitter_for(60)
        projected = [
            random.uniform(0, 60) + random.uniform(0, jitter60) + random.choice(processing)
            for _ in range(100_000)
        ]
        print(
            f"interval {args.interval:g}s ({'fast' if args.fast else 'polite default'} crawl settings), "
            f"{args.samples} stories, each alerted exactly once"
        )
        print(
            f"publish -> webhook: median {statistics.median(latencies):.2f}s, "
            f"p95 {quantile(latencies, 0.95):.2f}s, "
            f"max {max(latencies):.2f}s; crawl + alert: median {statistics.median(processing):.2f}s, "
            f"max {max(processing):.2f}s"
        )
        p95 = quantile(projected, 0.95)
        print(f"projected for a 60 s interval (jitter {jitter60:g}s): p95 {p95:.1f}s (target 70s)")
        return 0 if p95 <= 70 else 1


if __name__ == "__main__":
    sys.exit(main())
