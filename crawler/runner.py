"""Run crawls inside one asyncio event loop (Twisted's asyncio reactor), from the CLI or the service.

Scrapy needs a running reactor and a reactor cannot be restarted once stopped, so the process installs
the asyncio reactor once (`install_asyncio_reactor`) and runs its whole async main on it
(`run_with_reactor`). `crawl_sources` can then be awaited any number of times: each call runs its
sources concurrently with Scrapy's AsyncCrawlerRunner.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from crawler.extensions import CrawlSummary
from newswatch.config import Settings, SourceConfig

T = TypeVar("T")
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


def install_asyncio_reactor() -> None:
    from scrapy.utils.reactor import install_reactor, is_asyncio_reactor_installed, is_reactor_installed

    if is_reactor_installed():
        if not is_asyncio_reactor_installed():
            raise RuntimeError("a non-asyncio Twisted reactor is already installed")
        return
    install_reactor(ASYNCIO_REACTOR)


def run_with_reactor(main: Callable[[], Awaitable[T]]) -> T:
    """Run `main()` on the reactor's asyncio loop and return its result (or raise its exception)."""
    install_asyncio_reactor()
    from twisted.internet import reactor

    outcome: dict[str, Any] = {}

    async def wrapper() -> None:
        try:
            outcome["value"] = await main()
        except BaseException as exc:  # re-raised below, outside the reactor
            outcome["error"] = exc
        finally:
            reactor.stop()  # type: ignore[attr-defined]

    def begin() -> None:
        outcome["task"] = asyncio.ensure_future(wrapper())

    reactor.callWhenRunning(begin)  # type: ignore[attr-defined]
    reactor.run(installSignalHandlers=False)  # type: ignore[attr-defined]
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def scrapy_settings(settings: Settings, overrides: dict[str, Any] | None = None) -> Any:
    from scrapy.settings import Settings as ScrapySettings
    from scrapy.utils.project import get_project_settings

    import crawler.settings as defaults

    base = get_project_settings()
    if base.get("BOT_NAME") != "newswatch":  # not run from the project folder: take our module directly
        base = ScrapySettings()
        base.setmodule(defaults, priority="project")
    base.set("NEWSWATCH_DATABASE_URL", settings.database_url, priority="cmdline")
    base.set("NEWSWATCH_MIGRATE_ON_OPEN", False, priority="project")  # callers migrate once, up front
    base.set("LOG_LEVEL", settings.log_level, priority="project")
    for key, value in (overrides or {}).items():
        base.set(key, value, priority="cmdline")
    return base


async def crawl_sources(
    sources: Sequence[SourceConfig],
    settings: Settings,
    *,
    scrapy_settings_overrides: dict[str, Any] | None = None,
    on_story_archived: Callable[..., None] | None = None,
) -> list[CrawlSummary]:
    """Crawl each source once, concurrently, in this process; one summary per source.

    `on_story_archived(outcome=..., article_id=..., item=...)` is called in the event loop as each story
    is committed to the archive (the `crawler.signals.story_archived` signal)."""
    from scrapy.crawler import AsyncCrawlerRunner

    from crawler.signals import story_archived
    from crawler.spiders.portal import PortalSpider

    runner = AsyncCrawlerRunner(scrapy_settings(settings, scrapy_settings_overrides))
    crawlers = []
    tasks = []
    for source in sources:
        crawler = runner.create_crawler(PortalSpider)
        if on_story_archived is not None:
            crawler.signals.connect(on_story_archived, signal=story_archived, weak=False)
        crawlers.append((source, crawler))
        tasks.append(
            runner.crawl(
                crawler,
                start_urls=list(source.start_urls),
                source=source.name,
                feeds=list(source.feeds),
                sitemaps=list(source.sitemaps),
                allowed_domains=list(source.allowed_domains),
                site=source.overrides,
            )
        )
    results = await asyncio.gather(*tasks, return_exceptions=True)
    summaries = []
    for (source, crawler), result in zip(crawlers, results, strict=True):
        summary = getattr(crawler, "newswatch_summary", None)
        if summary is None:
            summary = CrawlSummary(
                source=source.name, crawl_run_id=None, status=f"failed: {result!r}", errors=1
            )
        summaries.append(summary)
    return summaries
