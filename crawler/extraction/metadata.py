"""Canonical URL, summary, and whether the page is a story at all.

- canonical: `<link rel="canonical">` (rel tokens in any case), then og:url, then the story's JSON-LD
  url/mainEntityOfPage; made absolute against the page (an AMP or print copy names its original).
- summary: the page's own description of the story (og:description, description, twitter:description,
  JSON-LD description), entities and mojibake repaired, whitespace collapsed.
Section, tags and language live in `classification`.
"""

from __future__ import annotations

from typing import Any

from crawler.extraction.article import Article
from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import unescape


def _json_url(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) and value.startswith(("http://", "https://", "/")) else None


def find_canonical_url(page: Page, data: StructuredData) -> str | None:
    for link in page.document_elements("link"):  # (faster than XPath; the test below is the filter)
        if "canonical" in (link.get("rel") or "").lower().split() and (
            url := page.absolute(link.get("href"))
        ):
            return url
    if url := page.absolute(data.meta.get("og:url")):
        return url
    for key in ("mainEntityOfPage", "url"):
        if url := page.absolute(_json_url(data.article.get(key))):
            return url
    return None


def find_summary(page: Page, data: StructuredData) -> str | None:
    description = data.article.get("description")
    for value in (
        data.meta.get("og:description"),
        data.meta.get("description"),
        data.meta.get("twitter:description"),
        description if isinstance(description, str) else None,
    ):
        if value and (text := unescape(value)):
            return text
    return None


def looks_like_article(page: Page, data: StructuredData, article: Article) -> bool:
    return bool(data.article) or data.meta.get("og:type") == "article"
