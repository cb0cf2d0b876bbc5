"""URL variants of one story share one key; different stories never do."""

from __future__ import annotations

import pytest

from crawler.urls import is_date_archive, key_of_normalised, normalise_url, url_key

STORY = "example.com/news/2024/05/harbour-strike-ends"


@pytest.mark.parametrize(
    "variant",
    [
        "https://example.com/news/2024/05/harbour-strike-ends/",
        "http://example.com/news/2024/05/harbour-strike-ends",
        "https://www.example.com/news/2024/05/harbour-strike-ends/",
        "https://EXAMPLE.com:443/news/2024/05/harbour-strike-ends/#comments",
        "https://example.com/news/2024/05/harbour-strike-ends/?utm_source=twitter&utm_medium=social&fbclid=x",
        "https://example.com/news/2024/05/harbour-strike-ends/amp/",
        "https://amp.example.com/news/2024/05/harbour-strike-ends/",
        "https://example.com/amp/news/2024/05/harbour-strike-ends/",
        "https://example.com/news/2024/05/harbour-strike-ends/print/",
        "https://example.com/news/2024/05/harbour-strike-ends/?print=1",
        "https://example.com/print/news/2024/05/harbour-strike-ends/",
        "https://example.com/print_article/news/2024/05/harbour-strike-ends",
        "https://example.com/news/2024/05/harbour-strike-ends/?amp",
        "https://example.com/news/2024/05//harbour-strike-ends/index.html",
        "https://example.com/news/2024/05/harbour-strike-ends/comment-page-2/",
    ],
)
def test_variants_share_the_story_key(variant: str) -> None:
    assert url_key(variant) == STORY
    # (The key of a URL normalised once already, as `related` computes it, is the same key.)
    assert key_of_normalised(normalise_url(variant)) == STORY


def test_meaningful_query_parameters_are_kept_and_sorted() -> None:
    assert url_key("https://example.com/?p=123") == "example.com?p=123"
    assert url_key("https://example.com/story?id=7&page=2") == url_key(
        "https://example.com/story?page=2&id=7"
    )
    assert url_key("https://example.com/story?id=7") != url_key("https://example.com/story?id=8")


def test_normalise_keeps_the_scheme_and_refuses_other_schemes() -> None:
    assert normalise_url("http://Example.com:80/a/?utm_campaign=x#top") == "http://example.com/a/"
    with pytest.raises(ValueError, match="not an http"):
        normalise_url("mailto:desk@example.com")


def test_date_archives_of_a_year_a_month_or_a_day() -> None:
    for path in ("/2024/", "/2010/08/", "/blog/2024/05/17", "example.com/2024/5/7"):
        assert is_date_archive(path), path
    for path in ("/2024/05/17/harbour-strike-ends/", "/2024/13/", "/news/story-2024-05"):
        assert not is_date_archive(path), path
    # Where a bare year may be a story's number, a month at least is asked for.
    assert not is_date_archive("/news/2019", year_alone=False)
    assert is_date_archive("/2010/08/", year_alone=False)
