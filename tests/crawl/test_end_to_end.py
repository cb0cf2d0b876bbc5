"""End to end: crawl a realistic portal into a real database and check every stored field of every story."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select

from crawler.archive.db import session_scope
from crawler.archive.models import Article, ArticleVersion, CrawlRun
from tests.crawl.conftest import FAST, run_crawl
from tests.portal.expect import expected_row
from tests.portal.server import Portal

TROUBLE_PAGES = 5  # 404, 500, slow (timeout), PDF, cut short


def counters(summary: str) -> dict[str, int]:
    return {
        name.strip(): int(value)
        for value, name in ((m[1], m[0]) for m in re.findall(r"([a-z ]+) (\d+)", summary))
    }


def archived(database_url: str) -> dict[str, Article]:
    with session_scope(database_url) as session:
        rows = session.scalars(select(Article)).unique().all()
        for row in rows:  # load what the assertions read before the session closes
            _ = [a.author.name for a in row.authors], row.tags, row.related_links, row.urls
        return {row.url: row for row in rows}


def test_crawl_archives_every_story_once_with_every_field(
    portal: Portal, database_url: str, tmp_path: Path
) -> None:
    result = run_crawl(database_url, tmp_path, portal.base_url + "/")
    assert result.returncode == 0, result.stderr[-3000:]
    numbers = counters(result.summary)
    assert numbers["articles new"] == len(portal.stories)
    assert numbers["errors"] == TROUBLE_PAGES
    assert numbers["duplicates dropped"] >= 1  # the syndicated copy, at least

    rows = archived(database_url)
    assert len(rows) == len(portal.stories), sorted(rows)
    for story in portal.stories:
        expected = expected_row(portal, story)
        row = rows.get(expected.url)
        assert row is not None, f"{expected.url} not archived (have {sorted(rows)})"
        theme = portal.theme_of(story)
        got = (
            row.headline,
            row.published_at,
            row.published_precision,
            row.published_utc_offset,
            row.modified_at,
            tuple(a.author.name for a in row.authors),
            row.body,
            row.section,
            frozenset(t.tag for t in row.tags),
            row.language,
            frozenset((r.url, r.relation, r.title) for r in row.related_links),
            row.published_date,
            row.summary,
        )
        want = (
            expected.headline,
            expected.published_at,
            expected.published_precision,
            expected.published_utc_offset,
            expected.modified_at,
            expected.authors,
            expected.body,
            expected.section,
            expected.tags,
            expected.language,
            expected.related,
            expected.published_date,
            expected.summary,
        )
        names = ("headline", "published_at", "precision", "utc_offset", "modified_at", "authors", "body",
                 "section", "tags", "language", "related", "published_date", "summary")  # fmt: skip
        for name, have, need in zip(names, got, want, strict=True):
            assert have == need, f"{theme} theme, {story.slug}: {name} is {have!r}, expected {need!r}"
        assert row.source == "127.0.0.1"
        assert row.version == 1
        assert row.first_seen_at.tzinfo is not None and row.first_seen_at <= row.last_seen_at
        assert row.content_hash and len(row.content_hash) == 64
        assert row.first_crawl_run_id is not None

    paths = [r.path for r in portal.requests]
    assert not any(p.startswith("/private/") for p in paths), "robots.txt disallows /private/"
    # One fetch of robots.txt serves politeness and discovery: the sitemap it names is read.
    assert paths.count("/robots.txt") == 1, paths
    assert portal.robots_sitemap in paths
    assert not any("utm_" in p or p.endswith("/amp/") for p in paths), (
        "URL variants are normalised before fetching"
    )

    with session_scope(database_url) as session:
        run = session.scalars(select(CrawlRun)).one()
        assert (run.status, run.articles_new, run.errors) == ("finished", len(portal.stories), TROUBLE_PAGES)


def test_second_crawl_adds_and_changes_nothing(portal: Portal, database_url: str, tmp_path: Path) -> None:
    assert run_crawl(database_url, tmp_path, portal.base_url + "/").returncode == 0
    before = {
        url: (r.headline, r.body, r.last_seen_at, r.version) for url, r in archived(database_url).items()
    }
    first_requests = len(portal.requests)

    second = run_crawl(database_url, tmp_path, portal.base_url + "/")
    assert second.returncode == 0, second.stderr[-3000:]
    numbers = counters(second.summary)
    assert (numbers["articles new"], numbers["updated"]) == (0, 0)
    after = {
        url: (r.headline, r.body, r.last_seen_at, r.version) for url, r in archived(database_url).items()
    }
    assert after == before
    story_paths = {portal.story_path(s) for s in portal.stories}
    refetched = [r.path for r in portal.requests[first_requests:] if r.path in story_paths]
    assert refetched == [], "known stories are not downloaded again"
    not_modified = [r for r in portal.requests[first_requests:] if r.status == 304]
    assert not_modified, "listing pages, feed and sitemap answer 304 to the conditional requests"


def test_robots_sitemap_found_when_robots_txt_is_not_obeyed(
    portal: Portal, database_url: str, tmp_path: Path
) -> None:
    """Scrapy fetches no robots.txt then: the spider asks for it itself, for its Sitemap lines alone."""
    result = run_crawl(database_url, tmp_path, portal.base_url + "/", "-s", "ROBOTSTXT_OBEY=False")
    assert result.returncode == 0, result.stderr[-3000:]
    paths = [r.path for r in portal.requests]
    assert paths.count("/robots.txt") == 1, paths
    assert portal.robots_sitemap in paths
    assert counters(result.summary)["articles new"] == len(portal.stories)


def test_edited_story_updates_its_row_and_keeps_history(
    portal: Portal, database_url: str, tmp_path: Path
) -> None:
    assert run_crawl(database_url, tmp_path, portal.base_url + "/").returncode == 0
    story = portal.stories[5]
    original = expected_row(portal, story)
    import datetime as dt

    edited = portal.edit(
        story.slug,
        headline=story.headline + " (Updated)",
        modified=dt.datetime.now(dt.UTC).replace(microsecond=0, second=0).astimezone(story.published.tzinfo),
    )
    result = run_crawl(database_url, tmp_path, portal.base_url + "/")
    assert result.returncode == 0, result.stderr[-3000:]
    numbers = counters(result.summary)
    assert (numbers["articles new"], numbers["updated"]) == (0, 1)

    rows = archived(database_url)
    assert len(rows) == len(portal.stories)
    row = rows[original.url]
    assert row.headline == edited.headline
    assert row.version == 2
    assert row.modified_at == expected_row(portal, edited).modified_at
    with session_scope(database_url) as session:
        versions = session.scalars(select(ArticleVersion).where(ArticleVersion.article_id == row.id)).all()
        assert [(v.version, v.headline) for v in versions] == [(1, original.headline)]
        assert session.scalar(select(func.count()).select_from(Article)) == len(portal.stories)


def test_scrapy_crawl_runs_the_same_spider(portal: Portal, empty_database_url: str) -> None:
    """`scrapy crawl portal -a start_urls=...` from the project folder, on a database it migrates itself."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "NEWSWATCH_DATABASE_URL": empty_database_url}
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_urls={portal.base_url}/", *FAST],
        cwd=root, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"articles new {len(portal.stories)}" in done.stderr
    assert len(archived(empty_database_url)) == len(portal.stories)


def test_stories_found_through_pages_alone(database_url: str, tmp_path: Path) -> None:
    """No feed, no sitemap: the home page, category pagination and related links must reach every story."""
    from tests.crawl.conftest import THEMES
    from tests.portal.server import PortalServer
    from tests.portal.stories import make_story

    site = Portal(
        stories=[make_story(i) for i in range(9)], themes=THEMES, per_page=2, trouble=False, announce=False
    )
    with PortalServer(site):
        result = run_crawl(database_url, tmp_path, site.base_url + "/")
    assert result.returncode == 0, result.stderr[-3000:]
    assert counters(result.summary)["errors"] == 0
    paths = {r.path for r in site.requests}
    assert any("/page/2/" in p for p in paths), "category pagination is followed"
    assert not any(p.startswith(("/feed", "/post-sitemap")) for p in paths)
    assert set(archived(database_url)) == {site.story_url(s) for s in site.stories}
