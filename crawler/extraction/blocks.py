"""Mark the blocks of a page that are not the story, and say what each one is.

Every later layer trusts this marking: the date, author and headline finders skip `page.excluded`, so a
teaser's date or byline in "Don't Miss" never becomes the story's; the body finder skips it, so a widget's
excerpt never becomes body text; the related-link finder reads the *kind* recorded here to tell previous/
next navigation, topical teasers ("related") and site-wide widgets ("latest") apart.

How a block is recognised, in general terms rather than per site (WordPress news themes share a
vocabulary, and editors label blocks in words readers understand):
- the story container first: the element whose own paragraphs hold the most text (the readability
  idea). It and its ancestors, and every <h1>'s ancestors, are *protected*: no rule below may exclude
  them, so a body class like "has-sidebar" or a post class like "tag-trending" cannot swallow the story;
- page furniture by tag: <nav>, <aside>, site <header>/<footer> (not those inside an <article>);
- class/id vocabulary of WordPress themes (sidebar, widget, share, comments, related, jeg_*, td-*, ...);
- block headings in several languages ("Related Posts", "Don't Miss", "Lesen Sie auch", "Trending",
  "Lo más leído"...): the heading's block is the nearest ancestor that holds more than the heading;
- "Previous Story" / "Next article" labels, "Read also:" lines, "Today: <date>" bars, "Go to Top";
- author boxes: an "author" block with a heading or paragraph and a bio's worth of text (a byline is short);
- link-dense lists (menus, tag clouds) and repeated teaser structures (several siblings that each carry a
  linked heading) without a recognisable label.

The kind of each marked block is recorded on the element as the attribute `data-newswatch-block`
("navigation", "related", "latest", "inline-related", "boilerplate"), and the story container gets
"story", so `related` and `body` read them without walking the page again.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extraction.page import Page
from crawler.extraction.text import clean_text

KIND_ATTR = "data-newswatch-block"
STORY, NAVIGATION, RELATED, LATEST, INLINE_RELATED, BOILERPLATE = (
    "story",
    "navigation",
    "related",
    "latest",
    "inline-related",
    "boilerplate",
)
# When two rules disagree about one element, the more telling kind wins.
_RANK = {BOILERPLATE: 0, LATEST: 1, RELATED: 2, INLINE_RELATED: 3, NAVIGATION: 4}

_FURNITURE_TAGS = {"nav", "aside", "menu", "form"}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"}

# Class/id vocabulary. A token matches when the word sits between start/end or "-"/"_" (so "jeg_sidebar"
# and "td-post-sharing" match, "sidebarless" does not). WordPress post classes such as "tag-trending" or
# "category-popular" describe the story itself and are ignored.
_W = r"(?:^|[-_])(?:{})(?:$|[-_])"
_NAV_TOKENS = re.compile(
    _W.format(
        r"post-nav\w*|post-navigation|nav-links|nav-previous|nav-next|prevnext|prev-next|next-prev|"
        r"post-pagination|single-navigation|prev-post|next-post|previous-post|nextprev|navigation-post"
    )
)
_RELATED_TOKENS = re.compile(
    _W.format(
        r"related\w*|yarpp\w*|jp-relatedposts|crp_related|rp4wp\w*|more-from\w*|also-like|dont-miss|you-may-like"
    )
)
_LATEST_TOKENS = re.compile(
    _W.format(
        r"recent\w*|popular\w*|trending\w*|latest\w*|most-read|mostread|most-viewed|editors?-picks?|"
        r"ticker|newsticker|news-ticker|breaking\w*|headlines-?ticker"
    )
)
_BOILERPLATE_TOKENS = re.compile(
    _W.format(
        r"sidebar\w*|widgets?|widget-area|footer\w*|header|header-wrap\w*|masthead|topbar|top-bar|news-bar|"
        r"menu|mainmenu|navbar|breadcrumbs?|crumbs?|share\w*|sharing|sharer|social\w*|socials|"
        r"comments?|comment-respond|respond|disqus\w*|newsletter|subscribe\w*|advert\w*|ads?|ad-slot|"
        r"banner|promo\w*|copyright|cookie\w*|popup|modal|search\w*|login|skip-link|screen-reader-text|"
        r"scroll-up|scroll-top|to-top|go-to-top|back-to-top|gotop|totop|jscroll\w*|"
        r"author[-_]?box\w*|about-?author|author-bio|author-info|author-card|author-wrap|"
        r"caption|wp-caption|wp-caption-text|credits?"
    )
)
_AUTHORISH = re.compile(r"author|autor|auteur")
_POST_CLASS = re.compile(r"^(?:tag|category|cat|term|format|status|type)-|^(?:post|postid|page-id)-\d+$")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def _phrases(*alternatives: str) -> re.Pattern[str]:
    """Match a label at the start of a short text, the phrase ending at a non-letter."""
    return re.compile(r"^[^\w]*(?:" + "|".join(alternatives) + r")(?![^\W\d_])", re.I)


_RELATED_HEADING = _phrases(
    r"related(?: posts?| articles?| stories| news| content| reading| coverage)?",
    r"you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested)",
    r"you may have missed",
    r"don'?t miss(?: it)?",
    r"do not miss",
    r"more (?:from|in|on|about|stories|news|articles|like this|to read)",
    r"read (?:also|more|next)",
    r"also read",
    r"see also",
    r"recommended(?: for you| stories| articles| reading)?",
    r"similar (?:posts|articles|stories|news)",
    r"further reading",
    r"in case you missed(?: it)?",
    r"what to read next",
    r"keep reading",
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian, Indonesian
    r"das könnte sie (?:auch )?interessieren",
    r"mehr zum thema",
    r"mehr (?:aus|zu|über)",
    r"weitere (?:artikel|beiträge|nachrichten|meldungen)",
    r"auch interessant",
    r"lesen sie (?:auch|mehr)",
    r"(?:ähnliche|verwandte) (?:artikel|beiträge|themen)",
    r"(?:à )?lire (?:aussi|également|encore)",
    r"articles? (?:similaires|connexes|liés|recommandés)",
    r"vous aimerez (?:aussi|peut-être|également)",
    r"sur le même (?:sujet|thème)",
    r"dans la même rubrique",
    r"voir aussi",
    r"(?:también )?(?:te|le) puede(?:n)? interesar",
    r"(?:noticias|artículos|notas) relacionad[oa]s",
    r"le[ae] (?:también|más)",
    r"te recomendamos",
    r"articoli correlati",
    r"(?:ti )?potrebbe(?:ro)? interessarti",
    r"leggi anche",
    r"leia (?:também|mais)",
    r"(?:notícias|artigos|matérias) relacionad[oa]s",
    r"veja também",
    r"você (?:pode|poderá) gostar",
    r"lees ook",
    r"gerelateerde (?:artikelen|berichten)",
    r"meer over",
    r"czytaj (?:też|także|również)",
    r"zobacz (?:też|także)",
    r"ilgili haberler",
    r"benzer haberler",
    r"читайте (?:также|ещё)",
    r"похожие (?:статьи|новости|материалы)",
    r"по теме",
    r"baca juga",
    r"(?:berita|artikel) terkait",
)
_LATEST_HEADING = _phrases(
    r"latest(?: from(?: the| our)? blog| news| posts| articles| stories| updates| headlines)?",
    r"(?:most )?recent(?: posts| news| articles| stories| updates| comments?)?",
    r"trending(?: now| news| stories| posts| topics)?",
    r"(?:most )?popular(?: posts| news| articles| stories| now)?",
    r"most (?:read|viewed|shared|commented|watched)",
    r"top (?:stories|news|posts|articles|headlines)",
    r"editor'?s'? (?:picks?|choice)",
    r"hot (?:news|topics|stories)",
    r"breaking(?: news)?",
    r"just in",
    r"neueste(?:n)?(?: artikel| beiträge| nachrichten)?",
    r"meist ?gelesen(?:e)?",
    r"beliebt(?:e|este)?(?: artikel| beiträge)?",
    r"aktuelle (?:artikel|beiträge|nachrichten)",
    r"(?:les )?plus (?:lus|populaires|partagés)",
    r"derni(?:ers|ères) (?:articles|actualités|publications|infos)",
    r"à la une",
    r"tendances",
    r"lo más (?:leído|visto|popular)",
    r"(?:las |los )?más (?:leíd[oa]s|vist[oa]s|populares)",
    r"últimas (?:noticias|entradas|notícias)",
    r"entradas recientes",
    r"tendencias",
    r"(?:i )?più (?:letti|popolari)",
    r"ultime (?:notizie|news)",
    r"articoli recenti",
    r"mais (?:lidas|lidos|populares|vistos)",
    r"posts recentes",
    r"meest gelezen",
    r"laatste nieuws",
    r"populair",
    r"najczęściej czytane",
    r"популярное",
    r"последние новости",
    r"terpopuler",
    r"berita terkini",
    r"terbaru",
)
_BOILERPLATE_HEADING = _phrases(
    r"leave a (?:reply|comment)",
    r"\d* ?comments?",
    r"\d+ (?:thoughts?|responses?|replies)",
    r"(?:one|two|three) (?:thoughts?|responses?|comments?)",
    r"discussion",
    r"share(?: this)?(?: post| article| story| on)?",
    r"about(?: the)? authors?",
    r"about us",
    r"tags",
    r"categories",
    r"archives",
    r"follow us",
    r"newsletter",
    r"subscribe",
    r"search",
    r"advertisement",
    r"sponsored",
    r"kommentare?",
    r"commentaires?",
    r"comentarios?",
)
# "Previous Story", "Next article", "Older post", "Vorheriger Artikel", "Article suivant"...
PREV_LABEL = _phrases(
    r"(?:previous|prev|older)(?: story| post| article| entry| news| item)?",
    r"vorherige[rs]?(?: artikel| beitrag)?",
    r"article précédent",
    r"précédent",
    r"(?:artículo|entrada|nota) anterior",
    r"anterior",
    r"articolo precedente",
    r"precedente",
    r"poprzedni(?: artykuł| wpis)?",
    r"предыдущ\w*",
)
NEXT_LABEL = _phrases(
    r"(?:next|newer)(?: story| post| article| entry| news| item)?",
    r"nächste[rs]?(?: artikel| beitrag)?",
    r"article suivant",
    r"suivant",
    r"(?:siguiente|próxim[oa])(?: artículo| entrada| nota)?",
    r"(?:artículo|entrada) siguiente",
    r"articolo successivo",
    r"successivo",
    r"następny(?: artykuł| wpis)?",
    r"следующ\w*",
)
_READ_ALSO = _phrases(
    r"read (?:also|more|next)",
    r"also read",
    r"see also",
    r"related",
    r"recommended",
    r"lesen sie (?:auch|mehr)",
    r"mehr zum thema",
    r"(?:à )?lire (?:aussi|également)",
    r"voir aussi",
    r"le[ae] también",
    r"leggi anche",
    r"leia também",
    r"veja também",
    r"lees ook",
    r"czytaj (?:też|także|również)",
    r"читайте также",
    r"baca juga",
)
_TODAY = _phrases(
    r"today\s*:", r"today is", r"heute\s*:", r"aujourd'hui\s*:", r"hoy\s*:", r"oggi\s*:", r"hoje\s*:"
)
_TO_TOP = re.compile(r"^\W*(?:go|back|scroll|jump)\s*to\s*(?:the\s*)?top\W*$|^\W*(?:top|nach oben)\W*$", re.I)


def _tokens_kind(el: etree._Element) -> str | None:
    """The kind a theme's class/id names imply, or None."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not raw.strip():
        return None
    tokens = [t for t in raw.split() if not _POST_CLASS.match(t)]
    if not tokens:
        return None
    found = None
    for token in tokens:
        if _NAV_TOKENS.search(token):
            return NAVIGATION
        if _RELATED_TOKENS.search(token):
            found = RELATED
        elif found is None and _LATEST_TOKENS.search(token):
            found = LATEST
    if found:
        return found
    if any(_BOILERPLATE_TOKENS.search(t) for t in tokens):
        return BOILERPLATE
    return None


def _own_text(el: etree._Element) -> str:
    """The element's own text: its .text and its children's tails, not the children's content."""
    parts = [el.text or ""]
    parts.extend(child.tail or "" for child in el)
    return "".join(parts)


def _text(el: etree._Element) -> str:
    return clean_text("".join(t for t in el.itertext() if isinstance(t, str)))


def _label_match(pattern: re.Pattern[str], text: str, exact: bool) -> bool:
    m = pattern.match(text)
    return m is not None and (not exact or not re.search(r"\w", text[m.end() :]))


def heading_kind(text: str, *, exact: bool = False) -> str | None:
    """What a block heading's words say the block is: related, latest, navigation, boilerplate, or None.
    With `exact`, the label must be the whole heading ("Trending", not "Trending stocks fall")."""
    text = text.translate(_APOSTROPHES).strip()
    if not text or len(text) > 80:
        return None
    if _label_match(_RELATED_HEADING, text, exact):
        return RELATED
    if _label_match(_LATEST_HEADING, text, exact):
        return LATEST
    if len(text) <= 30 and _only_label(text):
        return NAVIGATION
    if _label_match(_BOILERPLATE_HEADING, text, exact):
        return BOILERPLATE
    return None


def _find_story_container(root: etree._Element) -> etree._Element | None:
    """The element whose paragraphs hold the most text (parents get a paragraph's length, grandparents
    half): where the story is, on any theme. Class names only nudge the score."""
    scores: dict[etree._Element, float] = {}
    for p in root.iter("p"):
        length = len(clean_text(p.text_content()))
        if length < 25:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + length
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + length / 2
    best, best_score = None, 0.0
    for el, score in scores.items():
        kind = _tokens_kind(el)
        if kind is not None:
            score *= 0.2  # an excerpt list, a comment, a widget: rarely the story
        if el.get("itemprop") == "articleBody":
            score *= 1.5
        if score > best_score:
            best, best_score = el, score
    return best


def _climb(heading: etree._Element, protected: set[etree._Element]) -> etree._Element | None:
    """The block a heading labels: go up while the ancestor holds nothing but the heading, then one more."""
    size = len(_text(heading))
    node = heading
    while True:
        parent = node.getparent()
        if parent is None or parent in protected or parent.tag in ("body", "html"):
            return None
        if len(_text(parent)) > size + 3:
            return parent
        node = parent


def _mark(page: Page, el: etree._Element, kind: str) -> None:
    old = el.get(KIND_ATTR)
    if old is None or old == STORY or _RANK.get(kind, 0) > _RANK.get(old, 0):
        el.set(KIND_ATTR, kind)
    page.excluded.add(el)


def _link_dense_list(el: etree._Element) -> bool:
    """A list of three or more items that are nearly all link text: a menu, a tag cloud, a teaser list."""
    items = [c for c in el if c.tag == "li"]
    if len(items) < 3:
        return False
    total = len(_text(el))
    if total == 0:
        return True
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked >= 0.7 * total


def _teaser_list(el: etree._Element) -> bool:
    """Several siblings that each carry a linked heading: a block of teasers, whatever its label."""
    if len(el) < 2:
        return False
    count = 0
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if (
            child.find(".//h2/a") is not None
            or child.find(".//h3/a") is not None
            or child.find(".//h4/a") is not None
        ):
            count += 1
            if count >= 2:
                return True
    return False


def _inside_teasers(el: etree._Element) -> bool:
    """True inside a block already known as navigation, related or latest (a teaser's own heading)."""
    for node in el.iterancestors():
        kind = node.get(KIND_ATTR)
        if kind is not None and kind not in (STORY, BOILERPLATE):
            return True
    return False


def _read_also(el: etree._Element) -> bool:
    """A short "Read also: <link>" line: a label, then mostly link text."""
    lead = (el.text or "").strip() or ((el[0].text or "").strip() if len(el) else "")
    if not lead or not _READ_ALSO.match(lead.translate(_APOSTROPHES)):
        return False
    text = _text(el)
    if len(text) > 250:
        return False
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked >= 0.5 * (len(text) - len(lead))


def mark_non_story_blocks(page: Page) -> None:
    root = page.tree
    story = _find_story_container(root)
    protected: set[etree._Element] = set()
    if story is not None:
        story.set(KIND_ATTR, STORY)
        protected.update(story.iterancestors())
        protected.add(story)
    for h1 in root.iter("h1"):
        protected.update(h1.iterancestors())
    story_members: set[etree._Element] = set(story.iter()) if story is not None else set()

    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP or el in protected:
            continue
        # 1. Furniture by tag and by the themes' class vocabulary. A <header>/<footer> inside an <article>
        #    is the story's own (title, byline, tags): only the site's are furniture.
        kind = _tokens_kind(el)
        if tag in ("header", "footer") and any(a.tag == "article" for a in el.iterancestors()):
            if kind == BOILERPLATE:
                kind = None
        elif tag in _FURNITURE_TAGS or tag in ("header", "footer"):
            kind = kind or BOILERPLATE
        authorish = _AUTHORISH.search(f"{el.get('class') or ''} {el.get('id') or ''}".lower())
        if authorish and kind in (BOILERPLATE, None):
            # 2. "author" in a class is a byline, unless the block has a heading or paragraph and a bio's
            #    worth of text: then it is an author box (the byline's author repeats there).
            kind = BOILERPLATE if _author_box(el) else None
        if kind is not None:
            _mark(page, el, kind)
        # 3. Headings that label a block ("Related Posts", "Trending"). Inside the story only an exact
        #    label counts (a subhead "Popular anger grows" is story); a teaser's own heading never does.
        if tag in _HEADINGS:
            if not _inside_teasers(el):
                text = _text(el)
                kind = heading_kind(text, exact=el in story_members)
                if kind is not None:
                    block = _climb(el, protected)
                    if block is not None:
                        _mark(page, block, kind)
                    elif kind != BOILERPLATE or el not in story_members:
                        _mark(page, el, kind)
                        _mark_following(page, el, kind)
            continue
        if tag in ("span", "div", "strong", "b", "p", "small", "label"):
            own = clean_text(_own_text(el))
            if own and len(own) <= 30 and _only_label(own):
                # 4. "Previous Story" / "Next article": the label's block is the navigation.
                block = _climb(el, protected)
                if block is not None:
                    _mark(page, block, NAVIGATION)
                continue
            if own and len(own) <= 60 and _TODAY.match(own) and any(c.isdigit() for c in own):
                # 5. "Today: July 21, 2024" header bars: never the publication date.
                _mark(page, el, BOILERPLATE)
                continue
        elif tag == "a" and _TO_TOP.match(_text(el) or "-"):
            _mark(page, el, BOILERPLATE)
            continue
        # 6. "Read also: <link>" lines inside or around the story.
        if tag in ("p", "div") and el.find(".//a") is not None and _read_also(el):
            _mark(page, el, INLINE_RELATED)
            continue
        # 7. Unlabelled lists of links and repeated teasers outside the story.
        if el not in story_members and el not in page.excluded and _unlabelled_list(el):
            _mark(page, el, BOILERPLATE)


def _unlabelled_list(el: etree._Element) -> bool:
    if el.tag in ("ul", "ol") and _link_dense_list(el):
        return True
    return el.tag in ("div", "section", "ul") and _teaser_list(el)


def _author_box(el: etree._Element) -> bool:
    if el.tag not in ("div", "section", "aside", "footer"):
        return False
    has_structure = el.find(".//p") is not None or any(True for _ in el.iter(*_HEADINGS))
    return has_structure and len(_text(el)) >= 80


def _only_label(text: str) -> bool:
    """True when the text is a previous/next label and nothing else ("Next Story", "« Older post")."""
    text = text.translate(_APOSTROPHES)
    for pattern in (PREV_LABEL, NEXT_LABEL):
        m = pattern.match(text)
        if m and not re.search(r"\w", text[m.end() :]):
            return True
    return False


def _mark_following(page: Page, heading: etree._Element, kind: str) -> None:
    """A labelling heading directly in the story container: its block is what follows, up to the next
    heading of the same or a higher level."""
    level = heading.tag
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADINGS and sibling.tag <= level:
            break
        _mark(page, sibling, kind)


def block_kind(page: Page, element: etree._Element) -> tuple[etree._Element | None, str | None]:
    """The nearest marked block around an element (itself included) and its kind; (None, None) outside."""
    node: etree._Element | None = element
    while node is not None:
        kind = node.get(KIND_ATTR)
        if kind is not None and kind != STORY and node in page.excluded:
            return node, kind
        node = node.getparent()
    return None, None


def story_container(page: Page) -> etree._Element | None:
    """The element `mark_non_story_blocks` found to hold the story, if any."""
    for el in page.tree.iterfind(f".//*[@{KIND_ATTR}='{STORY}']"):
        return el
    return None
