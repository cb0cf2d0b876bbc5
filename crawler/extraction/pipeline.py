"""The order in which extraction's layers run; each layer lives in its own module."""

from __future__ import annotations

from dataclasses import replace

from crawler.extraction import (
    authors,
    blocks,
    body,
    classification,
    dates,
    headline,
    language,
    metadata,
    overrides,
    related,
)
from crawler.extraction.article import Article
from crawler.extraction.overrides import SiteOverrides
from crawler.extraction.page import parse_page
from crawler.extraction.structured import read_structured
from crawler.extraction.text import without_invisible


def extract(
    html: bytes | str,
    url: str,
    *,
    charset: str | None = None,
    site: SiteOverrides | None = None,
) -> Article:
    """Extract a story from a page. Raises ExtractionError when the input is not an HTML page."""
    page = parse_page(html, url, charset=charset)
    if site is not None:
        overrides.remove_unwanted(page, site)
    blocks.mark_non_story_blocks(page)
    data = read_structured(page)
    published, modified, offset_source = dates.find_dates(page, data)
    title = headline.find_headline(page, data)
    names = authors.find_authors(page, data)
    text = body.without_byline(body.find_body(page, data), names)
    article = Article(
        url=url,
        canonical_url=metadata.find_canonical_url(page, data),
        headline=title,
        published=published,
        published_offset_source=offset_source,
        modified=modified,
        authors=names,
        body=text,
        summary=metadata.find_summary(page, data, title),
        language=language.find_language(page, data, f"{title or ''}\n{text or ''}"),
        section=classification.find_section(page, data, title),
        tags=classification.find_tags(page, data, title),
        related=related.find_related(page),
    )
    if site is not None:
        overrides.apply_selectors(article, page, site)
    _drop_invisible_characters(article)
    article.is_article = metadata.looks_like_article(page, data, article)
    return article


def _drop_invisible_characters(article: Article) -> None:
    """Every text field without soft hyphens and zero-width spaces (`text.without_invisible`): the
    archive and the keyword rules search the words a reader sees."""
    for name in ("headline", "body", "summary", "section"):
        if value := getattr(article, name):
            setattr(article, name, without_invisible(value))
    # (A name or tag written once with a soft hyphen and once without is one name or tag.)
    article.authors = list(dict.fromkeys(without_invisible(name) for name in article.authors))
    article.tags = list(dict.fromkeys(without_invisible(tag) for tag in article.tags))
    article.related = [
        replace(link, title=without_invisible(link.title)) if link.title else link for link in article.related
    ]
