"""Tables of the alerts path: rules as first loaded, the outbox, deliveries and their attempts.

Users query these directly (docs/alerts.md documents every column), so they change only through a
reviewed migration (migrations/versions/0002_alerts.py).

Why these tables: a match is written to the outbox (with the exact payload to send) in the same
transaction that records the story as scanned, *before* any HTTP request. Delivery then works off the
database only, so a receiver that is down, a crash or a restart loses nothing; the unique keys make every
step idempotent, so concurrent or repeated runs never create a second alert.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crawler.archive.models import Base, utcnow
from crawler.archive.types import UTCDateTime

DELIVERY_STATUSES = ("pending", "retrying", "delivered", "dead")
ATTEMPT_OUTCOMES = ("delivered", "retry", "dead", "gone", "refused")


class AlertRule(Base):
    """A rule as newswatch first loaded it: `added_at` decides which stories are new for it."""

    __tablename__ = "alert_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    destinations: Mapped[list[AlertDestination]] = relationship(
        back_populates="rule", cascade="all, delete-orphan", order_by="AlertDestination.id"
    )


class AlertDestination(Base):
    """A webhook URL of a rule. A 410 Gone answer sets `disabled_at`; its deliveries then wait."""

    __tablename__ = "alert_destinations"
    __table_args__ = (UniqueConstraint("rule_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("alert_rules.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(String(2048))
    disabled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    disabled_reason: Mapped[str | None] = mapped_column(Text)

    rule: Mapped[AlertRule] = relationship(back_populates="destinations")


class OutboxEntry(Base):
    """One story matched by one rule: at most one row per (rule, article), whatever happens later."""

    __tablename__ = "alert_outbox"
    __table_args__ = (UniqueConstraint("rule_id", "article_id"), Index(None, "article_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("alert_rules.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    matched_terms: Mapped[str] = mapped_column(Text)  # JSON list of the query terms that matched
    payload: Mapped[str] = mapped_column(Text)  # the exact JSON body every attempt sends
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    rule: Mapped[AlertRule] = relationship()


class Delivery(Base):
    """The outbox entry on its way to one destination; `webhook_id` never changes across retries."""

    __tablename__ = "alert_deliveries"
    __table_args__ = (
        UniqueConstraint("outbox_id", "destination_id"),
        CheckConstraint("status IN ('pending', 'retrying', 'delivered', 'dead')", name="status"),
        Index(None, "status", "next_attempt_at"),
        Index(None, "destination_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("alert_outbox.id", ondelete="CASCADE"))
    destination_id: Mapped[int] = mapped_column(ForeignKey("alert_destinations.id", ondelete="CASCADE"))
    webhook_id: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    lease_token: Mapped[str | None] = mapped_column(String(36))
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    outbox: Mapped[OutboxEntry] = relationship()
    destination: Mapped[AlertDestination] = relationship()


class DeliveryAttempt(Base):
    """Every HTTP attempt (or refusal) of a delivery, as it happened."""

    __tablename__ = "alert_attempts"
    __table_args__ = (
        CheckConstraint("outcome IN ('delivered', 'retry', 'dead', 'gone', 'refused')", name="outcome"),
        Index(None, "delivery_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("alert_deliveries.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    duration_ms: Mapped[int] = mapped_column(Integer)
    status_code: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(12))
    error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ScannedArticle(Base):
    """A story already matched against the rules, so later runs (and re-crawls) skip it."""

    __tablename__ = "alert_scanned_articles"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    scanned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
