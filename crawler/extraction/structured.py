"""Structured data, the first layer: JSON-LD (incl. @graph), microdata, OpenGraph and article:* meta.

Read once per page; the other layers look things up here instead of walking the tree again.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any

from lxml import etree

from crawler.extraction.page import Page, beside_root
from crawler.extraction.text import clean_text

ARTICLE_TYPES = frozenset(
    str.split(
        "NewsArticle Article ReportageNewsArticle BlogPosting AnalysisNewsArticle OpinionNewsArticle "
        "ReviewNewsArticle BackgroundNewsArticle LiveBlogPosting TechArticle ScholarlyArticle "
        "SocialMediaPosting AskPublicNewsArticle SatiricalArticle Report DiscussionForumPosting Blog "
        "CreativeWork AdvertiserContentArticle MedicalScholarlyArticle Review"
    )
)
PAGE_TYPES = {"WebPage", "ItemPage", "AboutPage", "CollectionPage", "MediaObject", "VideoObject", "Event"}
_JSON_HEAD = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)")
_LONGEST_TITLE = 1000
_JSON_TAIL = re.compile(r"(?://\s*)?(?:\]\]>|-->)\s*\Z")


@dataclass
class StructuredData:
    article: dict[str, Any] = field(
        default_factory=dict
    )  # the JSON-LD article object that is the page's story
    articles: list[dict[str, Any]] = field(default_factory=list)  # every JSON-LD article-like object
    pages: list[dict[str, Any]] = field(default_factory=list)  # JSON-LD WebPage-like objects
    objects: list[dict[str, Any]] = field(default_factory=list)  # every JSON-LD object found
    meta: dict[str, str] = field(default_factory=dict)  # <meta property|name|itemprop> -> first content
    meta_all: dict[str, list[str]] = field(default_factory=dict)  # every content of each meta key
    # itemprop -> elements, for the properties the layers read (dates, author, headline, section, keywords)
    microdata: dict[str, list[etree._Element]] = field(default_factory=dict)
    title: str | None = None  # the document's <title>
    _attrs: tuple[list[Any], str, list[int], list[int]] | None = (
        None  # class/id/itemprop/rel strings, for elements_with
    )

    def elements_with(
        self, page: Page, pattern: re.Pattern[str], tags: tuple[str, ...] = (), *, words: tuple[str, ...] = ()
    ) -> list[etree._Element]:
        """Elements whose class, id, itemprop or rel (lower-cased) matches `pattern`, plus every <time>,
        <abbr title> and <address> when `tags` names them, in document order. `words`, when given, are
        strings every match contains one of: where the page's names hold none, the regex is not run.

        One XPath pass collects those strings for the whole page the first time; every later question is a
        regex over their concatenation, so no layer walks the tree in Python for this.
        """
        if self._attrs is None:
            items = _ATTRIBUTES(page.tree)
            strings = [item if isinstance(item, str) else "" for item in items]
            joined = "\n".join(strings)
            lowered = joined.lower()
            if len(lowered) != len(joined):  # 'İ' lower-cases to two characters: keep offsets per string
                strings = [string.lower() for string in strings]
                lowered = "\n".join(strings)
            joined = lowered
            offsets = list(accumulate(map(len, strings)))
            offsets = [end + index for index, end in enumerate(offsets, 1)]
            tag_items = [index for index, item in enumerate(items) if not isinstance(item, str)]
            self._attrs = (items, joined, offsets, tag_items)
        items, joined, offsets, tag_items = self._attrs
        if words and not tags and not any(word in joined for word in words):
            return []
        # (A pattern may open with a separator, "(?:^|[\s_-])entry-date": its match then starts at the line
        # break before the string it is about, which belongs to the string before.)
        wanted = {
            bisect_right(offsets, match.start() + (joined[match.start()] == "\n"))
            for match in pattern.finditer(joined)
        }
        if tags:
            wanted.update(i for i in tag_items if items[i].tag in tags)
        found: dict[etree._Element, None] = {}
        for index in sorted(wanted):
            item = items[index]
            element = item.getparent() if isinstance(item, str) else item
            if element is not None:
                found.setdefault(element, None)
        return list(found)

    @property
    def story_object(self) -> dict[str, Any]:
        """The JSON-LD object that describes the story: its article, else the page's (WebPage; Yoast's
        older graphs set no article and credit the author on the WebPage); {} when there is neither."""
        return self.article or (self.pages[0] if self.pages else {})

    def resolve(self, value: Any) -> Any:
        """The object a bare reference ({"@id": ...}) names elsewhere in the page's JSON-LD, else the value
        itself: Yoast's graph gives an article's author as a reference to a Person object beside it."""
        if isinstance(value, dict) and "@id" in value and len(value.keys() - {"@id", "@type"}) == 0:
            return self._by_id.get(value["@id"], value)
        return value

    @cached_property
    def _by_id(self) -> dict[Any, dict[str, Any]]:
        found: dict[Any, dict[str, Any]] = {}
        for obj in self.objects:
            ident = obj.get("@id")
            if isinstance(ident, str) and obj.keys() - {"@id", "@type"}:
                found.setdefault(ident, obj)
        return found

    @cached_property
    def meta_folded(self) -> dict[str, list[str]]:
        """Every content of each meta key, under the key with its case and separators folded
        (`folded_key`): where a theme spells a property its own way, the layers still find it."""
        folded: dict[str, list[str]] = {}
        for key, contents in self.meta_all.items():
            folded.setdefault(folded_key(key), []).extend(contents)
        return folded

    def meta_first(self, *keys: str) -> str | None:
        for key in keys:
            if value := self.meta.get(key):
                return value
        return None


# A script's type, as XPath's translate(normalize-space(@type), 'APPLICATINJSOD+', 'applicatinjsod+') read
# it; the scripts come from lxml's tag-filtered walk (faster than any XPath walk over the whole tree).
_JSON_LD_CASE = str.maketrans("APLICTNJSOD", "aplictnjsod")


def _is_json_ld(script: etree._Element) -> bool:
    return (script.get("type") or "").strip(" \t\r\n").translate(_JSON_LD_CASE) == "application/ld+json"


# The microdata properties the layers read (the rest of a page's microdata is products, ratings, images).
# (Asked of the itemprop attributes: a predicate on every element is slower. Parents in document order.)
_ITEMPROPS = etree.XPath(
    "//@itemprop[contains(., 'date') or contains(., 'author') or contains(., 'Section')"
    " or contains(., 'headline') or contains(., 'creator') or contains(., 'keywords')"
    " or contains(., 'inLanguage') or contains(., 'liveBlogUpdate')]/.."
)
# ("/descendant::" rather than "//", which libxml2 reads as descendant-or-self::node()/child::, slower.)
_ATTRIBUTES = etree.XPath(
    "/descendant::time | /descendant::abbr[@title] | /descendant::address | /descendant::*/@class"
    " | /descendant::*/@id"
    " | /descendant::*/@itemprop | /descendant::*/@rel"
)


def types_of(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    if isinstance(value, list):
        return {str(v).rsplit("/", 1)[-1] for v in value}
    return {str(value).rsplit("/", 1)[-1]} if value else set()


def _walk(node: Any, found: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            _walk(item, found, depth + 1)
    elif isinstance(node, dict):
        found.append(node)
        if "@graph" in node:
            _walk(node["@graph"], found, depth + 1)
        main = node.get("mainEntity")
        if isinstance(main, dict | list):
            _walk(main, found, depth + 1)


def _load_json(text: str) -> Any:
    text = text.strip()
    if text[:1] not in "{[":
        text = _JSON_HEAD.sub("", text, count=1)
    if text[-1:] not in "}]":
        text = _JSON_TAIL.sub("", text, count=1)
    try:
        return json.loads(text, strict=False)
    except RecursionError:  # nested deeper than any real record: nothing to read
        return None
    except ValueError:
        return _repaired_json(text)


# Hand-edited JSON-LD: commented-out lines ("// \"mainEntityOfPage\": {"), a comment after a comma,
# a statement's ";" at the end.
_LINE_COMMENT = re.compile(r"^[ \t]*//[^\n]*$|(?<=[,{\[])[ \t]*//[^\n]*$", re.M)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _repaired_json(text: str) -> Any:
    """JSON-LD as templates break it: comments, trailing commas, a closing ";", raw newlines in strings,
    and objects listed one after another without the array around them. None when it is not JSON."""
    text = _LINE_COMMENT.sub("", text).rstrip().rstrip(";")
    text = _TRAILING_COMMA.sub(r"\1", text.replace("\n", " "))
    for candidate in (text, f"[{text}]"):
        try:
            return json.loads(candidate, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _same_page(obj: dict[str, Any], url: str) -> bool:
    target = url.split("?", 1)[0].rstrip("/").split("://", 1)[-1]
    for key in ("url", "mainEntityOfPage", "@id"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if (
            isinstance(value, str)
            and value.split("?", 1)[0].split("#", 1)[0].rstrip("/").split("://", 1)[-1] == target
        ):
            return True
    return False


def _choose_article(articles: list[dict[str, Any]], url: str) -> dict[str, Any]:
    if not articles:
        return {}
    for obj in articles:
        if _same_page(obj, url):
            return obj
    with_date = [obj for obj in articles if obj.get("datePublished") or obj.get("headline")]
    return (with_date or articles)[0]


def read_structured(page: Page) -> StructuredData:
    data = StructuredData()
    for script in _json_ld_scripts(page):
        if not script.text:
            continue
        parsed = _load_json(script.text)
        if parsed is not None:
            _walk(parsed, data.objects)
    for obj in data.objects:
        types = types_of(obj)
        if types & ARTICLE_TYPES or (not types and obj.get("headline")):
            data.articles.append(obj)
        elif types & PAGE_TYPES:
            data.pages.append(obj)
    # The JSON-LD scripts, the first canonical link, the metas and the first title come from the walk the
    # layers share (each tag-filtered walk is a full pass over the tree).
    canonical = next((link for link in page.elements("link") if link.get("rel") == "canonical"), None)
    url = canonical.get("href") if canonical is not None and canonical.get("href") else page.url
    data.article = _choose_article(data.articles, url) or _choose_article(data.articles, page.url)
    _read_metas(page.elements("meta"), data)
    _read_microdata(page.tree, data)
    title = next(iter(page.elements("title")), None)
    if title is not None:
        text = clean_text(title.text_content())
        # A <title> left open swallows the rest of the document as its text: that is no title.
        data.title = text if text and len(text) <= _LONGEST_TITLE else None
    return data


def _json_ld_scripts(page: Page) -> list[etree._Element]:
    """The JSON-LD scripts in document order, those after a stray </html> included (as XPath's "//" finds
    them)."""
    scripts = [script for script in page.elements("script") if _is_json_ld(script)]
    before, after = beside_root(page.tree)
    if before or after:
        scripts = [
            *(s for top in before for s in top.iter("script") if _is_json_ld(s)),
            *scripts,
            *(s for top in after for s in top.iter("script") if _is_json_ld(s)),
        ]
    return scripts


def _read_metas(metas: list[etree._Element], data: StructuredData) -> None:
    """Each <meta>'s content under its key (property, name, itemprop or http-equiv, lower-cased). A <meta
    itemprop> that states a property of another object than the page's (CNBC's lead picture, an
    ImageObject with its own datePublished a day before the story's) is no meta of the page."""
    for meta in metas:
        key = meta.get("property") or meta.get("name")
        if not key:
            key = meta.get("itemprop")
            if key and not in_article_scope(meta):
                continue
            key = key or meta.get("http-equiv")
        content = meta.get("content")
        if not key or content is None:
            continue
        key = key.strip().lower()
        content = content.strip()
        if not content:
            continue
        data.meta_all.setdefault(key, []).append(content)
        data.meta.setdefault(key, content)


# Themes and plugins write one meta property in many ways: "article:published_time",
# "article:published:time", "article.published_time", "Article-Published-Time".
_KEY_SEPARATORS = re.compile(r"[\s:._-]+")


def folded_key(key: str) -> str:
    """A meta key with its case and separators folded, so every spelling of one property is one key."""
    return _KEY_SEPARATORS.sub("", key.lower())


def _read_microdata(tree: etree._Element, data: StructuredData) -> None:
    """The itemprop elements the layers read, by property; a <meta itemprop> in <head> is already a meta."""
    for element in _ITEMPROPS(tree):
        if element.tag == "meta" and element.getparent() is not None and element.getparent().tag == "head":
            continue
        for prop in element.get("itemprop", "").split():
            data.microdata.setdefault(prop, []).append(element)


def microdata_value(element: etree._Element) -> str:
    """The value of an itemprop element as microdata defines it (content, datetime, href, or text)."""
    for attribute in ("content", "datetime"):
        value = element.get(attribute)
        if value:
            return value.strip()
    return clean_text(element.text_content())


def item_scope(element: etree._Element) -> etree._Element | None:
    """The nearest element around a microdata property that opens an item (itemscope or itemtype)."""
    opens = (n for n in element.iterancestors() if n.get("itemscope") is not None or n.get("itemtype"))
    return next(opens, None)


def in_article_scope(element: etree._Element) -> bool:
    """True when the nearest enclosing itemscope is an article type (or there is none)."""
    scope = item_scope(element)
    if scope is None:
        return True
    itemtype = (scope.get("itemtype") or "").rsplit("/", 1)[-1]
    return itemtype in ARTICLE_TYPES or itemtype in PAGE_TYPES or not itemtype
