"""The vocabulary themes name their blocks with: what a class or id word says a block is.

WordPress news themes (and most others) name their furniture in a shared vocabulary: "sidebar", "widget",
"share", "comments", "related", "jeg_sidebar", "td-post-sharing", and the same in the portals' languages
("noticias-relacionadas", "meistgelesen", "barra-lateral"). `names_kind` reads a class or id attribute
and says which kind of block its words name, if any, and whether they speak of an author; `blocks` marks
the block, `story_search` distrusts a candidate so named.

Kinds rank (`RANK`) so that when two words of one element disagree the more telling one wins: a
"sidebar related-posts" block is related posts, not mere boilerplate.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extraction.labels import BOILERPLATE, INLINE_RELATED, LATEST, NAVIGATION, RELATED
from crawler.extraction.patterns import word_alternation

# When two rules disagree about one element, the more telling kind wins.
RANK = {BOILERPLATE: 0, LATEST: 1, RELATED: 2, INLINE_RELATED: 3, NAVIGATION: 4}

# Tags that are furniture whatever their names. (Not <form>: ASP.NET pages wrap the whole page in one;
# comment and search forms have telling names.)
FURNITURE_TAGS = {"nav", "aside", "menu"}

# Class/id vocabulary. A token matches when the word sits between start/end or "-"/"_" (so "jeg_sidebar"
# and "td-post-sharing" match, "sidebarless" does not). WordPress post classes such as "tag-trending" or
# "category-popular" describe the story itself and are ignored.
_NAV_CORE = (
    r"post-nav\w*|post-navigation|nav-links|nav-previous|nav-next|prevnext|prev-next|next-prev|"
    r"post-pagination|single-navigation|prev-post|next-post|previous-post|nextprev|navigation-post|blog-pager"
)
_RELATED_CORE = (
    r"related\w*|yarpp\w*|jp-relatedposts|crp-related|rp4wp\w*|more-from\w*|more-on|also-like|dont-miss|"
    r"you-may-like|check-also\w*|similar\w*|read-more|read-next|"
    # Spanish, Portuguese, Italian, German, French, Dutch, Polish, Czech, Hungarian, Turkish, Indonesian
    r"relacionad[oa]s?|correlat[oi]|verwandte?|weitere-artikel|mehr-zum-thema|lire-aussi|a-lire|lees-ook|"
    r"powiazane|souvisejici|kapcsolodo|ilgili-haberler|baca-juga|berita-terkait"
)
_LATEST_CORE = (
    r"recent\w*|popular\w*|trending\w*|latest\w*|most-read|mostread|most-viewed|editors?-picks?|recirc\w*|"
    r"ticker|newsticker|news-ticker|breaking\w*|headlines-?ticker|"
    r"mas-leid[oa]s?|mas-vist[oa]s?|piu-letti|mais-lid[oa]s|meistgelesen|plus-lus|najczesciej-czytane|"
    r"nejctenejsi|en-cok-okunan|terpopuler|ultimas-noticias|ultime-notizie"
)
_BOILERPLATE_CORE = (
    r"sidebar\w*|widgets?|widget-area|footer\w*|header|header-wrap\w*|masthead|topbar|top-bar|news-bar|"
    r"menu|mainmenu|navbar|breadcrumbs?|crumbs?|share\w*|sharing|sharer|social\w*|socials|"
    # The site's menu by its place ("globalNav", "site-navigation"); not "nav" alone, which themes also
    # give their info bars (YJC's date line is a "news_nav").
    r"global-?nav\w*|site-?nav\w*|main-?nav\w*|top-?nav\w*|primary-?nav\w*|gnav|gnavi|"
    r"comments?|commentlist|commentslist|comment-respond|respond|disqus\w*|newsletter|subscribe\w*|"
    r"advert\w*|ads?|ad-slot|"
    r"banner|promo\w*|copyright|cookie\w*|popup|modal|search\w*|login|sign-?in|skip-link|screen-reader-text|"
    # A table of contents (MediaWiki's "toc", the plugins' "ez-toc-container" and "toc_container"); not a
    # numbered name: a section that is an entry's target is "TOC_TITLE_1".
    r"toc(?:[-_](?:container|title|list|wrap|wrapper|box|widget|heading|toggle))?(?![-_]?\w)|ez-toc\w*|"
    r"table-of-contents|"
    # A readers' rating widget ("4,53 bei 4394 Bewertungen", "Sie haben bereits abgestimmt.").
    r"ratings?(?:[-_](?:wrapper|confirm|stars?|box|widget|container))?(?![-_]?\w)|ratingcontainer|star-rating|"
    # An embed's consent placeholder ("Klicken Sie auf den Button, um den Inhalt nachzuladen").
    r"consent\w*|gdpr\w*|iframe-privacy|embed-privacy\w*|privacy-(?:overlay|placeholder|notice)|two-click\w*|"
    r"scroll-up|scroll-top|to-top|go-to-top|back-to-top|gotop|totop|jscroll\w*|"
    r"author[-_]?box\w*|about-?author|author-bio|author-info|author-card|author-wrap|wp-caption\w*|"
    r"publicidad|pubblicita|publicidade|werbung|anzeige|publicite|reklam[ae]?|comentarios|commenti|"
    r"kommentare|commentaires|komentarze|compartir|condividi|teilen|partager|cabecera|pie-de-pagina|"
    r"rodape|barra-lateral"
)
# One pattern for all four vocabularies: a word sits between start/end, "-", "_" or a space (so
# "jeg_sidebar" and "td-post-sharing" match, "sidebarless" does not). The boundary tests stand once
# around the four groups, not in each: a position that is no word start fails one test, not four (the
# same matches, in the same order of trial, for a third less time on an unseen theme's class names).
_NAMES_PATTERN = re.compile(
    r"(?:^|(?<=[-_ ]))(?:"
    + "|".join(
        f"(?P<{group}>{core})"
        for group, core in (
            ("navigation", _NAV_CORE),
            ("related", _RELATED_CORE),
            ("latest", _LATEST_CORE),
            ("boilerplate", _BOILERPLATE_CORE),
        )
    )
    + r")(?=$|[-_ ])"
)
# A class that hides an element from readers, as a whole class name: a theme's copy of a date for
# machines ("rich-snippet-hidden"), text only screen readers read ("sr-only", "aural"), Bootstrap's
# "d-none". (`datevisible` reads a date line without such parts; `headline` takes no <h1> statement from
# one.) Tailwind's "empty:hidden" hides an element only while it is empty.
HIDDEN_CLASS = re.compile(
    r"(?<![\w-])(?<!empty:)(?:hidden|rich-snippet-hidden|sr-only|screen-reader-text|visually-?hidden|visuallyhidden|"
    r"d-none|is-hidden|u-hidden|aural|element-invisible|a11y-hidden)(?![\w-])",
    re.I,
)
# Names of a true author's box: such a block is boilerplate without the bio test a mere "author" needs.
AUTHOR_BOX_NAMES = re.compile(
    r"author[-_]?box|about[-_]?(?:the[-_]?)?author|author[-_]?(?:bio|card|wrap)", re.I
)
# A header or footer by its names: the story's own (inside its <article>, next to its text) is no furniture.
HEAD_FOOT = re.compile(r"(?:^|[-_ ])(?:header|footer)(?:$|[-_ ])", re.I)
# A header or footer that says it is the story's ("c-article-header", "entry-footer", "post__header").
STORY_HEAD_FOOT = re.compile(
    r"(?:^|[-_ ])(?:article|post|entry|story)(?:-|_|__)(?:header|footer)(?:$|[-_ ])", re.I
)
# An author's box by its names ("author-details", "post-author-area", "about-the-author"); not a
# WordPress post class naming the author ("author-jane-doe").
AUTHOR_AREA = re.compile(
    r"(?:^|[-_\s])(?:post-|entry-)?(?:author|autor|auteur)s?"
    r"(?:[-_]?(?:box|bio|info|card|wrap|wrapper|details|area|about|profile|description|content))?(?:$|\s)"
    r"|about[-_]?(?:the[-_]?)?author",
    re.I,
)
# A line over a headline, by its class: the story's topic, section or category ("rubrique", "sección",
# "tema", "article-image-top__category"), its label, flag or date. Not the headline's part.
TOPIC_LINE = re.compile(
    r"overline|topic|categor|rubri[cqk]|section|secci[oó]n|ressort|(?<![a-z])tema(?![a-z])|breadcrumb|label|"
    r"flag|date|time",
    re.I,
)
# The site's footer by its names ("site-footer", "footer"), not a story's "entry-footer".
SITE_FOOTER = re.compile(r"(?:^|\s)(?:site-|page-|main-)?footer(?:$|\s)", re.I)

_POST_CLASS_PREFIXES = ("tag-", "category-", "cat-", "term-", "format-", "status-", "type-")
# The first word of every entry in the vocabularies above ("jeg_sidebar" has the part "sidebar").
_FIRST_WORDS = tuple(
    sorted(
        {
            re.split(r"[^a-z0-9]", alternative)[0].rstrip("s")  # "comments?" -> "comment"
            for core in (_NAV_CORE, _RELATED_CORE, _LATEST_CORE, _BOILERPLATE_CORE)
            for alternative in core.split("|")
        }
        - {""}
    )
)
# The same test as one pattern: a part ("-"-separated) of the word starts with one of the first words.
_FIRST_WORD_PART = re.compile(f"(?:^|-){word_alternation(_FIRST_WORDS)}")
# Whole class or id attributes and single words, read: a theme repeats its names on every page. The
# walk in `blocks` looks attributes up here itself (a dict lookup costs less than a call).
NAMES_CACHE: dict[str, tuple[str | None, bool]] = {}
_TOKEN_CACHE: dict[str, tuple[str | None, bool]] = {}
_CACHE_LIMIT = 200_000


# A modifier that says what an element has or lacks, shows or turns on ("has-sidebar", "hasnt-bio",
# "with-avatars", "enable-pin-share"), or that a story's comments are on ("comments-enabled"): it names no
# sidebar, avatar, bio, share or comment block. (Not "no-comments" or "comments-closed": WordPress sets its
# "Comments are closed." notice in those, a block of their own.)
_MODIFIER = r"(?:has|hasnt|with|without|enabled?|disabled?)-[\w-]+|comments?-(?:enabled|open|allowed|on)"
_MODIFIER_TOKEN = re.compile(_MODIFIER)
# Classes that describe the post or the page's state, not the block they sit on: WordPress post classes
# that name the post's categories and tags ("category-popular", "tag-related"), and modifiers.
_STATE_CLASSES = re.compile(
    rf"(?:^|\s)(?:(?:category|tag|post|format|type|status|postid|page-id|author)-\S*|{_MODIFIER})(?=\s|$)"
)


def without_state_classes(classes: str) -> str:
    """The class list without the classes that describe the post or the page's state (see above)."""
    return _STATE_CLASSES.sub(" ", classes)


def best_kind(a: str | None, b: str | None) -> str | None:
    """The more telling of two kinds (either may be None)."""
    if a is None or b is None:
        return a or b
    return a if RANK[a] >= RANK[b] else b


def element_names(el: etree._Element) -> str:
    """An element's class and id words, as one string for the name patterns."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def post_class(token: str) -> bool:
    """WordPress post classes ("tag-trending", "category-popular", "post-4711") and modifiers ("has-sidebar",
    "comments-enabled") describe the story, not a block."""
    if token.startswith(_POST_CLASS_PREFIXES) or _MODIFIER_TOKEN.fullmatch(token):
        return True
    head, _, tail = token.rpartition("-")
    return head in ("post", "postid", "page-id") and tail.isdigit()


def _vocabulary_kind(words: str) -> str | None:
    """The most telling kind the vocabulary finds in a word's parts ("jeg-sidebar-related" is related)."""
    kind: str | None = None
    for match in _NAMES_PATTERN.finditer(words):
        group = match.lastgroup
        if group is not None and (kind is None or RANK[group] > RANK[kind]):
            kind = group
    return kind


def _is_address(token: str) -> bool:
    return "://" in token or token.startswith("/")


def token_kind(token: str) -> tuple[str | None, bool]:
    """One lower-case class or id word: its kind and whether it speaks of an author (cached: pages of one
    theme, and utility-class frameworks, repeat the same words thousands of times). A cheap test of the
    word's parts against the vocabularies' first words comes before the full pattern."""
    found = _TOKEN_CACHE.get(token)
    if found is None:
        kind: str | None = None
        # "jeg_sidebar" reads as "jeg-sidebar"; Elementor wraps every element, the story's included, in
        # "elementor-widget-…": only the widget's type after it is telling ("…-posts", "…-share-buttons").
        words = token.replace("_", "-").replace(":", "-").replace("elementor-widget", "elementor")
        if "/" in token and _is_address(token):
            found = (None, False)  # an id that is the page's URL ("…-latest-updates-4537334") names no block
        else:
            if _FIRST_WORD_PART.search(words) and not post_class(token):
                kind = _vocabulary_kind(words)
            found = (kind, "author" in token or "autor" in token or "auteur" in token)
        if len(_TOKEN_CACHE) > _CACHE_LIMIT:
            _TOKEN_CACHE.clear()
        _TOKEN_CACHE[token] = found
    return found


def names_kind(names: str) -> tuple[str | None, bool]:
    """(the kind a theme's class or id names imply or None, whether they speak of an author)."""
    found = NAMES_CACHE.get(names)
    if found is not None:
        return found
    kind: str | None = None
    authorish = False
    for token in names.lower().split():
        word_kind, word_author = _TOKEN_CACHE.get(token) or token_kind(token)
        if word_kind is not None and (kind is None or RANK[word_kind] > RANK[kind]):
            kind = word_kind
        authorish = authorish or word_author
    found = (kind, authorish)
    if len(NAMES_CACHE) > _CACHE_LIMIT:
        NAMES_CACHE.clear()
    NAMES_CACHE[names] = found
    return found
