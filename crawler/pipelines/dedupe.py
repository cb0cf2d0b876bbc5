"""Recognise a story met twice in one crawl (through a URL variant, or as an identical copy of its text).

The item is marked, not dropped here: the archive pipeline records its URLs as variants of the stored
story (so the next crawl does not fetch them again) and then drops it. Duplicates across crawls are the
archive pipeline's job too, since it knows every stored URL variant.
"""

from __future__ import annotations

from scrapy import Spider
from scrapy.crawler import Crawler

from crawler.archive.store import MIN_HASHED_BODY, content_hash, story_keys
from crawler.items import ArticleItem


class DeduplicatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.seen_keys: set[str] = set()
        self.seen_bodies: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DeduplicatePipeline:
        return cls(crawler)

    def process_item(self, item: ArticleItem, spider: Spider | None = None) -> ArticleItem:
        keys = story_keys(item.canonical_url, item.requested_url, item.response_url)
        body = item.article.body
        fingerprint = content_hash(body) if body and len(body) >= MIN_HASHED_BODY else None
        if self.seen_keys.intersection(keys) or (fingerprint and fingerprint in self.seen_bodies):
            item.duplicate = True
        self.seen_keys.update(keys)
        if fingerprint:
            self.seen_bodies.add(fingerprint)
        return item
