"""The headline. (Minimal draft.)"""

from __future__ import annotations

from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import clean_text, element_text


def find_headline(page: Page, data: StructuredData) -> str | None:
    value = data.article.get("headline")
    if isinstance(value, str) and value.strip():
        return clean_text(value)
    for h1 in page.tree.iter("h1"):
        if not page.is_excluded(h1) and (text := element_text(h1)):
            return text
    return data.meta.get("og:title") or None
