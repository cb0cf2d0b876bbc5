"""Per-site CSS selector overrides from configuration: the last layer, it wins over the others."""

from __future__ import annotations

from dataclasses import dataclass

from lxml.cssselect import CSSSelector

from crawler.extraction.article import Article
from crawler.extraction.page import Page
from crawler.extraction.text import clean_text, element_text


@dataclass(frozen=True)
class SiteOverrides:
    """CSS selectors for a site whose theme our heuristics miss (`[sources.overrides]` in the config)."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: str | None = None
    body: str | None = None
    section: str | None = None
    remove: tuple[str, ...] = ()


def remove_unwanted(page: Page, site: SiteOverrides) -> None:
    """Drop the elements the site's `remove` selectors name before any other layer looks."""
    for selector in site.remove:
        for element in CSSSelector(selector)(page.tree):
            parent = element.getparent()
            if parent is not None:
                element.drop_tree()


def _select_text(page: Page, selector: str) -> list[str]:
    return [text for el in CSSSelector(selector)(page.tree) if (text := clean_text(element_text(el)))]


def apply_selectors(article: Article, page: Page, site: SiteOverrides) -> None:
    from crawler.extraction.dates import parse_date_text

    if site.headline and (found := _select_text(page, site.headline)):
        article.headline = found[0]
    if site.authors and (found := _select_text(page, site.authors)):
        article.authors = list(dict.fromkeys(found))
    if site.body and (found := _select_text(page, site.body)):
        article.body = "\n\n".join(found)
    if site.section and (found := _select_text(page, site.section)):
        article.section = found[0]
    for field_name in ("published", "modified"):
        selector = getattr(site, field_name)
        if not selector:
            continue
        for el in CSSSelector(selector)(page.tree):
            value = parse_date_text(el.get("datetime") or el.get("content") or element_text(el))
            if value is not None:
                setattr(article, field_name, value)
                break
