"""Helpers shared by the alerts commands (rules, search, alerts, deliveries): archive scans and output."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from crawler.archive.db import session_scope
from crawler.archive.models import Article, ArticleAuthor
from monitor.rules import Document, Hit, QueryError, evaluate, parse
from monitor.rules.query import Node
from newswatch.config import Settings


def ensure_schema(settings: Settings) -> None:
    """Apply pending migrations (idempotent) so a fresh setup works without a separate step."""
    from crawler.archive import migrate

    migrate.upgrade(settings.database_url)


def parse_or_report(query: str) -> Node | None:
    """Parse a query from the command line; on a mistake print it with a caret and return None."""
    try:
        return parse(query)
    except QueryError as exc:
        print(f"newswatch: invalid query: {exc}", file=sys.stderr)
        return None


def scan_archive(
    settings: Settings, node: Node, *, source: str | None = None
) -> Iterator[tuple[Article, list[Hit]]]:
    """Every archived story `node` matches, with the hits that explain why (oldest first)."""
    last_id = 0
    while True:
        with session_scope(settings.database_url) as session:
            query = (
                select(Article)
                .where(Article.id > last_id)
                .order_by(Article.id)
                .limit(500)
                .options(selectinload(Article.authors).joinedload(ArticleAuthor.author))
            )
            if source:
                query = query.where(Article.source == source)
            batch = list(session.scalars(query))
            if not batch:
                return
            last_id = batch[-1].id
            for article in batch:
                hits: list[Hit] = []
                if evaluate(node, Document.from_article(article), hits):
                    yield article, hits


def published(article: Article) -> str | None:
    if article.published_at is not None:
        return article.published_at.isoformat()
    return article.published_date.isoformat() if article.published_date else None


def article_json(article: Article, hits: list[Hit]) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "headline": article.headline,
        "published": published(article),
        "source": article.source,
        "authors": [link.author.name for link in article.authors],
        "matched": [{"term": h.term, "field": h.field, "word": h.word} for h in hits],
    }


def print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=_default))


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)
