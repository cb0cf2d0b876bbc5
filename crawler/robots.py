"""robots.txt, read once per host: Scrapy's parser for politeness, which also keeps the Sitemap lines.

Scrapy's RobotsTxtMiddleware fetches each host's robots.txt before the first request to it. The spider
finds sitemaps in the same file (see `PortalSpider.robots_parsed`): with this parser, one fetch serves
both, instead of the spider asking for robots.txt a second time.
"""

from __future__ import annotations

from scrapy import Spider
from scrapy.robotstxt import ProtegoRobotParser, decode_robotstxt

from crawler.discovery import sitemaps_from_robots


class SitemapListingRobotParser(ProtegoRobotParser):
    """Scrapy's default (Protego) robots.txt parser, plus `sitemaps`: the file's Sitemap lines as written
    (the spider resolves them against the robots.txt URL, which the parser is not told)."""

    def __init__(self, robotstxt_body: bytes, spider: Spider | None) -> None:
        super().__init__(robotstxt_body, spider)
        self.sitemaps: list[str] = sitemaps_from_robots(decode_robotstxt(robotstxt_body, spider), "")
