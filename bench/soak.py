"""Soak: 500 crawl cycles of a loopback portal in one `newswatch serve` process; memory must stay flat.

    .venv/bin/python bench/soak.py [--cycles 500] [--database-url URL]

Runs the real service (monitor.service.Service: APScheduler on Twisted's asyncio reactor, in-process
Scrapy crawls, the alerts pass after each crawl, the heartbeat) with a 0.2 s source interval, so crawls
run back to back. The portal publishes a new story every 10 cycles, so the archive and alerts paths work
too. Prints the resident set size (RSS, after a garbage collection) at cycle 50 and at the last cycle,
and the growth; exits 1 when the growth is 10% or more.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.portal.harbour import harbour_portal, harbour_source  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--baseline", type=int, default=50, help="cycle whose RSS is the baseline")
    parser.add_argument("--stories", type=int, default=30)
    parser.add_argument("--database-url", help="default: a SQLite file in a temporary directory")
    args = parser.parse_args()

    from crawler.archive import migrate
    from crawler.runner import install_asyncio_reactor, run_with_reactor
    from monitor.service import Service
    from newswatch.config import settings_from_mapping
    from newswatch.logs import configure_logging

    install_asyncio_reactor()
    configure_logging("WARNING", "json")
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: already running" at 0.2 s

    with (
        tempfile.TemporaryDirectory(prefix="newswatch-soak-") as tmp,
        harbour_portal(stories=args.stories) as portal,
    ):
        url = args.database_url or f"sqlite:///{tmp}/archive.db"
        migrate.upgrade(url)
        settings = settings_from_mapping(
            {
                "database_url": url,
                "log_level": "WARNING",
                "allow_private_destinations": True,
                "sources": [harbour_source(portal, name="soak", interval="0.2s")],
                "service": {
                    "jitter": 0,
                    "heartbeat_interval": "1s",
                    "grace_period": "30s",
                    "scrapy": {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"},
                },
            }
        )
        samples: dict[int, float] = {}

        async def soak() -> None:
            service = Service(settings)
            runner = asyncio.create_task(service.run())
            started = time.monotonic()
            seen = 0
            while seen < args.cycles:
                await asyncio.sleep(0.02)
                if runner.done():
                    raise RuntimeError("the service stopped early") from runner.exception()
                done = service._counters["crawls"] + service._counters["crawls_failed"]
                if done == seen:
                    continue
                seen = done
                if seen % 10 == 0:
                    portal.publish(f"soak-{seen}", f"Soak story {seen}", f"Body of soak story {seen}. " * 30)
                if seen == args.baseline or seen == args.cycles or seen % 50 == 0:
                    gc.collect()
                    samples[seen] = rss_mib()
                    rate = seen / (time.monotonic() - started)
                    print(f"cycle {seen:>4}: RSS {samples[seen]:7.1f} MiB  ({rate:.1f} cycles/s)", flush=True)
            service.request_stop("soak done")
            await runner
            failed = service._counters["crawls_failed"] + service._counters["crawls_timed_out"]
            print(
                f"crawls {service._counters['crawls']}, failed or timed out {failed}, "
                f"alerts passes {service._counters['alerts_passes']}"
            )

        began = time.monotonic()
        run_with_reactor(soak)
        base, last = samples[args.baseline], samples[args.cycles]
        growth = (last - base) / base
        print(
            f"RSS at cycle {args.baseline}: {base:.1f} MiB; at cycle {args.cycles}: {last:.1f} MiB; "
            f"growth {growth:+.1%} (target < 10%); {time.monotonic() - began:.0f}s in all"
        )
        return 0 if growth < 0.10 else 1


if __name__ == "__main__":
    sys.exit(main())
