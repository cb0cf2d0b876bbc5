"""Where the story sits on the portal and what it is about: section and tags.

Structured data first (JSON-LD articleSection / keywords, article:section and article:tag
meta, microdata), then what WordPress themes print: breadcrumbs, category links (`/category/...`,
rel="category tag") and tag links (`/tag/...`, rel="tag") in the story itself, never in menus, sidebars
or widgets, which list every category of the site.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import SplitResult, urlsplit

from lxml import etree

from crawler.extraction.labels import (
    AUTHOR_LINK_TITLE,
    GENERIC_LINK_TEXT,
    HOME_TEXT,
    SECTION_PATH_WORDS,
    TAG_PATH_WORDS,
    heading_kind,
    only_label,
)
from crawler.extraction.page import Page
from crawler.extraction.patterns import word_alternation, words_of
from crawler.extraction.structured import StructuredData, types_of
from crawler.extraction.text import clean_text, element_text, unescape
from crawler.urls import join_url, site_of

_SECTION_PATH = re.compile(f"/{word_alternation(words_of(SECTION_PATH_WORDS))}/", re.I)
_TAG_PATH = re.compile(f"/{word_alternation(words_of(TAG_PATH_WORDS))}/", re.I)
# Class names of site-wide furniture. A bare "header" is not among them: post headers (entry-header,
# mg-header) are where themes print the story's category.
_SITE_CHROME = re.compile(
    word_alternation(
        words_of("widget|sidebar|menu|navbar|nav-|tagcloud|tag-cloud|masthead|site-header|site-footer")
        + words_of("topbar|top-bar")
    ),
    re.I,
)
_CHROME_TAGS = {"nav", "header", "footer", "aside"}
_STORY_CONTAINER = re.compile(r"\b(?:entry-content|post-content|article-body|story-body|hentry)\b", re.I)
MAX_TAGS = 30
# Elements whose class names a breadcrumb, or labelled as one. Asked of the attributes (a predicate on
# every element is several times slower); the union comes back in document order.
_BREADCRUMBS = etree.XPath(
    "//@class[contains(., 'breadcrumb') or contains(., 'crumbs')]/.. "
    "| //@aria-label[. = 'breadcrumbs' or . = 'breadcrumb']/.."
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


_LINKS_KEY = "_newswatch_links"


def _links(page: Page) -> list[tuple[etree._Element, str, list[str]]]:
    """The page's links (what ".//a[@href]" finds), each with its href and rel words: read once for
    both the section and the tags, which each look through them."""
    found = vars(page).get(_LINKS_KEY)
    if found is None:
        root = page.tree
        found = [
            (anchor, href, (anchor.get("rel") or "").split())
            for anchor in page.elements("a")
            if (href := anchor.get("href")) is not None and anchor is not root
        ]
        vars(page)[_LINKS_KEY] = found
    return found


def _tag_text(anchor: etree._Element) -> str | None:
    """A tag link's tag, where the link is the story's (not a menu's or a widget's) and names one."""
    if _in_site_chrome(anchor):
        return None
    text = _TAG_COUNT.sub("", element_text(anchor).lstrip("#"))
    return text if _names_a_tag(text) else None


# How many stories a tag has, after its name in the link: "2020 Election (611 posts)", "Iowa (92)".
_TAG_COUNT = re.compile(r"\s*\(\d[\d.,]*(?:\s+[^\W\d_]+)?\)$")


def _listed_tags(page: Page, data: StructuredData) -> list[str]:
    """Where no link says it is a tag (by rel or path): the links to the site itself of a list named as
    the story's tags. (Asked only then: it is a search through all the page's names.)"""
    listed = _tag_list_links(page, data)
    own_site = site_of(page.url)
    return [
        text
        for anchor, href, _ in _links(page)
        if anchor in listed
        and site_of(join_url(page.url, href) or "") == own_site
        and (text := _tag_text(anchor)) is not None
    ]


def _names_a_tag(text: str) -> bool:
    """Not "Alle Themen", "LOAD MORE" or a heading's "THEMEN", nor a list's "…" or a date ("11/2/23")."""
    has_letters = any(ch.isalpha() for ch in text)
    return has_letters and not GENERIC_LINK_TEXT.match(text) and not _names_no_section(text)


# The class of a story's list of tags, whatever its links' paths (Drupal's "field--name-field-tags" of
# "/taxonomy/term/3" links, "post-tags", itemprop="keywords"). Only its links to the site itself count:
# a share button ("Tweet") sits in some. The words are searched for alone (a search through the page's
# names that tests a boundary before each position costs twice as much), the boundary before them after.
_TAG_LIST_WORDS = ("tags", "tag-list", "keywords", "schlagworte", "etiquetas")
_TAG_LIST_WORD = re.compile(f"(?:{'|'.join(_TAG_LIST_WORDS)})(?![^\\s_-])")
_TAG_LIST = re.compile(f"(?<![^\\s_-])(?:{'|'.join(_TAG_LIST_WORDS)})(?![^\\s_-])")
_TAG_LIST_DEPTH = 4


def _tag_list_links(page: Page, data: StructuredData) -> set[etree._Element]:
    """The links at most four levels inside an element named as the story's tag list."""
    links: set[etree._Element] = set()
    for box in data.elements_with(page, _TAG_LIST_WORD, words=_TAG_LIST_WORDS):
        names = " ".join(box.get(key) or "" for key in ("class", "id", "itemprop")).lower()
        if not _TAG_LIST.search(names):
            continue  # the word inside another ("hashtags")
        for link in box.iter("a"):
            node = link.getparent()
            for _ in range(_TAG_LIST_DEPTH - 1):
                if node is None or node is box:
                    break
                node = node.getparent()
            if node is box:
                links.add(link)
    return links


def _in_site_chrome(element: etree._Element) -> bool:
    """Menus, sidebars, widgets, header and footer: they list the site's categories, not the story's.

    Anything inside the story's own container is the story's: an <article>'s header and footer are
    where themes print its categories and tags, and page-wide wrappers around the story often carry
    "sidebar" in their classes without being furniture. Past <main>, only what was met below counts.
    """
    chrome = False
    for node in element.iterancestors():
        marker = f"{node.get('class', '')} {node.get('id', '')}"
        if node.tag == "article" or _STORY_CONTAINER.search(marker):
            return False
        chrome = chrome or node.tag in _CHROME_TAGS or bool(marker.strip() and _SITE_CHROME.search(marker))
        if node.tag == "main":
            return chrome
    return chrome


def _breadcrumb_section(page: Page, data: StructuredData, headline: str | None) -> str | None:
    """The last step of the page's breadcrumb trail that names a section: JSON-LD's, else the page's."""
    page_path = urlsplit(page.url).path.rstrip("/")
    for obj in data.objects:
        if "BreadcrumbList" in types_of(obj) and (names := _trail_names(page, obj, page_path, headline)):
            return names[-1]
    return _shown_breadcrumb_section(page, page_path, headline)


def _trail_names(page: Page, trail: dict[str, Any], page_path: str, headline: str | None) -> list[str]:
    """The names of a JSON-LD BreadcrumbList's steps that are sections: not the home page, not the page
    itself (its address, its headline, or the last step given without an address, as Google's guide
    has it)."""
    items = [i for i in trail.get("itemListElement", []) if isinstance(i, dict)]
    items.sort(key=lambda i: i.get("position", 0) if isinstance(i.get("position"), int) else 0)
    names: list[str] = []
    for item in items:
        target = item.get("item")
        url = target.get("@id") if isinstance(target, dict) else target
        name = item.get("name") or (target.get("name") if isinstance(target, dict) else None)
        path = urlsplit(page.absolute(url) or "").path.rstrip("/") if isinstance(url, str) else None
        if not isinstance(name, str) or (path in ("", None) and url is not None):
            continue
        if (url is None and item is items[-1]) or path == page_path or clean_text(name) == headline:
            continue
        if not _names_no_section(name):
            names.append(clean_text(name))
    return names


def _shown_breadcrumb_section(page: Page, page_path: str, headline: str | None) -> str | None:
    own_site = site_of(page.url)
    for crumbs in _BREADCRUMBS(page.tree):
        # (A step of the site's own, not a share button's link set in the same bar: "tweeten".)
        targets = [(a, urlsplit(page.absolute(a.get("href")) or "")) for a in crumbs.iter("a")]
        links = [
            a
            for a, target in targets
            if target.path.strip("/") and target.path.rstrip("/") != page_path and _on_site(target, own_site)
        ]
        # The last step that names a section: a year's archive after it ("Pressemitteilungen › 2022") is
        # no section of its own.
        for link in reversed(links):
            if (name := element_text(link)) and name != headline and not _names_no_section(name):
                return name
    return None


def _is_home(name: str) -> bool:
    return HOME_TEXT.fullmatch(clean_text(name)) is not None


def _on_site(target: SplitResult, own_site: str) -> bool:
    return not target.hostname or site_of(target.geturl()) == own_site


def _names_no_section(name: str) -> bool:
    """A link text that is the home step, a previous/next arrow ("Nächstes"), a block's label ("Mehr
    zum Thema", "Alle News") or a year's archive ("2022": no letters) names no section, wherever the
    theme sets it (a breadcrumb bar included)."""
    text = clean_text(name)
    return (
        not any(ch.isalpha() for ch in text)
        or _is_home(text)
        or only_label(text)
        or heading_kind(text, exact=True) is not None
        or _is_content_type(text)
    )


def _is_content_type(text: str) -> bool:
    return text.casefold().replace(" ", "-") in _CONTENT_TYPE


# A list's last item joined by "&" or "and": the commas belong to one name ("Business, Finance, & Economics").
_CONJOINED = re.compile(r",\s*(?:&|and|und|et|y|e)\s", re.I)


def _first_of_list(value: str) -> str:
    """A section written as a list ("Debatte, Krieg, Naher Osten"): the first; one comma may be a name's
    own ("Business, Economy"), and so are commas before a last "&" ("Business, Finance, & Economics")."""
    if value.count(",") >= 2 and not _CONJOINED.search(value):
        return value.split(",", 1)[0].strip()
    return value


# What a CMS writes as the section when it means the kind of page: "Article", "Artikel", "Posts".
_CONTENT_TYPE = frozenset(
    ("article", "articles", "artikel", "post", "posts", "story", "stories", "page", "pages", "blog-post",
     "beitrag", "beiträge", "artículo", "artículos", "articolo", "articoli", "artigo", "artigos")
)  # fmt: skip


_SLUG_GAPS = re.compile(r"[\s_-]+")


def _as_displayed(page: Page, section: str) -> str:
    """A section metadata states as its slug ("public-service", "schweiz") as the page's links write it
    ("Public Service", "Schweiz"): the text of a link to an address with the slug whose words are the
    slug's."""
    if section != section.lower() or not any(ch.isalpha() for ch in section):
        return section
    slug = _SLUG_GAPS.sub("-", section)
    for anchor, href, _ in _links(page):
        if slug not in href.lower():
            continue  # (the section's page has the slug in its address: no need to read the link's text)
        text = element_text(anchor)
        if text != section and len(text) <= len(section) + 2 and _SLUG_GAPS.sub("-", text.casefold()) == slug:
            return text
    return section


def _named_section(value: str) -> str | None:
    """The section a metadata value names: the first of a list, not a content type."""
    section = _first_of_list(value)
    return None if _is_content_type(section) else section


def find_section(page: Page, data: StructuredData, headline: str | None = None) -> str | None:
    for value in _strings(data.article.get("articleSection")):
        if (value := unescape(value)) and (section := _named_section(value)):
            return _as_displayed(page, section)
    for key in ("article:section", "section", "parsely-section"):
        if (value := data.meta.get(key)) and (section := _named_section(unescape(value))):
            return _as_displayed(page, section)
    for element in data.microdata.get("articleSection", []):
        if (value := clean_text(element.get("content") or element_text(element))) and _named_section(value):
            return value
    for anchor, href, rel in _links(page):
        is_category = "category" in rel or _SECTION_PATH.search(href)
        name = element_text(anchor) if is_category and not _in_site_chrome(anchor) else ""
        if name and not _names_no_section(name):
            return name
    return _breadcrumb_section(page, data, headline)


_MAX_LINKED_TAG = 60  # a tag link's text longer than this is a teaser's or a sentence, no tag's name


_TAG_SEPARATORS = " ,;|·•"
# What a tag field holds that names no topic: an address or path ("/article"), an identifier (a UUID, a
# number of five digits or more; a year may be a tag), a template's placeholder ("[NAME]"), a label
# ("Temas relacionados:"), a sentence or a call to action of three words or more ("Jetzt Petition
# unterzeichnen!"; a question may be a series' name: "At 250 who will America Be?").
_NO_TAG = re.compile(
    r"^(?:https?://|/)|^[\da-f]{8}-[\da-f]{4}-|^\d{5,}$|^\[[^\]]*\]$|:$|^\S+\s+\S+\s+.*[.!]$", re.I
)


def _unique(values: Iterable[str], longest: int | None = None) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        # (A theme may set the separator inside the link: "<a>Coronavirus,</a> <a>Recht</a>".)
        value = clean_text(html.unescape(value) if "&" in value else value).strip(_TAG_SEPARATORS)
        if not value or _NO_TAG.search(value) or (longest and len(value) > longest):
            continue
        if value.casefold() not in seen:
            seen[value.casefold()] = value
    return list(seen.values())[:MAX_TAGS]


def _listed(values: Iterable[str]) -> list[str]:
    """Tags as pages write them, one to a field or several in one ("Polizei,Drogenrazzien,Drogenhandel"):
    a field is split at its commas when it holds two or more, or one in a run of over five words. One
    comma may be a tag's own ("Washington, D.C."), and so are commas before a last "&" or "and" ("Business,
    Finance, & Economics")."""
    tags: list[str] = []
    for value in values:
        value = html.unescape(value) if "&" in value else value  # "&amp;" before a last item is "&"
        listed = value.count(",") >= 2 or ("," in value and len(value.split()) > 5)
        if listed and not _CONJOINED.search(value):
            tags.extend(value.split(","))
        else:
            tags.append(value)
    return tags


def _unseparated(keywords: str) -> bool:
    """JSON-LD keywords written as one run of words ("Boxen Russland Frank Warren Tyson Fury"): the
    tags' boundaries are lost (which words make "Frank Warren"?)."""
    return "," not in keywords and ";" not in keywords and len(keywords.split()) > 4


def _meta_keywords(data: StructuredData) -> list[str]:
    """The keywords meta, where it lists them with commas (news_keywords first)."""
    for key in ("news_keywords", "keywords"):
        if "," in (value := data.meta.get(key) or ""):
            return _unique(value.split(","))
    return []


def _writers_page(anchor: etree._Element) -> bool:
    """A link whose title says it lists one writer's stories ("Alle Inhalte von Duy Linh Dinh"): the
    byline's link to the author's page, which a CMS may file under its topic path ("/thema/…"). The
    writer is the story's author, no topic of it."""
    title = anchor.get("title")
    return title is not None and AUTHOR_LINK_TITLE.match(title) is not None


def find_tags(page: Page, data: StructuredData, headline: str | None = None) -> list[str]:
    """The story's tags (`_found_tags`), less the headline (as `headline` found it, or as the <title> or
    og:title write it) set as one."""
    tags = _found_tags(page, data)
    if not any(len(tag.split()) >= _HEADLINE_TAG_WORDS for tag in tags):
        return tags
    titles = [_words(t) for t in (data.title, data.meta.get("og:title"), headline) if t]
    return [tag for tag in tags if not _headline_copy(_words(tag), titles)]


# A tag that is most of a title, word for word, and of this many words or more, is the headline (a CMS
# that fills article:tag with it: "Chef Jamie Oliver joins Mail Sundays war toxic food"), no topic. A
# long name the headline holds ("IGI School of Economics Jakarta") is a small part of it.
_HEADLINE_TAG_WORDS = 5
_HEADLINE_SHARE = 0.6


def _headline_copy(words: set[str], titles: list[set[str]]) -> bool:
    return len(words) >= _HEADLINE_TAG_WORDS and any(
        words <= title and len(words) >= _HEADLINE_SHARE * len(title) for title in titles
    )


def _words(text: str) -> set[str]:
    """The words of a text, lower-cased, an apostrophe's words as one ("Sunday's" and "Sundays")."""
    return set(re.findall(r"\w+", text.replace("'", "").replace("\u2019", "").casefold()))


def _found_tags(page: Page, data: StructuredData) -> list[str]:
    """article:tag metas, else JSON-LD keywords, else the story's tag links, else the keywords meta."""
    if tags := _unique(_listed(data.meta_all.get("article:tag") or [])):
        return tags
    keywords = data.article.get("keywords")
    if isinstance(keywords, str):
        if _unseparated(keywords) and (listed := _meta_keywords(data)):
            return listed
        keywords = keywords.split(",")
    if tags := _unique(_listed(_strings(keywords))):
        return tags
    links = [
        text
        for anchor, href, rel in _links(page)
        if (("tag" in rel and "category" not in rel) or _TAG_PATH.search(href))
        and not _writers_page(anchor)
        and (text := _tag_text(anchor)) is not None
    ]
    links = links or _listed_tags(page, data)
    if links:
        return _unique(links, longest=_MAX_LINKED_TAG)
    return _unique((data.meta.get("news_keywords") or "").split(","))
