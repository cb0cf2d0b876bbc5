"""Text helpers shared by the layers."""

from __future__ import annotations

import html
import re
from collections.abc import Container, Iterator

from lxml import etree

# Characters that show nothing and only hint where a line may break or must not: the soft hyphen
# ("Helikopter&shy;landeplatz", common in German and Nordic CMSes), the zero-width space, the word joiner
# and a stray byte-order mark. Kept, they split a word for every search (an archive query, a keyword rule)
# while a reader sees one word. (Not the zero-width joiner and non-joiner: Persian, Indic scripts and emoji
# spell with them.)
INVISIBLE_FORMAT = re.compile("[\u00ad\u200b\u2060\ufeff]")


def without_invisible(text: str) -> str:
    """The text without the invisible line-break hints above."""
    return INVISIBLE_FORMAT.sub("", text) if INVISIBLE_FORMAT.search(text) else text


def clean_text(text: str | None) -> str:
    """Whitespace runs (Unicode spaces and line breaks included) collapsed to one space, ends trimmed."""
    return " ".join(text.split()) if text else ""


# The separators a page's <title> sets between its segments ("Headline - Site", "Story | Section | Site";
# Korean titles write the bar as the vowel letter ㅣ, never a word on its own).
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•»]\s+|\s*[|｜ㅣ]\s*")


def title_segments(title: str | None) -> list[str]:
    """A <title>'s segments, as its separators set them apart."""
    return _TITLE_SEPARATORS.split(title or "")


def text_of(element: etree._Element) -> str:
    """All the text inside an element, its tail excluded: what XPath's string(), lxml.html's
    text_content() and a join of itertext() give, but serialised in C, several times faster."""
    if not isinstance(element.tag, str):  # a comment or processing instruction
        return "".join(element.itertext())
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


# How a sentence ends, closing quotes and brackets included: a line ending otherwise is a heading, a label
# or a list of words, no sentence of running text.
SENTENCE_END = (".", "!", "?", "…", '"', "“", "”", "»", "«", "'", "’", ")", "）", "]", "】", "。", "」")

# (An inline <svg> icon's <title> names the icon for screen readers: "Arrow" before a link is no text.)
CODE_TAGS = frozenset(("script", "style", "noscript", "template", "svg"))


def text_pieces(
    element: etree._Element,
    skip: frozenset[str],
    skipped: Container[etree._Element] = (),
    line_break: str | None = None,
) -> list[str]:
    """The pieces of text inside an element, in order, less what elements of the `skip` tags hold, and
    the `skipped` elements (their tails stay, and so do the tails of comments); each <br> a `line_break`
    piece, when one is given. lxml's walk, not a recursive one of ours: a broken page may nest elements
    thousands deep."""
    pieces: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event in ("comment", "pi"):
            if node.tail:
                pieces.append(node.tail)
        elif event == "start":
            if not isinstance(node.tag, str) or node.tag in skip or (node is not element and node in skipped):
                walker.skip_subtree()  # its "end" still comes, with its tail
            elif node.text:
                pieces.append(node.text)
            elif line_break is not None and node.tag == "br":
                pieces.append(line_break)
        elif node is not element and node.tail:
            pieces.append(node.tail)
    return pieces


def outermost(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The elements of the tag inside the element (itself included) that no other of them holds. A broken
    page's unclosed <a> or <p> holds every later one: summing each one's text would count the same words
    many times over, and reading each link inside each link of each paragraph costs time cubic in the
    page's depth (seconds a page)."""
    walker = etree.iterwalk(element, events=("start",), tag=tag)
    for _, node in walker:
        yield node
        walker.skip_subtree()


def text_without_code(element: etree._Element, skip: frozenset[str] = CODE_TAGS) -> str:
    """`text_of`, less what scripts, styles, templates and icons inside the element hold (or the elements
    of the `skip` tags): an ad tag set inside a paragraph ("<p><script>getAd(…)</script></p>") is no text
    a reader sees. (`text_of` when there is none: the C serialiser is the fast path.)"""
    if len(element) == 0 or next(element.iter(*skip), None) is None:
        return text_of(element)
    return "".join(text_pieces(element, skip))


def element_text(element: etree._Element) -> str:
    return clean_text(text_of(element))


# A character UTF-8 writes in two or three bytes, read as windows-1252: a lead byte ("Ã", "Â", "â", …) and
# continuation bytes, which windows-1252 shows as Latin-1 signs or as its own punctuation ("€", "™", "“").
_MOJIBAKE_RUN = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)


def repair_mojibake(text: str) -> str:
    """UTF-8 read as windows-1252 ("fÃ¼r") back to what was written ("für"): the whole text when it is
    all misread, else each misread character (a page may mix them: "für die VÃ¶gel")."""
    if "Ã" not in text and "Â" not in text and "â€" not in text:
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return _MOJIBAKE_RUN.sub(_repaired_run, text)


def _repaired_run(match: re.Match[str]) -> str:
    run = match.group()
    try:
        return run.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return run


def unescape(text: str | None) -> str:
    """Text from an attribute or a metadata field as written: entities (even double-escaped ones) and
    misread UTF-8 repaired, whitespace collapsed."""
    text = repair_mojibake(text or "")
    for _ in range(2):
        if "&" not in text:
            break
        text = html.unescape(text)
    return clean_text(text)
