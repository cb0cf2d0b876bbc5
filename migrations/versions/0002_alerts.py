"""Alerts: rules as first loaded, the outbox, deliveries, attempts, scanned stories.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Written by hand to match monitor/models.py (tests/test_schema.py runs alembic's check on SQLite and
PostgreSQL). Names follow the naming convention of crawler.archive.models.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def timestamp(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "alert_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("query", sa.Text(), nullable=False),
        timestamp("added_at"),
        timestamp("updated_at"),
    )
    op.create_table(
        "alert_destinations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "rule_id", sa.Integer(), sa.ForeignKey("alert_rules.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("url", sa.String(2048), nullable=False),
        timestamp("disabled_at", nullable=True),
        sa.Column("disabled_reason", sa.Text()),
        sa.UniqueConstraint("rule_id", "url"),
    )
    op.create_table(
        "alert_outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "rule_id", sa.Integer(), sa.ForeignKey("alert_rules.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("matched_terms", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        timestamp("created_at"),
        sa.UniqueConstraint("rule_id", "article_id"),
    )
    op.create_index(op.f("ix_alert_outbox_article_id"), "alert_outbox", ["article_id"])
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "outbox_id", sa.Integer(), sa.ForeignKey("alert_outbox.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "destination_id",
            sa.Integer(),
            sa.ForeignKey("alert_destinations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("webhook_id", sa.String(64), nullable=False, unique=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        timestamp("next_attempt_at"),
        timestamp("lease_until", nullable=True),
        sa.Column("lease_token", sa.String(36)),
        sa.Column("last_status_code", sa.Integer()),
        sa.Column("last_error", sa.Text()),
        timestamp("created_at"),
        timestamp("updated_at"),
        timestamp("delivered_at", nullable=True),
        sa.UniqueConstraint("outbox_id", "destination_id"),
        sa.CheckConstraint("status IN ('pending', 'retrying', 'delivered', 'dead')", name="status"),
    )
    op.create_index(
        op.f("ix_alert_deliveries_status_next_attempt_at"), "alert_deliveries", ["status", "next_attempt_at"]
    )
    op.create_index(op.f("ix_alert_deliveries_destination_id"), "alert_deliveries", ["destination_id"])
    op.create_table(
        "alert_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "delivery_id",
            sa.Integer(),
            sa.ForeignKey("alert_deliveries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        timestamp("started_at"),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("status_code", sa.Integer()),
        sa.Column("outcome", sa.String(12), nullable=False),
        sa.Column("error", sa.Text()),
        timestamp("next_attempt_at", nullable=True),
        sa.CheckConstraint("outcome IN ('delivered', 'retry', 'dead', 'gone', 'refused')", name="outcome"),
    )
    op.create_index(op.f("ix_alert_attempts_delivery_id"), "alert_attempts", ["delivery_id"])
    op.create_table(
        "alert_scanned_articles",
        sa.Column(
            "article_id",
            sa.Integer(),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        timestamp("scanned_at"),
    )


def downgrade() -> None:
    for table in (
        "alert_scanned_articles",
        "alert_attempts",
        "alert_deliveries",
        "alert_outbox",
        "alert_destinations",
        "alert_rules",
    ):
        op.drop_table(table)
