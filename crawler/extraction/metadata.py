"""Canonical URL, summary, and whether the page is a story at all.

- canonical: `<link rel="canonical">` (rel tokens in any case), then og:url, then the story's JSON-LD
  url/mainEntityOfPage; made absolute against the page (an AMP or print copy names its original).
- summary: the page's own description of the story (og:description, description, twitter:description,
  JSON-LD description), entities and mojibake repaired, whitespace collapsed, unless it is the site's
  name, the site's own description (a theme's fallback on every page) or a plugin's placeholder ("Visit
  the post for more."); without one, the standfirst the theme sets under the headline ("article-lead",
  "dek", "chapo", "Vorspann").
Section, tags and language live in `classification`.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.extraction.article import Article
from crawler.extraction.blocks import story_container
from crawler.extraction.dateparse import find_human_dates
from crawler.extraction.names import opens_with_label
from crawler.extraction.page import Page
from crawler.extraction.patterns import CREDIT_LABEL
from crawler.extraction.site_name import site_names
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import SENTENCE_END, clean_text, text_without_code, unescape


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


def find_summary(page: Page, data: StructuredData, headline: str | None = None) -> str | None:
    """The story's description (OpenGraph, meta, Twitter, JSON-LD), else its standfirst. A description
    that only repeats the headline ("Historischer Markt" for "Historischer Markt") summarises nothing."""
    description = data.article.get("description")
    repeated = _folded_line(headline) if headline else None
    for value in (
        data.meta.get("og:description"),
        data.meta.get("description"),
        data.meta.get("twitter:description"),
        description if isinstance(description, str) else None,
    ):
        text = _PICTURE_CREDIT.sub("", unescape(value)) if value else ""
        if (
            text
            and not _PLACEHOLDER.match(text)
            and not _describes_site(page, data, text)
            and _folded_line(text) != repeated
        ):
            return text
    return _standfirst(page, data)


def _folded_line(text: str) -> str:
    return clean_text(text).casefold().rstrip(" .!?")


# A description a plugin writes where the post has none: Jetpack's "Visit the post for more.", a bare
# "Read more".
_PLACEHOLDER = re.compile(
    r"(?:visit the post for more|read more|continue reading|click here to read more)\W*$", re.I
)

_SITE_TYPES = frozenset(("WebSite", "Organization", "NewsMediaOrganization"))


def _describes_site(page: Page, data: StructuredData, text: str) -> bool:
    """Whether a description describes the site, not the story, as a theme fills every page's description
    with it: it is the site's name ("Raptastisch") or the description of its JSON-LD WebSite or
    Organization."""
    folded = text.casefold()
    for thing in data.objects:
        kinds = thing.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        described = thing.get("description")
        if (
            isinstance(described, str)
            and any(kind in _SITE_TYPES for kind in kinds if isinstance(kind, str))
            and unescape(described).casefold() == folded
        ):
            return True
    # (A site's name is a few words: only a description as short can be it.)
    return len(text) <= _SITE_NAME_LENGTH and folded in site_names(page, data)


_SITE_NAME_LENGTH = 80


# A picture's credit the description ends with, after a separator: "… am 15. Juni • Foto: Fabrizio
# Bensch/REUTERS". The credit is the picture's, no part of the summary.
_PICTURE_CREDIT = re.compile(rf"\s+[•|·–—-]\s*(?:{CREDIT_LABEL}|foto-?credit)\s*:\s*[^•|·]{{1,80}}$", re.I)


# A class that names the story's standfirst, the lead under its headline ("standfirst", "article-lead",
# "entry-summary", "c-article__intro", "dek", "chapo", "bajada", "entradilla", "sottotitolo", "Vorspann");
# not a bare "lead", "intro" or "description" (a lead picture, a site's intro, a picture's description).
_STANDFIRST = re.compile(
    r"(?<![^\s_-])(?:(?:article|story|entry|post|news|c-article)(?:[-_]{0,2}(?:header[-_]{0,2})?)"
    r"(?:lead|lede|intro|summary|teaser|excerpt|standfirst|description|abstract)|"
    r"standfirst|lede|dek|chap[oô]|chapeau|bajada|entradilla|sottotitolo|vorspann|anriss|"
    r"sub-?head(?:line)?|sub-?title)(?![^\s_-])"  # (asked of lower-cased names: `elements_with`)
)
_STANDFIRST_LENGTH = (40, 600)  # a sentence or two: not a label, not the story's text


def _standfirst(page: Page, data: StructuredData) -> str | None:
    """The page's own lead under the headline, where no metadata describes the story: the first element
    the theme names as the standfirst between the headline and the story's text (not a teaser's
    "excerpt", not a picture's caption), written in sentences and no copy of the headline."""
    headline = next((h for h in page.elements("h1") if not page.is_excluded(h)), None)
    if headline is None:
        return None
    heading = clean_text(headline.text_content())
    lines = (headline.sourceline or 0, _first_text_line(page))
    for element in data.elements_with(page, _STANDFIRST):
        if (
            element.tag in _NOT_TEXT
            or not lines[0] <= (element.sourceline or 0) <= lines[1]
            or page.is_excluded(element)
            or next(element.iterancestors("figure", "figcaption"), None) is not None
            or any(h is headline for h in element.iter("h1"))
        ):
            continue
        text = clean_text(text_without_code(element))
        if (
            _STANDFIRST_LENGTH[0] <= len(text) <= _STANDFIRST_LENGTH[1]
            and text.endswith(SENTENCE_END)  # (a heading or a topic list is no lead)
            and heading not in text
            and text not in heading
            and not _is_meta_line(text)
            and not any(clean_text(link.text_content()) == text for link in element.iter("a"))
        ):
            return text  # (not one link's text: another story's teaser set as a subtitle)
    return None


def _is_meta_line(text: str) -> bool:
    """A byline or date line the theme names as its subtitle ("by Logan C. Ritchie November 8, 2023",
    "1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min."): it opens with a byline's label or a date."""
    return opens_with_label(text) or bool(find_human_dates(text[:_META_LINE_OPENING], limit=1))


_META_LINE_OPENING = 24


def _first_text_line(page: Page) -> float:
    """The source line of the story's first paragraph: a standfirst comes before it or is it. (Source
    lines order the elements cheaply; on a page written on one line they order nothing, and the other
    tests decide.)"""
    container = story_container(page)
    first = (
        None if container is None else next((p for p in container.iter("p") if not page.is_excluded(p)), None)
    )
    return float("inf") if first is None or first.sourceline is None else first.sourceline


_NOT_TEXT = frozenset(("img", "picture", "figure", "meta", "link", "script", "style", "body", "html", "a"))


def looks_like_article(page: Page, data: StructuredData, article: Article) -> bool:
    return bool(data.article) or data.meta.get("og:type") == "article"
