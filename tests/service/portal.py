"""A small WordPress-style news portal on 127.0.0.1 for the service tests and the benchmarks.

It serves a home page with numbered pagination (`/page/N/`), an RSS feed (`/feed/`), a Google News
sitemap (`/sitemap.xml`), robots.txt and one article page per story, all with ETag and Last-Modified, and
answers conditional requests with 304. Stories can be published while it runs. Every request is
recorded (path, status, bytes of body sent) so tests and benchmarks can count what a crawl fetched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import threading
from dataclasses import dataclass, field
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PER_PAGE = 20
EPOCH = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Story:
    slug: str
    headline: str
    body: str
    published: dt.datetime
    author: str = "Dana Reporter"
    section: str = "World"

    @property
    def path(self) -> str:
        return f"/{self.published:%Y/%m/%d}/{self.slug}/"


@dataclass(frozen=True)
class Hit:
    path: str
    status: int
    body_bytes: int
    conditional: bool


@dataclass
class Portal:
    """Start with `with Portal(stories=200) as portal:`; `portal.url` is its home page."""

    stories: int = 20
    host: str = "127.0.0.1"
    port: int = 0
    _stories: list[Story] = field(default_factory=list, init=False)
    _hits: list[Hit] = field(default_factory=list, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _server: ThreadingHTTPServer | None = field(default=None, init=False)
    # Paths that hang (no answer) until `release()`: a stand-in for a portal that stops responding.
    hang_paths: set[str] = field(default_factory=set, init=False)
    _released: threading.Event = field(default_factory=threading.Event, init=False)

    def __post_init__(self) -> None:
        for i in range(self.stories):
            self._stories.append(
                Story(
                    slug=f"story-{i:04d}",
                    headline=f"Harbour council debates budget item {i}",
                    body=" ".join(
                        f"Paragraph {p} of story {i}: the council met on Tuesday to discuss the ferry "
                        f"timetable, the library roof and the budget for the coming year."
                        for p in range(6)
                    ),
                    published=EPOCH + dt.timedelta(minutes=i),
                )
            )

    # -- control ---------------------------------------------------------------------------------------
    def __enter__(self) -> Portal:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> str:
        portal = self

        class Handler(_Handler):
            owner = portal

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="portal", daemon=True).start()
        return self.url

    def release(self) -> None:
        self._released.set()

    def stop(self) -> None:
        self.release()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def url(self) -> str:
        assert self._server is not None, "portal not started"
        return f"http://{self.host}:{self._server.server_address[1]}/"

    def publish(self, slug: str, headline: str, body: str, *, section: str = "World") -> Story:
        with self._lock:
            latest = max((s.published for s in self._stories), default=EPOCH)
            now = dt.datetime.now(dt.UTC).replace(microsecond=0)
            story = Story(slug, headline, body, max(now, latest + dt.timedelta(seconds=1)), section=section)
            self._stories.append(story)
        return story

    def hits(self) -> list[Hit]:
        with self._lock:
            return list(self._hits)

    def reset_hits(self) -> None:
        with self._lock:
            self._hits.clear()

    def article_paths(self) -> set[str]:
        with self._lock:
            return {s.path for s in self._stories}

    # -- pages -----------------------------------------------------------------------------------------
    def _snapshot(self) -> list[Story]:
        with self._lock:
            return sorted(self._stories, key=lambda s: s.published, reverse=True)

    def render(self, path: str) -> tuple[int, str, bytes, dt.datetime | None]:
        """(status, content type, body, last modified) for a path."""
        stories = self._snapshot()
        newest = stories[0].published if stories else EPOCH
        if path == "/robots.txt":
            return (
                200,
                "text/plain",
                f"User-agent: *\nAllow: /\nSitemap: {self.url}sitemap.xml\n".encode(),
                None,
            )
        if path == "/feed/":
            return 200, "application/rss+xml; charset=utf-8", self._feed(stories[:PER_PAGE]), newest
        if path == "/sitemap.xml":
            return 200, "application/xml; charset=utf-8", self._sitemap(stories), newest
        if path == "/" or (path.startswith("/page/") and path.endswith("/")):
            number = 1 if path == "/" else _int(path.split("/")[2])
            pages = max(1, -(-len(stories) // PER_PAGE))
            if number is None or not 1 <= number <= pages:
                return 404, "text/html; charset=utf-8", b"<html><body>Not found</body></html>", None
            chunk = stories[(number - 1) * PER_PAGE : number * PER_PAGE]
            return 200, "text/html; charset=utf-8", self._listing(chunk, number, pages), chunk[0].published
        for story in stories:
            if story.path == path:
                return 200, "text/html; charset=utf-8", self._article(story), story.published
        return 404, "text/html; charset=utf-8", b"<html><body><h1>Not found</h1></body></html>", None

    def _listing(self, chunk: list[Story], number: int, pages: int) -> bytes:
        items = "\n".join(
            f'<article class="post type-post"><h2 class="entry-title"><a href="{s.path}">'
            f'{html.escape(s.headline)}</a></h2><time datetime="{s.published.isoformat()}">'
            f"{s.published:%B %d, %Y}</time></article>"
            for s in chunk
        )
        nav = []
        if number > 1:
            nav.append(f'<a class="prev page-numbers" href="{_page(number - 1)}">Previous</a>')
        if number < pages:
            nav.append(f'<a class="next page-numbers" href="{_page(number + 1)}">Next</a>')
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Times</title>'
            '<link rel="alternate" type="application/rss+xml" href="/feed/"></head>'
            '<body class="home blog"><header><a href="/">Harbour Times</a></header><main>'
            f'{items}<nav class="navigation pagination">{"".join(nav)}</nav></main></body></html>'
        ).encode()

    def _article(self, story: Story) -> bytes:
        ld = (
            '{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{story.headline}", "datePublished": "{story.published.isoformat()}", '
            f'"author": {{"@type": "Person", "name": "{story.author}"}}, '
            f'"articleSection": "{story.section}", "mainEntityOfPage": "{self.url.rstrip("/")}{story.path}"}}'
        )
        paragraphs = "".join(f"<p>{html.escape(p.strip())}.</p>" for p in story.body.split(".") if p.strip())
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{html.escape(story.headline)} – Harbour Times</title>"
            f'<link rel="canonical" href="{self.url.rstrip("/")}{story.path}">'
            '<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{html.escape(story.headline)}">'
            f'<meta property="article:published_time" content="{story.published.isoformat()}">'
            f'<script type="application/ld+json">{ld}</script></head>'
            '<body class="post-template-default single single-post"><header><a href="/">Harbour Times</a>'
            '</header><main><article class="post type-post">'
            f'<h1 class="entry-title">{html.escape(story.headline)}</h1>'
            f'<div class="entry-meta"><span class="author vcard">By {story.author}</span> '
            f'<time class="entry-date published" datetime="{story.published.isoformat()}">'
            f"{story.published:%B %d, %Y}</time></div>"
            f'<div class="entry-content">{paragraphs}</div></article></main>'
            "<footer>© Harbour Times</footer></body></html>"
        ).encode()

    def _feed(self, stories: list[Story]) -> bytes:
        base = self.url.rstrip("/")
        items = "".join(
            f"<item><title>{html.escape(s.headline)}</title><link>{base}{s.path}</link>"
            f"<guid>{base}{s.path}</guid><pubDate>{format_datetime(s.published, usegmt=True)}</pubDate>"
            "</item>"
            for s in stories
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Harbour Times</title><link>{base}/</link>{items}</channel></rss>"
        ).encode()

    def _sitemap(self, stories: list[Story]) -> bytes:
        base = self.url.rstrip("/")
        urls = "".join(
            f"<url><loc>{base}{s.path}</loc><lastmod>{s.published.isoformat()}</lastmod>"
            "<news:news><news:publication><news:name>Harbour Times</news:name>"
            "<news:language>en</news:language></news:publication>"
            f"<news:publication_date>{s.published.isoformat()}</news:publication_date>"
            f"<news:title>{html.escape(s.headline)}</news:title></news:news></url>"
            for s in stories
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"{urls}</urlset>"
        ).encode()


def _page(number: int) -> str:
    return "/" if number == 1 else f"/page/{number}/"


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


class _Handler(BaseHTTPRequestHandler):
    owner: Portal
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def _serve(self, *, send_body: bool) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path in self.owner.hang_paths:
            self.owner._released.wait(120)
        status, ctype, body, modified = self.owner.render(path)
        etag = f'"{hashlib.sha256(body).hexdigest()[:20]}"'
        conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
        if status == 200 and _not_modified(self.headers, etag, modified):
            status, body = 304, b""
        self.send_response(status)
        if status in (200, 304):
            self.send_header("ETag", etag)
            if modified is not None:
                self.send_header("Last-Modified", format_datetime(modified, usegmt=True))
        if status != 304:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)
        with self.owner._lock:
            self.owner._hits.append(Hit(path, status, len(body) if send_body else 0, conditional))


def _not_modified(headers: object, etag: str, modified: dt.datetime | None) -> bool:
    inm = headers.get("If-None-Match")  # type: ignore[attr-defined]
    if inm is not None:
        return etag in [tag.strip() for tag in inm.split(",")] or inm.strip() == "*"
    ims = headers.get("If-Modified-Since")  # type: ignore[attr-defined]
    if ims and modified is not None:
        try:
            return modified.replace(microsecond=0) <= parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False
