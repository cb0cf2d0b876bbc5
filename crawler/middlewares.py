"""Middlewares that keep steady-state polls cheap.

- ConditionalRequestsMiddleware: feeds, sitemaps and listing pages are asked for with the ETag and
  Last-Modified they last answered with; a 304 costs a few hundred bytes instead of the page.
- KnownStoriesMiddleware (a spider middleware): a story URL already in the archive is not requested
  again, unless a feed or sitemap announces it changed after we last saw it (or the crawl is told to
  revisit).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.archive import crawlstate
from crawler.urls import url_key

log = logging.getLogger(__name__)


class ConditionalRequestsMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.database_url: str = crawler.settings["NEWSWATCH_DATABASE_URL"]
        self.validators: dict[str, tuple[str | None, str | None]] = {}
        self.updated: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestsMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    async def spider_opened(self, spider: Spider) -> None:
        self.validators = await asyncio.to_thread(crawlstate.load_validators, self.database_url)

    async def spider_closed(self, spider: Spider) -> None:
        for url in getattr(spider, "unvalidated_urls", ()):
            self.updated[url] = (None, None)  # forget: the next request is unconditional
        rows = [(url, etag, modified) for url, (etag, modified) in self.updated.items()]
        await asyncio.to_thread(crawlstate.save_validators, self.database_url, rows)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if not request.meta.get("conditional"):
            return None
        etag, modified = self.validators.get(request.url, (None, None))
        if etag:
            request.headers.setdefault(b"If-None-Match", etag.encode("latin-1", "ignore"))
        if modified:
            request.headers.setdefault(b"If-Modified-Since", modified.encode("latin-1", "ignore"))
        return None

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if request.meta.get("conditional") and response.status == 200:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                self.updated[request.url] = (
                    etag.decode("latin-1") if etag else None,
                    modified.decode("latin-1") if modified else None,
                )
        if response.status == 304:
            self.crawler.stats.inc_value("newswatch/not_modified")
        return response


class KnownStoriesMiddleware:
    """Spider middleware: drop requests for archived stories before they reach the scheduler.

    Filtering here, not in the downloader, keeps Scrapy's duplicate filter from remembering a URL we
    skipped: when a sitemap later in the same crawl announces that story as changed, its request
    still goes through.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.database_url: str = crawler.settings["NEWSWATCH_DATABASE_URL"]
        self.revisit: bool = crawler.settings.getbool("NEWSWATCH_REVISIT_KNOWN")
        self.known: dict[str, dt.datetime] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownStoriesMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    async def spider_opened(self, spider: Spider) -> None:
        if not self.revisit:
            sites = getattr(spider, "sites", [])
            self.known = await asyncio.to_thread(crawlstate.known_stories, self.database_url, sites)

    def is_known(self, request: Request) -> bool:
        if not request.meta.get("story_candidate") or not self.known:
            return False
        try:
            seen = self.known.get(url_key(request.url))
        except ValueError:
            return False
        if seen is None:
            return False
        announced: dt.datetime | None = request.meta.get("announced_modified")
        if announced is not None and announced > seen:
            return False
        self.crawler.stats.inc_value("newswatch/known_skipped")
        return True

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterator[Any]:
        for item in result:
            if not (isinstance(item, Request) and self.is_known(item)):
                yield item

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        async for item in result:
            if not (isinstance(item, Request) and self.is_known(item)):
                yield item
