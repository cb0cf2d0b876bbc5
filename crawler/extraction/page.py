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
    (legacy single-byte text almost never is), so strict UTF-8 goes first, and UTF-8 with a few broken
    sequences among many good ones stays UTF-8; then the declared charsets; then, for a page that
    declares none that fits, the encoding charset-normalizer reads in its bytes (an old Russian site's
    windows-1251 or KOI8-R, a Japanese Shift_JIS, a Korean EUC-KR); then windows-1252, which decodes
    anything.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if (damaged := _damaged_utf8(data)) is not None:
        return damaged, "utf-8"
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
    if (detected := _detected_encoding(data)) is not None:
        return data.decode(detected, errors="replace"), detected
    return data.decode("cp1252", errors="replace"), "cp1252"


_NON_ASCII = re.compile("[^\x00-\x7f]")
_REPLACED = "\ufffd"
_VALID_PER_BROKEN = 2


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken sequences (a cut multi-byte letter, a stray byte from a template), as
    UTF-8 with those replaced; None where the broken sequences are not rare among the letters beyond ASCII
    (text in a legacy encoding, where nearly every such letter is one)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count(_REPLACED)
    valid = len(_NON_ASCII.findall(text)) - broken
    return text if valid >= _VALID_PER_BROKEN * broken else None


# Latin single-byte code pages: any Western text decodes in each, and the detector's choice among them is
# a guess (ï read as ď); windows-1252, the Western default, decodes such a page, unless its language is one
# the Central European code pages are for: then the one of those two the detector ranks first.
_LATIN_CODE_PAGES = frozenset(
    codecs.lookup(name).name
    for name in (
        "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "mac_roman", "mac_latin2", "latin_1", "iso8859_2",
        "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
        "iso8859_16",
    )
)  # fmt: skip
_CENTRAL_EUROPEAN_PAGES = (codecs.lookup("cp1250").name, codecs.lookup("iso8859_2").name)
_CENTRAL_EUROPEAN_LANGUAGES = frozenset(("pl", "cs", "sk", "hu", "hr", "sl", "ro", "sr", "bs"))
_HIGH_BYTES = re.compile(rb"[\x80-\xff]")
_DETECT_WINDOW = 65536
_DETECT_EVIDENCE = 32
_HTML_LANG = re.compile(rb"<html[^>]*?\slang=[\"']?([a-zA-Z]{2})", re.I)


def _detected_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer finds the bytes written in, where that tells more than the
    windows-1252 fallback: a Cyrillic, Greek, Hebrew, Arabic or Thai code page, a Chinese, Japanese or
    Korean encoding, or a Central European code page on a page in such a language. (Imported here: only
    pages that are neither UTF-8 nor declare a fitting charset need it.)"""
    if len(_HIGH_BYTES.findall(data, 0, _DETECT_WINDOW)) < _DETECT_EVIDENCE:
        return None  # a few bytes beyond ASCII say too little: a stray one in an English page reads as Arabic
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    name = _codec(best.encoding) if best is not None else None
    if not name or name.startswith("utf-16") or name == "ascii":
        return None
    if name not in _LATIN_CODE_PAGES:
        return name
    lang = _HTML_LANG.search(data[:4096])
    if lang is None or lang.group(1).decode("ascii").lower() not in _CENTRAL_EUROPEAN_LANGUAGES:
        return None
    ranked = (_codec(match.encoding) for match in matches)
    return next((name for name in ranked if name in _CENTRAL_EUROPEAN_PAGES), _CENTRAL_EUROPEAN_PAGES[0])


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
