"""Publication-date rules, each on a small hand-written page."""

from __future__ import annotations

import datetime as dt
import json

from crawler.extraction import extract

URL = "https://news.example/politik/hafen-plan-beschlossen"
BODY = "<p>" + "Der Stadtrat hat am Abend abgestimmt und den Plan angenommen. " * 8 + "</p>"


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def page(head: str = "", article: str = "", outside: str = "", lang: str = "de", before: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Hafen</title>{head}</head>'
        f'<body><header class="site-header"><a class="logo" href="/">Hafenblatt</a></header>{before}'
        f"<main><article><h1>Hafenplan beschlossen</h1>{article}{BODY}</article></main>"
        f"{outside}</body></html>"
    )


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


# ------------------------------------------------------------------------------------ the page's own day


def test_utc_instant_shown_as_the_next_day_gets_an_offset_reaching_that_day() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2023-11-01T23:01:00Z"})
    article = '<time datetime="2023-11-01T23:01:00Z" class="story__date">02 Novembre 2023</time>'
    published = extract(page(head=head, article=article, lang="it"), URL).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2023, 11, 1, 23, 1, tzinfo=dt.UTC)  # the same instant
    assert published.date() == dt.date(2023, 11, 2)  # on the readers' day
    assert published.utcoffset() == dt.timedelta(hours=1)


def test_utc_instant_the_url_dates_to_the_day_before() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2020-08-25T00:23:33Z"})
    url = "https://news.example/2020/08/24/school-buses/"
    published = extract(page(head=head, lang="en"), url).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2020, 8, 25, 0, 23, 33, tzinfo=dt.UTC)
    assert published.date() == dt.date(2020, 8, 24)


def test_utc_instant_on_the_pages_day_keeps_utc() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2020-08-24T10:00:00Z"})
    url = "https://news.example/2020/08/24/school-buses/"
    published = extract(page(head=head, lang="en"), url).published
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(0)
