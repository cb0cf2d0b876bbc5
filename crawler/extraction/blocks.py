"""Mark the blocks of a page that are not the story, and say what each one is.

Every later layer trusts this marking: the date, author and headline finders skip `page.excluded`, so a
teaser's date or byline in "Don't Miss" never becomes the story's; the body finder skips it, so a widget's
excerpt never becomes body text; the related-link finder reads the *kind* recorded here to tell previous/
next navigation, topical teasers ("related") and site-wide widgets ("latest") apart.

How a block is recognised, in general terms rather than per site (WordPress news themes share a
vocabulary, and editors label blocks in words readers understand):
- the story container first: the element whose own paragraphs hold the most text (the readability
  idea). It and its ancestors, and the ancestors of every <h1> not inside a <nav>/<aside>, are
  *protected* (`story_places`): no rule may exclude them, so a body class like "has-sidebar" or a post
  class like "tag-trending" cannot swallow the story;
- page furniture by tag (<nav>, <aside>, <menu>, the site's <header>/<footer>) and by the class/id
  vocabulary of WordPress themes (sidebar, widget, share, comments, related, jeg_*, td-*, ...). The
  story's own header/footer (date line, byline, tags: inside its <article>, or next to its text or <h1>)
  is not furniture. A class with "author" marks an author box only with a bio paragraph: a byline stays;
- block headings in several languages ("Related Posts", "Don't Miss", "Lesen Sie auch", "Trending",
  "Lo más leído"...; their words are in `labels`): the heading's block is the nearest ancestor that
  holds more than the heading. Inside the story only a heading that is nothing but the label counts (a
  subhead stays story);
- short texts: "Previous Story" / "Next article" labels (their block is navigation), "Read also:" lines,
  "Today: <date>" bars and bars that greet the visitor ("Willkommen Gast"), "Go to Top";
- the masthead bar around the site's search box, where a date beside it shows the day of the visit;
- link-dense lists (menus, tag clouds) and repeated teasers (several siblings under one parent that each
  carry a linked heading) outside the story, whatever their label.

Cost: one walk over the body's elements that reads only tags, class/id (through a cache: a theme repeats
its class names on every page) and short texts, and gathers the headings, lists and forms for the later
steps.

The class/id vocabulary is in `block_names`, the search for the story's container in `story_search`;
this module marks the blocks around it (`mark_non_story_blocks`, a driver over named steps).

The kind of each marked block is recorded on the element as the attribute `data-newswatch-block`
("navigation", "related", "latest", "inline-related", "boilerplate"), and the story container gets
"story"; `story_container(page)` and `link_blocks(page)` give them to `body` and `related` without
another search.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lxml import etree

from crawler.extraction.block_names import (
    AUTHOR_BOX_NAMES,
    FURNITURE_TAGS,
    HEAD_FOOT,
    NAMES_CACHE,
    RANK,
    STORY_HEAD_FOOT,
    best_kind,
    names_kind,
)
from crawler.extraction.labels import (
    APOSTROPHES,
    BOILERPLATE,
    GREETING,
    GUEST,
    INLINE_RELATED,
    LABEL_CACHE,
    LATEST,
    NAVIGATION,
    READ_ALSO,
    RELATED,
    STORY,
    TO_TOP,
    TODAY,
    heading_kind,
    is_label,
    only_label,
    site_label_kind,
)
from crawler.extraction.page import Page, beside_root
from crawler.extraction.site_name import ends_with_site_word, host_names, is_site
from crawler.extraction.story_search import StoryPlace, find_story_place
from crawler.extraction.story_search import own_text as own_text  # re-exported: `body` imports it from here
from crawler.extraction.text import clean_text, outermost

KIND_ATTR = "data-newswatch-block"
_STORY_KEY = "_newswatch_story_container"
_STORY_PLACES_KEY = "_newswatch_story_places"
# lxml.html's HtmlElement.set adds a Python layer; the marking needs none of it.
_set = etree._Element.set
_BLOCKS_KEY = "_newswatch_link_blocks"
# Inline and text-level elements: their class names style them (icons, screen-reader text); they never
# name a block.
_PHRASES = {"a", "span", "i", "b", "em", "strong", "small", "time", "abbr", "sup", "sub", "u", "cite", "mark"}
_EMBEDDED = {"img", "br", "wbr", "hr", "svg", "path", "use", "source", "picture"}
_CONTROLS = {"input", "label", "button", "option"}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
# Text-level blocks: never a container of teasers or furniture worth naming (headings are read apart).
_TEXT_BLOCKS = {"p", "td", "th", "tr", "tbody", "thead", "dd", "dt", "h1", *_HEADINGS, "figcaption"}
_INLINE = _PHRASES | _EMBEDDED | _CONTROLS | _TEXT_BLOCKS
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"}

# Headings and lists are found with lxml's tag-filtered iteration (one walk in C; XPath unions of "//"
# paths walk once per branch, and predicates like [self::h2 or self::h3] are slower still).


def _body(root: etree._Element) -> etree._Element | None:
    """The <body>: a child of the root (a quick look), else wherever it is (a walk)."""
    body = root.find("body")
    return body if body is not None else next(root.iter("body"), None)


def _in_bodies(tops: list[etree._Element], *tags: str) -> list[etree._Element]:
    """The elements of these tags in the <body> of top-level elements beside the root (see
    `page.beside_root`): XPath's "//body//h2" found them too."""
    return [el for top in tops for body in top.iter("body") for el in body.iter(*tags)]


def _in_body(root: etree._Element, *tags: str) -> list[etree._Element]:
    """The elements of these tags in the <body>, wherever it is (for a page the walk cannot collect from)."""
    body = _body(root)
    return list(body.iter(*tags)) if body is not None else []


def _unmarked(el: etree._Element) -> bool:
    """Neither the element nor an ancestor is marked as a block other than the story."""
    node: etree._Element | None = el
    while node is not None:
        kind = node.get(KIND_ATTR)
        if kind is not None and kind != STORY:
            return False
        node = node.getparent()
    return True


_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_LIST_TAGS = ("ul", "ol")


def _lists(lists: list[etree._Element]) -> list[etree._Element]:
    """Lists of three items or more outside the marked blocks."""
    return [ul for ul in lists if len(ul.findall("li")) >= 3 and _unmarked(ul)]


# The heading levels a teaser's linked title is set in.
_TEASER_LEVELS = ("h2", "h3", "h4")


def _linked_headings(headings: list[etree._Element]) -> list[etree._Element]:
    """<h2>-<h4> with a link in them (also wrapped: <h3><span><a>), outside the marked blocks."""
    return [h for h in headings if h.tag in _TEASER_LEVELS and h.find(".//a") is not None and _unmarked(h)]


def _text(el: etree._Element) -> str:
    """An element's text as a reader sees it (whitespace collapsed), for the label patterns."""
    return clean_text(el.text_content())


def _climb(start: etree._Element, protected: frozenset[etree._Element]) -> etree._Element | None:
    """The block a heading or label names: go up while the ancestor holds nothing but it, then one more."""
    size = len(start.text_content().strip())
    node = start
    while True:
        parent = node.getparent()
        if parent is None or parent in protected or parent.tag in ("body", "html"):
            return None
        if len(parent.text_content().strip()) > size + 3:
            return parent
        node = parent


def _mark(page: Page, el: etree._Element, kind: str) -> None:
    """Exclude a block and record its kind. Where two rules name one element the more telling kind stays
    (a sidebar's related-posts widget is related, not boilerplate); link blocks are remembered for
    `link_blocks`, so `related` need not search the tree for them."""
    old = el.get(KIND_ATTR)
    if old is None or old == STORY or RANK.get(kind, 0) > RANK.get(old, 0):
        _set(el, KIND_ATTR, kind)
        if kind != BOILERPLATE:
            vars(page).setdefault(_BLOCKS_KEY, {})[el] = None
    page.excluded.add(el)


def link_blocks(page: Page) -> list[tuple[etree._Element, str]]:
    """The navigation, related and latest blocks `mark_non_story_blocks` found, with their kinds."""
    found = vars(page).get(_BLOCKS_KEY) or {}
    return [(el, kind) for el in found if (kind := el.get(KIND_ATTR)) not in (None, STORY, BOILERPLATE)]


def in_other_storys_block(page: Page, element: etree._Element) -> bool:
    """Inside a block that is another story's (teaser, related or latest list, navigation), not merely
    furniture: explicit schema.org markup in the story's own scope (an itemprop author or
    datePublished) stays the story's where `blocks` calls its box boilerplate (an author box, taz's
    date line in a toolbar)."""
    node: etree._Element | None = element
    while node is not None:
        if node in page.excluded and node.get(KIND_ATTR) != BOILERPLATE:
            return True
        node = node.getparent()
    return False


def story_author_box(page: Page, element: etree._Element) -> bool:
    """An author box inside the story's container: furniture for the body (its bio is no story text), but
    the story's own for its byline. Süddeutsche sets "Von Markus Balser, Berlin" and the writer's bio
    pop-up in one "authors" section; the section is marked for the bio, and the byline with it."""
    if element.get(KIND_ATTR) != BOILERPLATE:
        return False
    if not names_kind(f"{element.get('class') or ''} {element.get('id') or ''}")[1]:
        return False
    container = story_container(page)
    return container is not None and any(node is container for node in element.iterancestors())


def _specific_kind_above(el: etree._Element) -> bool:
    """True inside a block already known as navigation, related or latest (a teaser's own heading)."""
    for node in el.iterancestors():
        kind = node.get(KIND_ATTR)
        if kind is not None and kind not in (STORY, BOILERPLATE):
            return True
    return False


def _read_also(el: etree._Element, lead: str) -> bool:
    """A short "Read also: <link>" line: the label, then mostly link text."""
    text = el.text_content().strip()
    if len(text) > 250:
        return False
    linked = sum(len(a.text_content().strip()) for a in outermost(el, "a"))
    return linked > 0 and linked >= 0.5 * (len(text) - len(lead))


def _author_box(el: etree._Element) -> bool:
    """An "author" block with a bio: a paragraph of a sentence or more, or a heading and a good deal of
    text. A byline ("By Ann Lee and Bo Ek, 17.05.2024") is short and has no paragraph of its own."""
    if el.tag not in ("div", "section", "aside", "footer"):
        return False
    if any(len(p.text_content().strip()) >= 50 for p in el.iter("p")):
        return True
    has_heading = any(True for _ in el.iter("h2", "h3", "h4", "h5", "h6"))
    return has_heading and len(el.text_content().strip()) >= 150


def _mark_following(page: Page, heading: etree._Element, kind: str) -> None:
    """A labelling heading with no block of its own to mark (it sits among the story's paragraphs, or its
    block is the story's bulk): its block is what follows, up to the next heading of the same or a higher
    level (a label set as a <p> ranks below every heading)."""
    level = _heading_level(heading.tag)
    before = next(heading.itersiblings("p", preceding=True), None)
    listed = False
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADINGS and _heading_level(sibling.tag) <= level:
            break
        if before is not None and _resumes_story(sibling, before, listed):
            break  # the story's text resumes: the box was the teasers between its paragraphs
        _mark(page, sibling, kind)
        listed = listed or sibling.tag in ("ul", "ol")


def _resumes_story(sibling: etree._Element, before: etree._Element, listed: bool) -> bool:
    """Whether a paragraph after a label heading set among the story's paragraphs is the story again:
    one of the class the story's paragraphs before the heading have ("expressive-copy-lg-body") that is
    not mostly links (gofeminin sets the labelled links in the story's class); where they have none, a
    paragraph of running text after the list of links the heading labels (after a teaser card, a plain
    paragraph is as likely the card's excerpt)."""
    if sibling.tag != "p" or sibling.get("class") != before.get("class"):
        return False
    text = sibling.text_content().strip()
    linked = sum(len(link.text_content().strip()) for link in outermost(sibling, "a"))
    if before.get("class"):
        return linked < len(text) / 2
    return listed and len(text) >= _RUNNING_TEXT and linked < len(text) / 2


_RUNNING_TEXT = 80  # a paragraph of the story, not a teaser's title or a one-line link


def _heading_level(tag: str) -> int:
    return int(tag[1]) if tag in _HEADINGS else 7


def _mark_prev_next_label(page: Page, parent: etree._Element, protected: frozenset[etree._Element]) -> None:
    """A "Previous Story" / "Next article" label names the navigation block around it: the pair of links to
    the neighbouring stories, which `related` reads as navigation, not as related stories."""
    if parent.tag in _HEADINGS or parent.tag == "a" or parent in protected:
        return  # headings are read with the other headings; a link's own label is read by `related`
    block = _climb(parent, protected)
    if block is not None:
        _mark(page, block, NAVIGATION)


def _mark_today_bar(page: Page, parent: etree._Element, protected: frozenset[etree._Element]) -> None:
    """A "Today: July 21, 2024" (or "Today: <time datetime=…>July 21, 2024</time>") bar: holding the label
    and a date (short, with digits), it shows the day of the visit, never the publication date."""
    whole = parent.text_content()
    if parent not in protected and len(whole) <= 80 and any(c.isdigit() for c in whole):
        _mark(page, parent, BOILERPLATE)


# A search form by its role, its field or its names: "search", "Suche", "buscar", "recherche", "cerca".
_SEARCH_NAMES = re.compile(r"search|such|busca|recherch|cerca|pesquis|zoek", re.I)
_SEARCH_FIELDS = frozenset(("q", "s", "query", "search", "terms", "keywords", "searchword", "suche"))
# A masthead bar: the search box, a date, a link or two. Longer, it is the site's header as a whole.
_BAR_LENGTH = 120


def _is_search_form(form: etree._Element) -> bool:
    if form.get("role") == "search":
        return True
    if _SEARCH_NAMES.search(f"{form.get('action') or ''} {form.get('class') or ''} {form.get('id') or ''}"):
        return True
    return any(
        field.get("type") == "search" or (field.get("name") or "").lower() in _SEARCH_FIELDS
        for field in form.iter("input")
    )


def _mark_search_bars(page: Page, place: StoryPlace, forms: list[etree._Element]) -> None:
    """The bar the site's search box sits in, with a date beside it ("jueves, 09 enero 2014 - 10:21 h"),
    shows the day of the visit in the masthead as a "Today:" bar does, without the label: the largest
    block around the form that stays a bar's length."""
    for form in forms:
        if not _is_search_form(form):
            continue
        bar, bar_text = None, ""
        for node in form.iterancestors():
            if node in place.protected or node.tag in ("body", "html"):
                break
            if len(text := node.text_content().strip()) > _BAR_LENGTH:
                break
            bar, bar_text = node, text
        if bar is not None and any(c.isdigit() for c in bar_text):
            _mark(page, bar, BOILERPLATE)


def _mark_greeting_bar(page: Page, guest: etree._Element, protected: frozenset[etree._Element]) -> None:
    """The header bar that greets the visitor ("Samstag, 2016-10-08, 0:26 AM / Willkommen <b>Gast</b>"):
    like a "Today:" bar, the day it shows is the visit's."""
    bar = guest.getparent() if guest.tag in _PHRASES else guest
    if bar is not None and GREETING.search(bar.text_content()):
        _mark_today_bar(page, bar, protected)


def _mark_to_top(page: Page, parent: etree._Element) -> None:
    """A "Go to Top" link is page furniture, whatever the theme calls it."""
    link = parent if parent.tag == "a" else next(parent.iterancestors("a"), None)
    if link is not None:
        _mark(page, link, BOILERPLATE)


def _mark_read_also(
    page: Page, parent: etree._Element, label: str, protected: frozenset[etree._Element]
) -> None:
    """A "Read also: <link>" line set in the story's text points at another story: inline related, not
    body text. The label often sits in its own <strong> or <span>: the line is then its parent."""
    node = parent.getparent() if parent.tag in ("strong", "b", "em", "span", "i") else parent
    if (
        node is not None
        and node.tag in ("p", "div", "li")
        and node not in protected
        and _read_also(node, label)
    ):
        _mark(page, node, INLINE_RELATED)


def _short_text(
    page: Page, parent: etree._Element | None, text: str, protected: frozenset[etree._Element]
) -> None:
    """Labels in short texts: previous/next, "Today:", "Go to Top", "Read also:". (Only texts `is_label`
    let through come here: the walk reads every element's text, and few are labels.)"""
    clean = clean_text(text).translate(APOSTROPHES)
    if parent is None or parent.tag in _SKIP or len(clean) > 60:
        return
    if len(clean) <= 30 and only_label(clean):
        _mark_prev_next_label(page, parent, protected)
    elif TODAY.match(clean):
        _mark_today_bar(page, parent, protected)
    elif GUEST.match(clean):
        _mark_greeting_bar(page, parent, protected)
    elif TO_TOP.match(clean):
        _mark_to_top(page, parent)
    elif READ_ALSO.match(clean):
        _mark_read_also(page, parent, clean, protected)


def _remember_base_url(page: Page) -> None:
    """The page's first <base href>, for `Page.absolute`: read from the elements the layers' shared walk
    gathered, it saves `Page.base_url` a walk of its own (this is the first layer to run)."""
    if "base_url" not in vars(page):
        base = next((b for b in page.elements("base") if b.get("href") is not None), None)
        vars(page)["base_url"] = page.base_from(base)


def _mark_story(page: Page, place: StoryPlace) -> None:
    """Record the container on the page and on the element: `story_container` (body) reads it back with
    no second search, and `_mark` lets a rule that must override it (a label's block) do so."""
    vars(page)[_STORY_KEY] = place.container
    vars(page)[_STORY_PLACES_KEY] = place.protected
    if place.container is not None:
        _set(place.container, KIND_ATTR, STORY)


def _header_footer_kind(
    el: etree._Element, kind: str | None, names: str, near: frozenset[etree._Element]
) -> str | None:
    """A header or footer: the story's own (date line, byline, tags) sits inside its <article> or right
    next to its text, or says whose it is by its name ("c-article-header", "entry-footer"), and is no
    furniture; the site's hang higher up and are."""
    if (
        el.getparent() in near
        or next(el.iterancestors("article"), None) is not None
        or _story_head_foot_named(names)
    ):
        return None if kind == BOILERPLATE else kind
    return kind or BOILERPLATE


@functools.lru_cache(maxsize=8192)
def _story_head_foot_named(names: str) -> bool:
    """STORY_HEAD_FOOT's test, after a substring test that rejects most names without the regex. (Cached:
    a theme gives its headers and footers the same few names on every page.)"""
    lowered = names.lower()
    return any(word in lowered for word in _STORY_WORDS) and STORY_HEAD_FOOT.search(names) is not None


_STORY_WORDS = ("article", "post", "entry", "story")


@functools.lru_cache(maxsize=8192)
def _header_or_footer_named(names: str) -> bool:
    """HEAD_FOOT's test, after a substring test that rejects most names four times faster. (Cached, as
    `_story_head_foot_named`.)"""
    lowered = names.lower()
    return ("header" in lowered or "footer" in lowered) and HEAD_FOOT.search(names) is not None


def _settled_kind(
    el: etree._Element, kind: str | None, authorish: bool, names: str, near: frozenset[etree._Element]
) -> str | None:
    """An element's kind from its names, settled by its tag: <nav>/<aside>/<menu> are furniture whatever
    their names; a header or footer only when it is the site's; a class with "author" marks an author box
    only when the block holds a bio (a byline stays story)."""
    tag = el.tag
    if tag in FURNITURE_TAGS:
        kind = kind or BOILERPLATE
    elif tag in ("header", "footer") or (kind == BOILERPLATE and _header_or_footer_named(names)):
        kind = _header_footer_kind(el, kind, names, near)
    if authorish and kind in (BOILERPLATE, None) and not AUTHOR_BOX_NAMES.search(names):
        kind = BOILERPLATE if _author_box(el) else None
    return kind


# Tags that may make a block of an element with no telling names.
_TELLING_TAGS = FURNITURE_TAGS | {"header", "footer"}
_NAMELESS: tuple[str | None, bool] = (None, False)


def _mark_in_walk(
    page: Page,
    place: StoryPlace,
    elements: Iterator[etree._Element],
    collect: dict[str, list[etree._Element]],
) -> None:
    """The marking of one walk over the elements, and the headings and lists it collects on the way (into
    `collect`'s lists, by tag). Cheap: no text is read unless a class, an id or a short text asks; what is
    rare (a label, a telling name or tag) is handed to a function, the rest stays in this loop.
    1. Short texts: "Previous Story" / "Next article" labels (their block is the navigation), "Today:
       <date>" bars (never the publication date), "Go to Top", "Read also: <link>" lines.
    2. Furniture by tag and by the themes' class vocabulary (see `_settled_kind`)."""
    # Hot loop: module globals bound to locals.
    skip, inline, labels, cached, bucket = _SKIP, _INLINE, LABEL_CACHE.get, NAMES_CACHE.get, collect.get
    protected, near, bulk = place.protected, place.near, place.holds_bulk
    for el in elements:
        tag = el.tag
        if (into := bucket(tag)) is not None:
            into.append(el)
        if tag in skip:
            continue
        # A label test is a cache lookup; `is_label` runs only on a text not seen before.
        text = el.text
        if (
            text
            and len(text) <= 200
            and (clean := text.strip())
            and len(clean) <= 60
            and ((labelled := labels(clean)) or (labelled is None and is_label(clean)))
        ):
            _short_text(page, el, clean, protected)
        tail = el.tail
        if (
            tail
            and len(tail) <= 200
            and (clean := tail.strip())
            and len(clean) <= 60
            and ((labelled := labels(clean)) or (labelled is None and is_label(clean)))
        ):
            _short_text(page, el.getparent(), clean, protected)
        if tag in inline or el in protected:
            continue
        cls, ident = el.get("class"), el.get("id")
        kind, authorish = (cached(cls) or names_kind(cls)) if cls else _NAMELESS
        if ident:
            id_kind, id_author = cached(ident) or names_kind(ident)
            kind, authorish = best_kind(kind, id_kind), authorish or id_author
        if kind is None and not authorish and tag not in _TELLING_TAGS:
            continue
        kind = _settled_kind(el, kind, authorish, f"{cls or ''} {ident or ''}", near)
        if kind is not None and not bulk(el):
            _mark(page, el, kind)


def _walk_body(
    page: Page, place: StoryPlace
) -> tuple[list[etree._Element], list[etree._Element], list[etree._Element]]:
    """Mark furniture and labelled short texts in one walk over the body, and gather the body's headings,
    lists and forms (<h2>-<h6>, <ul>/<ol>, <form>) for the later steps on the way: every whole-tree walk
    costs, even one lxml filters by tag."""
    root = page.tree
    body = root.find("body")
    if body is None:  # (a <body> that is not the root's child: found the long way)
        _mark_in_walk(page, place, root.iter(etree.Element), {})
        return _in_body(root, *_HEADING_TAGS), _in_body(root, *_LIST_TAGS), _in_body(root, "form")
    headings: list[etree._Element] = []
    lists: list[etree._Element] = []
    forms: list[etree._Element] = []
    collect = {tag: headings for tag in _HEADING_TAGS} | {tag: lists for tag in _LIST_TAGS} | {"form": forms}
    _mark_in_walk(page, place, body.iter(etree.Element), collect)
    return headings, lists, forms


def _with_beside_root(
    root: etree._Element, headings: list[etree._Element], lists: list[etree._Element]
) -> tuple[list[etree._Element], list[etree._Element]]:
    """The headings and lists in the document order XPath's "//" gave them, with those after a stray
    </html> (libxml2 sets that content beside the root, where the walk from the root does not go)."""
    before, after = beside_root(root)
    if before or after:
        headings = [*_in_bodies(before, *_HEADING_TAGS), *headings, *_in_bodies(after, *_HEADING_TAGS)]
        lists = [*_in_bodies(before, *_LIST_TAGS), *lists, *_in_bodies(after, *_LIST_TAGS)]
    return headings, lists


def _label_paragraphs(paragraphs: list[etree._Element]) -> list[etree._Element]:
    """Paragraphs that are nothing but a block's label ("Mehr zum Thema" set as a <p>, or in bold inside
    it: "<p><strong>Lue myös:</strong></p>"): they label their block as a heading would. Only the label's
    exact words, so a sentence opening with them stays story."""
    return [
        p
        for p in paragraphs
        if (text := _label_text(p)) is not None
        and len(text) <= 80
        and heading_kind(clean_text(text), exact=True) in (RELATED, LATEST)
    ]


_LABEL_EMPHASIS = frozenset(("strong", "b", "em", "span"))


def _label_text(paragraph: etree._Element) -> str | None:
    """A cheap first look: the text of a paragraph that holds only text, or of the one emphasised element
    it opens with. (`_heading_label` then reads the whole paragraph: a sentence after the bold words is
    no label.)"""
    if len(paragraph) == 0:
        return paragraph.text or None
    if len(paragraph) == 1 and paragraph[0].tag in _LABEL_EMPHASIS and not (paragraph.text or "").strip():
        return paragraph[0].text or None
    return None


def _heading_label(page: Page, heading: etree._Element, place: StoryPlace) -> str | None:
    """The kind of block a heading labels, if it is a block's label: inside the story only an exact label
    counts (a subhead "Popular anger grows" is story), and a teaser's own heading inside a block already
    known never does (it names the teaser, not a block)."""
    text = _text(heading)
    if not text or len(text) > 80:
        return None
    exact = heading in place.members or heading.tag == "p"
    kind = heading_kind(text, exact=exact) if heading_kind(text) is not None else None
    if kind is None and exact and " " in text:
        kind = _label_before_site_name(page, text)
    if kind is None or _specific_kind_above(heading):
        return None
    return kind


def _label_before_site_name(page: Page, text: str) -> str | None:
    """The kind of an exact label that the site's name closes ("More from The Nation" inside the story's
    <article>, "Auch auf gofeminin.de"): the name says whose the stories are, no subhead goes on so."""
    sites = host_names(page.url)
    words = text.split()
    if not ends_with_site_word(words[-1], sites):
        return None  # (most subheads: the name the label needs would end the heading)
    for cut in range(len(words) - 1, 0, -1):
        label, name = " ".join(words[:cut]), " ".join(words[cut:])
        if is_site(name, sites) and (kind := heading_kind(label, exact=True) or site_label_kind(label)):
            return kind
    return None


def _mark_labelled_blocks(page: Page, place: StoryPlace, headings: list[etree._Element]) -> None:
    """Blocks under a heading that labels them ("Related Posts", "Trending", "Lesen Sie auch"): the
    heading's block is the nearest ancestor holding more than the heading. Where that is the story
    itself (a "Related" heading set inside the story's text), the heading and what follows it are the
    block instead; a boilerplate label inside the story ("Anzeige") marks nothing there."""
    for heading in headings:
        kind = _heading_label(page, heading, place)
        if kind is None:
            continue
        block = _climb(heading, place.protected)
        if block is not None and not place.holds_bulk(block):
            _mark(page, block, kind)
        elif kind != BOILERPLATE or heading not in place.members:
            _mark(page, heading, kind)
            _mark_following(page, heading, kind)


def _mark_link_lists(page: Page, place: StoryPlace, lists: list[etree._Element]) -> None:
    """Unlabelled lists that are mostly links (menus, tag clouds) outside the story: furniture whatever
    their names, and their links are no related stories."""
    for ul in _lists(lists):
        if ul in place.protected or ul in place.members:
            continue
        total = len(ul.text_content().strip())
        linked = sum(len(a.text_content().strip()) for a in outermost(ul, "a"))
        if total == 0 or linked >= 0.7 * total:
            _mark(page, ul, BOILERPLATE)


def _mark_repeated_teasers(page: Page, place: StoryPlace, headings: list[etree._Element]) -> None:
    """Unlabelled teaser lists outside the story: a parent under which two or more branches each carry a
    linked heading (<h3><a>) holds teasers, not the story (which has one title), whatever its names."""
    branches: dict[etree._Element, set[etree._Element]] = {}
    for heading in _linked_headings(headings):
        node = heading
        for parent in heading.iterancestors():
            if parent in place.protected or parent.tag in ("body", "html"):
                break  # (the page itself is no teaser list, even where no story was found)
            branches.setdefault(parent, set()).add(node)
            node = parent
    for parent, children in branches.items():
        if len(children) >= 2 and parent not in page.excluded and parent not in place.members:
            _mark(page, parent, BOILERPLATE)


def mark_non_story_blocks(page: Page) -> None:
    """Mark the page's blocks that are not the story, with their kinds (see the module's docstring). The
    story's place comes first, since no rule may take it; then one walk marks by tag, names and short
    labels; then the headings' labels, link lists and teaser lists the walk gathered. The order matters:
    a heading inside a block already marked names a teaser, not a block, and a list inside one is done."""
    _remember_base_url(page)
    place = find_story_place(page)
    _mark_story(page, place)
    headings, lists, forms = _walk_body(page, place)
    headings, lists = _with_beside_root(page.tree, headings, lists)
    _mark_search_bars(page, place, forms)
    _mark_labelled_blocks(page, place, [*headings, *_label_paragraphs(page.elements("p"))])
    _mark_link_lists(page, place, lists)
    _mark_repeated_teasers(page, place, headings)
    _mark_inline_teasers(page, place, headings)


# A teaser's title of fewer words is a short subhead's link ("Video", "Mehr dazu") more often.
_TEASER_TITLE_WORDS = 3


def _mark_inline_teasers(page: Page, place: StoryPlace, headings: list[etree._Element]) -> None:
    """A teaser card set between the story's paragraphs gives its title as a heading that is a link or
    sits in one ("<a href=/news/…><h3>AfD behauptet: …</h3></a>"): another story's, inline related, no
    subhead of this one. (The story's own subheads are text; a link inside one covers part of it.)"""
    for heading in headings:
        if heading.tag not in _TEASER_LEVELS or heading not in place.members or page.is_excluded(heading):
            continue
        if len(_text(heading).split()) < _TEASER_TITLE_WORDS:
            continue
        link = teaser_title_link(heading)
        if link is not None and (link is heading or link in place.members):
            _mark(page, link, INLINE_RELATED)


def teaser_title_link(heading: etree._Element) -> etree._Element | None:
    """Where a heading is a teaser's title, the element that links it: the link around it, or the
    heading itself when links to another page hold (nearly) all its text. None for a subhead: its own
    text, a link inside it covering part, or an anchor to itself ("<h2><a href=#costs>The costs</a></h2>")."""
    around = next(heading.iterancestors("a"), None)
    if around is not None:
        return around if _leads_away(around) else None
    linked = sum(len(_text(a)) for a in outermost(heading, "a") if _leads_away(a))
    return heading if linked and linked >= 0.9 * len(_text(heading)) else None


def _leads_away(link: etree._Element) -> bool:
    """A link to another page, not to an anchor of this one."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith("#")


def story_container(page: Page) -> etree._Element | None:
    """The element `mark_non_story_blocks` found to hold the story, if any."""
    return vars(page).get(_STORY_KEY)


def story_places(page: Page) -> frozenset[etree._Element]:
    """The story's container and its ancestors, and the ancestors of the story's <h1>s: the elements no
    marking rule may take, whatever their names say (a headline column a theme calls "sidebar")."""
    return vars(page).get(_STORY_PLACES_KEY, frozenset())
