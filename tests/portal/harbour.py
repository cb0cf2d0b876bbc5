"""The fixture portal as the service tests and the benchmarks run it: "Harbour Times", a story a minute
from 2026-11-01 (tests/portal/stories.py), 20 stories a page on a paginated home, a 20-item feed, no
trouble pages and no URL variants. Options only: the pages are tests/portal/server.py's.

It keeps the shape of the service tests' former portal, which the benchmarks' figures describe:
robots.txt names the Google News sitemap (not the sitemap index), and listing pages link no category
pages. With the full shape, a crawl that finds a new story makes 11 requests instead of 7 (sitemap
index, post sitemap, category page and its page 2), which with the default politeness (about 1 s
between requests) takes ~12 s instead of ~7 s, and moves bench/freshness.py's projected p95 for a
60 s interval from ~65.5 s to 69.4-70.9 s, at its 70 s target.

Its story pages use the Jannah theme (JSON-LD NewsArticle, like the service tests' former portal). The
stories these tests publish are a sentence or two long; tests/extraction/test_themes.py checks that
such a story keeps its text on every theme (it once lost it to the author's bio or a teaser's excerpt).

    with harbour_portal(stories=200) as portal:
        crawl(portal.url, feed=f"{portal.url}feed/", sitemap=f"{portal.url}news-sitemap.xml")
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.portal.server import Portal, PortalServer
from tests.portal.stories import HARBOUR_EPOCH, harbour_story

PER_PAGE = 20


@contextmanager
def harbour_portal(stories: int = 20) -> Iterator[Portal]:
    site = Portal(
        stories=[harbour_story(i) for i in range(stories)],
        themes=("jannah",),
        name="Harbour Times",
        per_page=PER_PAGE,
        paginate_home=True,
        feed_items=PER_PAGE,
        today=HARBOUR_EPOCH.date(),
        trouble=False,
        share_links=False,
        robots_sitemap="/news-sitemap.xml",
        section_nav=False,
    )
    with PortalServer(site):
        yield site


def harbour_source(
    portal: Portal, *, name: str = "harbour", interval: str | None = None, sitemap: bool = True
) -> dict[str, Any]:
    """The `[[sources]]` entry that crawls the portal: its home page, its feed and (unless `sitemap` is
    off) its Google News sitemap."""
    source: dict[str, Any] = {"name": name, "start_urls": [portal.url], "feeds": [f"{portal.url}feed/"]}
    if sitemap:
        source["sitemaps"] = [f"{portal.url}news-sitemap.xml"]
    if interval is not None:
        source["interval"] = interval
    return source
