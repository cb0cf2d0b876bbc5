"""Record each crawl in `crawl_runs` and print its summary when it ends."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, dataclass

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.archive import crawlstate, migrate

log = logging.getLogger("crawler.summary")


@dataclass
class CrawlSummary:
    source: str
    crawl_run_id: int | None
    status: str
    pages_fetched: int = 0
    bytes_fetched: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    duplicates_dropped: int = 0
    errors: int = 0

    def line(self) -> str:
        return (
            f"{self.source}: pages fetched {self.pages_fetched}, articles new {self.articles_new}, "
            f"updated {self.articles_updated}, unchanged {self.articles_unchanged}, "
            f"duplicates dropped {self.duplicates_dropped}, errors {self.errors}"
        )


def summary_from_stats(stats: dict[str, int], source: str, run_id: int | None, status: str) -> CrawlSummary:
    return CrawlSummary(
        source=source,
        crawl_run_id=run_id,
        status=status,
        pages_fetched=stats.get("downloader/response_count", 0),
        bytes_fetched=stats.get("downloader/response_bytes", 0),
        articles_new=stats.get("newswatch/articles_new", 0),
        articles_updated=stats.get("newswatch/articles_updated", 0),
        articles_unchanged=stats.get("newswatch/articles_unchanged", 0),
        duplicates_dropped=stats.get("newswatch/articles_duplicate", 0),
        errors=stats.get("newswatch/errors", 0),
    )


class CrawlRunRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.database_url: str = crawler.settings["NEWSWATCH_DATABASE_URL"]
        self.migrate_on_open = crawler.settings.getbool("NEWSWATCH_MIGRATE_ON_OPEN")
        self.summary: CrawlSummary | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRunRecorder:
        recorder = cls(crawler)
        if recorder.migrate_on_open:
            # Before the spider opens, so every component's spider_opened finds the tables. This runs
            # once per `scrapy crawl` process; the CLI and the service migrate once themselves.
            migrate.upgrade(recorder.database_url)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        return recorder

    async def spider_opened(self, spider: Spider) -> None:
        spider.crawl_run_id = await asyncio.to_thread(  # type: ignore[attr-defined]
            crawlstate.start_run,
            self.database_url,
            spider.source,  # type: ignore[attr-defined]
        )

    async def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        # Scrapy's finish reason: "finished", or why it stopped early ("closespider_timeout", "shutdown").
        status = reason[:20]
        run_id = getattr(spider, "crawl_run_id", None)
        summary = summary_from_stats(stats, spider.source, run_id, status)  # type: ignore[attr-defined]
        self.summary = summary
        self.crawler.newswatch_summary = summary  # type: ignore[attr-defined]
        counters = {k: v for k, v in asdict(summary).items() if k not in ("source", "crawl_run_id", "status")}
        if run_id is not None:
            await asyncio.to_thread(crawlstate.finish_run, self.database_url, run_id, counters, status)
        log.info("crawl finished: " + summary.line(), extra={"source": summary.source, **counters})
