"""Write one extracted story into the archive: insert, update with history, or recognise a duplicate.

A story is the same story when any of its URL keys (the canonical URL, the URL we requested, the URL
that answered) is already known, or when its text is identical to a stored story's (a syndicated copy
or a URL variant we could not normalise). Changes are detected on the fields a reader sees; an edit
keeps the previous state in `article_versions`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.archive.models import (
    Article,
    ArticleAuthor,
    ArticleTag,
    ArticleUrl,
    ArticleVersion,
    Author,
    RelatedLink,
)
from crawler.extraction.article import Article as Extracted
from crawler.extraction.article import PageDate
from crawler.urls import normalise_url, url_key

MIN_HASHED_BODY = 200  # shorter bodies are too generic to call two pages the same story


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class StoredDate:
    """How a page date lands in the columns published_at / published_date / precision / utc_offset."""

    at: dt.datetime | None
    day: dt.date | None
    precision: str | None
    utc_offset_minutes: int | None


def stored_date(value: PageDate | None) -> StoredDate:
    if value is None:
        return StoredDate(None, None, None, None)
    if not isinstance(value, dt.datetime):
        # Date only: midnight UTC of that day, precision "day"; published_date is the day as printed.
        return StoredDate(dt.datetime.combine(value, dt.time(), dt.UTC), value, "day", None)
    precision = "second" if value.second or value.microsecond else "minute"
    if value.tzinfo is None or value.utcoffset() is None:
        # No zone on the page: keep its wall-clock time, read as UTC, with no offset recorded.
        return StoredDate(value.replace(tzinfo=dt.UTC), value.date(), precision, None)
    offset = value.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else None
    return StoredDate(value.astimezone(dt.UTC), value.date(), precision, minutes)


def content_hash(body: str | None) -> str:
    """Fingerprint of the story's text: case-, space- and Unicode-form-insensitive.

    Two pages with the same fingerprint (and a body long enough to be specific) are one story: a
    syndicated copy or a URL variant we could not normalise. The headline is left out on purpose,
    since syndicated copies are often retitled.
    """
    text = unicodedata.normalize("NFKC", body or "").casefold()
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def story_keys(canonical_url: str, *urls: str) -> list[str]:
    keys: list[str] = []
    for url in (canonical_url, *urls):
        try:
            key = url_key(url)
        except ValueError:
            continue
        if key not in keys:
            keys.append(key)
    return keys


def _author(session: Session, name: str, cache: dict[str, Author]) -> Author:
    if name in cache:
        return cache[name]
    author = session.scalar(select(Author).where(Author.name == name))
    if author is None:
        author = Author(name=name)
        session.add(author)
        session.flush()
    cache[name] = author
    return author


def _clean_authors(story: Extracted) -> list[str]:
    return list(dict.fromkeys(n.strip()[:300] for n in story.authors if n and n.strip()))


def _clean_tags(story: Extracted) -> list[str]:
    return list(dict.fromkeys(t.strip()[:300] for t in story.tags if t and t.strip()))


def _clean_related(story: Extracted) -> dict[tuple[str, str], str | None]:
    links: dict[tuple[str, str], str | None] = {}
    for link in story.related:
        try:
            links.setdefault((normalise_url(link.url), link.relation), link.title)
        except ValueError:
            continue
    return links


def _row_snapshot(row: Article) -> tuple[object, ...]:
    """What a reader sees of the story itself. Related links are left out: a "Latest" widget changes
    with every new story on the portal, and that is not an edit of this one."""
    return (
        row.headline,
        row.published_at,
        row.published_precision,
        row.published_utc_offset,
        row.modified_at,
        row.body,
        row.summary,
        row.section,
        row.language,
        tuple(a.author.name for a in row.authors),
        tuple(sorted(t.tag for t in row.tags)),
    )


def _story_snapshot(story: Extracted) -> tuple[object, ...]:
    published = stored_date(story.published)
    return (
        story.headline,
        published.at,
        published.precision,
        published.utc_offset_minutes,
        stored_date(story.modified).at,
        story.body,
        story.summary,
        story.section,
        story.language,
        tuple(_clean_authors(story)),
        tuple(sorted(_clean_tags(story))),
    )


def _related_snapshot(story: Extracted) -> tuple[tuple[str, str, str], ...]:
    return tuple(sorted((url, rel, title or "") for (url, rel), title in _clean_related(story).items()))


def _offset_source(story: Extracted) -> str | None:
    """Where the stored offset comes from; None where no offset is stored (a date, a zone-less time)."""
    if stored_date(story.published).utc_offset_minutes is None:
        return None
    return story.published_offset_source


def _apply(session: Session, row: Article, story: Extracted) -> None:
    published = stored_date(story.published)
    row.headline = story.headline
    row.published_at = published.at
    row.published_date = published.day
    row.published_precision = published.precision
    row.published_utc_offset = published.utc_offset_minutes
    row.published_offset_source = _offset_source(story)
    row.modified_at = stored_date(story.modified).at
    row.body = story.body
    row.summary = story.summary
    row.language = story.language
    row.section = story.section
    row.content_hash = content_hash(story.body)
    if row.id is not None:
        # Delete the old children first: the unit of work would insert the new rows before deleting the
        # old ones, and an unchanged (author, tag, or url+relation) would violate its unique constraint.
        row.authors.clear()
        row.tags.clear()
        session.flush()
    cache: dict[str, Author] = {}
    row.authors = [
        ArticleAuthor(author=_author(session, name, cache), position=i)
        for i, name in enumerate(_clean_authors(story))
    ]
    row.tags = [ArticleTag(tag=tag) for tag in _clean_tags(story)]
    _replace_related(session, row, story)


def _replace_related(session: Session, row: Article, story: Extracted) -> None:
    if row.id is not None and row.related_links:
        row.related_links.clear()
        session.flush()  # deletes before inserts, as in _apply
    row.related_links = [
        RelatedLink(url=url, title=title, relation=relation)
        for (url, relation), title in _clean_related(story).items()
    ]


def find_existing(session: Session, keys: list[str], body: str | None) -> tuple[Article | None, bool]:
    """The stored story these keys or this text belong to; the flag says it was found by text only."""
    known = session.scalar(select(ArticleUrl).where(ArticleUrl.url.in_(keys)).limit(1))
    if known is not None:
        return known.article, False
    if not body or len(body) < MIN_HASHED_BODY:
        return None, False
    same_text = session.scalar(
        select(Article).where(Article.content_hash == content_hash(body)).order_by(Article.id).limit(1)
    )
    return same_text, same_text is not None


def store_story(
    session: Session,
    story: Extracted,
    *,
    canonical_url: str,
    other_urls: list[str],
    source: str,
    crawl_run_id: int | None,
    seen_at: dt.datetime,
    met_in_this_crawl: bool = False,
) -> tuple[Outcome, int]:
    """Insert or update the story; returns what happened and the article id.

    `met_in_this_crawl`: the crawl already handed us this story (a URL variant or a copy); its URLs
    are recorded as variants and nothing else changes, except that an earlier-published copy is
    taken as the original.
    """
    keys = story_keys(canonical_url, *other_urls)
    row, by_text = find_existing(session, keys, story.body)
    if row is None:
        row = Article(
            url=canonical_url,
            source=source,
            version=1,
            first_seen_at=seen_at,
            last_seen_at=seen_at,
            first_crawl_run_id=crawl_run_id,
        )
        session.add(row)
        _apply(session, row, story)
        row.urls = [ArticleUrl(url=key) for key in keys]
        session.flush()
        return Outcome.NEW, row.id

    known_keys = {u.url for u in row.urls}
    row.urls.extend(ArticleUrl(url=key) for key in keys if key not in known_keys)
    row.last_seen_at = max(row.last_seen_at, seen_at)
    if by_text or met_in_this_crawl:
        incoming = stored_date(story.published).at
        if by_text and incoming is not None and row.published_at is not None and incoming < row.published_at:
            # We met the copy first: the page at hand was published earlier, so it is the original.
            row.url = canonical_url
            _apply(session, row, story)
        session.flush()
        return Outcome.DUPLICATE, row.id
    if _story_snapshot(story) == _row_snapshot(row):
        # (Where the offset comes from is no edit of the story: a row stored before the column had it
        # learns it here, without a new version.)
        row.published_offset_source = _offset_source(story)
        stored_links = tuple(sorted((r.url, r.relation, r.title or "") for r in row.related_links))
        if _related_snapshot(story) != stored_links:
            _replace_related(session, row, story)
        session.flush()
        return Outcome.UNCHANGED, row.id

    session.add(
        ArticleVersion(
            article_id=row.id,
            version=row.version,
            headline=row.headline,
            published_at=row.published_at,
            modified_at=row.modified_at,
            body=row.body,
            summary=row.summary,
            content_hash=row.content_hash,
            seen_from=_version_start(session, row),
            seen_until=seen_at,
        )
    )
    _apply(session, row, story)
    row.version += 1
    session.flush()
    return Outcome.UPDATED, row.id


def _version_start(session: Session, row: Article) -> dt.datetime:
    """When the current version was first seen: the end of the previous version, or first_seen_at."""
    latest = session.scalar(
        select(ArticleVersion.seen_until)
        .where(ArticleVersion.article_id == row.id)
        .order_by(ArticleVersion.version.desc())
        .limit(1)
    )
    return latest or row.first_seen_at
