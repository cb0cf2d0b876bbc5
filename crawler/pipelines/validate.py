"""Drop items that are not a story we can archive, and say why."""

from __future__ import annotations

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.items import ArticleItem

MAX_HEADLINE = 1000


class ValidatePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: ArticleItem, spider: Spider | None = None) -> ArticleItem:
        article = item.article
        if not article.headline or not article.headline.strip():
            self.stats.inc_value("newswatch/invalid")
            raise DropItem(f"no headline found on {item.response_url}")
        if not (article.body or article.summary):
            self.stats.inc_value("newswatch/invalid")
            raise DropItem(f"no story text found on {item.response_url}")
        article.headline = article.headline.strip()[:MAX_HEADLINE]
        return item
