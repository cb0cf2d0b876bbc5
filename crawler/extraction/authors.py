"""Authors. (Minimal draft.)"""

from __future__ import annotations

from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import clean_text, element_text


def find_authors(page: Page, data: StructuredData) -> list[str]:
    raw = data.article.get("author")
    items = raw if isinstance(raw, list) else [raw] if raw else []
    names = [clean_text(i.get("name") if isinstance(i, dict) else str(i)) for i in items]
    if not names:
        names = [element_text(a) for a in page.tree.iterfind(".//a[@rel='author']") if not page.is_excluded(a)]
    return list(dict.fromkeys(n for n in names if n))
