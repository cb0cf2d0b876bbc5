"""Where the story sits on a page: its container, and the elements no block rule may take from it.

The container is the element whose own paragraphs hold the most text (the readability idea): on any
theme, in any language, the story is where the running text is, while widgets, teasers and menus hold
short texts and links. Class names only nudge the score (an excerpt list or an author's bio can hold a
lot of text too). A theme built of components that wraps each paragraph in a deep wrapper of its own
gives no element many paragraphs: there the wrappers' parent is the story (`_whole_story`). A page
that sets its story without <p> at all, in <div>s and <span>s, has its story where its text blocks
meet (`text_blocks`), when those hold more than the best paragraph container.

`blocks` marks the page's furniture around what this finds: the container and its ancestors, and the
ancestors of the story's <h1>, are protected (a body class like "has-sidebar" or a post class like
"tag-trending" must not swallow the story), and the story's bulk is never excluded whatever its class.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from lxml import etree

from crawler.extraction.block_names import (
    AUTHOR_AREA,
    FURNITURE_TAGS,
    SITE_FOOTER,
    element_names,
    names_kind,
    without_state_classes,
)
from crawler.extraction.page import Page
from crawler.extraction.text import clean_text, outermost, text_without_code
from crawler.urls import url_key

_EXCERPT_ENDS = ("…", "...", "[…]", "[...]")  # WordPress ends an excerpt with "[…]"
# Texts shorter than this are captions, datelines and buttons, not running text.
_MIN_TEXT = 25
# How many of the best candidates may give way to the next when they sit in a footer or author's box.
_CANDIDATES = 8


@dataclass(frozen=True, slots=True)
class StoryPlace:
    """The story's container and what hangs around it, found once per page for every marking rule."""

    # The element holding the story's text, or None on a page without running text.
    container: etree._Element | None
    # The container, its ancestors and those of the story's <h1>: no rule may mark them.
    protected: frozenset[etree._Element]
    # Every element inside the container (the container included).
    members: frozenset[etree._Element]
    # The container's paragraph text, in characters.
    size: int
    # Where the story's own header and footer hang (its date line, byline, tags): next to its text or <h1>.
    near: frozenset[etree._Element]

    def holds_bulk(self, el: etree._Element) -> bool:
        """An element inside the container holding half its paragraph text or more: the story itself,
        whatever its class ("js-dynamic-advertisement") or a label heading right inside it says."""
        return el in self.members and paragraph_text(el) >= 0.5 * self.size


def own_text(el: etree._Element) -> str:
    """The text written directly in an element: its own text and the tails of its children."""
    return "".join([el.text or "", *(child.tail or "" for child in el)])


def paragraph_text(el: etree._Element) -> int:
    """How much paragraph text an element holds (scripts and styles inside it do not count; a paragraph
    an unclosed one holds counts once, as part of it)."""
    return sum(len(text_without_code(p)) for p in outermost(el, "p"))


def _score_paragraphs(
    paragraphs: list[etree._Element], scores: dict[etree._Element, float], page: Page | None
) -> None:
    """A paragraph's length counts for its parent, and half of it for its grandparent: a story split
    into sections (a <div> per subhead) still adds up in the element that holds them all."""
    cards: dict[etree._Element, bool] = {}
    own = _own_key(page)
    for p in paragraphs:
        text = text_without_code(p).strip()
        length = len(text)
        if length < _MIN_TEXT:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        if text.endswith(_EXCERPT_ENDS) or _all_linked(p, length) or _teaser_card(parent, page, own, cards):
            # A teaser's excerpt, cut short, a paragraph that is all link (a teaser's title or excerpt),
            # or one in a teaser's card: a short story is not outweighed by a list of them.
            length *= 0.2
        scores[parent] = scores.get(parent, 0.0) + length
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + length / 2


def _paragraph_sizes(el: etree._Element) -> tuple[int, int]:
    """The paragraph text an element holds (`paragraph_text`), and that of it which is running text:
    less the paragraphs that are all link (teasers)."""
    total = running = 0
    for p in el.iter("p"):
        length = len(text_without_code(p))
        total += length
        if not _all_linked(p, length):
            running += length
    return total, running


def _teaser_card(
    holder: etree._Element, page: Page | None, own: str | None, cards: dict[etree._Element, bool]
) -> bool:
    """Whether the paragraph's holder is a teaser's card: a heading beside the paragraph is all a link
    to another page, the teased story's title (boingboing's "next post" cards under a one-paragraph
    post). An old blog theme's post title linking to the post itself is no teaser's. (Cached per holder.)"""
    if (known := cards.get(holder)) is not None:
        return known
    found = page is not None and any(
        _links_away(heading, page, own) for heading in holder.iterchildren("h2", "h3", "h4")
    )
    cards[holder] = found
    return found


def _links_away(heading: etree._Element, page: Page, own: str | None) -> bool:
    """Whether links to other pages than this one (`own`, its key) hold (nearly) all the heading's text."""
    length = len(text_without_code(heading).strip())
    if not length:
        return False
    linked = 0
    for a in outermost(heading, "a"):
        target = page.absolute(a.get("href"))
        if target is not None and ((key := _key(target)) is None or key != own):
            linked += len(text_without_code(a).strip())
    return linked >= 0.9 * length


def _own_key(page: Page | None) -> str | None:
    return _key(page.url) if page is not None else None


def _key(url: str) -> str | None:
    """The URL's archive key; None for one that is no http(s) address."""
    try:
        return url_key(url)
    except ValueError:
        return None


def _all_linked(p: etree._Element, length: int) -> bool:
    """Whether a link holds (nearly) all the paragraph's text."""
    if len(p) == 0:
        return False  # (no child, no link: the common case, asked first)
    if len((p.text or "").strip()) > 0.1 * length:
        return False  # (text of its own before the first child: a paragraph of the story, asked next)
    linked = sum(len(text_without_code(a).strip()) for a in outermost(p, "a"))
    return linked >= 0.9 * length


def _score_breaks(breaks: list[etree._Element], scores: dict[etree._Element, float]) -> None:
    """Text written between <br>s (Blogger, old CMSs) counts for the element that holds it: such a
    story has no paragraphs to score."""
    seen: set[etree._Element] = set()
    for br in breaks:
        holder = br.getparent()
        if holder is None or holder in seen or holder.tag in ("p", "li", "td"):
            continue
        seen.add(holder)
        length = len(own_text(holder).strip())
        if length >= _MIN_TEXT:
            scores[holder] = scores.get(holder, 0.0) + length


def _weighed(el: etree._Element, score: float) -> float:
    """A candidate's score after its names: an excerpt list, a comment, a widget or an author's bio is
    rarely the story; the schema.org article body nearly always is."""
    names = element_names(el)
    if names_kind(names)[0] is not None or AUTHOR_AREA.search(names) or el.tag == "form":
        score *= 0.2  # (a <form>'s text is a sign-up's or a comment box's)
    if el.get("itemprop") == "articleBody":
        score *= 1.5
    return score


# A cookie or consent dialog by the words in its names (Borlabs, Complianz, OneTrust, Usercentrics,
# Didomi...): its privacy text can outweigh a short story's.
_CONSENT_DIALOG = (
    "cookie", "consent", "gdpr", "cmplz", "borlabs", "brlbs", "onetrust", "usercentrics", "didomi"
)  # fmt: skip


def _dialog(names: str) -> bool:
    """A cookie or consent dialog (`_CONSENT_DIALOG`), or another dialog laid over the page by a name that
    starts with "modal" or "popup" (WirtschaftsWoche's ad-blocker notice, "modalwindow": its text can
    outweigh a story split into many blocks). Not a name that only mentions one ("use-lightbox",
    "has-popup"): a story's wrapper may say it opens pictures in one."""
    lowered = names.lower()
    return any(word in lowered for word in _CONSENT_DIALOG) or _OVERLAY_NAME.search(lowered) is not None


_OVERLAY_NAME = re.compile(r"(?:^|\s)(?:modal|popup)")


def in_footer_or_author_box(el: etree._Element) -> bool:
    """Inside a <footer> or <aside> (the site's footer, a sidebar widget), an author's box or a dialog
    (cookie consent, an ad-blocker notice). (Not every boilerplate name of an ancestor: a story's wrapper
    may be called "entry-content no-share".)"""
    if el.tag in ("footer", "aside") or _dialog(element_names(el)):
        return True
    for node in el.iterancestors():
        if node.tag in ("body", "html"):
            return False
        if node.tag in ("footer", "aside"):
            return True
        names = element_names(node)
        if names.strip() and (AUTHOR_AREA.search(names) or SITE_FOOTER.search(names) or _dialog(names)):
            return True
    return False


def find_story_container(
    paragraphs: list[etree._Element], breaks: list[etree._Element], page: Page | None = None
) -> etree._Element | None:
    """The element whose paragraphs hold the most text (parents get a paragraph's length, grandparents
    half; an element with text between <br>s gets that text's length): where the story is, on any theme.
    Class names only nudge the score. (The page's <p> and <br> elements, in document order.)"""
    scores: dict[etree._Element, float] = {}
    _score_paragraphs(paragraphs, scores, page)
    _score_breaks(breaks, scores)
    ranked = _ranked(scores)
    best = _best_outside_footer(ranked)
    if best is not None:
        return _whole_story(_around_box(best, scores))
    return ranked[0] if ranked else None


# How far above the best candidate the story around a box may be, and how much paragraph text of its own
# it holds at least, against the box's.
_BOX_REACH = 3
_AROUND_BOX_SHARE = 0.5


def _around_box(best: etree._Element, scores: dict[etree._Element, float]) -> etree._Element:
    """The story around the best candidate, where that is a box set in the story (a fact box, a
    summary list: Metro's "King's speech summary" holds more paragraph text than the story's own
    paragraphs around it): an ancestor a few levels up whose own paragraphs hold half as much text or
    more, and that is no furniture."""
    least = _AROUND_BOX_SHARE * scores.get(best, 0.0)
    for ancestor in islice(best.iterancestors(), _BOX_REACH):
        if ancestor.tag in ("body", "html"):
            break
        # (Its own paragraphs: those right under it. Its score also holds half of its children's.)
        own = sum(len(text_without_code(p).strip()) for p in ancestor.iterchildren("p"))
        if own >= least and not in_footer_or_author_box(ancestor):
            return ancestor
    return best


def _ranked(scores: dict[etree._Element, float]) -> list[etree._Element]:
    """Candidates best first after their names (`_weighed`); among equals the first in the order scored
    (a stable sort)."""
    weighed = sorted(((el, _weighed(el, score)) for el, score in scores.items()), key=lambda c: -c[1])
    return [el for el, _ in weighed]


def _best_outside_footer(ranked: list[etree._Element]) -> etree._Element | None:
    """A short story (a sentence or two) holds less text than the author's bio or the site's "about"
    blurb: the best candidate in the site's footer, a sidebar or an author box gives way to the next;
    so does one comment of the readers' (La Presse's blogs: a reader's 1,500 characters in one
    "body-text" under "comments-list" outweighed the column's five paragraphs)."""
    candidates = islice((el for el in ranked if not _in_comments(el)), _CANDIDATES)
    return next((el for el in candidates if not in_footer_or_author_box(el)), None)


# A list of the readers' comments, by its name (its items' own names vary: "body-text", "content").
_COMMENTS = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|commentslist|comment-list|comments-list|kommentare|"
    r"commentaires|comentarios|commenti)(?:$|[\s_-])",
    re.I,
)
_COMMENT_REACH = 6


def _in_comments(el: etree._Element) -> bool:
    for node in islice(el.iterancestors(), _COMMENT_REACH):
        if node.tag in ("body", "html"):
            return False
        names = without_state_classes(node.get("class") or "") + " " + (node.get("id") or "")
        if _COMMENTS.search(names):
            return True
    return False


# How far above a paragraph a component framework may wrap it ("<div class=c><div><div><div><p>").
_WRAPPER_DEPTH = 5
# A paragraph of news writing rarely runs longer: a container holding more is a story (or a post) itself.
_ONE_PARAGRAPH = 1200


def _whole_story(container: etree._Element) -> etree._Element:
    """The story, when the best container is one paragraph of it: a theme built of components wraps each
    paragraph in its own deep wrapper, and those wrappers follow each other as siblings of one class.
    A container of one or two paragraphs whose wrapper (itself or an ancestor a few levels up) has such
    siblings holding paragraphs too gives way to the wrappers' parent. (A container of more paragraphs,
    or of more text than a paragraph, is a story already: the next story of an infinite scroll, a
    sibling <article>, a blog's other posts stay out.)"""
    if sum(1 for _ in container.iter("p")) > 2 or paragraph_text(container) > _ONE_PARAGRAPH:
        return container
    node = container
    for _ in range(_WRAPPER_DEPTH):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return container
        if _repeated_paragraph_wrappers(parent, node) >= 2:
            return parent
        node = parent
    return container


def _repeated_paragraph_wrappers(parent: etree._Element, wrapper: etree._Element) -> int:
    """How many other children of `parent` share the wrapper's tag and class and hold a paragraph of
    running text."""
    kind = (wrapper.tag, wrapper.get("class"))
    if kind[1] is None:
        return 0
    return sum(
        1
        for sibling in parent
        if sibling is not wrapper
        and (sibling.tag, sibling.get("class")) == kind
        and any(len(p.text_content().strip()) >= _MIN_TEXT for p in sibling.iter("p"))
    )


def _near_container(container: etree._Element) -> set[etree._Element]:
    """The container, its parent and grandparent (not <body>/<html>): the story's header and footer hang
    there when the theme sets them beside its text rather than inside one <article>."""
    near = {container}
    parent = container.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        near.add(parent)
        if (grand := parent.getparent()) is not None and grand.tag not in ("body", "html"):
            near.add(grand)
    return near


def _headline_places(page: Page) -> tuple[set[etree._Element], set[etree._Element]]:
    """(the ancestors of the story's <h1>s, their nearest two below <body>): the title's wrappers are
    the story's even where the text container sits elsewhere (a hero header above the columns). An <h1>
    in a breadcrumb <nav> or an <aside> is not the story's title."""
    ancestors_of_titles: set[etree._Element] = set()
    near: set[etree._Element] = set()
    for _, ancestors in _story_h1s(page):
        ancestors_of_titles.update(ancestors)
        near.update(a for a in ancestors[:2] if a.tag not in ("body", "html"))
    return ancestors_of_titles, near


# Less paragraph text than this in the best container: the page may write its story without <p>.
_WEAK_STORY = 500
# Tags whose text is never a text block of its own, nor anything inside them. (Not tables: the pages of
# the table-layout era nest their story in cells.)
_NOT_TEXT_BLOCKS = frozenset(
    ("p", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption",
     "script", "style", "noscript", "template", "button", "select", "textarea", "nav", "aside", "footer",
     "header", "form", "ul", "ol", "menu")
)  # fmt: skip
_INLINE = frozenset(("span", "em", "strong", "b", "i", "u", "font", "small", "mark", "q", "cite"))
# A text block: an element that writes at least this much text of its own (a paragraph set in a <div>).
_TEXT_BLOCK = 80
# How far up a text block's length counts, and its weight at each level: a story whose paragraphs sit
# in wrappers of their own ("<div><div><span>text") still adds up where they all meet.
_BLOCK_WEIGHTS = (1.0, 0.5, 1 / 3, 0.25, 0.2)


def text_blocks(root: etree._Element) -> dict[etree._Element, int]:
    """The elements under `root` that write a paragraph's worth of text of their own outside <p>, list,
    table, link, heading and furniture elements, in document order, with their text's length: the
    paragraphs of a page that sets its story in <div>s and <span>s. A <span> of a paragraph split into
    spans and links stands for the element around it, the whole paragraph."""
    found: dict[etree._Element, int] = {}
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if not isinstance(el.tag, str) or el.tag in _NOT_TEXT_BLOCKS:
            walker.skip_subtree()
        elif (length := len(own_text(el).strip())) >= _TEXT_BLOCK:
            block = el
            while block.tag in _INLINE and (parent := block.getparent()) is not None and parent is not root:
                block = parent
            if block is not el:
                length = len(block.text_content().strip())
            found.setdefault(block, length)
    return found


def _text_block_container(page: Page) -> etree._Element | None:
    """The element where the page's text blocks meet with the most text (each block's length counts for
    its ancestors up to five levels, less at each level)."""
    body = page.tree.find("body")
    if body is None:
        return None
    scores: dict[etree._Element, float] = {}
    for block, length in text_blocks(body).items():
        node = block
        for weight in _BLOCK_WEIGHTS:
            node = node.getparent()
            if node is None or node.tag in ("body", "html"):
                break
            scores[node] = scores.get(node, 0.0) + weight * length
    return _best_outside_footer(_ranked(scores))


def text_block_size(el: etree._Element) -> int:
    """How much text of their own the text blocks inside an element write."""
    return sum(text_blocks(el).values())


def _story_h1s(page: Page) -> Iterator[tuple[etree._Element, list[etree._Element]]]:
    """The page's <h1>s outside a <nav>, <aside> or <menu>, with their ancestors."""
    for h1 in page.elements("h1"):
        ancestors = list(h1.iterancestors())
        if not any(a.tag in FURNITURE_TAGS for a in ancestors):
            yield h1, ancestors


def _headline_article(page: Page) -> etree._Element | None:
    """The <article> around the story's <h1> (`_headline_heading`)."""
    first = _headline_heading(page)
    return next(first.iterancestors("article"), None) if first is not None else None


def _headline_heading(page: Page) -> etree._Element | None:
    """The story's <h1>: the first <h1> the page's <title> repeats, else the first outside the
    furniture. A page without an <h1> (a list of short stories, each an <article> under an <h2>, the
    page's own first or not) names its story by the <title>: the first <h2> in an <article>, of three
    words or more, that the <title> repeats."""
    titles = page.elements("title")
    title = _heading_key(titles[0]) if titles else ""
    first: etree._Element | None = None
    for h1, _ in _story_h1s(page):
        text = _heading_key(h1)
        if text and text in title:
            first = h1
            break
        first = first if first is not None else h1
    if first is None and title:
        first = next((h2 for h2 in page.elements("h2") if _titled_article_heading(h2, title)), None)
    return first


def _heading_key(element: etree._Element) -> str:
    return clean_text(" ".join(element.itertext())).casefold()


def _titled_article_heading(h2: etree._Element, title: str) -> bool:
    """An <h2> in an <article> whose text, three words or more, the <title> repeats."""
    text = _heading_key(h2)
    return len(text.split()) >= 3 and text in title and next(h2.iterancestors("article"), None) is not None


# The story's own <article> holds at least this much paragraph text to hold its story.
_OWN_ARTICLE_TEXT = 200


def _within_headline_article(page: Page, container: etree._Element) -> etree._Element:
    """The container inside the <article> of the story's headline, where the best one is in another
    <article> or a named block: a page that appends the next story below (infinite scroll) gives that
    one, longer story an <article> and an <h1> of its own, a login dialog or a most-read box may hold more
    text than a short story; the page's story is the one its <title> and first <h1> name."""
    if not _in_other_article_or_block(container):
        return container  # (also the text below a hero <article> that holds only the headline and lead)
    article = _headline_article(page)
    if article is None or article is container:
        return container
    if any(a is article for a in container.iterancestors()) or any(
        a is container for a in article.iterancestors()
    ):
        return container
    own = find_story_container(list(article.iter("p")), list(article.iter("br")), page)
    return own if own is not None and paragraph_text(own) >= _OWN_ARTICLE_TEXT else container


def _beside_other_headline(page: Page, container: etree._Element) -> etree._Element:
    """The story under the page's headline, where the best container is another story's: a theme that
    appends the next posts below the story, each with its <h1>, in the story's own <article> and column
    (kulu-media's "mvp-post-add-box"). Such a container follows that <h1>, in a block of the two that
    holds nothing of the page's headline; the story is then searched for outside the branch that holds
    them. (An <h1> set as a subhead inside the container, or a promotion's <h1> elsewhere in the column,
    heads no story of its own.)"""
    headline = _headline_heading(page)
    titles = page.elements("title")
    if headline is None or headline.tag != "h1" or not titles:
        return container
    title = _heading_key(titles[0])
    if not _title_repeats(_heading_key(headline), title):
        return container  # (only a headline the <title> repeats is surely the page's)
    above_headline = set(headline.iterancestors())
    branch: etree._Element | None = None  # the container's highest ancestor (or itself) apart from it
    for node in (container, *container.iterancestors()):
        if node in above_headline or node is headline:
            break
        branch = node
    # (An <h1> the <title> repeats is the story's own, where the first one it repeats is the site's logo:
    # "<h1>cnet.de</h1>" for "... sensibler Daten sorgen - cnet.de".)
    around_container = [container, *container.iterancestors()]
    if branch is None or not any(
        h1 is not headline
        and _heads(h1, around_container, branch)
        and not _title_repeats(_heading_key(h1), title)
        for h1, _ in _story_h1s(page)
    ):
        return container
    outside = [p for p in page.elements("p") if not any(a is branch for a in p.iterancestors())]
    breaks = [br for br in page.elements("br") if not any(a is branch for a in br.iterancestors())]
    own = find_story_container(outside, breaks, page)
    return own if own is not None and paragraph_text(own) >= _OWN_ARTICLE_TEXT else container


_TITLE_SHARE = 0.6


def _title_repeats(heading: str, title: str) -> bool:
    """Whether the <title> repeats the heading, or most of its words (a headline a word longer or
    shorter than the title's: "... and Messenger Worldwide" against "... and Messenger | Kulu Media")."""
    if heading in title:
        return True
    words = _WORD.findall(heading)
    in_title = set(_WORD.findall(title))
    return bool(words) and sum(word in in_title for word in words) >= _TITLE_SHARE * len(words)


_WORD = re.compile(r"\w+")


def _heads(h1: etree._Element, around_container: list[etree._Element], branch: etree._Element) -> bool:
    """Whether the <h1> heads the container (`around_container`: it and its ancestors) as its story's
    headline: it comes before it, outside it, and the two meet in a block below the top of the branch
    (the story's card)."""
    level = {node: index for index, node in enumerate(around_container)}
    top = level[branch]
    previous = h1
    for node in h1.iterancestors():
        if (index := level.get(node)) is not None:
            if index == 0 or index >= top:
                return False  # (inside the container, or meeting it at the branch's top or above)
            return node.index(previous) < node.index(around_container[index - 1])
        previous = node
    return False


def _in_other_article_or_block(container: etree._Element) -> bool:
    """Whether the container sits in an <article> (another story, a dialog set as one) or in a block its
    names mark (a "most_read" box): no story's own column."""
    for node in (container, *container.iterancestors()):
        if node.tag == "article":
            return True
        if node.tag in ("body", "html"):
            return False
        if (names := node.get("class")) and names_kind(names)[0] is not None:
            return True
    return False


def find_story_place(page: Page) -> StoryPlace:
    """The story's container on the page and what every marking rule must leave alone around it."""
    container = find_story_container(page.elements("p"), page.elements("br"), page)
    if container is not None:
        container = _beside_other_headline(page, _within_headline_article(page, container))
    size, running = _paragraph_sizes(container) if container is not None else (0, 0)
    held = running + len(own_text(container)) if container is not None else 0
    # Little paragraph text: a story set in <div>s and <span>s rather than <p>s may hold more.
    blocks = _text_block_container(page) if held < _WEAK_STORY else None
    if blocks is not None and text_block_size(blocks) > 2 * held:
        container, size = blocks, paragraph_text(blocks)
    protected, near = _headline_places(page)
    if container is None:
        return StoryPlace(None, frozenset(protected), frozenset(), 0, frozenset(near))
    protected.update(container.iterancestors())
    protected.add(container)
    return StoryPlace(
        container=container,
        protected=frozenset(protected),
        members=frozenset(container.iter(etree.Element)),
        size=size,
        near=frozenset(near | _near_container(container)),
    )
