"""The archive's public schema.

Users query these tables directly, so every column here is documented in README.md ("The archive
schema") and changes only through a reviewed Alembic migration.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from crawler.archive.types import UTCDateTime

RELATIONS = ("previous", "next", "related", "latest")
PRECISIONS = ("day", "minute", "second")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Article(Base):
    """One row per story, keyed by its canonical URL."""

    __tablename__ = "articles"
    __table_args__ = (
        CheckConstraint(
            "published_precision IS NULL OR published_precision IN ('day', 'minute', 'second')",
            name="published_precision",
        ),
        CheckConstraint(
            "published_offset_source IS NULL"
            " OR published_offset_source IN ('page', 'shown', 'day', 'country')",
            name="published_offset_source",
        ),
        Index(None, "published_at"),
        Index(None, "source", "published_at"),
        Index(None, "content_hash"),
        Index(None, "first_seen_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    headline: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    published_date: Mapped[dt.date | None] = mapped_column(Date)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    published_utc_offset: Mapped[int | None] = mapped_column(Integer)
    # Where the offset comes from (`crawler.extraction.article.OffsetSource`); NULL without an offset.
    published_offset_source: Mapped[str | None] = mapped_column(String(8))
    modified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    body: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(35))
    section: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(200))
    content_hash: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    first_crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    authors: Mapped[list[ArticleAuthor]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="ArticleAuthor.position"
    )
    tags: Mapped[list[ArticleTag]] = relationship(cascade="all, delete-orphan")
    related_links: Mapped[list[RelatedLink]] = relationship(cascade="all, delete-orphan")
    urls: Mapped[list[ArticleUrl]] = relationship(back_populates="article", cascade="all, delete-orphan")


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class ArticleAuthor(Base):
    """Authors of a story in byline order (position 0 first)."""

    __tablename__ = "article_authors"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="authors")
    author: Mapped[Author] = relationship(lazy="joined")


class ArticleTag(Base):
    __tablename__ = "article_tags"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(300), primary_key=True, index=True)


class RelatedLink(Base):
    """A story the page links to as previous, next, related (topical) or latest (site-wide widget)."""

    __tablename__ = "related_links"
    __table_args__ = (
        CheckConstraint("relation IN ('previous', 'next', 'related', 'latest')", name="relation"),
        UniqueConstraint("article_id", "url", "relation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    title: Mapped[str | None] = mapped_column(Text)
    relation: Mapped[str] = mapped_column(String(8))


class ArticleUrl(Base):
    """Every normalised URL a story was reached through, so a variant never becomes a second row."""

    __tablename__ = "article_urls"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)

    article: Mapped[Article] = relationship(back_populates="urls")


class ArticleVersion(Base):
    """A superseded state of a story, written when an edit (new headline, body or dateModified) lands."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    headline: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    modified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    body: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    seen_from: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    seen_until: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CrawlRun(Base):
    """One crawl of one source, with the counters its summary prints."""

    __tablename__ = "crawl_runs"
    __table_args__ = (Index(None, "source", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)
    bytes_fetched: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_updated: Mapped[int] = mapped_column(Integer, default=0)
    articles_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    duplicates_dropped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)


class HttpValidator(Base):
    """The ETag / Last-Modified a feed, sitemap or listing page answered with, for conditional requests."""

    __tablename__ = "http_validators"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Heartbeat(Base):
    """Liveness of a long-running component (the service writes one row per process role)."""

    __tablename__ = "heartbeats"

    component: Mapped[str] = mapped_column(String(100), primary_key=True)
    beat_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    detail: Mapped[str | None] = mapped_column(Text)
