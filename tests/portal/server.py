# ruff: noqa: E501  (HTML templates read best as whole lines)
"""A fixture news portal on a real HTTP server (127.0.0.1, ephemeral port).

It serves what a WordPress news site serves: a home page, category pages with pagination, an RSS feed,
a sitemap index with lastmod dates, robots.txt (with a disallowed path and its Sitemap line), story pages
rendered by the fixture themes, and the usual trouble: tracking-parameter, AMP, shortlink (?p=ID) and
print variants of story URLs, a syndicated copy under another URL, a story in windows-1252, a 404, a
500, a slow page, a PDF, and a page cut short. Listing pages, the feed and the sitemap answer
conditional requests (ETag / Last-Modified -> 304). Tests can publish and edit stories while it runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import threading
import time
from dataclasses import dataclass, field, replace
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.fixtures.themes import THEMES, PageContext, Story, Teaser
from tests.fixtures.themes._common import slugify

LEGACY_ENCODING = "windows-1252"
STATIC_PAGES = {
    "about": "We are a small independent newsroom covering the region since 1998.",
    "contact": "Write to the newsroom at the address below; we answer every letter.",
    "advertise": "Reach our readers: ask for our media kit and rates.",
    "privacy-policy": "We keep as little data about you as we can, and never sell it.",
}


@dataclass
class Request:
    path: str
    status: int
    size: int
    headers: dict[str, str]


@dataclass
class Portal:
    """Portal state; every method is safe to call while the server runs."""

    stories: list[Story]
    themes: tuple[str, ...] = ("portal",)
    name: str = "Fixture Portal"
    per_page: int = 4
    legacy_slug: str | None = None  # this story is served in windows-1252
    syndicated_slug: str | None = None  # this story's text is also served under /partners/
    today: dt.date = dt.date(2024, 7, 21)
    slow_seconds: float = 3.0
    trouble: bool = True  # link the error pages from the home page
    announce: bool = True  # offer an RSS feed and sitemaps (off: stories are found through pages only)
    base_url: str = ""
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_change: dt.datetime = field(default_factory=lambda: dt.datetime(2024, 7, 21, 6, 0, tzinfo=dt.UTC))
    modified_at: dict[str, dt.datetime] = field(default_factory=dict)

    # ------------------------------------------------------------------ state changes
    def publish(self, story: Story) -> None:
        with self.lock:
            self.stories.append(story)
            self.last_change = dt.datetime.now(dt.UTC)

    def edit(self, slug: str, **changes: object) -> Story:
        with self.lock:
            index = next(i for i, s in enumerate(self.stories) if s.slug == slug)
            self.stories[index] = replace(self.stories[index], **changes)  # type: ignore[arg-type]
            self.last_change = dt.datetime.now(dt.UTC)
            self.modified_at[slug] = self.last_change
            return self.stories[index]

    # ------------------------------------------------------------------ URLs and expectations
    def story_path(self, story: Story) -> str:
        return f"/{story.published:%Y/%m}/{story.slug}/"

    def story_url(self, story: Story) -> str:
        return self.base_url + self.story_path(story)

    def theme_of(self, story: Story) -> str:
        index = next(i for i, s in enumerate(self.stories) if s.slug == story.slug)
        return self.themes[index % len(self.themes)]

    def newest(self) -> list[Story]:
        return sorted(self.stories, key=lambda s: s.published, reverse=True)

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
        self, title: str, stories: list[Story], extra_links: str = "", older: str | None = None
    ) -> str:
        items = "\n".join(
            f'<article class="post"><h2 class="entry-title"><a href="{self.story_path(s)}">{html.escape(s.headline)}'
            f'</a></h2><div class="entry-summary"><p>{html.escape(s.summary)}</p></div></article>'
            for s in stories
        )
        sections = "".join(
            f'<li><a href="/category/{slugify(name)}/">{html.escape(name)}</a></li>'
            for name in sorted({s.section for s in self.stories})
        )
        pager = f'<a class="next page-numbers" href="{older}">Older posts</a>' if older else ""
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} – '
            f'{html.escape(self.name)}</title><meta property="og:type" content="website">'
            f"{self.feed_link()}</head><body>"
            f'<header><div class="top-bar">Today: {self.today:%B %d, %Y}</div><nav><ul><li><a href="/">Home</a>'
            f"</li>{sections}</ul></nav></header><main><h1>{html.escape(title)}</h1>{items}{pager}"
            f"{extra_links}</main><footer><p>© {self.name}</p></footer></body></html>"
        )

    def home(self) -> str:
        newest = self.newest()[: self.per_page * 2]
        variants = ""
        if newest:
            first = newest[0]
            index = self.stories.index(first) + 1
            variants = (
                f'<aside class="share"><a href="{self.story_path(first)}?utm_source=twitter&amp;utm_medium=social">'
                f'Share</a> <a href="{self.story_path(first)}#comments">Comments</a> '
                f'<a href="{self.story_path(first)}amp/">AMP</a> <a href="/?p={index}">Short link</a> '
                f'<a href="http:{self.base_url.split(":", 1)[1]}{self.story_path(first)}">http</a></aside>'
            )
        if self.syndicated_slug:
            variants += f'<p><a href="/partners/{self.syndicated_slug}/">From our partners</a></p>'
        if self.trouble:
            variants += (
                '<ul class="trouble"><li><a href="/private/secret-story/">Members only</a></li>'
                '<li><a href="/gone-story/">Gone</a></li><li><a href="/flaky-story/">Flaky</a></li>'
                '<li><a href="/slow-story/">Slow</a></li><li><a href="/download/report">Report</a></li>'
                '<li><a href="/cut-short-story/">Cut short</a></li></ul>'
            )
        return self._listing("Home", newest, variants)

    def category(self, slug: str, page: int) -> str | None:
        matching = [s for s in self.newest() if slugify(s.section) == slug]
        if not matching:
            return None
        chunk = matching[(page - 1) * self.per_page : page * self.per_page]
        if not chunk:
            return None
        older = f"/category/{slug}/page/{page + 1}/" if page * self.per_page < len(matching) else None
        return self._listing(matching[0].section, chunk, older=older)

    def archive(self, kind: str, slug: str) -> str | None:
        """Author and tag archives, as WordPress serves them: listing pages, never stories."""
        if kind == "author":
            matching = [s for s in self.newest() if any(slugify(a) == slug for a in s.authors)]
        else:
            matching = [s for s in self.newest() if any(slugify(t) == slug for t in s.tags)]
        return self._listing(f"Archives: {slug}", matching[: self.per_page]) if matching else None

    def feed_link(self) -> str:
        return (
            '<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/">'
            if self.announce
            else ""
        )

    def feed(self) -> str:
        items = "".join(
            f"<item><title>{html.escape(s.headline)}</title><link>{self.story_url(s)}</link>"
            f"<guid>{self.story_url(s)}</guid><pubDate>{format_datetime(s.published)}</pubDate></item>"
            for s in self.newest()[:10]
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{html.escape(self.name)}</title><link>{self.base_url}/</link>{items}</channel></rss>"
        )

    def sitemap_index(self) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{self.base_url}/post-sitemap.xml</loc></sitemap></sitemapindex>"
        )

    def sitemap(self) -> str:
        entries = "".join(
            f"<url><loc>{self.story_url(s)}</loc><lastmod>"
            f"{self.modified_at.get(s.slug, s.modified or s.published).isoformat()}</lastmod></url>"
            for s in self.newest()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</urlset>"
        )

    def story_page(self, story: Story) -> str:
        return THEMES[self.theme_of(story)](story, self.context(story))

    def find(self, path: str) -> Story | None:
        return next((s for s in self.stories if self.story_path(s) == path), None)


class _Handler(BaseHTTPRequestHandler):
    portal: Portal
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet: tests read portal.requests
        pass

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        *,
        conditional: bool = False,
        length: int | None = None,
    ) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        if conditional:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if headers.get("if-none-match") == etag:
                self._record(304, 0, headers)
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        self._record(status, len(body), headers)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length if length is not None else len(body)))
        if conditional:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", format_datetime(self.portal.last_change, usegmt=True))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _record(self, status: int, size: int, headers: dict[str, str]) -> None:
        with self.portal.lock:
            self.portal.requests.append(Request(self.path, status, size, headers))

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        portal = self.portal
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        html_type = "text/html; charset=utf-8"
        if path == "/robots.txt":
            text = "User-agent: *\nDisallow: /private/\n"
            if portal.announce:
                text += f"\nSitemap: {portal.base_url}/sitemap_index.xml\n"
            return self._send(200, text.encode(), "text/plain", conditional=True)
        if path == "/" and "p" in query:
            index = int(query["p"][0]) - 1
            if 0 <= index < len(portal.stories):
                return self._send(200, portal.story_page(portal.stories[index]).encode(), html_type)
            return self._send(404, b"<html><body>Not found</body></html>", html_type)
        if path == "/":
            return self._send(200, portal.home().encode(), html_type, conditional=True)
        if path in ("/feed/", "/feed") and portal.announce:
            return self._send(
                200, portal.feed().encode(), "application/rss+xml; charset=utf-8", conditional=True
            )
        if path == "/sitemap_index.xml" and portal.announce:
            return self._send(200, portal.sitemap_index().encode(), "application/xml", conditional=True)
        if path == "/post-sitemap.xml" and portal.announce:
            return self._send(200, portal.sitemap().encode(), "application/xml", conditional=True)
        if path.startswith("/category/"):
            bits = [b for b in path.split("/") if b]
            page = int(bits[3]) if len(bits) >= 4 and bits[2] == "page" and bits[3].isdigit() else 1
            listing = portal.category(bits[1], page) if len(bits) >= 2 else None
            if listing:
                return self._send(200, listing.encode(), html_type, conditional=True)
        if path.startswith(("/author/", "/tag/")):
            bits = [b for b in path.split("/") if b]
            listing = portal.archive(bits[0], bits[1]) if len(bits) == 2 else None
            if listing:
                return self._send(200, listing.encode(), html_type, conditional=True)
        if path.startswith("/partners/") and portal.syndicated_slug:
            original = next(s for s in portal.stories if s.slug == portal.syndicated_slug)
            copy = replace(
                original,
                slug="partner-copy",
                headline="Partner Wire: " + original.headline,
                published=original.published + dt.timedelta(hours=2),
            )
            ctx = replace(portal.context(original), url=portal.base_url + path)
            return self._send(200, THEMES[portal.theme_of(original)](copy, ctx).encode(), html_type)
        if path.strip("/") in STATIC_PAGES:
            title = path.strip("/").replace("-", " ").title()
            page = (
                f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} – {portal.name}</title>'
                f'<meta property="og:type" content="website"></head><body><header><a href="/">Home</a></header>'
                f"<main><h1>{title}</h1><p>{STATIC_PAGES[path.strip('/')]}</p></main></body></html>"
            )
            return self._send(200, page.encode(), html_type)
        if path == "/gone-story/":
            return self._send(404, b"<html><body><h1>Page not found</h1></body></html>", html_type)
        if path == "/flaky-story/":
            return self._send(500, b"<html><body><h1>Internal error</h1></body></html>", html_type)
        if path == "/slow-story/":
            time.sleep(portal.slow_seconds)
            return self._send(200, b"<html><body><p>late</p></body></html>", html_type)
        if path == "/download/report":
            return self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n", "application/pdf")
        if path == "/cut-short-story/":
            body = portal.story_page(portal.stories[0]).encode()[:2000]
            return self._send(200, body, html_type, length=len(body) + 5000)
        story_path = path[: -len("amp/")] if path.endswith("/amp/") else path
        story = portal.find(story_path)
        if story is not None:
            page = portal.story_page(story)
            if story.slug == portal.legacy_slug:
                page = page.replace('charset="utf-8"', f'charset="{LEGACY_ENCODING}"')
                page = page.replace("charset=utf-8", f"charset={LEGACY_ENCODING}")
                return self._send(
                    200,
                    page.encode(LEGACY_ENCODING, "xmlcharrefreplace"),
                    f"text/html; charset={LEGACY_ENCODING}",
                )
            return self._send(200, page.encode(), html_type)
        return self._send(404, b"<html><body><h1>Page not found</h1></body></html>", html_type)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default backlog of 5 drops connections when a crawler opens many

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a crawler hanging up on the slow or cut-short page is expected, not worth a traceback


class PortalServer:
    """Run a Portal on 127.0.0.1 in a background thread: `with PortalServer(portal) as server: ...`."""

    def __init__(self, portal: Portal) -> None:
        handler = type("Handler", (_Handler,), {"portal": portal})
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.portal = portal
        portal.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="portal", daemon=True)

    @property
    def url(self) -> str:
        return self.portal.base_url + "/"

    def __enter__(self) -> PortalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
