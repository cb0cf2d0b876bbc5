"""`newswatch health`: is the service alive? Used by the container's HEALTHCHECK.

Healthy means: the database answers, and the service's heartbeat row is younger than
`[service] heartbeat_stale_after` and does not say the service stopped. Never creates a database.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from crawler.archive.models import Heartbeat
from monitor.service import COMPONENT
from newswatch.config import Settings


@dataclass(frozen=True)
class Health:
    healthy: bool
    reason: str
    age_seconds: float | None = None
    detail: dict | None = None


def _engine(database_url: str) -> Engine:
    """A short-lived engine that fails fast and never creates a SQLite file."""
    url = make_url(database_url)
    if url.drivername.startswith("sqlite"):
        if not url.database or url.database == ":memory:":
            raise FileNotFoundError("an in-memory SQLite database has no service")
        path = Path(url.database).expanduser()
        if not path.is_file():
            raise FileNotFoundError(f"database file {str(path)!r} does not exist")
        return create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", connect_args={"timeout": 5})
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    args = {"connect_timeout": 5} if url.drivername.startswith("postgresql") else {}
    return create_engine(url, connect_args=args, pool_pre_ping=False)


def check_health(settings: Settings, *, now: dt.datetime | None = None) -> Health:
    now = now or dt.datetime.now(dt.UTC)
    stale = settings.service.heartbeat_stale_seconds
    try:
        engine = _engine(settings.database_url)
    except FileNotFoundError as exc:
        return Health(False, f"database unreachable: {exc}")
    try:
        with engine.connect() as conn:
            row = conn.execute(
                select(Heartbeat.beat_at, Heartbeat.detail).where(Heartbeat.component == COMPONENT)
            ).first()
    except SQLAlchemyError as exc:
        message = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return Health(False, f"database unreachable: {message}")
    finally:
        engine.dispose()
    if row is None:
        return Health(False, "no heartbeat yet: the service has not started on this database")
    beat_at, raw_detail = row
    if beat_at.tzinfo is None:
        beat_at = beat_at.replace(tzinfo=dt.UTC)
    age = (now - beat_at).total_seconds()
    try:
        detail = json.loads(raw_detail) if raw_detail else {}
    except ValueError:
        detail = {}
    state = detail.get("state", "unknown")
    if state == "stopped":
        return Health(False, f"the service stopped {age:.1f}s ago", age, detail)
    if age > stale:
        return Health(False, f"heartbeat is stale: {age:.1f}s old (limit {stale:g}s)", age, detail)
    running = detail.get("running_crawls") or []
    crawling = f", crawling {', '.join(running)}" if running else ""
    return Health(True, f"heartbeat {age:.1f}s old, state {state}{crawling}", age, detail)
