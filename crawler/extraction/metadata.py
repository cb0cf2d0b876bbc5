"""Canonical URL, summary, language, section, tags, and whether the page is a story at all. (Draft.)"""

from __future__ import annotations

from crawler.extraction.article import Article
from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData


def find_canonical_url(page: Page, data: StructuredData) -> str | None:
    for link in page.tree.iterfind(".//link[@rel='canonical']"):
        if url := page.absolute(link.get("href")):
            return url
    return page.absolute(data.meta.get("og:url")) or None


def find_summary(page: Page, data: StructuredData) -> str | None:
    return data.meta.get("og:description") or data.meta.get("description") or None


def find_language(page: Page, data: StructuredData) -> str | None:
    return page.tree.get("lang") or data.meta.get("og:locale") or None


def find_section(page: Page, data: StructuredData) -> str | None:
    return data.meta.get("article:section") or None


def find_tags(page: Page, data: StructuredData) -> list[str]:
    return [v for k, v in data.meta.items() if k == "article:tag"]


def looks_like_article(page: Page, data: StructuredData, article: Article) -> bool:
    return bool(data.article) or data.meta.get("og:type") == "article"
