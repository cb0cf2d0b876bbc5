"""The portal spider: from a home or section page, find a portal's stories and hand them to the pipelines.

Discovery paths: links on listing pages (home, categories with their pagination), RSS/Atom feeds the
pages announce or the configuration names, sitemaps (from robots.txt or configured, Google News ones
included), and related-story links on story pages. It stays on the portal's site; robots.txt,
politeness and retries are Scrapy's settings. Listing pages are never archived, only stories.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.discovery import (
    Entry,
    document_kind,
    feed_links,
    link_kind,
    page_links,
    parse_feed,
    parse_sitemap,
    same_site,
    sitemaps_from_robots,
)
from crawler.extraction import ExtractionError, extract
from crawler.extraction.overrides import SiteOverrides
from crawler.extraction.warmup import warm_up_in_background
from crawler.items import ArticleItem
from crawler.pagekind import is_story_page
from crawler.urls import join_url, normalise_url, site_of

log = logging.getLogger(__name__)

# Request priorities (higher first). A story found anywhere goes first: it is what the crawl is for,
# and each one archived can be alerted on at once. Feeds next, the quickest announcement of what is new,
# then sitemaps (and robots.txt, which names them), then listing pages, deeper ones later.
STORY_PRIORITY = 10
FEED_PRIORITY = 5
SITEMAP_PRIORITY = 4
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [part.strip() for part in value if part and part.strip()]


class PortalSpider(Spider):
    name = "portal"

    def __init__(
        self,
        start_urls: str | Iterable[str] | None = None,
        source: str | None = None,
        feeds: str | Iterable[str] | None = None,
        sitemaps: str | Iterable[str] | None = None,
        allowed_domains: str | Iterable[str] | None = None,
        site: SiteOverrides | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.start_urls = [normalise_url(url) for url in _as_list(start_urls)]
        if not self.start_urls:
            raise ValueError("the portal spider needs start_urls (-a start_urls=URL,...)")
        self.feeds = _as_list(feeds)
        self.sitemaps = _as_list(sitemaps)
        self.sites = sorted({site_of(url) for url in self.start_urls} | set(_as_list(allowed_domains)))
        self.allowed_domains = self.sites
        self.source = source or self.sites[0]
        self.site = site
        # URLs whose validators must not be kept: sitemap indexes, always read in full.
        self.unvalidated_urls: set[str] = set()

    # ------------------------------------------------------------------ settings-derived limits
    @property
    def listing_depth(self) -> int:
        return self.settings.getint("NEWSWATCH_LISTING_DEPTH")

    @property
    def story_hops(self) -> int:
        return self.settings.getint("NEWSWATCH_STORY_HOPS")

    # ------------------------------------------------------------------ requests
    def _listing(self, url: str, depth: int) -> Request:
        return Request(
            url,
            callback=self.parse_page,
            errback=self.failed,
            priority=-depth,
            meta={"conditional": True, "listing_depth": depth, "handle_httpstatus_list": [304]},
        )

    def _story(self, url: str, hops: int, entry: Entry | None = None) -> Request:
        meta: dict[str, Any] = {"story_candidate": True, "story_hops": hops}
        if entry is not None and entry.modified is not None:
            meta["announced_modified"] = entry.modified
        return Request(url, callback=self.parse_page, errback=self.failed, priority=STORY_PRIORITY, meta=meta)

    def _xml(
        self, url: str, callback: Any, *, root: bool = False, priority: int = SITEMAP_PRIORITY
    ) -> Request:
        """Feeds and sitemaps, fetched conditionally. A top-level sitemap that turns out to be an index
        is fetched in full next time (see parse_sitemap): a 304 there would hide its children, whose
        changes an index does not always reflect."""
        return Request(
            url,
            callback=callback,
            errback=self.failed,
            priority=priority,
            meta={"conditional": True, "handle_httpstatus_list": [304], "sitemap_root": root},
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        warm_up_in_background()  # (lazily loaded data must not load on the event loop: see `warmup`)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        for url in self.start_urls:
            yield self._listing(url, 0)
        # Obeying robots.txt, Scrapy's middleware fetches it and its Sitemap lines come to robots_parsed;
        # otherwise the spider asks for it only to find the sitemaps.
        obeying = self.settings.getbool("ROBOTSTXT_OBEY")
        origins = set() if obeying else {f"{p.scheme}://{p.netloc}" for p in map(urlsplit, self.start_urls)}
        for origin in sorted(origins):
            yield Request(
                f"{origin}/robots.txt",
                callback=self.parse_robots,
                errback=self.robots_missing,
                priority=SITEMAP_PRIORITY,
                meta={"dont_obey_robotstxt": True},
            )
        for url in self.feeds:
            yield self._xml(url, self.parse_feed, priority=FEED_PRIORITY)
        for url in self.sitemaps:
            yield self._xml(url, self.parse_sitemap, root=True)

    def _follow_story(self, url: str, hops: int, entry: Entry | None = None) -> Request | None:
        try:
            url = normalise_url(url)
        except ValueError:
            return None
        if not same_site(url, self.sites) or link_kind(url) != "story":
            return None
        return self._story(url, hops, entry)

    # ------------------------------------------------------------------ callbacks
    def robots_parsed(self, robotparser: object, request: Request, **_: Any) -> None:
        """Scrapy's robots.txt middleware read a host's robots.txt (for politeness): for a host the crawl
        starts on, its Sitemap lines are discovery too, so the file is fetched once, not twice."""
        parts = urlsplit(request.url)
        if parts.netloc not in {urlsplit(url).netloc for url in self.start_urls}:
            return
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        for sitemap in getattr(robotparser, "sitemaps", ()):
            url = join_url(robots_url, sitemap)
            if url and same_site(url, self.sites):
                self.crawler.engine.crawl(self._xml(url, self.parse_sitemap, root=True))

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """robots.txt fetched by the spider itself, when the crawl does not obey it (ROBOTSTXT_OBEY off)."""
        if response.status != 200:
            return
        for url in sitemaps_from_robots(response.text, response.url):
            if same_site(url, self.sites):
                yield self._xml(url, self.parse_sitemap, root=True)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        if response.status == 304:
            return
        entries, children = parse_sitemap(response.body, response.url)
        if children and response.meta.get("sitemap_root"):
            self.unvalidated_urls.add(response.url)
        for child in children:
            if same_site(child, self.sites):
                yield self._xml(child, self.parse_sitemap)
        newest_first = sorted(
            entries, key=lambda e: e.modified.timestamp() if e.modified else 0, reverse=True
        )
        for entry in newest_first[: self.settings.getint("NEWSWATCH_MAX_SITEMAP_STORIES")]:
            if request := self._follow_story(entry.url, 0, entry):
                yield request

    def parse_feed(self, response: Response) -> Iterator[Request]:
        if response.status == 304:
            return
        for entry in parse_feed(response.body, response.url):
            if request := self._follow_story(entry.url, 0, entry):
                yield request

    def parse_page(self, response: Response) -> Iterator[Request | ArticleItem]:
        if response.status == 304:
            return
        kind = document_kind(response.body, response.headers.get(b"Content-Type", b"").decode("latin-1"))
        if kind != "html":
            yield from self._parse_not_html(response, kind)
            return
        if link_kind(response.url) != "listing":
            item = self._extract_story(response)
            if item is False:
                return
            if item is not None:
                yield item
                yield from self._follow_related(response, item)
                return
            log.debug(
                "not a story page; reading it as a listing",
                extra={"source": self.source, "url": response.url},
            )
        depth = response.meta.get("listing_depth")
        yield from self._follow_listing(response, depth if depth is not None else 0)

    def _parse_not_html(self, response: Response, kind: str) -> Iterator[Request]:
        """A link that turned out to be a feed or a sitemap is read as one; anything else is an error."""
        if kind == "feed":
            yield from self.parse_feed(response)
        elif kind == "sitemap":
            yield from self.parse_sitemap(response)
        else:
            self._error(response.url, "not an HTML page", content_type=response.headers.get(b"Content-Type"))

    def _follow_related(self, response: Response, item: ArticleItem) -> Iterator[Request]:
        """A story's related links, while the chain of stories from a listing or feed is short enough."""
        hops = response.meta.get("story_hops", 0) + 1
        if hops <= self.story_hops:
            for link in item.article.related:
                if request := self._follow_story(link.url, hops):
                    yield request

    def _extract_story(self, response: Response) -> ArticleItem | bool | None:
        """The story item, None when the page is not a story, False when the page is unreadable."""
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        charset = match.group(1) if (match := _CHARSET.search(content_type)) else None
        try:
            article = extract(response.body, response.url, charset=charset, site=self.site)
        except ExtractionError as exc:
            self._error(response.url, f"unreadable page: {exc}")
            return False
        if not is_story_page(article, response.url):
            return None
        requested = response.request.url if response.request is not None else response.url
        return ArticleItem(
            article=article, source=self.source, requested_url=requested, response_url=response.url
        )

    def _follow_listing(self, response: Response, depth: int) -> Iterator[Request]:
        try:
            tree = lxml.html.document_fromstring(response.body)
        except (ValueError, lxml.etree.ParserError) as exc:
            self._error(response.url, f"unreadable listing page: {exc}")
            return
        if depth == 0:
            for url in feed_links(tree, response.url):
                if same_site(url, self.sites):
                    yield self._xml(url, self.parse_feed)
        for url in page_links(tree, response.url):
            try:
                url = normalise_url(url)
            except ValueError:
                continue
            if not same_site(url, self.sites):
                continue
            kind = link_kind(url)
            if kind == "story":
                yield self._story(url, 0)
            elif kind == "listing" and depth < self.listing_depth:
                yield self._listing(url, depth + 1)

    # ------------------------------------------------------------------ errors
    def _error(self, url: str, reason: str, **context: Any) -> None:
        self.crawler.stats.inc_value("newswatch/errors")
        log.warning("page skipped: %s", reason, extra={"source": self.source, "url": url, **context})

    def robots_missing(self, failure: Failure) -> None:
        """No robots.txt is normal; only note it."""
        log.debug("no robots.txt", extra={"source": self.source, "url": failure.request.url})

    def failed(self, failure: Failure) -> None:
        if failure.check(IgnoreRequest) and not hasattr(failure.value, "response"):
            return
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        response = getattr(failure.value, "response", None)
        if response is not None:
            self._error(url, f"HTTP {response.status}", status=response.status)
        else:
            self._error(url, f"{failure.type.__name__}: {failure.getErrorMessage()}")
