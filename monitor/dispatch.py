"""Deliver due outbox entries: signed POSTs with httpx, retries with backoff, every attempt recorded.

Claiming a delivery takes a *lease* (an UPDATE guarded by the lease's expiry), so concurrent runs never
send the same delivery at once. The result of each attempt is recorded as soon as it is known. If the
process dies between sending and recording, the lease expires and a later run sends again with the same
`webhook-id`: that is the "at least once" half, and the stable id lets the receiver drop the duplicate
(the "never twice" half that no sender can guarantee alone).

Outcomes: 2xx delivered; 429, 5xx, timeouts and connection errors retried after the configured delays
(with jitter, and never sooner than the receiver's Retry-After); 410 Gone disables the destination;
anything else (4xx, a redirect, which is never followed) is dead at once. After the last retry the
delivery is dead; `newswatch deliveries replay` puts it back in the queue with the same webhook-id.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging
import random
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from sqlalchemy import or_, select, update

from crawler.archive.db import session_scope
from monitor.models import AlertDestination, AlertRule, Delivery, DeliveryAttempt, OutboxEntry
from monitor.webhooks.guard import DestinationRefused
from monitor.webhooks.signing import signed_headers
from monitor.webhooks.transport import GuardedTransport
from newswatch.config import AlertsConfig, Settings

log = logging.getLogger("newswatch.alerts")
USER_AGENT = "newswatch-webhooks/1"
_DUE = ("pending", "retrying")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def redact(url: str) -> str:
    """A URL safe for logs: no user-info, query or fragment (they often carry tokens)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


@dataclass
class DispatchCounts:
    delivered: int = 0
    retried: int = 0
    dead: int = 0
    disabled: int = 0
    refused: int = 0
    attempted_ids: set[int] = field(default_factory=set)

    def count(self, outcome: str) -> None:
        """Count one attempt's recorded outcome (a 410 both disables its destination and ends the delivery;
        a refused destination, one the SSRF guard blocks, ends it too)."""
        if outcome == "delivered":
            self.delivered += 1
        elif outcome == "retry":
            self.retried += 1
        else:
            self.dead += 1
            if outcome == "gone":
                self.disabled += 1
            elif outcome == "refused":
                self.refused += 1


@dataclass(frozen=True)
class _Job:
    delivery_id: int
    lease_token: str
    webhook_id: str
    attempts: int
    payload: bytes
    url: str
    rule_name: str
    destination_id: int


@dataclass(frozen=True)
class _Result:
    outcome: str  # delivered | retry | dead | gone | refused
    status_code: int | None
    error: str | None
    retry_after: float | None
    started_at: dt.datetime
    duration_ms: int


def parse_retry_after(value: str | None, now: dt.datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())


def _claim(database_url: str, lease: float, limit: int, exclude: set[int]) -> list[_Job]:
    """Lease up to `limit` due deliveries whose rule still has the destination configured."""
    now = _now()
    jobs: list[_Job] = []
    with session_scope(database_url) as session:
        query = (
            select(Delivery.id)
            .join(AlertDestination, Delivery.destination_id == AlertDestination.id)
            .where(
                Delivery.status.in_(_DUE),
                Delivery.next_attempt_at <= now,
                or_(Delivery.lease_until.is_(None), Delivery.lease_until < now),
                AlertDestination.disabled_at.is_(None),
            )
            .order_by(Delivery.next_attempt_at, Delivery.id)
            .limit(limit + len(exclude))
        )
        candidates = [i for i in session.scalars(query) if i not in exclude][:limit]
        for delivery_id in candidates:
            token = str(uuid.uuid4())
            claimed = session.execute(
                update(Delivery)
                .where(
                    Delivery.id == delivery_id,
                    Delivery.status.in_(_DUE),
                    or_(Delivery.lease_until.is_(None), Delivery.lease_until < now),
                )
                .values(lease_until=now + dt.timedelta(seconds=lease), lease_token=token)
            ).rowcount
            if claimed != 1:
                continue  # another run took it
            row = session.execute(
                select(
                    Delivery.webhook_id,
                    Delivery.attempts,
                    OutboxEntry.payload,
                    AlertDestination.url,
                    AlertRule.name,
                    AlertDestination.id,
                )
                .join(OutboxEntry, Delivery.outbox_id == OutboxEntry.id)
                .join(AlertDestination, Delivery.destination_id == AlertDestination.id)
                .join(AlertRule, OutboxEntry.rule_id == AlertRule.id)
                .where(Delivery.id == delivery_id)
            ).one()
            jobs.append(
                _Job(delivery_id, token, row[0], row[1], row[2].encode("utf-8"), row[3], row[4], row[5])
            )
    return jobs


def _release(database_url: str, job: _Job) -> None:
    """Give a claimed delivery back without an attempt."""
    with session_scope(database_url) as session:
        session.execute(
            update(Delivery)
            .where(Delivery.id == job.delivery_id, Delivery.lease_token == job.lease_token)
            .values(lease_until=None, lease_token=None)
        )


def _next_delay(attempt: int, config: AlertsConfig, retry_after: float | None) -> float | None:
    """Seconds until the next try after failed attempt number `attempt` (1-based); None = no more."""
    if attempt > len(config.retry_delays):
        return None
    base = config.retry_delays[attempt - 1]
    delay = base * (1 + random.uniform(-config.jitter, config.jitter))
    if retry_after is not None:
        delay = max(delay, min(retry_after, config.max_retry_after))
    return delay


def _record(database_url: str, job: _Job, result: _Result, config: AlertsConfig) -> str:
    """Store the attempt and the delivery's new state; returns the final outcome word."""
    now = _now()
    number = job.attempts + 1
    outcome = result.outcome
    next_at: dt.datetime | None = None
    values: dict[str, object] = {
        "attempts": number,
        "lease_until": None,
        "lease_token": None,
        "last_status_code": result.status_code,
        "last_error": result.error,
        "updated_at": now,
    }
    if outcome == "delivered":
        values.update(status="delivered", delivered_at=now)
    elif outcome == "retry":
        delay = _next_delay(number, config, result.retry_after)
        if delay is None:
            outcome = "dead"
            values.update(status="dead", last_error=f"{result.error} (after the last retry)")
        else:
            next_at = now + dt.timedelta(seconds=delay)
            values.update(status="retrying", next_attempt_at=next_at)
    else:  # dead, gone, refused
        values.update(status="dead")
    with session_scope(database_url) as session:
        updated = session.execute(
            update(Delivery)
            .where(Delivery.id == job.delivery_id, Delivery.lease_token == job.lease_token)
            .values(**values)
        ).rowcount
        session.add(
            DeliveryAttempt(
                delivery_id=job.delivery_id,
                number=number,
                started_at=result.started_at,
                duration_ms=result.duration_ms,
                status_code=result.status_code,
                outcome=outcome,
                error=values["last_error"] if outcome != "delivered" else None,
                next_attempt_at=next_at,
            )
        )
        if outcome == "gone" and updated:
            session.execute(
                update(AlertDestination)
                .where(AlertDestination.id == job.destination_id, AlertDestination.disabled_at.is_(None))
                .values(disabled_at=now, disabled_reason=f"410 Gone at {now.isoformat(timespec='seconds')}")
            )
    if not updated:
        log.warning(
            "delivery lease lost before recording (another run took it over)",
            extra={"delivery_id": job.delivery_id, "rule": job.rule_name},
        )
    return outcome


async def _attempt(client: httpx.AsyncClient, job: _Job, secrets: Sequence[str]) -> _Result:
    started = _now()
    clock = time.monotonic()

    def result(
        outcome: str, code: int | None = None, error: str | None = None, retry_after: float | None = None
    ):
        ms = int((time.monotonic() - clock) * 1000)
        return _Result(outcome, code, error, retry_after, started, ms)

    if urlsplit(job.url).scheme not in ("http", "https"):
        return result("refused", error="destination refused: not an http(s) URL")
    headers = signed_headers(job.webhook_id, job.payload, tuple(secrets))
    headers["user-agent"] = USER_AGENT
    try:
        # The transport resolves the host, refuses non-public addresses, and connects to what it checked.
        response = await client.post(job.url, content=job.payload, headers=headers)
    except DestinationRefused as exc:
        return result("refused", error=f"destination refused: {exc}")
    except httpx.TimeoutException as exc:
        return result("retry", error=f"timeout: {type(exc).__name__}")
    except httpx.TransportError as exc:
        # Error texts can quote the URL; its query string may hold a token, so show the redacted form.
        detail = str(exc).replace(job.url, redact(job.url))
        return result("retry", error=f"connection error: {type(exc).__name__}: {detail}")
    code = response.status_code
    if 200 <= code < 300:
        return result("delivered", code)
    if code == 410:
        return result("gone", code, "410 Gone: destination disabled")
    if code == 429 or code >= 500:
        retry_after = parse_retry_after(response.headers.get("retry-after"), _now())
        return result("retry", code, f"HTTP {code}", retry_after)
    if 300 <= code < 400:
        return result("dead", code, f"HTTP {code}: redirects are not followed (fix the webhook URL)")
    return result("dead", code, f"HTTP {code}")


async def deliver_due(settings: Settings, counts: DispatchCounts | None = None) -> DispatchCounts:
    """One pass over the deliveries due now: each gets at most one attempt in this pass."""
    counts = counts or DispatchCounts()
    config = settings.alerts
    # httpx logs every request URL at INFO; webhook URLs often carry tokens, so keep it quiet.
    httpx_log = logging.getLogger("httpx")
    if httpx_log.getEffectiveLevel() < logging.WARNING:
        httpx_log.setLevel(logging.WARNING)
    secrets_by_rule = {r.name: r.secrets for r in settings.rules}
    urls_by_rule = {r.name: set(r.webhook_urls) for r in settings.rules}
    semaphore = asyncio.Semaphore(config.concurrency)
    timeout = httpx.Timeout(config.timeout)
    transport = GuardedTransport(settings.allow_private_destinations, max_connections=config.concurrency * 2)
    async with httpx.AsyncClient(
        transport=transport, timeout=timeout, follow_redirects=False, trust_env=False
    ) as client:
        gone: set[int] = set()  # destinations that answered 410 during this pass

        async def run(job: _Job) -> None:
            async with semaphore:
                if job.destination_id in gone:
                    # Disabled a moment ago: hold this one (unsent, unchanged) like any other of it.
                    await asyncio.to_thread(_release, settings.database_url, job)
                    return
                if job.url not in urls_by_rule.get(job.rule_name, ()):
                    error = "the rule or this webhook URL is no longer configured"
                    res = _Result("dead", None, error, None, _now(), 0)
                else:
                    res = await _attempt_guarded(client, job, secrets_by_rule[job.rule_name])
                outcome = await asyncio.to_thread(_record, settings.database_url, job, res, config)
            _log_outcome(job, res, outcome)
            counts.count(outcome)
            if outcome == "gone":
                gone.add(job.destination_id)

        while True:
            jobs = await asyncio.to_thread(
                _claim, settings.database_url, config.lease, config.concurrency * 4, counts.attempted_ids
            )
            if not jobs:
                break
            counts.attempted_ids.update(job.delivery_id for job in jobs)
            await asyncio.gather(*(run(job) for job in jobs))
    return counts


async def _attempt_guarded(client: httpx.AsyncClient, job: _Job, secrets: Sequence[str]) -> _Result:
    """One attempt; a bug or an odd failure is a retry, never a stranded delivery."""
    try:
        return await _attempt(client, job, secrets)
    except Exception as exc:
        log.exception("webhook attempt failed unexpectedly", extra={"rule": job.rule_name})
        return _Result("retry", None, f"unexpected error: {type(exc).__name__}", None, _now(), 0)


def _log_outcome(job: _Job, res: _Result, outcome: str) -> None:
    level = logging.INFO if outcome == "delivered" else logging.WARNING
    log.log(
        level,
        f"webhook {outcome}",
        extra={
            "rule": job.rule_name,
            "url": redact(job.url),
            "delivery_id": job.delivery_id,
            "webhook_id": job.webhook_id,
            "attempt": job.attempts + 1,
            "status_code": res.status_code,
            "error": res.error,
        },
    )
