"""Turn bytes or text into a parsed page: the one place that decodes and parses HTML.

Decoding follows what browsers do, in order: a byte-order mark, the HTTP Content-Type charset the caller
passes, the document's own <meta charset>, then UTF-8 if the bytes are valid UTF-8, else windows-1252
(the WHATWG default for legacy Western pages, a superset of latin-1 that never fails).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from crawler.extraction.article import ExtractionError
from crawler.urls import join_url

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_LEGACY_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252"}
_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def beside_root(root: etree._Element) -> tuple[list[etree._Element], list[etree._Element]]:
    """The top-level elements before and after the root, in document order: libxml2 leaves content after a
    stray </html> there (a second <html>). XPath's "//" reads them, a walk from the root does not; code
    that walks instead of asking XPath adds them. Mostly there are none."""
    before = list(root.itersiblings(etree.Element, preceding=True))
    before.reverse()
    return before, list(root.itersiblings(etree.Element))


def iter_document(root: etree._Element, *tags: str) -> Iterator[etree._Element]:
    """The elements of these tags in the whole document, in document order, as XPath's "//tag" finds
    them, through lxml's tag-filtered walk (faster than XPath)."""
    before, after = beside_root(root)
    for top in (*before, root, *after):
        yield from top.iter(*tags)


# The tags the layers look for across the whole document. lxml's tag-filtered walk costs about the same
# whatever tags it looks for (a pass over every node of the tree, some 0.13 ms on a news page): one walk
# for all of them, shared through `Page.elements`, instead of one walk per layer and tag.
INDEXED_TAGS = frozenset(
    ("a", "base", "br", "h1", "h2", "h3", "link", "meta", "p", "script", "time", "title")
)


class HtmlElement(lxml.html.HtmlElement):
    """lxml.html's element with a faster text_content() (the same text: see `text.text_of`)."""

    def text_content(self) -> str:
        return etree.tostring(self, method="text", encoding=str, with_tail=False)


def _html_parser() -> etree.HTMLParser:
    """lxml.html's parser, but every element gets the plain HtmlElement class through lxml's C-level lookup.

    lxml.html's own parser asks a Python method for each element's class (for the form classes no layer
    uses), on every element proxy any layer touches: a tenth of extraction's time. It reads UTF-8 bytes
    (the decoded text, encoded again): libxml2 parses those faster than a Python string. No layer looks
    elements up by id, so libxml2 keeps no id table. Unclosed tags nest the rest of a broken page one level
    deeper each: past 255 levels libxml2 would drop the rest of the page, so it may go to its hard limit
    (huge_tree, 2048 levels; the layers' own walks do not recurse).
    """
    parser = etree.HTMLParser(encoding="utf-8", collect_ids=False, huge_tree=True)
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSER = _html_parser()


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _LEGACY_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, content_type_charset: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). Never raises on bad bytes: undecodable bytes become U+FFFD.

    Declarations are often wrong, in both directions: a server says ISO-8859-1 for a UTF-8 page, a CMS
    writes <meta charset="utf-8"> on windows-1252 text. Non-ASCII text that is valid UTF-8 is UTF-8
    (legacy single-byte text almost never is), so strict UTF-8 goes first; then the declared charsets;
    then windows-1252, which decodes anything.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(data[:4096])
    declared = [
        _codec(content_type_charset),
        _codec(match.group(1).decode("ascii", "ignore")) if match else None,
    ]
    for name in declared:
        if name and name != "utf-8" and not name.startswith("utf-16"):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                continue
    return data.decode("cp1252", errors="replace"), "cp1252"


@dataclass
class Page:
    """A parsed HTML document and its URL. Layers read it; only `excluded` is shared state."""

    url: str
    tree: lxml.html.HtmlElement
    encoding: str
    # Elements that are not the story (teaser blocks, widgets, navigation): later layers skip them.
    excluded: set[etree._Element] = field(default_factory=set)
    # href -> absolute URL: a page links the same story from a teaser, its picture and its headline.
    _absolute: dict[str, str | None] = field(default_factory=dict, repr=False)

    def absolute(self, href: str | None) -> str | None:
        if not href:
            return None
        if (known := self._absolute.get(href, "")) != "":
            return known
        clean = href.strip()
        resolved: str | None = None
        if clean and not clean.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
            resolved = join_url(self.base_url, clean)
        self._absolute[href] = resolved
        return resolved

    def elements(self, tag: str) -> list[etree._Element]:
        """The elements of one tag of `INDEXED_TAGS` in document order: what `tree.iter(tag)` gives (the
        root included, the top-level elements beside it not), from the walk all layers share. The tree
        must not change after the first call: the layers only mark elements, and code that detaches
        some for a while (`datefallback`) puts them back. (A shared list: callers do not change it.)"""
        return self._tag_index[tag]

    def document_elements(self, tag: str) -> list[etree._Element]:
        """The elements of one indexed tag in the whole document, the top-level elements beside the root
        included: what XPath's "//tag" finds (see `iter_document`)."""
        before, after = beside_root(self.tree)
        if not before and not after:
            return self.elements(tag)
        return [
            *(el for top in before for el in top.iter(tag)),
            *self.elements(tag),
            *(el for top in after for el in top.iter(tag)),
        ]

    @cached_property
    def _tag_index(self) -> dict[str, list[etree._Element]]:
        by_tag: dict[str, list[etree._Element]] = {tag: [] for tag in INDEXED_TAGS}
        for element in self.tree.iter(*INDEXED_TAGS):
            by_tag[element.tag].append(element)
        return by_tag

    @cached_property
    def base_url(self) -> str:
        return self.base_from(self.tree.find(".//base[@href]"))

    def base_from(self, base: etree._Element | None) -> str:
        """The base URL given the page's first <base href> (a layer that walks the tree anyway finds it
        and stores the result as `base_url`, saving this a walk of its own)."""
        return (join_url(self.url, base.get("href")) or self.url) if base is not None else self.url

    def is_excluded(self, element: etree._Element) -> bool:
        """True when the element sits inside a block marked as not-the-story."""
        if not self.excluded:
            return False
        node: etree._Element | None = element
        while node is not None:
            if node in self.excluded:
                return True
            node = node.getparent()
        return False


def parse_page(html: bytes | str, url: str, *, charset: str | None = None) -> Page:
    """Parse a page; raise ExtractionError with a reason when it is not an HTML document or its URL is no
    URL."""
    try:
        urlsplit(url)
    except ValueError as exc:
        raise ExtractionError(f"invalid page URL {url!r}: {exc}") from exc
    text, encoding = _decoded(html, charset)
    if not text or text.isspace():
        raise ExtractionError("empty document")
    if not _HTML_SNIFF.search(text[:65536]):
        raise ExtractionError("no HTML markup found")
    # An XML declaration's encoding is not the page's (the text is decoded already).
    declaration = _XML_DECLARATION.match(text)
    as_received = isinstance(html, bytes) and encoding == "utf-8" and not html.startswith(codecs.BOM_UTF8)
    if declaration is None and as_received:
        data = html  # valid UTF-8 as it came: the very bytes the text would encode to
    else:
        data = text[declaration.end() if declaration else 0 :].encode("utf-8", errors="replace")
    try:
        tree = etree.fromstring(data, _PARSER)
        if tree is None:
            raise etree.ParserError("Document is empty")
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc
    return Page(url=url, tree=tree, encoding=encoding)


def _decoded(html: bytes | str, charset: str | None) -> tuple[str, str]:
    """The page's text and the encoding it came in ("unicode" for text); raise ExtractionError for bytes
    that are empty or binary (a NUL early on, outside UTF-16)."""
    if isinstance(html, str):
        return html, "unicode"
    if html.isspace() or not html:
        raise ExtractionError("empty document")
    if b"\x00" in html[:1024] and not html.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ExtractionError("binary content, not HTML")
    return decode_html(html, charset)
