"""What an idle poll costs: requests and bytes for the first crawl of a 200-story portal, then for a
crawl of the same portal when nothing changed, then when one story was published.

    .venv/bin/python bench/idle_poll.py [--stories 200]

The portal (tests/portal/harbour.py: the fixture portal of tests/portal/server.py) runs on 127.0.0.1
with a home page with numbered pagination, an RSS feed, a Google News sitemap (named in robots.txt) and
themed story pages, all answering conditional requests with 304. The crawls run in this process
through crawler.runner, exactly as `newswatch serve` runs them, on a fresh SQLite archive.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.portal.harbour import PER_PAGE, harbour_portal, harbour_source  # noqa: E402
from tests.portal.server import Hit  # noqa: E402

FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "LOG_LEVEL": "WARNING",
}


def kind(path: str, articles: set[str]) -> str:
    if path in articles or path.startswith("/?p="):  # a story page, or one through its shortlink
        return "article"
    if path == "/robots.txt":
        return "robots"
    if path == "/feed/":
        return "feed"
    if path.endswith(".xml"):
        return "sitemap"
    if path == "/" or path.startswith(("/page/", "/category/", "/author/", "/tag/")):
        return "listing"
    return "other"


def describe(label: str, hits: list[Hit], articles: set[str]) -> str:
    by_kind = Counter(kind(h.path, articles) for h in hits)
    statuses = Counter(h.status for h in hits)
    body = sum(h.body_bytes for h in hits)
    parts = ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
    codes = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items()))
    return f"{label:<28} {len(hits):>5} requests {body:>10,} body bytes   ({parts}; status {codes})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=200)
    parser.add_argument(
        "--polite",
        action="store_true",
        help="run the polls after the first crawl with the default (polite) Scrapy settings, as the "
        "service does out of the box, to time them",
    )
    args = parser.parse_args()

    from crawler.archive import migrate
    from crawler.runner import crawl_sources, install_asyncio_reactor, run_with_reactor
    from newswatch.config import settings_from_mapping

    install_asyncio_reactor()
    with (
        tempfile.TemporaryDirectory(prefix="newswatch-idle-") as tmp,
        harbour_portal(stories=args.stories) as portal,
    ):
        url = f"sqlite:///{tmp}/archive.db"
        migrate.upgrade(url)
        settings = settings_from_mapping(
            {
                "database_url": url,
                "log_level": "WARNING",
                "sources": [harbour_source(portal)],
            }
        )
        results: list[tuple[str, list[Hit], object, float]] = []

        async def main_() -> None:
            for label in ("first crawl", "idle poll", "idle poll (again)", "after 1 new story"):
                if label == "after 1 new story":
                    portal.publish(
                        "breaking-ferry-strike", "Ferry crews strike at dawn", "Crews walked out. " * 40
                    )
                portal.reset_hits()
                polite = args.polite and label != "first crawl"
                overrides = {"LOG_LEVEL": "WARNING"} if polite else FAST
                began = time.monotonic()
                (summary,) = await crawl_sources(
                    settings.sources, settings, scrapy_settings_overrides=overrides
                )
                results.append((label, portal.hits(), summary, time.monotonic() - began))

        run_with_reactor(main_)
        articles = portal.article_paths()
        pages = -(-args.stories // PER_PAGE)
        print(f"portal: {args.stories} stories, {pages} listing pages, feed, news sitemap")
        for label, hits, summary, seconds in results:
            print(describe(label, hits, articles) + f"  {seconds:.2f}s")
            print(
                f"{'':<28} crawl summary: pages {summary.pages_fetched}, bytes {summary.bytes_fetched:,}, "
                f"new {summary.articles_new}, updated {summary.articles_updated}, "
                f"unchanged {summary.articles_unchanged}, errors {summary.errors}"
            )
        first, idle = results[0][1], results[1][1]
        idle_articles = sum(1 for h in idle if kind(h.path, articles) == "article")
        ratio = sum(h.body_bytes for h in idle) / max(1, sum(h.body_bytes for h in first))
        print(
            f"idle poll: {len(idle)} requests vs {len(first)}; body bytes {ratio:.2%} of the first crawl; "
            f"article pages downloaded again: {idle_articles}"
        )
        return 0 if idle_articles == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
