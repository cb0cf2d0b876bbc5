"""The bylines a theme marks: its byline elements and inline author labels.

A byline element is known by its class, id, itemprop or rel ("byline", "author-name", rel=author,
itemprop=author, "article-attribution"); an inline label by its words ("<strong>Autor</strong> Roman
Goncharenko", "By" opening a Drupal byline). Blocks around them may avoid them (comments, teasers, a
caption's photographer, the author's place or position line), and a credit for other work ("Editor:
<a>Heryadi</a>") names no writer. `authors` weighs what these find against the structured data; the
helpers for reading text and boxes are shared with the last resorts (`author_fallbacks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from lxml import etree

from crawler.extraction.block_names import without_state_classes
from crawler.extraction.blocks import in_other_storys_block, story_author_box
from crawler.extraction.names import credited_names, name_key, opens_with_label, split_byline
from crawler.extraction.page import Page, iter_document
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import clean_text, text_pieces
from crawler.urls import join_url, same_site, site_of

_AVOID_BUT_BUTTONS = re.compile(
    # (Not "footer": `blocks` marks the site's footer and leaves the story's own, "entry-footer", where
    # WordPress's default themes set the byline.)
    r"comment|related|teaser|sidebar|widget|reply|popular|avatar|bio\b|description|about|"
    r"photo|caption|credit|image|more-from|other-articles|newsletter",
    re.I,
)
# A byline the theme sets in its share bar, named after it ("ng-sharekit__contributors--author": "By
# Michael Hingston"): its label says it names the story's writer, as rel=author does.
_SHARE_BAR = re.compile(r"share|social", re.I)
_AVOID = re.compile(f"{_AVOID_BUT_BUTTONS.pattern}|{_SHARE_BAR.pattern}|follow", re.I)


# A class that says what a box lacks ("writer-no-avatar", "is-not-column"): it names no avatar or column.
_NEGATED = re.compile(r"\S*(?<![^\s_-])(?:no|not)[_-]\S*")


def _avoids(names: str) -> bool:
    """Whether class and id words avoid a byline in or under them. A box the theme names a byline may
    also name the follow or share button it holds (Infobae's "byline has-author follow-button-ctn"):
    still the byline. A class that says what the box lacks avoids nothing (Thought Catalog's
    "writer-container writer-no-avatar")."""
    if _AVOID.search(names) is None:
        return False
    names = _NEGATED.sub(" ", names)
    if _AVOID.search(names) is None:
        return False
    return "byline" not in names.lower() or _AVOID_BUT_BUTTONS.search(names) is not None


# Byline class, id, itemprop and rel words ("article-attribution" too: a picture's "image-attribution"
# is avoided as a picture's credit). The abbreviation "byl" counts only where no letter follows
# ("c-byl"): generated class names, styled-components' "bYLXMF", hold any three letters. (One group of
# alternatives that each open with a letter: re then skips to the positions that hold one of them.)
_BYLINE_ATTRS = re.compile(
    r"(?:a(?:ut(?:hor|or|eur)|ttribution)|byl(?:ine|(?![a-z]))|creator|journalist|reporter|writer|verfasser)"
)


def _avoided(page: Page, element: etree._Element) -> bool:
    node: etree._Element | None = element
    depth = 0
    while node is not None:
        if (node in page.excluded and not story_author_box(page, node)) or node.tag == "figcaption":
            return True  # (a caption's "author" is the photographer's)
        if depth < 6 and node is not element:
            attrs = without_state_classes(node.get("class") or "") + " " + (node.get("id") or "")
            if len(attrs) > 1 and _avoids(attrs):
                return True
        node = node.getparent()
        depth += 1
    return False


# A byline box's line for the author's place or position, not the name: "author_location" (Sevilla, Los
# Gallardos), "c-author__position" (Leitender Redakteur), "byline__role".
_FACET = re.compile(r"(?:^|[\s_-])(?:location|place|city|role|position|job|jobtitle)(?:$|[\s_-])", re.I)

# The site's furniture by tag: once `blocks` has marked it, a rel=author link in it credits the site.
_SITE_CHROME_TAGS = frozenset(("header", "footer", "nav", "menu"))

_NOT_BYLINES = frozenset(
    ("script", "style", "meta", "link", "img", "body", "html", "article", "main", "cite")
)


def from_bylines(page: Page, data: StructuredData) -> list[str]:
    """The names in the elements a theme marks as bylines. Once one gives names, later bylines count only
    near it (the story's byline area, not author lists elsewhere); a byline inside a byline counts once."""
    names: list[str] = []
    seen: set[etree._Element] = set()
    container: etree._Element | None = None
    for element in data.elements_with(page, _BYLINE_ATTRS, ("address",)):
        if container is not None and not inside(element, container):
            continue
        if element.tag in _NOT_BYLINES:
            continue
        if element.getparent() in seen:
            seen.add(element)
            continue
        text = byline_text(page, element)
        if text is None:
            continue
        found = _byline_names(element, text) or _labelled_part(element)
        if found or credited_names(text):
            # (A box whose text as a whole reads as no name, "By AP 12:20pm Jan 7", leaves its parts to be
            # read; one that credits its names for other work, "Editor: Heryadi", does not.)
            seen.add(element)
        names.extend(found)
        if container is None and found:
            container = byline_box(element)
        if len(names) > 12:
            break
    return names


def not_credited_otherwise(page: Page, persons: list[str]) -> list[str]:
    """The metadata's persons without those whom the page links from a credit for other work, and never
    as writers: a CMS that puts the editor who published the story in JSON-LD `author` while the page
    shows "Penulis: Naufal Zuhdi | Editor: <a href=/author/heryadi>Heryadi</a>" (the writer is then
    found in the byline). Only linked names are looked up: the page's links are at hand, while a search
    of every byline box would cost each page with a JSON-LD author a pass over the tree's attributes."""
    texts = [
        text
        for link, _ in _links_naming(page, persons)
        if (box := link.getparent()) is not None and (text := byline_text(page, box)) is not None
    ]
    return _without_credited(persons, texts) if texts else persons


def _links_naming(page: Page, names: list[str]) -> Iterator[tuple[etree._Element, str]]:
    """The page's links whose own text is one of the names, with that name folded."""
    wanted = {name.casefold() for name in names}
    for link in page.elements("a"):
        if (text := link.text) is not None and (name := text.strip().casefold()) in wanted:
            yield link, name


# The words before a link that credit its name with the site's theme or design, not with a story.
_SITE_CREDIT = re.compile(
    r"(?:theme|design(?:ed)?|template|web\s?design|powered|developed|gestaltung|umsetzung|realisierung)"
    r"\s+(?:by|von|par|por)\s*:?\s*$",
    re.I,
)


def credited_for_the_site(page: Page, names: list[str]) -> set[str]:
    """The names (folded) the page credits for its theme or design ("Theme by <a>Peter Amende</a>"): a
    theme's author meta names its designer on every site that uses it."""
    found: set[str] = set()
    for link, name in _links_naming(page, names):
        previous, parent = link.getprevious(), link.getparent()
        before = previous.tail if previous is not None else parent.text if parent is not None else None
        if before and _SITE_CREDIT.search(before):
            found.add(name)
    return found


def byline_text(page: Page, element: etree._Element) -> str | None:
    """The byline's text; None when its class or a block around it avoids it, or the text runs too long
    for a byline. A link with rel=author says it names the story's author whatever the classes around
    it ("social_icons", "byline-social": themes set the byline in the share bar); only another story's
    block (a teaser), the site's own header or footer (a publisher credit) or a caption (the
    photographer's) still avoids it."""
    names = (element.get("class") or "") + " " + (element.get("id") or "")
    if _FACET.search(names):
        return None  # the author's place or position line, next to the name ("author_location")
    if _popup(element):
        return None  # the author's card that opens on hover ("author-overlay"), beside the name
    if element.tag == "a" and "nofollow" in (element.get("rel") or "") and _to_another_site(page, element):
        return None  # a widget's credit to its provider (AOL: "By PubExchange" under its reading list)
    # (The text is read first only where the names say share bar: most bylines are avoided unread.)
    text = (_hcard_names(element) or visible_text(element)) if _SHARE_BAR.search(names) else None
    if element.get("rel") == "author" or (text is not None and opens_with_label(text)):
        if in_other_storys_block(page, element) or any(
            (a.tag == "figcaption" and not _byline_figure(a))
            or (a.tag in _SITE_CHROME_TAGS and a in page.excluded)
            for a in element.iterancestors()
        ):
            return None
    elif _avoids(names) or _avoided(page, element):
        return None
    if text is None:
        text = _hcard_names(element) or visible_text(element)
    return text if text and len(text) <= 200 else None


def _to_another_site(page: Page, link: etree._Element) -> bool:
    """Whether the link leads to another site than the page's (not a subdomain of its own)."""
    url = join_url(page.url, link.get("href") or "")
    host, own = site_of(url) if url else "", site_of(page.url)
    return bool(host and own) and not same_site(host, own)


def _hcard_names(element: etree._Element) -> str | None:
    """The names of an hCard in the byline ("author vcard"): its "fn" elements, the formatted names the
    microformat marks, without the title or place the card, or the writer's box around it, sets beside
    them (AOL News: "<b class=fn>Andrea Stone</b><span class=blogtitle>Senior Washington
    Correspondent</span>")."""
    found = [
        visible_text(node)
        for node in element.iter()
        if "fn" in (node.get("class") or "").split() and _in_hcard(node, element)
    ]
    return ", ".join(name for name in found if name) or None


def _in_hcard(node: etree._Element, top: etree._Element) -> bool:
    """Whether a "vcard" holds the node, within the byline element `top`."""
    for holder in chain((node,), node.iterancestors()):
        if "vcard" in (holder.get("class") or "").split():
            return True
        if holder is top:
            return False
    return False


def _byline_figure(caption: etree._Element) -> bool:
    """A <figure> that is the byline's layout, not a picture's: every image in it is the author's own
    avatar, inside a rel=author link (Funke's sites caption the avatar with "Von <a rel=author>…")."""
    figure = caption.getparent()
    if figure is None or figure.tag != "figure":
        return False
    images = list(figure.iter("img"))
    return bool(images) and all(
        any(a.tag == "a" and a.get("rel") == "author" for a in image.iterancestors()) for image in images
    )


def _byline_names(element: etree._Element, text: str) -> list[str]:
    """A link to the author's page inside the byline is the cleanest form of the name; but where the
    byline names more writers than it links ("Von <a>Christian Unger</a>, <a>Tobias Köberlein</a>, Laura
    Wagener und Alexander Rothe": not every writer has a page), its text names them all."""
    links = [
        a
        for a in element.iter("a")
        if a.get("rel") == "author" or "/autor" in (a.get("href") or "") or "/author" in (a.get("href") or "")
    ]
    if links and element.tag != "a":
        names = [name for link in links for name in split_byline(clean_text(link.text_content()))]
        written = split_byline(text)
        if {name_key(name) for name in names} < {name_key(name) for name in written}:
            names = written
        return _without_credited(names, [text])
    return split_byline(text)


def _labelled_part(element: etree._Element) -> list[str]:
    """The names of a part of a byline box that opens with a byline's label, where the box's text as a
    whole reads as none: the New York Daily News sets "By <span>Meg Wagner</span>" and "NEW YORK DAILY
    NEWS Dec 16, 2016 at 1:38 pm" in two <div>s of its byline box, read together as one run of words.
    Only the first labelled part counts (a picture's "Beeld: Pro Shots" after "Door: NU.nl" is no writer),
    and only a name: a part that names none leaves the box to the bylines inside it."""
    for part in element:
        if isinstance(part.tag, str) and part.tag not in NOT_TEXT:
            text = visible_text(part)
            if text and opens_with_label(text):
                return split_byline(text)
    return []


def _without_credited(names: list[str], texts: list[str]) -> list[str]:
    """The names without those the byline texts credit for other work and never as writers ("Editor :
    <a href=/author/heryadi>Heryadi</a>" links an author page, but to the story's editor)."""
    credited = {name_key(name) for text in texts for name in credited_names(text)}
    if not credited:
        return names
    credited -= {name_key(name) for text in texts for name in split_byline(text)}
    return [name for name in names if name_key(name) not in credited]


NOT_TEXT = frozenset(("script", "style", "template", "noscript", "svg", "button", "figcaption"))


def visible_text(element: etree._Element) -> str:
    """The element's visible text: no script, style, template, comment or caption content, nothing its own
    style hides inside it (the Plain Dealer's paper name beside the byline), no pop-up card that shows only
    on hover or click (ABC News' "author-overlay": "Close", "Follow on Twitter"). A line break ends a name:
    the lines are joined by commas ("By Anna Lee<br>Associated Press", "Von Anna Lee<br>Kakuma /Kenia", two
    writers on two lines; a label alone on its line, "By,", still opens the names). (The element itself
    is read even where its style hides it: a theme's hidden hAtom "author vcard" names the writer.)"""
    if not isinstance(element.tag, str) or element.tag in NOT_TEXT:
        return ""
    if len(element) == 0:
        return clean_text(" ".join(text_pieces(element, NOT_TEXT)))
    hidden = [node for node in _STYLED_OR_POPUP(element) if hidden_by_style(node) or _popup(node)]
    if next(element.iter("br"), None) is None:
        return clean_text(" ".join(text_pieces(element, NOT_TEXT, hidden)))
    return ", ".join(_lines(element, hidden))


# The elements inside one that carry a style or may be named as a pop-up (found in C: most bylines hold
# none).
_STYLED_OR_POPUP = etree.XPath(
    "descendant::*[@style or contains(@class, 'overlay') or contains(@class, 'pop')"
    " or contains(@class, 'tooltip') or contains(@class, 'hover')]"
)
_POPUP_NAME = re.compile(r"(?:^|[\s_-])(?:overlay|popover|popup|tooltip|hover-?card)(?:$|[\s_-])", re.I)


def _popup(element: etree._Element) -> bool:
    """An element named as a card that opens over the page on hover or click (an author's bio card)."""
    return _POPUP_NAME.search(element.get("class") or "") is not None


def hidden_by_style(element: etree._Element) -> bool:
    """An element its own style hides ("display:none; visibility:hidden")."""
    style = element.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _lines(element: etree._Element, hidden: list[etree._Element]) -> list[str]:
    """The element's visible lines, as its <br>s break them (empty lines left out)."""
    # (A NUL marks the breaks: no text of a parsed page holds one, while its source's newlines are spaces.)
    text = " ".join(text_pieces(element, NOT_TEXT, hidden, line_break="\0"))
    return [line for line in map(clean_text, text.split("\0")) if line]


def inside(element: etree._Element, container: etree._Element) -> bool:
    node: etree._Element | None = element
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


# Short inline labels ("Autor", "By:", "Szerző:", "Автор:", "作者："): the first letter narrows the search
# before any text is compared.
# (One tag-filtered walk and in Python the test an XPath did, with eight walks: the element's first text
# node, under 30 characters, starts with one of those letters or is blank or missing.)
_LABEL_TAGS = ("strong", "b", "dt", "th", "em", "label", "small", "span")


def _label_candidates(tree: etree._Element) -> list[etree._Element]:
    found = []
    for element in iter_document(tree, *_LABEL_TAGS):
        first = element.text
        if first is None:
            first = next((child.tail for child in element if child.tail is not None), "")
        # (A theme's indentation before the label is no part of it: "\n      par <a>…".)
        first = first.lstrip(" \t\r\n")
        if len(first) < 30 and (not (initial := first[:1]) or initial in _LABEL_INITIALS):
            found.append(element)
    return found


_LABEL_TEXT = re.compile(
    r"^(?:autor(?:in|en|ka|i|ius|s)?(?:/autor(?:in)?)?|authors?|by|von|text|texto|tekst|teksti|written by|"
    r"reporter(?:in)?|redakteur(?:in)?|auteur|autore|por|par|door|av|af|di|journalist|verfasser(?:in)?|"
    r"escrito por|skrevet av|skrevet af|napisał(?:a)?|przez|szerző|yazan|haber|penulis|wartawan|oleh|bởi|"
    r"tác giả|текст|автор|κείμενο|συντάκτης|作者|文|撰文|记者|記者|بقلم|كتب|מאת)\s*[:：]?$",
    re.I,
)

# The first letters of those labels: most inline elements are refused on their first letter alone.
_LABEL_INITIALS = frozenset("AaBbVvTtWwRrPpDdJjEeSsNnYyHhOoАаТтΚκΣσ作文撰记記بكמ")


def from_labels(page: Page) -> list[str]:
    """A byline given as a label and a name: <strong>Autor</strong> Roman Goncharenko, or the label as the
    text that opens the element around the name (Drupal's <span>By <span><a class="username">…</a></span>
    </span>)."""
    for element in _label_candidates(page.tree):
        # (A childless element's text is its own: no serialisation; a label is short.)
        label = element.text if len(element) == 0 else element.text_content()
        if not label or len(label) > 200:
            continue
        if not _LABEL_TEXT.match(clean_text(label)):
            if (names := _names_after_own_label(element)) is not None and not _avoided(page, element):
                return names
            continue
        if _avoided(page, element):
            continue
        text = (element.tail or "").strip()
        if not text:
            following = element.getnext()
            text = visible_text(following) if following is not None else ""
        if names := split_byline(text):
            return names
    return []


def _names_after_own_label(element: etree._Element) -> list[str] | None:
    """The names in an element that opens with a label of its own text, before its first child; None
    where it opens otherwise or names nobody."""
    if len(element) == 0 or not element.text or not _LABEL_TEXT.match(clean_text(element.text)):
        return None
    rest = clean_text(" ".join(text_pieces(element, NOT_TEXT)[1:]))
    return (split_byline(rest) or None) if len(rest) <= BYLINE_LINE_LENGTH else None


BYLINE_LINE_LENGTH = 80  # a byline written as a line of its own: the opening one, a label's, a link's


def byline_box(element: etree._Element) -> etree._Element | None:
    """The block a byline that gave names sits in (its parent's parent): later bylines count only there."""
    parent = element.getparent()
    return parent.getparent() if parent is not None and parent.getparent() is not None else parent
