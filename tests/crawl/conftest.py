"""Crawl tests run the real `newswatch crawl` command against a fixture portal on 127.0.0.1.

The crawl runs in a subprocess because a Twisted reactor cannot be restarted inside one process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.portal.server import Portal, PortalServer
from tests.portal.stories import make_story

FAST = [
    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_TIMEOUT=1",
    "-s", "RETRY_TIMES=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
]  # fmt: skip
THEMES = ("portal", "jnews", "newspaper", "generatepress", "colormag", "soledad")


@dataclass
class CrawlResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def summary(self) -> str:
        lines = [line for line in self.stdout.splitlines() if "pages fetched" in line]
        assert lines, f"no summary printed:\n{self.stderr[-3000:]}"
        return lines[-1]


def run_crawl(database_url: str, cwd: Path, *args: str) -> CrawlResult:
    env = {**os.environ, "NEWSWATCH_DATABASE_URL": database_url, "NEWSWATCH_LOG_LEVEL": "INFO"}
    env.pop("NEWSWATCH_CONFIG", None)
    done = subprocess.run(
        [sys.executable, "-m", "newswatch.cli", "crawl", *args, *FAST],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return CrawlResult(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def portal() -> Iterator[Portal]:
    stories = [make_story(i) for i in range(12)]
    site = Portal(
        stories=stories,
        themes=tuple(t for t in THEMES),
        legacy_slug=stories[2].slug,
        syndicated_slug=stories[3].slug,
        slow_seconds=2.5,
    )
    with PortalServer(site):
        yield site
