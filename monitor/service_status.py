"""`newswatch status`: what the service did, from the database (so it works from any process).

Per source: the last crawl (start, end, status, counters), how many crawls ran and failed, the stories
archived, and when the source is next due. Then the webhook deliveries by status, and the heartbeat.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler.archive.db import session_scope
from crawler.archive.models import Article, CrawlRun, Heartbeat
from monitor.service import COMPONENT
from newswatch.config import Settings

COUNTERS = (
    "pages_fetched",
    "bytes_fetched",
    "articles_new",
    "articles_updated",
    "articles_unchanged",
    "duplicates_dropped",
    "errors",
)
OK = ("finished", "running")  # anything else (failed, timed_out, interrupted, stopped: ...) counts as failed


@dataclass
class SourceStatus:
    source: str
    configured: bool
    interval_seconds: float | None
    crawls: int = 0
    crawls_failed: int = 0
    articles: int = 0
    last_crawl: dict[str, Any] | None = None
    next_due: str | None = None


@dataclass
class ServiceStatus:
    sources: list[SourceStatus] = field(default_factory=list)
    deliveries: dict[str, int] = field(default_factory=dict)
    heartbeat: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat(timespec="seconds")


def _delivery_counts(session: Session) -> dict[str, int]:
    """Webhook deliveries by status (pending, retrying, delivered, dead), from `alert_deliveries`."""
    from monitor.models import Delivery

    rows = session.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all()
    return {str(status): int(count) for status, count in rows}


def collect_status(settings: Settings) -> ServiceStatus:
    url = settings.database_url
    configured = {s.name: s for s in settings.sources}
    status = ServiceStatus()
    with session_scope(url) as session:
        totals = {
            name: (int(total), int(failed or 0))
            for name, total, failed in session.execute(
                select(
                    CrawlRun.source,
                    func.count(),
                    func.sum(func.cast(CrawlRun.status.not_in(OK), CrawlRun.id.type)),
                ).group_by(CrawlRun.source)
            ).all()
        }
        articles = dict(session.execute(select(Article.source, func.count()).group_by(Article.source)).all())
        names = list(configured) + sorted(set(totals) - set(configured))
        for name in names:
            source = configured.get(name)
            item = SourceStatus(
                source=name,
                configured=source is not None,
                interval_seconds=source.interval_seconds if source else None,
                crawls=totals.get(name, (0, 0))[0],
                crawls_failed=totals.get(name, (0, 0))[1],
                articles=int(articles.get(name, 0)),
            )
            last = session.scalars(
                select(CrawlRun)
                .where(CrawlRun.source == name)
                .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
                .limit(1)
            ).first()
            if last is not None:
                item.last_crawl = {
                    "id": last.id,
                    "started_at": _iso(last.started_at),
                    "finished_at": _iso(last.finished_at),
                    "status": last.status,
                    **{name_: getattr(last, name_) for name_ in COUNTERS},
                }
                if source is not None:
                    started = last.started_at
                    if started.tzinfo is None:
                        started = started.replace(tzinfo=dt.UTC)
                    item.next_due = _iso(started + dt.timedelta(seconds=source.interval_seconds))
            status.sources.append(item)
        status.deliveries = _delivery_counts(session)
        beat = session.get(Heartbeat, COMPONENT)
        if beat is not None:
            try:
                detail = json.loads(beat.detail or "{}")
            except ValueError:
                detail = {}
            status.heartbeat = {"beat_at": _iso(beat.beat_at), **detail}
    return status


def format_status(status: ServiceStatus) -> str:
    lines: list[str] = []
    if status.heartbeat:
        hb = status.heartbeat
        lines.append(
            f"service: {hb.get('state', '?')} (heartbeat {hb.get('beat_at')}, pid {hb.get('pid', '?')}, "
            f"crawls {hb.get('crawls', 0)}, failed {hb.get('crawls_failed', 0)}, "
            f"timed out {hb.get('crawls_timed_out', 0)})"
        )
    else:
        lines.append("service: never started on this database")
    lines.append("")
    header = (
        f"{'source':<20} {'last crawl (UTC)':<20} {'status':<11} {'pages':>6} {'bytes':>10} "
        f"{'new':>5} {'upd':>5} {'same':>5} {'dup':>5} {'err':>4} {'crawls':>7} {'failed':>6} "
        f"{'stories':>8}  next due"
    )
    lines.append(header)
    for item in status.sources:
        last = item.last_crawl or {}
        started = (last.get("started_at") or "never")[:19].replace("T", " ")
        lines.append(
            f"{item.source[:20]:<20} {started:<20} {last.get('status', '-'):<11} "
            f"{last.get('pages_fetched', 0):>6} {last.get('bytes_fetched', 0):>10} "
            f"{last.get('articles_new', 0):>5} {last.get('articles_updated', 0):>5} "
            f"{last.get('articles_unchanged', 0):>5} {last.get('duplicates_dropped', 0):>5} "
            f"{last.get('errors', 0):>4} {item.crawls:>7} {item.crawls_failed:>6} {item.articles:>8}  "
            f"{(item.next_due or ('now' if item.configured else 'not configured'))[:19].replace('T', ' ')}"
        )
    lines.append("")
    if status.deliveries:
        counts = ", ".join(f"{name} {count}" for name, count in sorted(status.deliveries.items()))
        lines.append(f"deliveries: {counts} (total {sum(status.deliveries.values())})")
    else:
        lines.append("deliveries: none")
    return "\n".join(lines)
