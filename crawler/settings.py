"""Scrapy settings for newswatch: polite by default, wired to our middlewares, pipelines and extension.

Every value can be overridden per crawl (`newswatch crawl -s DOWNLOAD_DELAY=0 ...`, `scrapy crawl -s`).
The database comes from newswatch's configuration (NEWSWATCH_DATABASE_URL or the config file).
"""

from __future__ import annotations

from newswatch.config import load_settings

BOT_NAME = "newswatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
USER_AGENT = "newswatch/0.1 (news archive crawler; +https://github.com/newswatch)"

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# Politeness: obey robots.txt, few parallel requests per site, a delay AutoThrottle adapts to the server.
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "crawler.robots.SitemapListingRobotParser"  # its Sitemap lines feed discovery
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
RETRY_TIMES = 2
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {"crawler.middlewares.ConditionalRequestsMiddleware": 560}
SPIDER_MIDDLEWARES = {"crawler.middlewares.KnownStoriesMiddleware": 50}
ITEM_PIPELINES = {
    "crawler.pipelines.validate.ValidatePipeline": 100,
    "crawler.pipelines.dedupe.DeduplicatePipeline": 200,
    "crawler.pipelines.archive.ArchivePipeline": 300,
}
EXTENSIONS = {"crawler.extensions.CrawlRunRecorder": 100}

NEWSWATCH_DATABASE_URL = load_settings().database_url
NEWSWATCH_MIGRATE_ON_OPEN = True  # `scrapy crawl` works on a fresh database; the service migrates once
NEWSWATCH_REVISIT_KNOWN = False  # re-download stories already archived (normally only when announced)
NEWSWATCH_LISTING_DEPTH = 2  # home -> category -> category page 2
NEWSWATCH_STORY_HOPS = 2  # story -> related story -> its related story
NEWSWATCH_MAX_SITEMAP_STORIES = 500  # newest entries taken from each sitemap
LOG_FORMATTER = "crawler.logformatter.NewswatchLogFormatter"
