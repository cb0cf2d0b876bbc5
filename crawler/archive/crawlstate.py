"""Crawl bookkeeping the spider reads at start and writes at the end (runs, known stories, validators).

Each function is one unit of work with its own session; callers run them off the event loop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import delete, or_, select

from crawler.archive.db import session_scope
from crawler.archive.models import Article, ArticleUrl, CrawlRun, HttpValidator, utcnow


def start_run(database_url: str, source: str) -> int:
    with session_scope(database_url) as session:
        run = CrawlRun(
            source=source,
            status="running",
            pages_fetched=0,
            bytes_fetched=0,
            articles_new=0,
            articles_updated=0,
            articles_unchanged=0,
            duplicates_dropped=0,
            errors=0,
        )
        session.add(run)
        session.flush()
        return run.id


def finish_run(database_url: str, run_id: int, counters: Mapping[str, int], status: str) -> None:
    with session_scope(database_url) as session:
        run = session.get(CrawlRun, run_id)
        if run is None:
            return
        for name, value in counters.items():
            setattr(run, name, int(value))
        run.status = status
        run.finished_at = utcnow()


def known_stories(database_url: str, sites: Iterable[str]) -> dict[str, dt.datetime]:
    """URL key -> when the story was last seen, for the crawl's sites only (keys start with the host).

    What the crawl may skip unless a feed or sitemap announces a change.
    """
    prefixes = [site.removeprefix("www.") for site in sites]
    if not prefixes:
        return {}
    on_sites = or_(
        *(ArticleUrl.url.startswith(f"{prefix}/", autoescape=True) for prefix in prefixes),
        # URL keys keep a non-default port (`127.0.0.1:8080/...`); the site names do not.
        *(ArticleUrl.url.startswith(f"{prefix}:", autoescape=True) for prefix in prefixes),
        # A bare host with a query: a WordPress shortlink (`example.com?p=42`).
        *(ArticleUrl.url.startswith(f"{prefix}?", autoescape=True) for prefix in prefixes),
        ArticleUrl.url.in_(prefixes),
    )
    with session_scope(database_url) as session:
        rows = session.execute(
            select(ArticleUrl.url, Article.last_seen_at)
            .join(Article, Article.id == ArticleUrl.article_id)
            .where(on_sites)
        )
        return {url: seen for url, seen in rows}


def load_validators(database_url: str) -> dict[str, tuple[str | None, str | None]]:
    with session_scope(database_url) as session:
        rows = session.execute(select(HttpValidator.url, HttpValidator.etag, HttpValidator.last_modified))
        return {url: (etag, modified) for url, etag, modified in rows}


def save_validators(database_url: str, validators: Iterable[tuple[str, str | None, str | None]]) -> None:
    items = list(validators)
    if not items:
        return
    with session_scope(database_url) as session:
        session.execute(delete(HttpValidator).where(HttpValidator.url.in_([url for url, _, _ in items])))
        session.add_all(
            HttpValidator(url=url, etag=etag, last_modified=modified, checked_at=utcnow())
            for url, etag, modified in items
        )
