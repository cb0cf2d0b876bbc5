"""Publication and modification dates. (Minimal draft.)"""

from __future__ import annotations

import datetime as dt

from crawler.extraction.article import PageDate
from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData


def parse_date_text(text: str | None) -> PageDate | None:
    if not text:
        return None
    text = text.strip().replace("Z", "+00:00")
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    return value


def find_dates(page: Page, data: StructuredData) -> tuple[PageDate | None, PageDate | None]:
    published = parse_date_text(data.article.get("datePublished")) or parse_date_text(
        data.meta.get("article:published_time")
    )
    modified = parse_date_text(data.article.get("dateModified")) or parse_date_text(
        data.meta.get("article:modified_time")
    )
    if published is None:
        for time in page.tree.iterfind(".//time[@datetime]"):
            if not page.is_excluded(time) and (published := parse_date_text(time.get("datetime"))):
                break
    return published, modified
