"""Inspecting and replaying deliveries (what `newswatch deliveries` shows; usable by a status page)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from crawler.archive.db import session_scope
from monitor.models import AlertDestination, AlertRule, Delivery, DeliveryAttempt, OutboxEntry


@dataclass(frozen=True)
class DeliveryInfo:
    id: int
    webhook_id: str
    rule: str
    article_id: int
    headline: str | None
    url: str
    status: str
    attempts: int
    next_attempt_at: dt.datetime | None
    last_status_code: int | None
    last_error: str | None
    created_at: dt.datetime
    delivered_at: dt.datetime | None
    destination_disabled: bool

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _query():  # type: ignore[no-untyped-def]
    return (
        select(Delivery, AlertRule.name, OutboxEntry.article_id, OutboxEntry.payload, AlertDestination)
        .join(OutboxEntry, Delivery.outbox_id == OutboxEntry.id)
        .join(AlertRule, OutboxEntry.rule_id == AlertRule.id)
        .join(AlertDestination, Delivery.destination_id == AlertDestination.id)
    )


def _info(row: Any) -> DeliveryInfo:
    delivery, rule, article_id, payload, destination = row
    headline = json.loads(payload).get("data", {}).get("article", {}).get("headline")
    waiting = delivery.status in ("pending", "retrying")
    return DeliveryInfo(
        id=delivery.id,
        webhook_id=delivery.webhook_id,
        rule=rule,
        article_id=article_id,
        headline=headline,
        url=destination.url,
        status=delivery.status,
        attempts=delivery.attempts,
        next_attempt_at=delivery.next_attempt_at if waiting else None,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        created_at=delivery.created_at,
        delivered_at=delivery.delivered_at,
        destination_disabled=destination.disabled_at is not None,
    )


def list_deliveries(
    database_url: str, *, status: str | None = None, rule: str | None = None, limit: int = 50
) -> list[DeliveryInfo]:
    """Newest first; `status` is pending, retrying, delivered, dead, or `held` (destination disabled)."""
    with session_scope(database_url) as session:
        query = _query().order_by(Delivery.id.desc())
        if status == "held":
            query = query.where(
                Delivery.status.in_(("pending", "retrying")), AlertDestination.disabled_at.is_not(None)
            )
        elif status:
            query = query.where(Delivery.status == status)
        if rule:
            query = query.where(AlertRule.name == rule)
        if limit > 0:
            query = query.limit(limit)
        return [_info(row) for row in session.execute(query)]


def delivery_counts(database_url: str) -> dict[str, int]:
    """Deliveries per status (for status reports)."""
    with session_scope(database_url) as session:
        return dict(session.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all())


def get_delivery(database_url: str, ref: str) -> tuple[DeliveryInfo, str, list[DeliveryAttempt]] | None:
    """One delivery by id or webhook-id, with its payload and every attempt."""
    with session_scope(database_url) as session:
        query = _query()
        query = (
            query.where(Delivery.id == int(ref)) if ref.isdigit() else query.where(Delivery.webhook_id == ref)
        )
        row = session.execute(query).first()
        if row is None:
            return None
        attempts = list(
            session.scalars(
                select(DeliveryAttempt)
                .where(DeliveryAttempt.delivery_id == row[0].id)
                .order_by(DeliveryAttempt.id)
            )
        )
        return _info(row), row[3], attempts


def replay(
    database_url: str,
    *,
    ids: list[str] = (),
    all_dead: bool = False,
    rule: str | None = None,  # type: ignore[assignment]
) -> int:
    """Queue dead (or delivered) deliveries again, with the same webhook-id and a fresh retry budget.

    Replaying also re-enables a destination a 410 disabled: asking to send again says it is back.
    """
    now = dt.datetime.now(dt.UTC)
    with session_scope(database_url) as session:
        query = select(Delivery.id, Delivery.destination_id).join(OutboxEntry).join(AlertRule)
        if ids:
            numeric = [int(i) for i in ids if i.isdigit()]
            named = [i for i in ids if not i.isdigit()]
            query = query.where(Delivery.id.in_(numeric) | Delivery.webhook_id.in_(named))
        elif all_dead:
            query = query.where(Delivery.status == "dead")
        else:
            return 0
        if rule:
            query = query.where(AlertRule.name == rule)
        rows = session.execute(query).all()
        if not rows:
            return 0
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_([r[0] for r in rows]))
            .values(
                status="pending",
                attempts=0,
                next_attempt_at=now,
                lease_until=None,
                lease_token=None,
                updated_at=now,
            )
        )
        session.execute(
            update(AlertDestination)
            .where(AlertDestination.id.in_({r[1] for r in rows}), AlertDestination.disabled_at.is_not(None))
            .values(disabled_at=None, disabled_reason=None)
        )
        return len(rows)
