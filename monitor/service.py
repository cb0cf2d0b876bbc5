"""`newswatch serve`: the long-lived service.

One asyncio event loop (Twisted's asyncio reactor, so Scrapy runs on it) holds everything:

* APScheduler 3's AsyncIOScheduler with one job per configured source (fixed id `crawl:<name>`,
  max_instances=1, coalesce, jitter). Jobs are declared at start-up from the configuration; APScheduler
  keeps no state of its own. When a source is next due comes from our `crawl_runs` table, so a restart
  neither re-crawls everything at once nor forgets a source that was due.
* Each crawl runs in this process through `crawler.runner.crawl_sources` with a time limit: Scrapy's
  CLOSESPIDER_TIMEOUT closes the spider gracefully at the limit, and a hard deadline a little later
  cancels a crawl that still hangs, records its run as `timed_out` and frees the source for its next turn.
* The alerts pass (matcher + webhook dispatcher, from the alerts work) runs as soon as a crawl archives
  a new story, after every crawl and on a short timer, one pass at a time; its outbox is durable in the
  database.
* A heartbeat row (`heartbeats.component = 'service'`) is written every few seconds from the loop, so a
  blocked loop shows up as a stale heartbeat in `newswatch health`.

SIGTERM/SIGINT: scheduling stops at once, the running crawls and the alerts pass get the grace period
to finish (whatever is not delivered stays in the outbox), then the loop ends and the process exits 0.
A second signal skips the rest of the grace period.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import inspect
import json
import logging
import os
import signal
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from sqlalchemy import func, select, update

from crawler.archive.db import session_scope
from crawler.archive.models import CrawlRun, Heartbeat
from crawler.archive.store import Outcome
from newswatch.config import Settings, SourceConfig

log = logging.getLogger("newswatch.service")

COMPONENT = "service"


def hard_deadline(limit: float, download_timeout: float) -> float:
    """When a crawl that has not ended is cancelled outright.

    At the time limit Scrapy closes the spider (CLOSESPIDER_TIMEOUT); closing waits for the downloads in
    flight, each bounded by DOWNLOAD_TIMEOUT (itself capped at the time limit). Past that, and a margin,
    the crawl is stuck somewhere else and is cancelled.
    """
    return limit + download_timeout + min(15.0, max(2.0, limit / 2))


def effective_download_timeout(settings: Settings, overrides: dict[str, Any]) -> float:
    from crawler.runner import scrapy_settings

    configured = scrapy_settings(settings, overrides).getfloat("DOWNLOAD_TIMEOUT", 180.0)
    return min(configured, settings.service.crawl_time_limit_seconds)


CrawlFunc = Callable[..., Awaitable[Sequence[Any]]]
AlertsFunc = Callable[[Settings], Awaitable[Any]]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def job_id(source: SourceConfig) -> str:
    return f"crawl:{source.name}"


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def last_crawl_starts(database_url: str, names: Sequence[str]) -> dict[str, dt.datetime]:
    """When each source's latest crawl started (any outcome), from `crawl_runs`."""
    if not names:
        return {}
    with session_scope(database_url) as session:
        rows = session.execute(
            select(CrawlRun.source, func.max(CrawlRun.started_at))
            .where(CrawlRun.source.in_(list(names)))
            .group_by(CrawlRun.source)
        ).all()
    return {name: started for name, started in rows if started is not None}


def first_run_times(
    settings: Settings, last_starts: dict[str, dt.datetime], now: dt.datetime
) -> dict[str, dt.datetime]:
    """When each source is first due after a (re)start: its last start plus its interval, or now."""
    due: dict[str, dt.datetime] = {}
    for i, source in enumerate(settings.sources):
        last = _aware(last_starts.get(source.name))
        when = now if last is None else last + dt.timedelta(seconds=source.interval_seconds)
        # Sources that are all due at once start a moment apart rather than in one burst.
        due[source.name] = max(when, now + dt.timedelta(seconds=0.2 * i))
    return due


def mark_interrupted(database_url: str, names: Sequence[str], *, before: dt.datetime) -> int:
    """Crawls left `running` by a previous process that died are recorded as `interrupted`."""
    if not names:
        return 0
    with session_scope(database_url) as session:
        result = session.execute(
            update(CrawlRun)
            .where(CrawlRun.status == "running", CrawlRun.source.in_(list(names)))
            .where(CrawlRun.started_at < before)
            .values(status="interrupted", finished_at=utcnow())
        )
        return int(result.rowcount or 0)


def _finish_runs(database_url: str, source: str, since: dt.datetime, status: str) -> list[int]:
    """Record crawls of `source` started since `since` that are still `running` as `status`."""
    with session_scope(database_url) as session:
        runs = session.scalars(
            select(CrawlRun).where(
                CrawlRun.source == source, CrawlRun.status == "running", CrawlRun.started_at >= since
            )
        ).all()
        for run in runs:
            run.status = status
            run.finished_at = utcnow()
        return [run.id for run in runs]


def write_heartbeat(database_url: str, detail: dict[str, Any]) -> None:
    with session_scope(database_url) as session:
        session.merge(Heartbeat(component=COMPONENT, beat_at=utcnow(), detail=json.dumps(detail)))


class Service:
    """The scheduler, the crawls, the alerts pass and the heartbeat, on the running event loop."""

    def __init__(
        self,
        settings: Settings,
        *,
        crawl: CrawlFunc | None = None,
        alerts: AlertsFunc | None = None,
        scrapy_settings: dict[str, Any] | None = None,
        early_signals: list[str] | None = None,
    ) -> None:
        self.settings = settings
        self._early_signals = early_signals if early_signals is not None else []
        self.config = settings.service
        self._crawl = crawl
        self._alerts = alerts
        self._scrapy_settings = dict(scrapy_settings or {})
        self._stop = asyncio.Event()
        self._signals = 0
        self._state = "starting"
        self._started_at = utcnow()
        self._crawl_tasks: dict[str, asyncio.Task[Any]] = {}
        self._alerts_task: asyncio.Task[None] | None = None
        self._alerts_again = False
        self._counters = {"crawls": 0, "crawls_failed": 0, "crawls_timed_out": 0, "alerts_passes": 0}
        self._last_crawl: dict[str, str] = {}
        self.scheduler: Any = None

    # -- life cycle ------------------------------------------------------------------------------------
    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        self._install_signal_handlers(loop)
        if self._early_signals:  # stop requested before the loop ran: start, then stop at once
            loop.call_soon(self.request_stop, self._early_signals[0])
        if self._crawl is None:
            from crawler.runner import crawl_sources

            self._crawl = crawl_sources
        url = self.settings.database_url
        if self._alerts is None:
            from monitor.alerts import register_rules, run_alerts

            self._alerts = run_alerts
            # Rules count stories as new from the moment they are first loaded: now, before any crawl.
            enabled = await asyncio.to_thread(register_rules, self.settings)
            log.info("rules loaded", extra={"rules": len(self.settings.rules), "enabled": enabled})
        names = [s.name for s in self.settings.sources]
        if not names:
            log.warning("no [[sources]] configured: nothing will be crawled")
        interrupted = await asyncio.to_thread(mark_interrupted, url, names, before=self._started_at)
        if interrupted:
            log.warning(
                "crawls left running by a previous process marked interrupted", extra={"count": interrupted}
            )
        last_starts = await asyncio.to_thread(last_crawl_starts, url, names)
        self._start_scheduler(loop, first_run_times(self.settings, last_starts, utcnow()))
        self._state = "running"
        heartbeat = asyncio.create_task(self._heartbeat_loop(), name="heartbeat")
        log.info(
            "service started",
            extra={"sources": names, "pid": os.getpid(), "rules": len(self.settings.rules)},
        )
        try:
            await self._stop.wait()
        finally:
            await self._shutdown()
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat
            self._state = "stopped"
            with contextlib.suppress(Exception):
                await asyncio.to_thread(write_heartbeat, url, self._detail())
        log.info("service stopped", extra=dict(self._counters))
        return 0

    def request_stop(self, signame: str = "request") -> None:
        self._signals += 1
        if self._signals == 1:
            log.info(
                "stop requested: no new crawls; finishing running work",
                extra={"signal": signame, "grace_period_s": self.config.grace_period_seconds},
            )
            self._state = "stopping"
            if self.scheduler is not None and self.scheduler.running:
                self.scheduler.pause()
            self._stop.set()
        else:
            log.warning("second stop request: cancelling running work now", extra={"signal": signame})
            for task in self._pending_work():
                task.cancel()

    def _install_signal_handlers(self, loop: asyncio.AbstractEventLoop) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, self.request_stop, sig.name)

    def _start_scheduler(self, loop: asyncio.AbstractEventLoop, due: dict[str, dt.datetime]) -> None:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler
        from apscheduler.triggers.interval import IntervalTrigger

        scheduler = AsyncIOScheduler(event_loop=loop, timezone=dt.UTC)
        defaults = {"max_instances": 1, "coalesce": True, "misfire_grace_time": None}
        for source in self.settings.sources:
            scheduler.add_job(
                self._crawl_job,
                IntervalTrigger(
                    seconds=source.interval_seconds,
                    jitter=self.config.jitter_for(source.interval_seconds) or None,
                    timezone=dt.UTC,
                ),
                args=[source.name],
                id=job_id(source),
                name=f"crawl {source.name}",
                next_run_time=due[source.name],
                replace_existing=True,
                **defaults,
            )
            log.info(
                "crawl scheduled",
                extra={
                    "source": source.name,
                    "interval_s": source.interval_seconds,
                    "next_run": due[source.name].isoformat(),
                },
            )
        scheduler.add_job(
            self._alerts_timer,
            IntervalTrigger(seconds=self.config.alerts_interval_seconds, timezone=dt.UTC),
            id="alerts",
            name="alerts pass",
            **defaults,
        )
        scheduler.start()
        self.scheduler = scheduler

    async def _shutdown(self) -> None:
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.pause()
        pending = self._pending_work()
        if pending:
            log.info(
                "waiting for running work",
                extra={"crawls": sorted(self._crawl_tasks), "alerts": self._alerts_task in pending},
            )
            _done, still = await asyncio.wait(pending, timeout=self.config.grace_period_seconds)
            if still:
                log.warning(
                    "grace period over: cancelling unfinished work",
                    extra={"crawls": sorted(self._crawl_tasks)},
                )
                for task in still:
                    task.cancel()
                await asyncio.wait(still, timeout=10)
        if self.scheduler is not None and self.scheduler.running:
            # AsyncIOExecutor.shutdown cancels job tasks still pending; by now there are none.
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)

    def _pending_work(self) -> set[asyncio.Task[Any]]:
        tasks = {t for t in self._crawl_tasks.values() if not t.done()}
        if self._alerts_task is not None and not self._alerts_task.done():
            tasks.add(self._alerts_task)
        return tasks

    # -- crawls ----------------------------------------------------------------------------------------
    async def _crawl_job(self, name: str) -> None:
        if self._stop.is_set() or name in self._crawl_tasks:
            return
        source = self.settings.source(name)
        task = asyncio.current_task()
        assert task is not None
        self._crawl_tasks[name] = task
        started = utcnow()
        clock = time.monotonic()
        limit = self.config.crawl_time_limit_seconds
        overrides = {**self.config.scrapy_settings, **self._scrapy_settings}
        download_timeout = effective_download_timeout(self.settings, overrides)
        scrapy_settings = {**overrides, "CLOSESPIDER_TIMEOUT": limit, "DOWNLOAD_TIMEOUT": download_timeout}
        log.info("crawl started", extra={"source": name})
        status = "failed"
        try:
            assert self._crawl is not None
            options = _crawl_options(self._crawl, scrapy_settings, self._story_archived)
            summaries = await asyncio.wait_for(
                self._crawl([source], self.settings, **options),
                timeout=hard_deadline(limit, download_timeout),
            )
            status = "finished"
            # The crawl has returned: a run of it still marked `running` was never recorded (its
            # recorder failed); it must not look alive forever.
            leftover = await asyncio.to_thread(
                _finish_runs, self.settings.database_url, name, started, "failed"
            )
            if leftover:
                log.warning(
                    "crawl ended without recording its run", extra={"source": name, "crawl_run_ids": leftover}
                )
            for summary in summaries:
                fields = _summary_fields(summary)
                self._last_crawl[name] = str(fields.get("status", "finished"))
                if "closespider_timeout" in self._last_crawl[name]:
                    self._counters["crawls_timed_out"] += 1
                    log.warning(
                        "crawl reached its time limit and was closed",
                        extra={"source": name, "time_limit_s": limit},
                    )
                log.info(
                    "crawl finished",
                    extra={"source": name, "duration_s": round(time.monotonic() - clock, 3), **fields},
                )
            if self._last_crawl.get(name, "").startswith("failed"):
                self._counters["crawls_failed"] += 1
            else:
                self._counters["crawls"] += 1
        except TimeoutError:
            status = "timed_out"
            self._counters["crawls_timed_out"] += 1
            ids = await asyncio.to_thread(
                _finish_runs, self.settings.database_url, name, started, "timed_out"
            )
            log.error(
                "crawl exceeded its time limit and was cancelled",
                extra={"source": name, "time_limit_s": limit, "crawl_run_ids": ids},
            )
        except asyncio.CancelledError:
            status = "interrupted"
            with contextlib.suppress(Exception):
                await asyncio.shield(
                    asyncio.to_thread(_finish_runs, self.settings.database_url, name, started, "interrupted")
                )
            log.warning("crawl interrupted by shutdown", extra={"source": name})
            return  # the service is stopping: the job ends here, quietly
        except Exception:
            self._counters["crawls_failed"] += 1
            log.exception("crawl failed", extra={"source": name})
            with contextlib.suppress(Exception):
                await asyncio.to_thread(_finish_runs, self.settings.database_url, name, started, "failed")
        finally:
            self._crawl_tasks.pop(name, None)
            self._last_crawl.setdefault(name, status)
        if not self._stop.is_set():
            self.kick_alerts()

    # -- alerts ----------------------------------------------------------------------------------------
    def _story_archived(self, outcome: Any = None, **_: Any) -> None:
        """A new story is in the archive: match and deliver now, not when the whole crawl has ended."""
        if outcome is Outcome.NEW and not self._stop.is_set():
            self.kick_alerts()

    async def _alerts_timer(self) -> None:
        self.kick_alerts()

    def kick_alerts(self) -> None:
        """Run an alerts pass now, or right after the one that is running."""
        if self._alerts is None:
            return
        if self._alerts_task is not None and not self._alerts_task.done():
            self._alerts_again = True
            return
        self._alerts_task = asyncio.create_task(self._alerts_passes(), name="alerts")

    async def _alerts_passes(self) -> None:
        assert self._alerts is not None
        while True:
            self._alerts_again = False
            try:
                result = await self._alerts(self.settings)
                self._counters["alerts_passes"] += 1
                if result is not None:
                    log.debug("alerts pass", extra={"result": _summary_fields(result)})
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("alerts pass failed")
            if not self._alerts_again or self._stop.is_set():
                return

    # -- heartbeat -------------------------------------------------------------------------------------
    def _detail(self) -> dict[str, Any]:
        return {
            "state": self._state,
            "pid": os.getpid(),
            "started_at": self._started_at.isoformat(),
            "running_crawls": sorted(self._crawl_tasks),
            "sources": [s.name for s in self.settings.sources],
            "last_crawl_status": self._last_crawl,
            **self._counters,
        }

    async def _heartbeat_loop(self) -> None:
        while True:
            try:
                await asyncio.to_thread(write_heartbeat, self.settings.database_url, self._detail())
            except Exception:
                log.exception("heartbeat not written")
            await asyncio.sleep(self.config.heartbeat_interval_seconds)


def _crawl_options(
    crawl: CrawlFunc, scrapy_settings: dict[str, Any], on_story_archived: Callable[..., None]
) -> dict[str, Any]:
    """The keywords a crawl function takes: Scrapy setting overrides (under the name `crawl_sources`
    or the function uses), and the story-archived callback when it accepts one."""
    parameters = inspect.signature(crawl).parameters
    keyword = next((n for n in ("scrapy_settings_overrides", "scrapy_settings") if n in parameters), None)
    if keyword is None:
        raise TypeError(f"{crawl!r} takes no Scrapy settings overrides")
    options: dict[str, Any] = {keyword: scrapy_settings}
    if "on_story_archived" in parameters:
        options["on_story_archived"] = on_story_archived
    return options


def _summary_fields(summary: Any) -> dict[str, Any]:
    if isinstance(summary, dict):
        return {k: v for k, v in summary.items() if isinstance(v, str | int | float | bool | None)}
    fields = getattr(summary, "__dataclass_fields__", None)
    if fields:
        values = {name: getattr(summary, name) for name in fields}
        return {k: v for k, v in values.items() if isinstance(v, str | int | float | bool | None)}
    return {"result": str(summary)}


def catch_early_signals() -> list[str]:
    """Record SIGTERM/SIGINT until the service's loop installs its own handlers.

    A stop requested while starting (a container stopped right after it started, during migrations) is
    honoured as soon as the loop runs: the service starts, stops at once, and still exits 0.
    """
    early: list[str] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, _frame: early.append(signal.Signals(signum).name))
    return early


def serve(settings: Settings, early_signals: list[str] | None = None) -> int:
    """Migrate, then run the service on Twisted's asyncio reactor until SIGTERM/SIGINT; returns 0."""
    from crawler.archive import migrate

    early = early_signals if early_signals is not None else catch_early_signals()
    log.info("applying migrations")
    migrate.upgrade(settings.database_url)
    from crawler.runner import install_asyncio_reactor, run_with_reactor

    install_asyncio_reactor()

    async def main() -> int:
        return await Service(settings, early_signals=early).run()

    return int(run_with_reactor(main) or 0)
