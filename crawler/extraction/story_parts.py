"""The parts of a story its page sets apart: the rest of the text beside the container the search found.

Themes cut a story's text into blocks of one class around their ads, pictures and embeds ("story-text",
"body__inner-container"), or set its free lead beside the element a paywall holds the rest in. The
search in `story_search` finds the block with the most text; `body` reads the story from all its parts.
"""

from __future__ import annotations

from itertools import islice, takewhile

from lxml import etree

from crawler.extraction.page import Page
from crawler.extraction.story_search import paragraph_text
from crawler.extraction.text import text_without_code

# A story the page splits into parts of one class around its ads, pictures and embeds ("story-text",
# "body__inner-container", "text_text__oJhZK"): how many levels above the container the parts may meet,
# and the paragraph text a part holds at least (less is a caption or a note set in the same class).
_PART_REACH = 6
_PART_TEXT = 200


def story_parts(page: Page, container: etree._Element) -> list[etree._Element]:
    """The container and the other parts of its story, in document order: elements of its tag and class
    (of its parent's, where the container has no class: `_classed_unit`) outside it that hold paragraphs
    of their own, not marked as another block, in the same <article> (or in none, or each in its own
    inside one around both), meeting the container a few levels up in an element that holds no second
    <h1> (the next story appended below is no part), and below the <h1> it holds. Found from the page's
    paragraphs: each part is the parent or grandparent of one. Also the paragraphs beside the container
    of the class its own paragraphs have: the free lead of a story whose rest the paywall's element holds
    ("<p class=voc-p>…</p><span class=paywall><p class=voc-p>…")."""
    parts = _paragraphs_beside(page, container)
    unit = _classed_unit(container)
    names = unit.get("class")
    reach = [a for a in islice(unit.iterancestors(), _PART_REACH) if a.tag not in ("body", "html")]
    if names and reach:
        parts += _parts_of_its_class(page, unit, names, reach)
    return _in_document_order(page, [container, *parts]) if parts else [container]


def _classed_unit(container: etree._Element) -> etree._Element:
    """The element whose class names a part: the container, or where it has no class, its parent that
    has one (Drupal's paragraphs module: "<div class="paragraph paraTypeText"><div><p>…")."""
    if container.get("class"):
        return container
    parent = container.getparent()
    if parent is not None and parent.get("class") and parent.tag not in ("body", "html"):
        return parent
    return container


def _paragraphs_beside(page: Page, container: etree._Element) -> list[etree._Element]:
    """The container's sibling paragraphs of the class its own paragraphs have, or, where they have
    none, those without a class that hold a sentence's length of text (a date line or a label is short)."""
    own = next(container.iter("p"), None)
    if own is None or own is container:
        return []
    names = own.get("class")
    siblings = [*container.itersiblings("p", preceding=True), *container.itersiblings("p")]
    return [
        p
        for p in siblings
        if p.get("class") == names
        and (names or len(text_without_code(p).strip()) >= _MIN_SENTENCE)
        and not page.is_excluded(p)
    ]


_MIN_SENTENCE = 80


def _parts_of_its_class(
    page: Page, container: etree._Element, names: str, reach: list[etree._Element]
) -> list[etree._Element]:
    article = next(container.iterancestors("article"), None)
    parts: list[etree._Element] = []
    seen: set[etree._Element] = {container}
    meetings: dict[etree._Element, _Meeting] = {}
    for p in page.elements("p"):
        parent = p.getparent()
        for candidate in (parent, parent.getparent() if parent is not None else None):
            if candidate is None or candidate in seen:
                continue
            seen.add(candidate)
            same_kind = candidate.tag == container.tag and candidate.get("class") == names
            if same_kind and _is_part(page, container, candidate, article, reach, meetings):
                parts.append(candidate)
    return parts


# An element where parts meet the container: how many <h1>s it holds (up to two), and the elements before
# its one <h1>, read once for all the parts that meet there (a story in a thousand parts is read in one
# pass, not a thousand).
_Meeting = tuple[int, frozenset[etree._Element]]


def _meeting(element: etree._Element, meetings: dict[etree._Element, _Meeting]) -> _Meeting:
    found = meetings.get(element)
    if found is None:
        headlines = list(islice(element.iter("h1"), 2))
        before: frozenset[etree._Element] = frozenset()
        if len(headlines) == 1:
            before = frozenset(takewhile(lambda el: el is not headlines[0], element.iter()))
        found = meetings[element] = (len(headlines), before)
    return found


def _is_part(
    page: Page,
    container: etree._Element,
    candidate: etree._Element,
    article: etree._Element | None,
    reach: list[etree._Element],
    meetings: dict[etree._Element, _Meeting],
) -> bool:
    ancestors = list(candidate.iterancestors())
    if container in ancestors or candidate in reach or page.is_excluded(candidate):
        return False
    meeting = next((a for a in ancestors if a in reach), None)
    if meeting is None or paragraph_text(candidate) < _PART_TEXT:
        return False
    own_article = next((a for a in ancestors if a.tag == "article"), None)
    if own_article is not article and not _in_an_article(meeting):
        # Another <article> is another story's, unless both parts sit in one <article> around them
        # (Drupal's paragraphs module sets each of a story's text blocks in an <article> of its own).
        return False
    headlines, before_headline = _meeting(meeting, meetings)
    # Another story's headline (the next story, appended below) says the part is that story's; a part
    # above the one headline is a hero's media box (a video's description), not the story's text.
    return headlines == 0 or (headlines == 1 and candidate not in before_headline)


def _in_an_article(element: etree._Element) -> bool:
    return element.tag == "article" or next(element.iterancestors("article"), None) is not None


def _in_document_order(page: Page, parts: list[etree._Element]) -> list[etree._Element]:
    """The parts in the order their paragraphs come on the page."""
    wanted = set(parts)
    ordered: dict[etree._Element, None] = {}
    for p in page.elements("p"):
        node: etree._Element | None = p
        while node is not None and node not in wanted:
            node = node.getparent()
        if node is not None:
            ordered.setdefault(node, None)
    return [*ordered, *(part for part in parts if part not in ordered)]
