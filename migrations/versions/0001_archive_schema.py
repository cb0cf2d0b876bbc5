"""Archive schema: articles, authors, tags, related links, URL variants, versions, crawl state.

Revision ID: 0001
Revises:
Create Date: 2026-11-27

Reviewed by hand. Timestamps are `timestamptz` on PostgreSQL; on SQLite they are UTC text (the models'
UTCDateTime type reads them back aware). Index and constraint names follow the models' naming convention.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def timestamp(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def article_fk() -> sa.Column:
    return sa.Column(
        "article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(200), nullable=False),
        timestamp("started_at"),
        timestamp("finished_at", nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        *(
            sa.Column(counter, sa.Integer(), nullable=False)
            for counter in (
                "pages_fetched",
                "bytes_fetched",
                "articles_new",
                "articles_updated",
                "articles_unchanged",
                "duplicates_dropped",
                "errors",
            )
        ),
    )
    op.create_index(op.f("ix_crawl_runs_source_started_at"), "crawl_runs", ["source", "started_at"])

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("url", sa.String(2048), nullable=False, unique=True),
        sa.Column("headline", sa.Text()),
        timestamp("published_at", nullable=True),
        sa.Column("published_date", sa.Date()),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("published_utc_offset", sa.Integer()),
        timestamp("modified_at", nullable=True),
        sa.Column("body", sa.Text()),
        sa.Column("summary", sa.Text()),
        sa.Column("language", sa.String(35)),
        sa.Column("section", sa.String(200)),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("first_crawl_run_id", sa.Integer(), sa.ForeignKey("crawl_runs.id")),
        timestamp("first_seen_at"),
        timestamp("last_seen_at"),
        sa.CheckConstraint(
            "published_precision IS NULL OR published_precision IN ('day', 'minute', 'second')",
            name="published_precision",
        ),
    )
    op.create_index(op.f("ix_articles_published_at"), "articles", ["published_at"])
    op.create_index(op.f("ix_articles_source_published_at"), "articles", ["source", "published_at"])
    op.create_index(op.f("ix_articles_content_hash"), "articles", ["content_hash"])
    op.create_index(op.f("ix_articles_first_seen_at"), "articles", ["first_seen_at"])

    op.create_table(
        "authors",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
    )
    op.create_table(
        "article_authors",
        sa.Column(
            "article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("authors.id"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index(op.f("ix_article_authors_author_id"), "article_authors", ["author_id"])

    op.create_table(
        "article_tags",
        sa.Column(
            "article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("tag", sa.String(300), primary_key=True),
    )
    op.create_index(op.f("ix_article_tags_tag"), "article_tags", ["tag"])

    op.create_table(
        "related_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        article_fk(),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("relation", sa.String(8), nullable=False),
        sa.CheckConstraint("relation IN ('previous', 'next', 'related', 'latest')", name="relation"),
        sa.UniqueConstraint("article_id", "url", "relation"),
    )
    op.create_index(op.f("ix_related_links_article_id"), "related_links", ["article_id"])

    op.create_table(
        "article_urls",
        sa.Column("url", sa.String(2048), primary_key=True),
        article_fk(),
    )
    op.create_index(op.f("ix_article_urls_article_id"), "article_urls", ["article_id"])

    op.create_table(
        "article_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        article_fk(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("headline", sa.Text()),
        timestamp("published_at", nullable=True),
        timestamp("modified_at", nullable=True),
        sa.Column("body", sa.Text()),
        sa.Column("summary", sa.Text()),
        sa.Column("content_hash", sa.String(64), nullable=False),
        timestamp("seen_from"),
        timestamp("seen_until"),
        sa.UniqueConstraint("article_id", "version"),
    )
    op.create_index(op.f("ix_article_versions_article_id"), "article_versions", ["article_id"])

    op.create_table(
        "http_validators",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("etag", sa.String(500)),
        sa.Column("last_modified", sa.String(100)),
        timestamp("checked_at"),
    )
    op.create_table(
        "heartbeats",
        sa.Column("component", sa.String(100), primary_key=True),
        timestamp("beat_at"),
        sa.Column("detail", sa.Text()),
    )


def downgrade() -> None:
    for table in (
        "heartbeats",
        "http_validators",
        "article_versions",
        "article_urls",
        "related_links",
        "article_tags",
        "article_authors",
        "authors",
        "articles",
        "crawl_runs",
    ):
        op.drop_table(table)
