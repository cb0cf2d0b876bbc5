"""The archive writer on real databases: new, unchanged, updated with history, duplicates by URL and text."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from crawler.archive.db import session_scope
from crawler.archive.models import Article, ArticleUrl, ArticleVersion, Author
from crawler.archive.store import Outcome, store_story, stored_date
from crawler.extraction import Article as Extracted
from crawler.extraction import RelatedLink

CEST = dt.timezone(dt.timedelta(hours=2))
BODY = "The council approved the harbour plan on Friday after a long debate about costs and jobs. " * 4


def story(**changes: object) -> Extracted:
    base = Extracted(
        url="https://ex.com/2024/05/plan/",
        canonical_url="https://ex.com/2024/05/plan/",
        headline="Council Approves Harbour Plan",
        published=dt.datetime(2024, 5, 17, 10, 32, tzinfo=CEST),
        authors=["Jane Doe", "Ravi Patel"],
        body=BODY,
        summary="The plan passes.",
        language="en",
        section="Politics",
        tags=["Harbour"],
        related=[RelatedLink("https://ex.com/2024/05/older/", "Older story", "previous")],
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def store(
    database_url: str, item: Extracted, url: str = "https://ex.com/2024/05/plan/"
) -> tuple[Outcome, int]:
    with session_scope(database_url) as session:
        return store_story(
            session,
            item,
            canonical_url=item.canonical_url or url,
            other_urls=[url],
            source="ex",
            crawl_run_id=None,
            seen_at=dt.datetime.now(dt.UTC),
        )


def test_store_new_then_unchanged_then_updated(database_url: str) -> None:
    outcome, article_id = store(database_url, story())
    assert outcome is Outcome.NEW
    assert store(database_url, story()) == (Outcome.UNCHANGED, article_id)
    assert store(database_url, story(), "http://www.ex.com/2024/05/plan?utm_source=x") == (
        Outcome.UNCHANGED,
        article_id,
    )
    outcome, same_id = store(database_url, story(headline="Council Approves Harbour Plan, With Conditions"))
    assert (outcome, same_id) == (Outcome.UPDATED, article_id)
    with session_scope(database_url) as session:
        row = session.get(Article, article_id)
        assert row is not None
        assert (row.headline, row.version) == ("Council Approves Harbour Plan, With Conditions", 2)
        assert [a.author.name for a in row.authors] == ["Jane Doe", "Ravi Patel"]
        assert [(r.url, r.relation, r.title) for r in row.related_links] == [
            ("https://ex.com/2024/05/older/", "previous", "Older story")
        ]
        versions = session.scalars(select(ArticleVersion)).all()
        assert [(v.version, v.headline) for v in versions] == [(1, "Council Approves Harbour Plan")]
        assert session.scalar(select(func.count()).select_from(Author)) == 2


def test_syndicated_copy_is_a_duplicate_and_its_url_is_remembered(database_url: str) -> None:
    _, article_id = store(database_url, story())
    copy = story(canonical_url=None, headline="Wire: Harbour Plan Approved")
    assert store(database_url, copy, "https://partner.example/wire/harbour") == (
        Outcome.DUPLICATE,
        article_id,
    )
    with session_scope(database_url) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1
        keys = set(session.scalars(select(ArticleUrl.url)))
        assert keys == {"ex.com/2024/05/plan", "partner.example/wire/harbour"}


def test_dates_keep_the_page_offset_and_date_only_is_a_day() -> None:
    exact = stored_date(dt.datetime(2024, 5, 17, 0, 30, tzinfo=CEST))
    assert exact.at == dt.datetime(2024, 5, 16, 22, 30, tzinfo=dt.UTC)
    assert (exact.day, exact.precision, exact.utc_offset_minutes) == (dt.date(2024, 5, 17), "minute", 120)
    day = stored_date(dt.date(2024, 5, 17))
    assert (day.at, day.day, day.precision, day.utc_offset_minutes) == (
        dt.datetime(2024, 5, 17, tzinfo=dt.UTC),
        dt.date(2024, 5, 17),
        "day",
        None,
    )
    naive = stored_date(dt.datetime(2024, 5, 17, 10, 32, 5))
    assert (naive.at, naive.precision, naive.utc_offset_minutes) == (
        dt.datetime(2024, 5, 17, 10, 32, 5, tzinfo=dt.UTC),
        "second",
        None,
    )


def test_dates_round_trip_timezone_aware(database_url: str) -> None:
    _, article_id = store(database_url, story())
    with session_scope(database_url) as session:
        row = session.get(Article, article_id)
        assert row is not None
        assert row.published_at == dt.datetime(2024, 5, 17, 8, 32, tzinfo=dt.UTC)
        assert row.published_at.tzinfo is not None
        assert row.published_utc_offset == 120


def test_where_the_offset_comes_from_is_stored_with_it_and_checked(database_url: str) -> None:
    """A guessed offset says so ('country': a zone-less time read on the domain's country's clock); a
    date without an offset has no source, whatever extraction said; the column takes no other value."""
    _, guessed = store(database_url, story(published_offset_source="country"))
    _, day_only = store(
        database_url,
        story(url="https://ex.com/2024/05/day/", canonical_url="https://ex.com/2024/05/day/",
              body=BODY + " Day only.", published=dt.date(2024, 5, 17), published_offset_source="page"),
        url="https://ex.com/2024/05/day/",
    )  # fmt: skip
    with session_scope(database_url) as session:
        assert session.get(Article, guessed).published_offset_source == "country"  # type: ignore[union-attr]
        assert session.get(Article, day_only).published_offset_source is None  # type: ignore[union-attr]
    # A row stored before the column learns its source when the unchanged story is met again.
    with session_scope(database_url) as session:
        session.execute(update(Article).where(Article.id == guessed).values(published_offset_source=None))
    outcome, _ = store(database_url, story(published_offset_source="country"))
    with session_scope(database_url) as session:
        row = session.get(Article, guessed)
        assert (outcome, row.published_offset_source, row.version) == (Outcome.UNCHANGED, "country", 1)  # type: ignore[union-attr]
    with pytest.raises(IntegrityError), session_scope(database_url) as session:
        session.execute(update(Article).where(Article.id == guessed).values(published_offset_source="guess"))


def test_the_earlier_publication_is_the_original_whatever_the_crawl_order(database_url: str) -> None:
    later = story(
        canonical_url="https://partner.example/wire/harbour",
        headline="Wire: Harbour Plan Approved",
        published=dt.datetime(2024, 5, 17, 12, 32, tzinfo=CEST),
    )
    assert store(database_url, later, "https://partner.example/wire/harbour")[0] is Outcome.NEW
    outcome, article_id = store(database_url, story())
    assert outcome is Outcome.DUPLICATE
    with session_scope(database_url) as session:
        row = session.get(Article, article_id)
        assert row is not None
        assert (row.url, row.headline) == ("https://ex.com/2024/05/plan/", "Council Approves Harbour Plan")
        assert session.scalar(select(func.count()).select_from(Article)) == 1
