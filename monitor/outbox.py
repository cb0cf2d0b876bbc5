"""Matching new stories into the durable outbox (before any delivery is attempted).

One transaction per batch of stories writes, together: the outbox rows (with the exact payload), one
delivery row per destination, and a "scanned" marker per story. Either all of it lands or none of it,
so a crash can neither lose a match nor scan a story twice. Every insert is idempotent on a unique key
((rule, article) for the outbox, (outbox, destination) for deliveries, article for the scan marker),
so runs may overlap -- the service, a cron job and a user's `newswatch alerts run` together still
produce one alert per story and rule.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from crawler.archive.models import Article, ArticleAuthor, CrawlRun
from monitor.models import AlertDestination, AlertRule, Delivery, OutboxEntry, ScannedArticle
from monitor.rules import Document, RuleIndex, matched_terms, parse
from monitor.rules.query import Node
from monitor.webhooks.payload import build_payload
from newswatch.config import RuleConfig, Settings

log = logging.getLogger("newswatch.alerts")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def insert_ignoring_conflicts(
    session: Session, table: Any, rows: list[dict[str, Any]], keys: list[str]
) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING (PostgreSQL and SQLite); add .returning() to learn what landed."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(table).values(rows).on_conflict_do_nothing(index_elements=keys)
    return stmt


@dataclass(frozen=True)
class ActiveRule:
    """A configured rule joined with its database row (id, first-loaded time, destination ids)."""

    id: int
    name: str
    added_at: dt.datetime
    destination_ids: tuple[int, ...]
    sources: frozenset[str]
    config: RuleConfig


def sync_rules(
    session: Session, rules: Sequence[RuleConfig], now: dt.datetime | None = None
) -> list[ActiveRule]:
    """Record configured rules the first time newswatch sees them (their `added_at`) and their URLs.

    The service should call this at start-up (via `register_rules`), so a rule added to the file counts
    from when newswatch loaded it, not from its first alerts pass.
    """
    now = now or _now()
    by_name = {
        r.name: r for r in session.scalars(select(AlertRule).options(selectinload(AlertRule.destinations)))
    }
    active: list[ActiveRule] = []
    for config in rules:
        row = by_name.get(config.name)
        if row is None:
            session.execute(
                insert_ignoring_conflicts(
                    session,
                    AlertRule.__table__,
                    [{"name": config.name, "query": config.query, "added_at": now, "updated_at": now}],
                    ["name"],
                )
            )
            row = session.scalars(
                select(AlertRule)
                .where(AlertRule.name == config.name)
                .options(selectinload(AlertRule.destinations))
            ).one()
        elif row.query != config.query:
            row.query = config.query
            row.updated_at = now
        known = {d.url: d for d in row.destinations}
        missing = [{"rule_id": row.id, "url": url} for url in config.webhook_urls if url not in known]
        if missing:
            session.execute(
                insert_ignoring_conflicts(session, AlertDestination.__table__, missing, ["rule_id", "url"])
            )
            session.flush()
            session.expire(row, ["destinations"])
            known = {d.url: d for d in row.destinations}
        if not config.options.get("enabled", True):
            continue
        active.append(
            ActiveRule(
                id=row.id,
                name=config.name,
                added_at=row.added_at,
                destination_ids=tuple(known[url].id for url in config.webhook_urls),
                sources=frozenset(config.options.get("sources", ())),
                config=config,
            )
        )
    session.flush()
    return active


@lru_cache(maxsize=8)
def _compiled(queries: tuple[tuple[str, str], ...]) -> RuleIndex:
    """The rule index, rebuilt only when the configured rules change (the service calls us often)."""
    nodes: list[tuple[Hashable, Node]] = [(name, parse(query)) for name, query in queries]
    return RuleIndex(nodes)


def rule_index(rules: Sequence[ActiveRule]) -> RuleIndex:
    return _compiled(tuple((r.name, r.config.query) for r in rules))


def _first_crawl_runs(session: Session, run_ids: set[int]) -> set[int]:
    """Which of `run_ids` are the first crawl of their source: stories they archived are history.

    The source is taken from the crawl run itself, so this holds however the story names its source.
    """
    if not run_ids:
        return set()
    sources = set(session.scalars(select(CrawlRun.source).where(CrawlRun.id.in_(run_ids))))
    firsts = session.scalars(
        select(func.min(CrawlRun.id)).where(CrawlRun.source.in_(sources)).group_by(CrawlRun.source)
    )
    return set(firsts) & run_ids


# Stories scanned longer ago than this bound the next scan from below. Ids are handed out in insert
# order but become visible at commit, so a story can appear *behind* one already scanned; the crawler
# commits story by story, so none stays invisible for an hour. Without the bound every pass would walk
# all stories archived since the oldest rule was added.
SCAN_FLOOR_AGE = dt.timedelta(hours=1)


def _scan_floor(database_url: str, now: dt.datetime) -> int:
    from crawler.archive.db import session_scope

    with session_scope(database_url) as session:
        floor = session.scalar(
            select(ScannedArticle.article_id)
            .where(ScannedArticle.scanned_at < now - SCAN_FLOOR_AGE)
            .order_by(ScannedArticle.article_id.desc())
            .limit(1)
        )
    return floor or 0


@dataclass
class MatchCounts:
    scanned: int = 0
    matched: int = 0


def _load_options() -> list[Any]:
    return [
        selectinload(Article.authors).joinedload(ArticleAuthor.author),
        selectinload(Article.related_links),
    ]


def match_new_stories(
    database_url: str, settings: Settings, *, backfill: bool = False, now: dt.datetime | None = None
) -> MatchCounts:
    """Match stories not yet scanned against the rules and write what matched to the outbox.

    New for a rule means: first archived at or after the rule was added, and not by its source's first
    crawl. With `backfill`, every archived story is matched against every rule (still at most one
    alert per rule and story). Each batch of stories is one transaction: its outbox rows, their
    deliveries and the stories' scanned marks commit together.
    """
    from crawler.archive.db import session_scope

    counts = MatchCounts()
    with session_scope(database_url) as session:
        rules = sync_rules(session, settings.rules, now)
    if not rules:
        return counts
    matching = _Matching(rule_index(rules), {r.name: r for r in rules}, backfill)
    oldest_rule = min(r.added_at for r in rules)
    last_id = 0 if backfill else _scan_floor(database_url, now or _now())
    while True:
        with session_scope(database_url) as session:
            query = select(Article).where(Article.id > last_id).order_by(Article.id)
            if not backfill:
                query = query.where(
                    Article.first_seen_at >= oldest_rule,
                    ~exists().where(ScannedArticle.article_id == Article.id),
                )
            query = query.limit(settings.alerts.batch_size).options(*_load_options())
            articles = list(session.scalars(query))
            if not articles:
                break
            last_id = articles[-1].id
            run_ids = {a.first_crawl_run_id for a in articles if a.first_crawl_run_id is not None}
            first_crawls = set() if backfill else _first_crawl_runs(session, run_ids)
            stamp = now or _now()
            news = [a for a in articles if a.first_crawl_run_id not in first_crawls]  # not history
            outbox_rows = [row for article in news for row in matching.outbox_rows(article, stamp)]
            if outbox_rows:
                counts.matched += _enqueue(session, outbox_rows, rules, stamp)
            if not backfill:
                _mark_scanned(session, articles, stamp)
            counts.scanned += len(articles)
    return counts


@dataclass(frozen=True)
class _Matching:
    """The rules, compiled once per run, that each story of the run is matched against."""

    index: RuleIndex
    by_name: dict[str, ActiveRule]
    backfill: bool

    def outbox_rows(self, article: Article, stamp: dt.datetime) -> list[dict[str, Any]]:
        """An outbox row for each rule the story matches, watches its source, and is new to."""
        rows = []
        for name, hits in self.index.match(Document.from_article(article)):
            rule = self.by_name[name]  # type: ignore[index]
            if rule.sources and article.source not in rule.sources:
                continue
            if not self.backfill and article.first_seen_at < rule.added_at:
                continue
            terms = matched_terms(hits)
            rows.append(
                {
                    "rule_id": rule.id,
                    "article_id": article.id,
                    "matched_terms": json.dumps(terms, ensure_ascii=False),
                    "payload": build_payload(rule.name, terms, article, now=stamp),
                    "created_at": stamp,
                }
            )
        return rows


def _enqueue(
    session: Session, outbox_rows: list[dict[str, Any]], rules: Sequence[ActiveRule], stamp: dt.datetime
) -> int:
    """Insert the outbox rows (a rule and story pair once, ever) and a pending delivery per destination of
    each new row; the number of new rows."""
    table = OutboxEntry.__table__
    stmt = insert_ignoring_conflicts(session, table, outbox_rows, ["rule_id", "article_id"])
    inserted = session.execute(stmt.returning(table.c.id, table.c.rule_id)).all()
    rule_by_id = {r.id: r for r in rules}
    deliveries = [
        {
            "outbox_id": outbox_id,
            "destination_id": destination_id,
            "webhook_id": f"msg_{uuid.uuid4().hex}",
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": stamp,
            "created_at": stamp,
            "updated_at": stamp,
        }
        for outbox_id, rule_id in inserted
        for destination_id in rule_by_id[rule_id].destination_ids
    ]
    if deliveries:
        keys = ["outbox_id", "destination_id"]
        session.execute(insert_ignoring_conflicts(session, Delivery.__table__, deliveries, keys))
    for outbox_id, rule_id in inserted:
        log.info("story matched", extra={"rule": rule_by_id[rule_id].name, "outbox_id": outbox_id})
    return len(inserted)


def _mark_scanned(session: Session, articles: Sequence[Article], stamp: dt.datetime) -> None:
    rows = [{"article_id": a.id, "scanned_at": stamp} for a in articles]
    session.execute(insert_ignoring_conflicts(session, ScannedArticle.__table__, rows, ["article_id"]))
