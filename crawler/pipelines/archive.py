"""Store each story through SQLAlchemy, one session per item, off the event loop.

Writes go through one worker thread: SQLite takes one writer at a time anyway, and serialising them
keeps two pages of one story from racing to insert it. A concurrent crawl of another source can still
race us; a unique-constraint violation is retried once, when the other writer's row is visible.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import IntegrityError, OperationalError

from crawler.archive.db import session_scope
from crawler.archive.store import Outcome, store_story
from crawler.items import ArticleItem
from crawler.signals import story_archived

log = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.database_url: str = crawler.settings["NEWSWATCH_DATABASE_URL"]
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def close_spider(self, spider: Spider | None = None) -> None:
        self.executor.shutdown(wait=True)

    def _store(self, item: ArticleItem, run_id: int | None) -> tuple[Outcome, int]:
        for attempt in (1, 2):
            try:
                with session_scope(self.database_url) as session:
                    return store_story(
                        session,
                        item.article,
                        canonical_url=item.canonical_url,
                        other_urls=[item.requested_url, item.response_url],
                        source=item.source,
                        crawl_run_id=run_id,
                        seen_at=item.fetched_at,
                        met_in_this_crawl=item.duplicate,
                    )
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def process_item(self, item: ArticleItem, spider: Spider | None = None) -> ArticleItem:
        spider = spider or self.crawler.spider
        run_id = getattr(spider, "crawl_run_id", None)
        loop = asyncio.get_running_loop()
        try:
            outcome, article_id = await loop.run_in_executor(self.executor, self._store, item, run_id)
        except (IntegrityError, OperationalError) as exc:
            self.crawler.stats.inc_value("newswatch/errors")
            log.error("archive write failed", extra={"url": item.response_url, "error": str(exc)})
            raise DropItem(f"archive write failed for {item.response_url}: {exc}") from exc
        self.crawler.stats.inc_value(f"newswatch/articles_{outcome.value}")
        log.info(
            "story archived",
            extra={
                "source": item.source,
                "url": item.canonical_url,
                "outcome": outcome.value,
                "article_id": article_id,
            },
        )
        self.crawler.signals.send_catch_log(
            signal=story_archived, outcome=outcome, article_id=article_id, item=item
        )
        if outcome is Outcome.DUPLICATE:
            raise DropItem(f"copy of story {article_id}: {item.response_url}")
        return item
