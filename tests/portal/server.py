# ruff: noqa: E501  (HTML templates read best as whole lines)
"""A fixture news portal on a real HTTP server (127.0.0.1, ephemeral port), for the crawl tests, the
service tests and the benchmarks.

It serves what a WordPress news site serves: a home page (optionally paginated, `/page/N/`), category
pages with pagination, author and tag archives, an RSS feed, a sitemap index with a post sitemap (lastmod
dates) and a Google News sitemap, robots.txt (with a disallowed path and its Sitemap line), story pages
rendered by the fixture themes, and the usual trouble: tracking-parameter, AMP, shortlink (?p=ID) and
print variants of story URLs, a syndicated copy under another URL, a story in windows-1252, a 404, a
500, a slow page, a PDF, and a page cut short. Every page answers with an ETag, and with a Last-Modified
when it shows stories (a story page: when that story last changed; a listing, feed or sitemap: when the
newest of its stories changed, or the last publication shifted it), and conditional requests
(If-None-Match, else If-Modified-Since) with 304. Tests can publish and edit stories while it runs, make
paths hang until `release()`, and count every request (`requests`: path, status, body bytes sent,
whether it was conditional).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

from tests.fixtures.themes import THEMES, PageContext, Story, Teaser
from tests.fixtures.themes._common import slugify

LEGACY_ENCODING = "windows-1252"
HANG_SECONDS = 120  # a hanging path answers after this long at the latest, or when released
STATIC_PAGES = {
    "about": "We are a small independent newsroom covering the region since 1998.",
    "contact": "Write to the newsroom at the address below; we answer every letter.",
    "advertise": "Reach our readers: ask for our media kit and rates.",
    "privacy-policy": "We keep as little data about you as we can, and never sell it.",
}
NOT_FOUND = b"<html><body><h1>Page not found</h1></body></html>"


@dataclass(frozen=True)
class Hit:
    """One request the portal answered."""

    path: str  # as requested, with its query
    status: int
    body_bytes: int  # bytes of body sent (0 for a 304 or a HEAD)
    conditional: bool  # the request carried If-None-Match or If-Modified-Since


@dataclass
class Portal:
    """Portal state; every method is safe to call while the server runs."""

    stories: list[Story]
    themes: tuple[str, ...] = ("portal",)
    name: str = "Fixture Portal"
    per_page: int = 4
    paginate_home: bool = False  # home: `per_page` stories and /page/N/ (off: the newest 2 x per_page)
    feed_items: int = 10
    legacy_slug: str | None = None  # this story is served in windows-1252
    syndicated_slug: str | None = None  # this story's text is also served under /partners/
    today: dt.date = dt.date(2024, 7, 21)
    slow_seconds: float = 3.0
    trouble: bool = True  # link the error pages from the home page
    share_links: bool = True  # the home page links the newest story's utm, AMP, ?p= and http variants
    announce: bool = True  # offer an RSS feed and sitemaps (off: stories are found through pages only)
    robots_sitemap: str = "/sitemap_index.xml"  # the sitemap robots.txt names
    section_nav: bool = True  # listing pages link every section's category page
    base_url: str = ""
    requests: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    modified_at: dict[str, dt.datetime] = field(default_factory=dict)  # slug -> when edit() changed it
    last_publish: dt.datetime | None = None  # when publish() last shifted every listing
    hang_paths: set[str] = field(default_factory=set)  # these paths answer only once released
    released: threading.Event = field(default_factory=threading.Event)

    # ------------------------------------------------------------------ state changes
    def publish(
        self,
        slug: str,
        headline: str,
        body: str,
        *,
        section: str = "World",
        authors: tuple[str, ...] = ("Dana Reporter",),
    ) -> Story:
        """Publish a story now (a second after the newest story, should that be later); blank lines in
        `body` separate its paragraphs."""
        paragraphs = tuple(" ".join(part.split()) for part in body.split("\n\n") if part.strip())
        with self.lock:
            now = dt.datetime.now(dt.UTC).replace(microsecond=0)
            newest = max((s.published for s in self.stories), default=now)
            story = Story(
                slug=slug,
                headline=headline,
                published=max(now, newest + dt.timedelta(seconds=1)),
                authors=authors,
                paragraphs=paragraphs,
                section=section,
                summary=paragraphs[0].split(". ")[0] if paragraphs else headline,
            )
            self.stories.append(story)
            self.last_publish = now
            return story

    def edit(self, slug: str, **changes: object) -> Story:
        with self.lock:
            index = next(i for i, s in enumerate(self.stories) if s.slug == slug)
            self.stories[index] = replace(self.stories[index], **changes)  # type: ignore[arg-type]
            self.modified_at[slug] = dt.datetime.now(dt.UTC)
            return self.stories[index]

    def release(self) -> None:
        """Let every request waiting on a hanging path (and every later one) be answered."""
        self.released.set()

    # ------------------------------------------------------------------ what was requested
    def hits(self) -> list[Hit]:
        with self.lock:
            return list(self.requests)

    def reset_hits(self) -> None:
        with self.lock:
            self.requests.clear()

    def article_paths(self) -> set[str]:
        with self.lock:
            return {self.story_path(s) for s in self.stories}

    # ------------------------------------------------------------------ URLs and expectations
    @property
    def url(self) -> str:
        """The home page."""
        return self.base_url + "/"

    def story_path(self, story: Story) -> str:
        return f"/{story.published:%Y/%m}/{story.slug}/"

    def story_url(self, story: Story) -> str:
        return self.base_url + self.story_path(story)

    def theme_of(self, story: Story) -> str:
        index = next(i for i, s in enumerate(self.stories) if s.slug == story.slug)
        return self.themes[index % len(self.themes)]

    def newest(self) -> list[Story]:
        return sorted(self.stories, key=lambda s: s.published, reverse=True)

    def changed_at(self, story: Story) -> dt.datetime:
        """When the story last changed: edited, else its stated modification, else published."""
        return self.modified_at.get(story.slug, story.modified or story.published)

    def last_modified(self, stories: list[Story]) -> dt.datetime | None:
        """A page listing `stories` last changed when one of them did, or when a publication shifted it."""
        times = [self.changed_at(s) for s in stories]
        if self.last_publish is not None:
            times.append(self.last_publish)
        return max(times, default=None)

    def teaser(self, story: Story) -> Teaser:
        return Teaser(
            url=self.story_url(story),
            title=story.headline,
            excerpt=story.paragraphs[0][:90] + "…",
            date=story.published,
            author=story.authors[0],
        )

    def context(self, story: Story) -> PageContext:
        """The blocks around a story: the same for the page we serve and for the test's expectations."""
        ordered = sorted(self.stories, key=lambda s: s.published)
        position = next(i for i, s in enumerate(ordered) if s.slug == story.slug)
        previous = self.teaser(ordered[position - 1]) if position > 0 else None
        following = self.teaser(ordered[position + 1]) if position + 1 < len(ordered) else None
        same_section = [s for s in ordered if s.section == story.section and s.slug != story.slug]
        related = tuple(self.teaser(s) for s in same_section[:2])
        shown = {t.url for t in (previous, following, *related) if t is not None} | {self.story_url(story)}
        latest = tuple(self.teaser(s) for s in self.newest() if self.story_url(s) not in shown)[:3]
        return PageContext(
            site_name=self.name,
            base_url=self.base_url,
            url=self.story_url(story),
            today=self.today,
            previous=previous,
            next=following,
            related=related,
            latest=latest,
            sections=tuple(sorted({s.section for s in self.stories})),
        )

    # ------------------------------------------------------------------ pages
    def _listing(
        self,
        title: str,
        stories: list[Story],
        extra_links: str = "",
        older: str | None = None,
        newer: str | None = None,
    ) -> str:
        items = "\n".join(
            f'<article class="post"><h2 class="entry-title"><a href="{self.story_path(s)}">{html.escape(s.headline)}'
            f'</a></h2><div class="entry-summary"><p>{html.escape(s.summary)}</p></div></article>'
            for s in stories
        )
        sections = "".join(
            f'<li><a href="/category/{slugify(name)}/">{html.escape(name)}</a></li>'
            for name in sorted({s.section for s in self.stories})
            if self.section_nav
        )
        pager = ""
        if newer:
            pager += f'<a class="prev page-numbers" href="{newer}">Newer posts</a>'
        if older:
            pager += f'<a class="next page-numbers" href="{older}">Older posts</a>'
        if pager:
            pager = f'<nav class="navigation pagination">{pager}</nav>'
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} – '
            f'{html.escape(self.name)}</title><meta property="og:type" content="website">'
            f"{self.feed_link()}</head><body>"
            f'<header><div class="top-bar">Today: {self.today:%B %d, %Y}</div><nav><ul><li><a href="/">Home</a>'
            f"</li>{sections}</ul></nav></header><main><h1>{html.escape(title)}</h1>{items}{pager}"
            f"{extra_links}</main><footer><p>© {self.name}</p></footer></body></html>"
        )

    def home(self, page: int = 1) -> tuple[str, list[Story]] | None:
        """Home page number `page` and the stories it lists (None: no such page)."""
        newest = self.newest()
        if not self.paginate_home:
            if page != 1:
                return None
            chunk, older = newest[: self.per_page * 2], None
        else:
            chunk = newest[(page - 1) * self.per_page : page * self.per_page]
            if page != 1 and not chunk:
                return None
            older = f"/page/{page + 1}/" if page * self.per_page < len(newest) else None
        newer = None if page == 1 else "/" if page == 2 else f"/page/{page - 1}/"
        variants = ""
        if newest and page == 1 and self.share_links:
            first = newest[0]
            index = self.stories.index(first) + 1
            variants = (
                f'<aside class="share"><a href="{self.story_path(first)}?utm_source=twitter&amp;utm_medium=social">'
                f'Share</a> <a href="{self.story_path(first)}#comments">Comments</a> '
                f'<a href="{self.story_path(first)}amp/">AMP</a> <a href="/?p={index}">Short link</a> '
                f'<a href="http:{self.base_url.split(":", 1)[1]}{self.story_path(first)}">http</a></aside>'
            )
        if self.syndicated_slug and page == 1:
            variants += f'<p><a href="/partners/{self.syndicated_slug}/">From our partners</a></p>'
        if self.trouble and page == 1:
            variants += (
                '<ul class="trouble"><li><a href="/private/secret-story/">Members only</a></li>'
                '<li><a href="/gone-story/">Gone</a></li><li><a href="/flaky-story/">Flaky</a></li>'
                '<li><a href="/slow-story/">Slow</a></li><li><a href="/download/report">Report</a></li>'
                '<li><a href="/cut-short-story/">Cut short</a></li></ul>'
            )
        title = "Home" if page == 1 else f"Home – Page {page}"
        return self._listing(title, chunk, variants, older=older, newer=newer), chunk

    def category(self, slug: str, page: int) -> tuple[str, list[Story]] | None:
        matching = [s for s in self.newest() if slugify(s.section) == slug]
        if not matching:
            return None
        chunk = matching[(page - 1) * self.per_page : page * self.per_page]
        if not chunk:
            return None
        older = f"/category/{slug}/page/{page + 1}/" if page * self.per_page < len(matching) else None
        newer = None if page == 1 else f"/category/{slug}/" + ("" if page == 2 else f"page/{page - 1}/")
        return self._listing(matching[0].section, chunk, older=older, newer=newer), chunk

    def archive(self, kind: str, slug: str) -> tuple[str, list[Story]] | None:
        """Author and tag archives, as WordPress serves them: listing pages, never stories."""
        if kind == "author":
            matching = [s for s in self.newest() if any(slugify(a) == slug for a in s.authors)]
        else:
            matching = [s for s in self.newest() if any(slugify(t) == slug for t in s.tags)]
        chunk = matching[: self.per_page]
        return (self._listing(f"Archives: {slug}", chunk), chunk) if matching else None

    def feed_link(self) -> str:
        return (
            '<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/">'
            if self.announce
            else ""
        )

    def feed(self, stories: list[Story]) -> str:
        items = "".join(
            f"<item><title>{html.escape(s.headline)}</title><link>{self.story_url(s)}</link>"
            f"<guid>{self.story_url(s)}</guid><pubDate>{format_datetime(s.published)}</pubDate></item>"
            for s in stories
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{html.escape(self.name)}</title><link>{self.base_url}/</link>{items}</channel></rss>"
        )

    def sitemap_index(self) -> str:
        children = "".join(
            f"<sitemap><loc>{self.base_url}/{name}</loc></sitemap>"
            for name in ("post-sitemap.xml", "news-sitemap.xml")
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{children}</sitemapindex>"
        )

    def sitemap(self, stories: list[Story]) -> str:
        entries = "".join(
            f"<url><loc>{self.story_url(s)}</loc><lastmod>{self.changed_at(s).isoformat()}</lastmod></url>"
            for s in stories
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</urlset>"
        )

    def news_sitemap(self, stories: list[Story]) -> str:
        """A Google News sitemap: publication, publication date and title of each story."""
        entries = "".join(
            f"<url><loc>{self.story_url(s)}</loc><lastmod>{self.changed_at(s).isoformat()}</lastmod>"
            f"<news:news><news:publication><news:name>{html.escape(self.name)}</news:name>"
            f"<news:language>{s.language}</news:language></news:publication>"
            f"<news:publication_date>{s.published.isoformat()}</news:publication_date>"
            f"<news:title>{html.escape(s.headline)}</news:title></news:news></url>"
            for s in stories
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>'
        )

    def story_page(self, story: Story) -> str:
        return THEMES[self.theme_of(story)](story, self.context(story))

    def find(self, path: str) -> Story | None:
        return next((s for s in self.stories if self.story_path(s) == path), None)


class _Answer(NamedTuple):
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    modified: dt.datetime | None = None  # Last-Modified; the page also gets an ETag (a 200 in full)
    length: int | None = None  # a Content-Length that is not the body's: a page cut short
    delay: float = 0.0  # seconds to wait before answering


def _not_modified(headers: Mapping[str, str], etag: str, modified: dt.datetime | None) -> bool:
    """If-None-Match decides when present; otherwise If-Modified-Since, for pages with a Last-Modified."""
    if (match := headers.get("if-none-match")) is not None:
        return match.strip() == "*" or etag in [tag.strip() for tag in match.split(",")]
    if (since := headers.get("if-modified-since")) and modified is not None:
        try:
            return modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def _page_number(text: str) -> int | None:
    return int(text) if text.isdigit() and int(text) >= 1 else None


class _Handler(BaseHTTPRequestHandler):
    portal: Portal
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet: tests read portal.requests
        pass

    def _send(self, answer: _Answer) -> None:
        """A 200 with its full body carries an ETag (and its Last-Modified, when it has one) and becomes a
        304 when the request's validators match."""
        status, body = answer.status, answer.body
        headers = {k.lower(): v for k, v in self.headers.items()}
        conditional = "if-none-match" in headers or "if-modified-since" in headers
        validators = status == 200 and answer.length is None
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if validators and _not_modified(headers, etag, answer.modified):
            status, body = 304, b""
        sent = 0 if self.command == "HEAD" else len(body)
        with self.portal.lock:
            self.portal.requests.append(Hit(self.path, status, sent, conditional))
        self.send_response(status)
        if validators:
            self.send_header("ETag", etag)
            if answer.modified is not None:
                modified = answer.modified.astimezone(dt.UTC)
                self.send_header("Last-Modified", format_datetime(modified, usegmt=True))
        if status != 304:
            self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(answer.length if answer.length is not None else len(body)))
        self.end_headers()
        if sent:
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        portal = self.portal
        parts = urlsplit(self.path)
        if parts.path in portal.hang_paths:
            portal.released.wait(HANG_SECONDS)
        with portal.lock:  # one consistent state per page: tests publish and edit while the server runs
            answer = self._answer(portal, parts.path, parse_qs(parts.query))
        time.sleep(answer.delay)
        self._send(answer)

    def _answer(self, portal: Portal, path: str, query: dict[str, list[str]]) -> _Answer:
        """The first route that knows the path answers; a story's address is the last resort."""
        routes = (_robots, _home, _discovery, _listing, _syndicated, _static_or_faulty)
        for route in routes:
            if (answer := route(portal, path, query)) is not None:
                return answer
        return _story(portal, path)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default backlog of 5 drops connections when a crawler opens many

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a crawler hanging up on the slow or cut-short page is expected, not worth a traceback


class PortalServer:
    """Run a Portal on 127.0.0.1 in a background thread: `with PortalServer(portal): ...`."""

    def __init__(self, portal: Portal) -> None:
        handler = type("Handler", (_Handler,), {"portal": portal})
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.portal = portal
        portal.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="portal", daemon=True)

    def __enter__(self) -> PortalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.portal.release()
        self.httpd.shutdown()
        self.httpd.server_close()


_XML = "application/xml; charset=utf-8"
_Query = dict[str, list[str]]


def _robots(portal: Portal, path: str, query: _Query) -> _Answer | None:
    if path != "/robots.txt":
        return None
    text = "User-agent: *\nDisallow: /private/\n"
    if portal.announce:
        text += f"\nSitemap: {portal.base_url}{portal.robots_sitemap}\n"
    return _Answer(200, text.encode(), "text/plain")


def _home(portal: Portal, path: str, query: _Query) -> _Answer | None:
    """The home page and its pagination (/page/2/), and WordPress's ?p=<id> short links."""
    if path == "/" and "p" in query:
        index = int(query["p"][0]) - 1
        if 0 <= index < len(portal.stories):
            story = portal.stories[index]
            return _Answer(200, portal.story_page(story).encode(), modified=portal.changed_at(story))
        return _Answer(404, NOT_FOUND)
    if path == "/" or path.startswith("/page/"):
        bits = [b for b in path.split("/") if b]
        number = 1 if path == "/" else _page_number(bits[1]) if len(bits) == 2 else None
        if number and (home := portal.home(number)):
            return _Answer(200, home[0].encode(), modified=portal.last_modified(home[1]))
        return _Answer(404, NOT_FOUND)
    return None


def _discovery(portal: Portal, path: str, query: _Query) -> _Answer | None:
    """The feed and the sitemaps, where the portal announces them."""
    if not portal.announce:
        return None
    if path in ("/feed/", "/feed"):
        items = portal.newest()[: portal.feed_items]
        rss = "application/rss+xml; charset=utf-8"
        return _Answer(200, portal.feed(items).encode(), rss, portal.last_modified(items))
    if path == "/sitemap_index.xml":
        return _Answer(200, portal.sitemap_index().encode(), _XML, portal.last_modified(portal.stories))
    if path == "/post-sitemap.xml":
        newest = portal.newest()
        return _Answer(200, portal.sitemap(newest).encode(), _XML, portal.last_modified(newest))
    if path == "/news-sitemap.xml":
        newest = portal.newest()[:1000]  # a Google News sitemap holds at most 1,000 stories
        return _Answer(200, portal.news_sitemap(newest).encode(), _XML, portal.last_modified(newest))
    return None


def _listing(portal: Portal, path: str, query: _Query) -> _Answer | None:
    """Category pages (with their pagination), author and tag archives."""
    bits = [b for b in path.split("/") if b]
    listing = None
    if path.startswith("/category/") and len(bits) >= 2:
        page = int(bits[3]) if len(bits) >= 4 and bits[2] == "page" and bits[3].isdigit() else 1
        listing = portal.category(bits[1], page)
    elif path.startswith(("/author/", "/tag/")) and len(bits) == 2:
        listing = portal.archive(bits[0], bits[1])
    if not listing:
        return None
    return _Answer(200, listing[0].encode(), modified=portal.last_modified(listing[1]))


def _syndicated(portal: Portal, path: str, query: _Query) -> _Answer | None:
    """A partner's copy of one story, two hours later and with the partner's kicker."""
    if not (path.startswith("/partners/") and portal.syndicated_slug):
        return None
    original = next(s for s in portal.stories if s.slug == portal.syndicated_slug)
    copy = replace(
        original,
        slug="partner-copy",
        headline="Partner Wire: " + original.headline,
        published=original.published + dt.timedelta(hours=2),
    )
    ctx = replace(portal.context(original), url=portal.base_url + path)
    page = THEMES[portal.theme_of(original)](copy, ctx)
    return _Answer(200, page.encode(), modified=portal.changed_at(original))


def _static_or_faulty(portal: Portal, path: str, query: _Query) -> _Answer | None:
    """The site's static pages, and the addresses that fail as real sites do (gone, erroring, slow, not
    HTML, cut short)."""
    if path.strip("/") in STATIC_PAGES:
        title = path.strip("/").replace("-", " ").title()
        page = (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} – {portal.name}</title>'
            f'<meta property="og:type" content="website"></head><body><header><a href="/">Home</a></header>'
            f"<main><h1>{title}</h1><p>{STATIC_PAGES[path.strip('/')]}</p></main></body></html>"
        )
        return _Answer(200, page.encode())
    if path == "/gone-story/":
        return _Answer(404, NOT_FOUND)
    if path == "/flaky-story/":
        return _Answer(500, b"<html><body><h1>Internal error</h1></body></html>")
    if path == "/slow-story/":
        return _Answer(200, b"<html><body><p>late</p></body></html>", delay=portal.slow_seconds)
    if path == "/download/report":
        return _Answer(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n", "application/pdf")
    if path == "/cut-short-story/":
        body = portal.story_page(portal.stories[0]).encode()[:2000]
        return _Answer(200, body, length=len(body) + 5000)
    return None


def _story(portal: Portal, path: str) -> _Answer:
    """A story by its address (or its AMP copy); the legacy story is served in a legacy encoding."""
    story = portal.find(path[: -len("amp/")] if path.endswith("/amp/") else path)
    if story is None:
        return _Answer(404, NOT_FOUND)
    page = portal.story_page(story)
    if story.slug == portal.legacy_slug:
        page = page.replace('charset="utf-8"', f'charset="{LEGACY_ENCODING}"')
        page = page.replace("charset=utf-8", f"charset={LEGACY_ENCODING}")
        legacy = page.encode(LEGACY_ENCODING, "xmlcharrefreplace")
        return _Answer(200, legacy, f"text/html; charset={LEGACY_ENCODING}", portal.changed_at(story))
    return _Answer(200, page.encode(), modified=portal.changed_at(story))
