"""Related stories with their relation: previous, next, related (topical), latest (site-wide).

The links live in the blocks that `blocks` marked as not-the-story (they are excluded from the story, not
from here): only the links inside those blocks, and links with rel=prev/next, are read, never every link
of the page. Each link takes the kind of the innermost marked block around it; previous/next navigation
decides the direction from rel=prev/next, then a label inside the link ("<span>Next Post</span>"), then
the class names of the link and its ancestors ("prev-post", "nav-next") or a label leading them
("Previous Story"). Links that are not stories are dropped: categories, tags, authors, pagination, feeds,
uploads, other sites, the page itself, section pages (a short slug without any digit: "/sport/football")
and "More news"/"Read more" links with no title of their own. A URL met twice keeps its strongest
relation (previous/next over related over latest) and its best title (a link's heading or text over its
title attribute over an image's alt). URLs come in the archive's normal form (`crawler.urls`: tracking
parameters, AMP and print variants off), so variants of one story are one link. Order: previous, next,
related, latest, each in page order.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urldefrag, urlsplit

from lxml import etree

from crawler.extraction.article import RelatedLink, Relation
from crawler.extraction.block_names import TOPIC_LINE, element_names
from crawler.extraction.blocks import link_blocks
from crawler.extraction.heading_text import displayed_text
from crawler.extraction.labels import (
    AUTHOR_PAGE,
    GENERIC_LINK_TEXT,
    INLINE_RELATED,
    LATEST,
    NAVIGATION,
    NEXT_LABEL,
    PREV_LABEL,
    READ_ALSO,
    READ_MORE_TAIL,
    RELATED,
    SECTION_PATH_WORDS,
    TAG_PATH_WORDS,
    heading_kind,
    only_label,
)
from crawler.extraction.page import Page, beside_root
from crawler.extraction.patterns import word_alternation, words_of
from crawler.extraction.text import CODE_TAGS, SENTENCE_END, clean_text, text_without_code
from crawler.urls import (
    ACCOUNT_PATH_WORDS,
    is_date_archive,
    key_of_normalised,
    normalise_url,
    same_site,
    url_key,
)

# A section, tag or search page ("/category/sport/", "/articles/index/sports/category:9") is a listing, and
# so is an author's page (`labels.AUTHOR_PAGE`: "/author/jane-doe/"; some portals file their stories under
# the author, "/autoren/the-guardian/<story>", which stay stories).
_LISTING_WORDS = word_alternation(
    [
        *words_of(SECTION_PATH_WORDS),
        *words_of(TAG_PATH_WORDS),
        *words_of("user|profile|search|feed|rss|wp-content|wp-admin|wp-login.php|wp-json|comments|cdn-cgi"),
        # An affiliate's or a link counter's redirect ("/visit/bc-game-btc", "/recommends/…").
        *words_of("visit|recommends|redirect|goto"),
        # A sign-up, log-in or subscription form ("link.thesun.co.uk/join/…" titled "Newsletters").
        *words_of(ACCOUNT_PATH_WORDS),
        # Topic pages in more languages (Norwegian and Danish, Swedish, Polish, Portuguese, Italian, Dutch,
        # Indonesian, Turkish, Finnish): listings, not stories. (`classification` does not read links to
        # them as the story's tags: a site's header lists its hot topics under the same paths.)
        *words_of("emne|emner|temaer|amne|ämne|temat|tematy|assunto|assuntos|argomento|argomenti|trefwoord"),
        *words_of("topik|konu|asiasana"),
        "xmlrpc.php",
    ]
)
_NOT_STORY_PATH = re.compile(f"/(?:{_LISTING_WORDS}|page/\\d+|amp/?$)(?:[/:]|$)", re.I)
_FILE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|mp[34]|zip|xml|css|js|ico)$", re.I)
_NOT_STORY_QUERY = re.compile(
    r"(?:^|&)(?:share|replytocom|s|p|cat|tag|author|print|action|redirect_to|feed)=", re.I
)
_ARROWS = "«»‹›←→<>|·•-–—:"
_PREV_CLASS = re.compile(r"(?:^|[-_])(?:prev|previous|older|left)(?:$|[-_])")
_NEXT_CLASS = re.compile(r"(?:^|[-_])(?:next|newer|right)(?:$|[-_])")
_RELATION_RANK: dict[str, int] = {"previous": 3, "next": 3, "related": 2, "latest": 1}
_ORDER: dict[str, int] = {"previous": 0, "next": 1, "related": 2, "latest": 3}


@lru_cache(maxsize=65536)
def _norm(url: str) -> str:
    """The comparison key the archive deduplicates with (`crawler.urls.url_key`: no scheme, fragment,
    trailing slash, leading www., tracking parameters, AMP or print variants). Raises ValueError for a URL
    that is not http(s). Cached: a portal's menus and widgets repeat the same links on every page."""
    return url_key(url)


@lru_cache(maxsize=65536)
def _normalised(url: str) -> str:
    """`crawler.urls.normalise_url` without the fragment, cached like `_norm`."""
    return normalise_url(urldefrag(url).url)


def _site(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.").split(":")[0]


def _is_story_url(url: str, site: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    host = parts.netloc.lower().removeprefix("www.").split(":")[0]
    if not same_site(host, site):
        return False
    path = parts.path or "/"
    if path == "/" and not parts.query:
        return False
    if _NOT_STORY_PATH.search(path) or AUTHOR_PAGE.search(path) or _FILE_EXT.search(path):
        return False
    if is_date_archive(path, year_alone=False):  # a month's or a day's archive, however its link reads
        return False
    if "%7B%7B" in url.upper():  # an unrendered client-side template's "{{link}}"
        return False
    return not (parts.query and _NOT_STORY_QUERY.search(parts.query))


def _section_like(url: str, title: str | None) -> bool:
    """A section or listing page ("/sport/football", "/news/crime-public-safety/" titled "Crime and Public
    Safety"): no digit anywhere in the path and a slug of one or two words, or of three words under a
    title of four words or fewer. Story slugs carry a date, an id or a sentence's worth of words."""
    path = urlsplit(url).path
    if any(c.isdigit() for c in path):
        return False
    segments = [s for s in path.split("/") if s]
    if not segments:
        return True
    words = [w for w in re.split(r"[-_.+]+", segments[-1].rsplit(".", 1)[0]) if w]
    if len(words) <= 2:
        return True
    return len(words) == 3 and title is not None and len(title.split()) <= 4


# A teaser card's title element, by a class token that ends in a title word ("card-title",
# "listing__title", "entry-title", "headline"); not a "sub-heading" or a "kicker-title".
_TITLE_WORDS = frozenset(("title", "headline", "heading", "hed"))
_NOT_TITLE_WORDS = frozenset(
    ("sub", "over", "pre", "super", "kicker", "eyebrow", "label", "section", "category")
)
_NAME_PARTS = re.compile(r"[_-]+")


def _text(el: etree._Element) -> str:
    """The element's text as a reader sees it: an icon's inline <style> or a <script> is no text. (In
    one pass over the element: on a page whose tags are never closed a heading may hold the rest of
    the page, and an XPath asking each text node for its ancestors took seconds there.)"""
    return clean_text(text_without_code(el))


def _strip_label(text: str) -> str:
    """Drop a leading "Previous Story"/"Next article" label and arrows around a navigation title."""
    for _ in range(3):  # labels come stacked: "Zurück Vorheriger Beitrag: <title>"
        text = text.strip(_ARROWS + " ")
        m = PREV_LABEL.match(text) or NEXT_LABEL.match(text)
        if m is None:
            break
        text = text[m.end() :]
    return text.strip(_ARROWS + " ")


def _names_title(names: str | None) -> bool:
    """A class token names the title: its last word is a title word, and no word before it qualifies it."""
    for token in (names or "").lower().split():
        words = _NAME_PARTS.split(token)
        if words[-1] in _TITLE_WORDS and not _NOT_TITLE_WORDS.intersection(words[:-1]):
            return True
    return False


# A date written as digits ("2020-10-04", "04.10.2020 12:30", "2020年10月4日"), or an element named for one.
_NUMERIC_DATE = re.compile(r"[\d\s./:\-–,()年月日时時分]+")
_DATE_NAMES = re.compile(r"date|time", re.I)
_DIGIT_RUNS = re.compile(r"\d+")


def _without_dates(a: etree._Element, text: str) -> str:
    """The link's text less a date the teaser sets in its own element before or after the title
    ("<a>Title<b>2020-10-04</b></a>"): the date is no part of the title."""
    children = [child for child in a if isinstance(child.tag, str)]
    for child, at_end in ((children[-1], True), (children[0], False)) if children else ():
        date = _text(child)
        if not date or date == text or len(date) > 40 or not _is_date(child, date):
            continue
        if at_end and text.endswith(date):
            text = text[: -len(date)]
        elif not at_end and text.startswith(date):
            text = text[len(date) :]
    return text


def _is_date(element: etree._Element, text: str) -> bool:
    if element.tag == "time" or _DATE_NAMES.search(element.get("class") or ""):
        return True
    # Day and month, or a time: two runs of digits at least (a lone "2024" is the title's own number).
    return _NUMERIC_DATE.fullmatch(text) is not None and len(_DIGIT_RUNS.findall(text)) >= 2


def _title(a: etree._Element, kind: str) -> tuple[str | None, int]:
    """(title, quality): 3 for the link's heading or text, 2 for its title attribute or a teaser's excerpt
    (a link's text that is its paragraph's sentences: the card's title link says it better), 1 for an
    image alt."""
    if text := _heading_title(a):
        return _completed(a, text), 3
    if text := _text_title(a, kind):
        return _completed(a, text), 2 if _is_excerpt(a, text) else 3
    title = clean_text(a.get("title"))
    if kind == NAVIGATION:
        title = _strip_label(title)  # Blogger's pager: title="Newer Post", a label and no title
    if title:
        return title, 2
    for img in a.iter("img"):
        if alt := clean_text(img.get("alt")):
            return alt, 1
    if text := _overlaid_card_title(a):
        return text, 2
    return None, 0


def _overlaid_card_title(a: etree._Element) -> str | None:
    """The title of the card a link without text or picture is laid over ("<a class=trending-link
    href=…>&nbsp;</a><div class=title>Title<span>34</span></div>"): the card's heading or class-named
    title beside the link, its own words (not a comment count set inside it)."""
    card = a.getparent()
    if card is None or _text(a) or next(a.iter("img"), None) is not None:
        return None
    for child in card.iterchildren(etree.Element):
        if child is a or not (child.tag in _HEADING_TAGS or _names_title(child.get("class"))):
            continue
        text = clean_text(child.text) or _shown_text(child)
        if text and not GENERIC_LINK_TEXT.match(text) and heading_kind(text, exact=True) is None:
            return text  # (not the block's label on each card: "Mehr zu")
    return None


_ELLIPSIS = ("...", "…")


def _completed(a: etree._Element, text: str) -> str:
    """The whole title where the card cuts it short ("Kitas schicken Kinder mit Schnupfen aus Angst
    vor...") and the link's title attribute holds it all ("... vor Corona nach Hause")."""
    if not text.endswith(_ELLIPSIS):
        return text
    shown = text.rstrip(".… ")
    whole = clean_text(a.get("title"))
    rest = whole[len(shown) :].lstrip()
    # (A title that ends in an ellipsis of its own has it in the attribute too: "Schneemann… (21. Dezember
    # 2006)" adds a date, no words the card cut.)
    if not whole.startswith(shown) or not rest or rest.startswith(_ELLIPSIS):
        return text
    return whole


_EXCERPT_WORDS = 12


def _is_excerpt(a: etree._Element, text: str) -> bool:
    """A teaser's excerpt linked whole: a paragraph's sentences, a dozen words or more."""
    parent = a.getparent()
    return (
        parent is not None
        and parent.tag == "p"
        and text.endswith(SENTENCE_END)
        and len(text.split()) >= _EXCERPT_WORDS
    )


_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_LONGEST_LABEL = 40  # a block's label is a few words ("Latest", "Mehr zum Thema"), a title is longer


def _heading_title(a: etree._Element) -> str | None:
    """A teaser's heading; it may stack a kicker heading over its title ("<h2>Nach Explosionen</h2><h1>
    Bürgermeister: …</h1>"): the title is the highest-level heading, the first of that level. A teaser
    card without headings: the element its theme names as the title, not the kicker, the number, the
    excerpt and the byline the link also wraps."""
    best: tuple[str, str, etree._Element] | None = None  # (tag, text, heading)
    topic_line: tuple[str, str, etree._Element] | None = None
    labelled = False
    for heading in a.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if (best is None or heading.tag < best[0]) and (text := displayed_text(heading)):
            if len(text) <= _LONGEST_LABEL and heading_kind(text, exact=True) is not None:
                labelled = True  # the block's label repeated on each card ("<h5>Latest</h5>")
                continue
            if TOPIC_LINE.search(heading.get("class") or ""):
                topic_line = topic_line or (heading.tag, text, heading)  # the card's category line
                continue
            best = (heading.tag, text, heading)
    best = best or topic_line
    if best is not None:
        return _without_dates(best[2], best[1]).strip() or best[1]
    if text := _class_named_title(a):
        return text
    return _longest_line(a) if labelled else None


def _class_named_title(a: etree._Element) -> str | None:
    """The text of the element the card's classes name as its title; where such elements nest, the
    innermost ("item_wrapper_title" around a rank's number and "item_title")."""
    pending: etree._Element | None = None  # the last named element, innermost unless one inside follows
    for el in a.iter(etree.Element):
        if el is a or not _names_title(el.get("class")):
            continue
        # (In document order, what an element holds comes right after it.)
        if (
            pending is not None
            and not any(node is pending for node in el.iterancestors())
            and (text := _shown_text(pending))
        ):
            return text
        pending = el
    if pending is not None and (text := _shown_text(pending)):
        return text
    for el in a.iter(etree.Element):
        if el is not a and _names_title(el.get("class")) and (text := _shown_text(el)):
            return text
    return None


def _longest_line(a: etree._Element) -> str | None:
    """The longest text of the link's innermost elements, headings aside: on a card whose heading is
    only the block's label, the title is the line that says most ("<em>6m ago</em><span>Title</span>")."""
    lines = [
        text
        for el in a.iter(etree.Element)
        if el is not a and len(el) == 0 and el.tag not in _HEADING_TAGS and (text := _text(el))
    ]
    return max(lines, key=len, default=None)


def _text_title(a: etree._Element, kind: str) -> str | None:
    """The link's own text without its labels ("Previous Post", "Read also:"), dates and arrows; None for
    a generic "Read more". A kicker the link sets before its title in an element of its own is read as
    a headline's is (`displayed_text`: "Kicker: Title", an overline dropped), not run into the title
    ("CBC InvestigatesWho is Yahya Sinwar")."""
    if kind == NAVIGATION:
        # The label may sit inside the link, in its own element, before the title ("<span>Previous
        # Post</span><h3>…") or after it (Joomla: "<span class=visually-hidden>…</span><span>Weiter</span>":
        # all text is read, the title being the part hidden from the eye).
        text = _text(a)
        # (A theme's own label element counts whatever it says: "<span class=mvp-prev-next-label>Don't
        # Miss</span>", "Up Next".)
        labels = [
            _text(child)
            for child in a.iter(etree.Element)
            if child is not a
            and (
                PREV_LABEL.match(_text(child))
                or NEXT_LABEL.match(_text(child))
                or "label" in (child.get("class") or "").lower()
            )
        ]
        for label in (label for label in labels if label and len(label) <= 30):
            if text.startswith(label):
                text = text[len(label) :]
            elif text.endswith(label) and len(text) > len(label):
                text = text[: -len(label)]
        text = _strip_label(text)
    else:
        text = _shown_text(a)
        if GENERIC_LINK_TEXT.match(text) or only_label(text):
            text = _hidden_title(a, text)  # "weiter<span class=invisible>Title</span>"
        if kind == INLINE_RELATED and (m := READ_ALSO.match(text)):
            text = text[m.end() :]  # "Zie ook: <title>" inside one link
        text = READ_MORE_TAIL.sub("", _without_dates(a, text)).strip(_ARROWS + " ")
    return text if text and not GENERIC_LINK_TEXT.match(text) else None


# What a hidden title opens with after the label it completes: "Read more about …", "Continue reading “…”".
_HIDDEN_TITLE_LEAD = re.compile(r"^[\s:–—-]*(?:about|on|über|zu|sur|sobre)?\s*[\"“”„«»'‘’]*")
_HIDDEN_TITLE_END = "\"“”„«»'‘’ "


def _hidden_title(a: etree._Element, label: str) -> str:
    """The title a "read more" link hides from the eye for screen readers beside its shown label
    ("weiter<span class=invisible>Warum wird das Erdöl knapp?</span>", WordPress's "Continue reading<span
    class=screen-reader-text> “Title”</span>"); the label itself where the link holds nothing more."""
    whole = _text(a)
    if whole.startswith(label):
        rest = whole[len(label) :]
    elif whole.endswith(label):
        rest = whole[: -len(label)]
    else:
        return label
    rest = _HIDDEN_TITLE_LEAD.sub("", rest).rstrip(_HIDDEN_TITLE_END)
    return rest if len(rest.split()) >= 2 else label


def _shown_text(el: etree._Element) -> str:
    """The element's text as a headline's is read (`displayed_text`: "Kicker: Title", an overline
    dropped), or its plain text where it holds code that reader would read."""
    return _text(el) if next(el.iter(*_CODE), None) is not None else clean_text(displayed_text(el))


# Code whose text `displayed_text` would read (an inline SVG icon holds none of its own but a <style>).
_CODE = tuple(CODE_TAGS - {"svg"})


def _lead(el: etree._Element, size: int = 40) -> str:
    """The first words of an element's text, without reading all of a large block. Pieces from different
    elements are kept apart ("<span>Previous</span><a>Title</a>" is "Previous Title")."""
    parts: list[str] = []
    length = 0
    for piece in el.itertext():
        parts.append(piece)
        length += len(piece)
        if length >= size:
            break
    return clean_text(" ".join(parts))


def _label_direction(text: str) -> Relation | None:
    is_prev = bool(PREV_LABEL.match(text))
    is_next = bool(NEXT_LABEL.match(text))
    if is_prev != is_next:
        return "previous" if is_prev else "next"
    return None


def _direction(
    a: etree._Element, block: etree._Element, upward: dict[etree._Element, Relation | None]
) -> Relation | None:
    """previous or next, for a link inside a navigation block: from the class names of the link and its
    ancestors up to the block ("prev-post", "nav-next"), else from a label ("Previous Story") inside the
    link or leading one of those ancestors. `upward` remembers, for each ancestor already climbed, what
    the climb from it up to its block found: a menu's hundred links share their ancestors."""
    for child in a.iter(etree.Element):
        if child is not a and (found := _label_direction(_lead(child))):
            return found
    if found := _names_direction(a):
        return found
    climbed: list[etree._Element] = []
    found = None
    node = a.getparent() if a is not block else None
    while node is not None:
        if node in upward:
            found = upward[node]
            break
        climbed.append(node)
        if found := _names_direction(node) or _label_direction(_lead(node)):
            break
        if node is block:
            break
        node = node.getparent()
    for node in climbed:
        upward[node] = found  # (the climb from each of them ends where this one did)
    return found


def _names_direction(node: etree._Element) -> Relation | None:
    """previous or next, as the node's class and id words say ("prev-post", "nav-next")."""
    names = element_names(node).lower().split()
    prev = any(_PREV_CLASS.search(n) for n in names)
    nxt = any(_NEXT_CLASS.search(n) for n in names)
    if prev != nxt:
        return "previous" if prev else "next"
    return None


def _rel_links(page: Page) -> list[etree._Element]:
    """The body's links with a rel attribute, in document order: those of the page's links (from the walk
    the layers share) inside the root's <body>. When the page has top-level elements beside the root or
    no <body> under it, lxml's tag-filtered walks over its bodies (faster than any XPath walk)."""
    root = page.tree
    before, after = beside_root(root)
    body = root.find("body")
    if body is not None and not before and not after:
        return [a for a in page.elements("a") if a.get("rel") is not None and body in a.iterancestors()]
    bodies = [b for top in before for b in top.iter("body")]
    bodies += [body] if body is not None else list(root.iter("body"))
    bodies += [b for top in after for b in top.iter("body")]
    found = [a for body in bodies for a in body.iter("a") if a.get("rel") is not None]
    return list(dict.fromkeys(found)) if len(bodies) > 1 else found


def _link_contexts(page: Page) -> dict[etree._Element, tuple[etree._Element, str]]:
    """Each link inside a navigation, related or latest block, with the innermost such block. Plain
    furniture (a list, a share bar) inside a "Recent Posts" widget does not hide the widget's kind."""
    blocks = [(sum(1 for _ in el.iterancestors()), el, kind) for el, kind in link_blocks(page)]
    blocks.sort(key=lambda item: item[0])  # outer blocks first, inner ones overwrite
    contexts: dict[etree._Element, tuple[etree._Element, str]] = {}
    for _, block, kind in blocks:
        for a in block.iter("a"):
            contexts[a] = (block, kind)
    for a in _rel_links(page):
        rel = (a.get("rel") or "").lower().split()
        if not (("prev" in rel or "previous" in rel or "next" in rel) and _in_gallery(a)):
            contexts.setdefault(a, (a, ""))
    return contexts


# A picture gallery, slider or carousel, by a word of its tag or class ("ws-gallery", "photo-slider"): its
# rel=prev/next arrows page through its pictures. ("slide" alone also names slide-out menus.)
_GALLERY_WORDS = frozenset(
    ("gallery", "galerie", "galeria", "slider", "slideshow", "carousel", "swiper", "lightbox")
)
_WORD_SPLIT = re.compile(r"[-_\s]+")


def _in_gallery(a: etree._Element) -> bool:
    """Whether a rel=prev/next link is a gallery's arrow (the link or one of its three nearest ancestors
    is a gallery, slider or carousel): it pages through pictures, not to the next story."""
    node: etree._Element | None = a
    for _ in range(4):
        if node is None or not isinstance(node.tag, str):
            return False
        names = f"{node.tag} {node.get('class') or ''} {node.get('id') or ''}".lower()
        if not _GALLERY_WORDS.isdisjoint(_WORD_SPLIT.split(names)):
            return True
        node = node.getparent()
    return False


@dataclass(slots=True)
class _Candidate:
    """A story link met in the page, the best title and strongest relation its links gave it so far."""

    url: str
    title: str | None
    quality: int  # of the title (see `_title`; 2 also for the head's rel link title)
    relation: Relation
    position: int  # in page order
    by_rel: bool  # previous/next said by a rel attribute, not guessed from a block

    def merge(self, title: str | None, quality: int, relation: Relation, by_rel: bool) -> None:
        """Another link to the same story: the better title (a heading or text over an attribute; among
        texts the fuller one: "2 min", a reading time, loses to the teaser's title) and the stronger
        relation."""
        if quality > self.quality or (
            quality == self.quality == 3
            and title
            and len(title) <= 200
            and len(title) > len(self.title or "")
        ):
            self.title, self.quality = title, quality
        if _RELATION_RANK[relation] > _RELATION_RANK[self.relation]:
            self.relation, self.by_rel = relation, by_rel


def _one_per_direction(found: dict[str, _Candidate]) -> None:
    """A story has one previous and one next story. A "navigation" block with many links one way is a
    carousel (its arrows named "next"): its links are site-wide teasers. Links with rel=prev/next stay."""
    for direction in ("previous", "next"):
        entries = [e for e in found.values() if e.relation == direction]
        if len(entries) <= 1:
            continue
        by_rel = [e for e in entries if e.by_rel]
        for entry in entries:
            if not (len(by_rel) == 1 and entry is by_rel[0]):
                entry.relation = "latest"


# Query parameters that page through one document: its other pages are no related stories.
_PAGING_PARAMS = frozenset(("page", "pg", "paged", "seite", "cpage", "start", "offset"))


def _without_paging(key: str) -> str:
    """An archive key without the query parameters that page through a document or load a part of it
    ("…/story.html?page=2&partial_nr=060&partial_type=teaser_box" is the story's own page)."""
    base, _, query = key.partition("?")
    if not query:
        return key
    kept = [
        item
        for item in query.split("&")
        if (name := item.split("=", 1)[0].lower()) not in _PAGING_PARAMS and not name.startswith("partial")
    ]
    return f"{base}?{'&'.join(kept)}" if kept else base


def _own_and_head_titles(page: Page) -> tuple[set[str], dict[str, str]]:
    """The page's own keys (its URL and canonical URL: never related to itself), and the titles WordPress
    gives the neighbouring posts in the head (<link rel='prev' title='…' href='…'>), by key."""
    own: set[str] = set()
    head_titles: dict[str, str] = {}
    hrefs: list[str | None] = [page.url]
    for link in page.elements("link"):  # what ".//link[@rel]" finds
        rel = link.get("rel")
        if rel is None or link is page.tree:
            continue
        rel = rel.lower()
        if rel == "canonical":
            hrefs.append(link.get("href"))
        elif rel in ("prev", "next") and (title := clean_text(link.get("title"))):
            with contextlib.suppress(ValueError):
                if url := page.absolute(link.get("href")):
                    head_titles[key_of_normalised(_normalised(url))] = title
    for href in hrefs:
        try:
            if href := page.absolute(href):
                own.add(key := _norm(href))
                own.add(_without_paging(key))
        except ValueError:  # no URL, or not an http(s) one
            continue
    return own, head_titles


def _relation(
    a: etree._Element,
    rel: list[str],
    block: etree._Element,
    kind: str,
    upward: dict[etree._Element, Relation | None],
) -> Relation | None:
    """rel=prev/next first; then the kind of the block the link sits in (a navigation block's direction
    from its classes and labels)."""
    if "prev" in rel or "previous" in rel:
        return "previous"
    if "next" in rel:
        return "next"
    if kind == NAVIGATION and block is not None:
        return _direction(a, block, upward)
    if kind in (RELATED, INLINE_RELATED):
        return "related"
    if kind == LATEST:
        return "latest"
    return None


def _story_url(page: Page, href: str, site: str) -> str | None:
    """The archive's form of a link that leads to a story (tracking parameters, AMP and print variants
    off), or None: a category, a tag, another site, a file, a malformed href ("http://[::1")."""
    try:
        url = page.absolute(href)
        if not url:
            return None
        url = _normalised(url)
        return url if _is_story_url(url, site) else None
    except ValueError:
        return None


def _titles_from_section_like_links(
    found: dict[str, _Candidate], section_titles: dict[str, str | None]
) -> None:
    """A link that reads like a section's ("Klimawandel") names a story a picture of the same teaser links:
    it is that teaser's short title."""
    for key, title in section_titles.items():
        entry = found.get(key)
        if entry is not None and entry.quality < 2 and title:
            entry.title, entry.quality = title, 3


def find_related(page: Page) -> list[RelatedLink]:
    site = _site(page.url)
    own, head_titles = _own_and_head_titles(page)
    found: dict[str, _Candidate] = {}
    section_titles: dict[str, str | None] = {}  # key -> title, of links that look like a section's
    contexts = _link_contexts(page)
    # Page order (source line, then the order found), without visiting every link of the page.
    anchors = sorted(contexts, key=lambda a: a.sourceline or 0)
    upward: dict[etree._Element, Relation | None] = {}  # (see `_direction`)
    for position, a in enumerate(anchors):
        href = a.get("href")
        if not href or href.startswith("#"):
            continue
        block, kind = contexts[a]
        rel = (a.get("rel") or "").lower().split()
        relation = _relation(a, rel, block, kind, upward)
        if relation is None or (url := _story_url(page, href, site)) is None:
            continue
        title, quality = _title(a, NAVIGATION if relation in ("previous", "next") else kind or "")
        if quality == 0 and GENERIC_LINK_TEXT.match(_text(a)):
            continue  # "Read more" on its own, "All news": a listing, or a teaser's title is elsewhere
        if _section_like(url, title):
            # A section's link, unless a picture links the same address: then it is a teaser's title.
            section_titles.setdefault(key_of_normalised(url), title)
            continue
        # The archive's key last: a quarter of the candidates (other sites, tags, sections) never need it.
        key = key_of_normalised(url)  # (`url` is normalised: `_story_url`)
        if key in own or _without_paging(key) in own:
            continue  # the page itself, or another page of it ("?page=2", a teaser box's next partial)
        if quality < 2 and key in head_titles:
            title, quality = head_titles[key], 2
        by_rel = bool(rel) and relation in ("previous", "next")
        if (entry := found.get(key)) is None:
            found[key] = _Candidate(url, title, quality, relation, position, by_rel)
        else:
            entry.merge(title, quality, relation, by_rel)
    _titles_from_section_like_links(found, section_titles)
    _one_per_direction(found)
    ordered = sorted(found.values(), key=lambda e: (_ORDER[e.relation], e.position))
    return [RelatedLink(url=e.url, title=e.title, relation=e.relation) for e in ordered]
