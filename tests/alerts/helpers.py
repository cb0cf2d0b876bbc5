"""Test parts for the alerts suite: a real webhook receiver on 127.0.0.1, archive rows, settings.

The receiver is an ordinary threaded HTTP server. Every request it gets is verified with the
`standardwebhooks` package (the reference implementation receivers use), so a signature, header or
timestamp mistake fails the test that caused it. Its answers are scripted per request: a status, extra
headers, a delay (to be slow), or a hook run before answering (the crash test kills the sender there).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import standardwebhooks

from crawler.archive.db import session_scope
from crawler.archive.models import Article, ArticleAuthor, ArticleUrl, Author, CrawlRun, RelatedLink
from newswatch.config import Settings, settings_from_mapping


def new_secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(32)).decode()


def free_port() -> int:
    """A port nothing listens on (yet): posting to it is 'receiver down'."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Reply:
    status: int = 204
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    before: Callable[[], None] | None = None


@dataclass
class Received:
    webhook_id: str
    timestamp: str
    signature: str
    body: bytes
    payload: dict[str, Any]
    at: float


class Receiver:
    """A webhook endpoint on 127.0.0.1 that verifies every request and answers as scripted."""

    def __init__(self, secret: str, port: int | None = None, replies: Iterable[Reply] = ()) -> None:
        self.secret = secret
        self.port = port or free_port()
        self.replies: list[Reply] = list(replies)
        self.received: list[Received] = []
        self.rejected: list[str] = []
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    payload = standardwebhooks.Webhook(receiver.secret).verify(body, headers)
                except Exception as exc:  # record and answer 400: the test asserts nothing was rejected
                    with receiver._lock:
                        receiver.rejected.append(f"{type(exc).__name__}: {exc}")
                    self.send_response(400)
                    self.end_headers()
                    return
                with receiver._lock:
                    receiver.received.append(
                        Received(
                            headers["webhook-id"],
                            headers["webhook-timestamp"],
                            headers["webhook-signature"],
                            body,
                            payload,
                            time.monotonic(),
                        )
                    )
                    reply = receiver.replies.pop(0) if receiver.replies else Reply()
                if reply.before:
                    reply.before()
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("content-length", "0")
                    self.end_headers()
                except OSError:
                    pass  # the sender gave up (timeout) or died: that is the point of those tests

        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def unique_ids(self) -> list[str]:
        """What a receiver deduplicating on webhook-id would process."""
        return list(dict.fromkeys(r.webhook_id for r in self.received))


def make_settings(
    database_url: str,
    rules: list[dict[str, Any]],
    *,
    allow_private: bool = True,
    alerts: dict[str, Any] | None = None,
) -> Settings:
    raw: dict[str, Any] = {
        "database_url": database_url,
        "allow_private_destinations": allow_private,
        "rules": rules,
        "alerts": {"retry_delays": ["0.05s", "0.05s"], "jitter": 0, "timeout": "2s", "lease": "5s"}
        | (alerts or {}),
    }
    return settings_from_mapping(raw)


def rule(name: str, query: str, receiver: Receiver, **extra: Any) -> dict[str, Any]:
    return {"name": name, "query": query, "webhook_url": receiver.url, "secret": receiver.secret} | extra


def crawl_run(database_url: str, source: str = "portal") -> int:
    """Record a crawl of `source` (the first one recorded is the source's first crawl: history)."""
    with session_scope(database_url) as session:
        run = CrawlRun(source=source, status="finished")
        session.add(run)
        session.flush()
        return run.id


_counter = iter(range(1, 1_000_000))


def add_article(
    database_url: str,
    *,
    headline: str,
    body: str = "",
    source: str = "portal",
    url: str | None = None,
    authors: Iterable[str] = (),
    section: str | None = None,
    language: str | None = "en",
    summary: str | None = None,
    related: Iterable[tuple[str, str, str]] = (),
    run_id: int | None = None,
    first_seen_at: dt.datetime | None = None,
    article_id: int | None = None,
) -> int:
    """Insert a story as the crawler would (through the models); returns its id."""
    n = next(_counter)
    url = url or f"https://news.example.com/2026/11/story-{n}-{os.urandom(3).hex()}/"
    now = first_seen_at or dt.datetime.now(dt.UTC)
    with session_scope(database_url) as session:
        article = Article(
            id=article_id,
            url=url,
            headline=headline,
            body=body,
            summary=summary,
            section=section,
            language=language,
            source=source,
            content_hash=os.urandom(16).hex(),
            published_at=now - dt.timedelta(minutes=5),
            published_utc_offset=60,
            published_offset_source="page",
            first_crawl_run_id=run_id,
            first_seen_at=now,
            last_seen_at=now,
        )
        for position, name in enumerate(authors):
            author = session.query(Author).filter_by(name=name).one_or_none() or Author(name=name)
            article.authors.append(ArticleAuthor(author=author, position=position))
        for link_url, title, relation in related:
            article.related_links.append(RelatedLink(url=link_url, title=title, relation=relation))
        article.urls.append(ArticleUrl(url=url))
        session.add(article)
        session.flush()
        return article.id


def payload_of(received: Received) -> dict[str, Any]:
    return json.loads(received.body)


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


class RestoreLogging:
    """The CLI reconfigures the root logger onto the captured stream; put the old handlers back."""

    def __enter__(self) -> RestoreLogging:
        import logging

        self.handlers = logging.getLogger().handlers[:]
        self.level = logging.getLogger().level
        return self

    def __exit__(self, *exc: object) -> None:
        import logging

        logging.getLogger().handlers[:] = self.handlers
        logging.getLogger().setLevel(self.level)
