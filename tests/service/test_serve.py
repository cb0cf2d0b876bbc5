"""`newswatch serve` as users run it: a subprocess against a loopback portal, stopped with SIGTERM."""

from __future__ import annotations

import datetime as dt
import json
import signal
import time
from collections import Counter

from sqlalchemy import select

from crawler.archive.db import session_scope
from crawler.archive.models import Article, CrawlRun
from tests.portal.harbour import harbour_portal, harbour_source
from tests.service.harness import ServeProcess, run_cli, write_config


def _runs(database_url: str, source: str) -> list[CrawlRun]:
    with session_scope(database_url) as session:
        return list(
            session.scalars(select(CrawlRun).where(CrawlRun.source == source).order_by(CrawlRun.id)).all()
        )


def test_serve_crawls_reports_and_stops_cleanly(database_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with harbour_portal(stories=12) as portal:
        config = write_config(
            tmp_path / "newswatch.toml",
            database_url=database_url,
            sources=[harbour_source(portal, interval="3s", sitemap=False)],
            service={
                "jitter": "0s",
                "heartbeat_interval": "1s",
                "heartbeat_stale_after": "5s",
                "grace_period": "20s",
            },
        )
        assert run_cli("health", config=config).returncode == 1  # nothing has run yet

        with ServeProcess(config) as serve:
            serve.wait_for("service started", timeout=60)
            first = serve.wait_for("crawl finished", source="harbour", timeout=90)[0]
            assert first["articles_new"] == 12, first
            serve.wait_for("crawl finished", source="harbour", count=2, timeout=30)

            health = run_cli("health", config=config)
            assert health.returncode == 0, health.stdout + health.stderr
            assert health.stdout.startswith("healthy: heartbeat")

            status = json.loads(run_cli("status", "--json", config=config).stdout)
            (harbour,) = status["sources"]
            assert harbour["source"] == "harbour" and harbour["articles"] == 12
            assert harbour["crawls"] >= 2 and harbour["crawls_failed"] == 0
            assert harbour["last_crawl"]["status"] in ("finished", "running")
            assert status["heartbeat"]["state"] == "running"
            text_status = run_cli("status", config=config).stdout
            assert "harbour" in text_status and "deliveries:" in text_status

            assert serve.stop(signal.SIGTERM, timeout=40) == 0

        # Structured logs: every stdout line is one JSON object; crawl events carry the source.
        assert serve.raw_lines and all(line.startswith("{") for line in serve.raw_lines), serve.raw_lines[:5]
        assert serve.find("service stopped")
        assert all(e.get("source") == "harbour" for e in serve.find("crawl finished"))
        assert any(e.get("url", "").startswith(portal.url) for e in serve.events)

        # Stopped: health says so; no crawl is left `running`; nothing was stored twice.
        health = run_cli("health", config=config)
        assert health.returncode == 1 and "stopped" in health.stdout, health.stdout
        runs = _runs(database_url, "harbour")
        assert runs and all(run.status != "running" for run in runs), [r.status for r in runs]
        with session_scope(database_url) as session:
            assert len(session.scalars(select(Article.url)).all()) == 12
        # Incremental: the later crawls asked for the feed and listings conditionally (304) and never
        # downloaded a story page a second time.
        article_gets = Counter(h.path for h in portal.hits() if h.path in portal.article_paths())
        assert set(article_gets) == portal.article_paths() and max(article_gets.values()) == 1, article_gets
        assert any(h.status == 304 for h in portal.hits())

        # A restart resumes the schedule from crawl_runs: the source is next due one interval after its
        # last crawl started, not all over again at once.
        last_start = max(run.started_at for run in runs)
        with ServeProcess(config) as serve:
            (scheduled,) = serve.wait_for("crawl scheduled", source="harbour", timeout=60)
            next_run = dt.datetime.fromisoformat(scheduled["next_run"])
            assert abs((next_run - (last_start + dt.timedelta(seconds=3))).total_seconds()) < 0.5 or (
                next_run >= last_start + dt.timedelta(seconds=3)
            )
            assert serve.stop(signal.SIGINT, timeout=40) == 0


def test_hung_crawl_is_cut_at_the_time_limit_and_later_crawls_run(database_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with harbour_portal(stories=3) as portal:
        portal.hang_paths.add("/")  # the home page never answers
        config = write_config(
            tmp_path / "newswatch.toml",
            database_url=database_url,
            sources=[{"name": "stuck", "start_urls": [portal.url], "interval": "2s"}],
            service={"jitter": "0s", "crawl_time_limit": "3s", "grace_period": "5s"},
            scrapy={"DOWNLOAD_TIMEOUT": 600, "ROBOTSTXT_OBEY": False},
        )
        started = time.monotonic()
        with ServeProcess(config) as serve:
            serve.wait_for("crawl started", source="stuck", count=2, timeout=60)
            elapsed = time.monotonic() - started
            assert serve.stop(signal.SIGTERM, timeout=40) == 0
        # The first crawl ended within its limit (plus the hard deadline margin) and the second started.
        assert elapsed < 30, elapsed
        runs = _runs(database_url, "stuck")
        assert len(runs) >= 2
        first = runs[0]
        assert first.finished_at is not None and first.status != "running"
        assert (first.finished_at - first.started_at).total_seconds() < 12


def test_sigterm_past_the_grace_period_keeps_what_the_crawl_archived(database_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with harbour_portal(stories=6) as portal:
        stuck = sorted(portal.article_paths())[0]
        portal.hang_paths.add(stuck)  # one story page never answers: the crawl cannot finish
        config = write_config(
            tmp_path / "newswatch.toml",
            database_url=database_url,
            sources=[harbour_source(portal, interval="1m", sitemap=False)],
            service={"jitter": "0s", "grace_period": "2s"},
            scrapy={"ROBOTSTXT_OBEY": False},
        )
        with ServeProcess(config) as serve:
            serve.wait_for("story archived", count=5, timeout=60)
            began = time.monotonic()
            assert serve.stop(signal.SIGTERM, timeout=40) == 0
            took = time.monotonic() - began
        assert 2 <= took < 15, took  # waited for the grace period, then stopped
        assert serve.find("grace period over: cancelling unfinished work")
        assert serve.find("crawl interrupted by shutdown", source="harbour")
        (run,) = _runs(database_url, "harbour")
        assert run.status == "interrupted" and run.finished_at is not None
        with session_scope(database_url) as session:
            urls = set(session.scalars(select(Article.url)).all())
        assert len(urls) == 5 and not any(u.endswith(stuck) for u in urls)
