"""The last resorts for a story's writer, where no structured data, byline element or label names one.

Each finds a byline a theme sets without byline markup, in the order `authors` asks them: the opening
line of the story ("Von Jennifer Patt"), a signature under it, a Chinese dateline's reporters, links to
the site's author pages in the story's part of the page, the story's author box, and last the name set
right before the story's date line. None reads a teaser, another <article> or the site's header and
footer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice, takewhile
from urllib.parse import unquote, urlsplit

from lxml import etree

from crawler.extraction.block_names import AUTHOR_AREA, element_names
from crawler.extraction.blocks import BOILERPLATE, KIND_ATTR, STORY, story_container
from crawler.extraction.bylines import (
    BYLINE_LINE_LENGTH,
    NOT_TEXT,
    byline_box,
    byline_text,
    hidden_by_style,
    inside,
    visible_text,
)
from crawler.extraction.datevisible import Reading, page_reading
from crawler.extraction.labels import AUTHOR_LINK_TITLE, AUTHOR_PAGE, heading_kind
from crawler.extraction.names import name_key, opens_with_label, split_byline
from crawler.extraction.page import Page
from crawler.extraction.text import clean_text, text_pieces
from crawler.urls import join_url, same_site

_SENTENCE_END = re.compile(r"[.!?:…»\"')\]]$")


# A post's meta line that opens by crediting it ("posted by Stadler at 12:53", Blogger's "Posted by").
_POSTED_LINE = re.compile(
    r"^(?:posted|written|geschrieben|verfasst|gepostet|eingestellt|publié|écrit|publicado|escrito|pubblicato|"
    r"scritto|geplaatst)\s+(?:by|von|par|por|da|door)\s",
    re.I,
)
_POSTED_TAGS = ("div", "p", "span", "small", "footer", "td")
_POSTED_INITIALS = frozenset("pPwWgGvVeEéÉsS")  # the first letters of those words: most texts fail on them


def from_posted_line(page: Page) -> list[str]:
    """The name in a post's meta line that opens with "posted by" (or its kin), in the story's part of
    the page and in no marked block: old blog themes set it in a plain <div class="meta"> under the post."""
    area = _story_area(page)
    if area is None:
        return []
    for element in area.iter(_POSTED_TAGS):
        text = element.text
        if not text or len(text) > 200 or (text := text.lstrip())[:1] not in _POSTED_INITIALS:
            continue
        if not _POSTED_LINE.match(text) or page.is_excluded(element):
            continue
        line = visible_text(element)
        return split_byline(line) if len(line) <= BYLINE_LINE_LENGTH else []
    return []


def from_signature(page: Page) -> list[str]:
    """A name signed at the end of the story, as many desks do: a last short paragraph set apart in bold,
    italics or right-aligned ("<p style='text-align:right'><strong>Lê Phương</strong></p>"), or a closing
    credit with a byline's label ("-- By Michael Russell")."""
    # The container `blocks` found for the story, while no rule marked it as something else (`blocks`
    # keeps it, no search for its mark), else the page's first <article>.
    container = story_container(page)
    if container is None or container.get(KIND_ATTR) != STORY:
        container = page.tree.find(".//article")
    if container is None:
        return []
    paragraphs = [p for p in container.iter("p") if not page.is_excluded(p)]
    for paragraph in reversed(paragraphs[-3:]):
        text = visible_text(paragraph)
        if not text:
            continue
        if names := _closing_byline(paragraph, text):
            return names
        if (
            len(text) > 40
            or len(text.split()) > 4
            or _SENTENCE_END.search(text)
            or paragraph.find(".//a") is not None
        ):
            return []
        if " " not in text and not text.isascii() and len(text) > 5 and not any(ch.isupper() for ch in text):
            return []  # a CJK name is two to five characters; a longer run is a phrase
        if any(visible_text(sibling) for sibling in paragraph.itersiblings() if sibling.tag not in NOT_TEXT):
            return []  # content follows: a heading ("Weitere Informationen"), not a signature
        emphasis = [c for c in paragraph if c.tag in ("strong", "b", "em", "i")]
        alignment = (paragraph.get("style") or "") + (paragraph.get("class") or "")
        set_apart = (emphasis and visible_text(emphasis[0]) == text) or "right" in alignment
        return split_byline(text) if set_apart else []
    return []


# The label a closing credit opens with: the writer's, not a post's "Posted by" (its name may be a role's
# or a team's: "Posted by Alex Durán, AMP Project Marketing, Google").
_CLOSING_LABEL = re.compile(r"(?:by|von|por|par|door|di|av|af|text|texto)\s*:?\s+\S", re.I)


def _closing_byline(paragraph: etree._Element, text: str) -> list[str]:
    """A last line that credits the story with a byline's label ("-- By Michael Russell", "Von Anna Lee"),
    a follow button after the name at most ("Follow @tdmrussell"): the writer, set as print sets a
    closing credit."""
    label_and_name = text.lstrip("-–— ")
    if len(text) > 80 or not _CLOSING_LABEL.match(label_and_name) or _SENTENCE_END.search(text):
        return []
    if not all(_credit_link(link) for link in paragraph.iter("a")):
        return []
    names = split_byline(label_and_name)
    return names if names and all(_shaped_as_name(name) for name in names) else []


def _credit_link(link: etree._Element) -> bool:
    """A link a closing credit may hold: to the writer's page, or a social profile's follow button ("Follow
    @tdmrussell"); not to a story or another page of the site."""
    href = (link.get("href") or "").split("#", 1)[0].split("?", 1)[0]
    if AUTHOR_PAGE.search(href) or visible_text(link).lower().startswith(("follow", "@", "folgen")):
        return True
    try:
        host = (urlsplit(href).hostname or "").removeprefix("www.")
    except ValueError:
        return False
    return host in _SOCIAL_HOSTS


_SOCIAL_HOSTS = frozenset(
    ("twitter.com", "x.com", "instagram.com", "bsky.app", "threads.net", "mastodon.social")
)


# Chinese news opens the story with its dateline and the reporters in brackets: "新华社北京3月5日电（记者
# 张三、李四）", "本报讯（记者 张三）", "央视网消息（记者 王五）".
_DATELINE_REPORTERS = re.compile(
    r"^[^（(]{0,40}?(?:电|電|讯|訊|消息)\s*[（(]\s*((?:本报)?[记記]者\s*[^）)]{2,40})[）)]"
)


def _first_paragraphs(page: Page, count: int) -> list[str]:
    """The texts of the story's first paragraphs, up to `count`."""
    container = story_container(page)
    if container is None:
        return []
    texts = (text for p in container.iter("p") if not page.is_excluded(p) and (text := visible_text(p)))
    return list(islice(texts, count))


def from_dateline(page: Page) -> list[str]:
    """The reporters a Chinese story's opening dateline names."""
    first = _first_paragraphs(page, 1)
    if not first or not (match := _DATELINE_REPORTERS.match(first[0][:120])):
        return []
    return split_byline(match.group(1))


def from_opening_byline(page: Page) -> list[str]:
    """The byline a theme without byline elements sets as one of the story's first two paragraphs (under
    a date line: "Nachricht vom 06.11.2023", "Von Jennifer Patt"): a short line that opens with a byline's
    label, no sentence."""
    for text in _first_paragraphs(page, 2):
        if (
            len(text) <= BYLINE_LINE_LENGTH
            and not text.endswith((".", "!", "?", ":"))
            and opens_with_label(text)
        ):
            return split_byline(text)
    return []


# A place's element by its names: the dateline's city, not its writer.
_PLACE_NAMES = re.compile(
    r"location|place|city|dateline|region|(?<![a-z])ort(?![a-z])|lieu|lugar|luogo", re.I
)

# How far the story's date line may sit under its headline (elements), and how long it may be.
_DATE_LINE_REACH = 60

_DATE_LINE_LENGTH = 80
_DATE_SEPARATORS = " |,·•-–—/:"  # what stands between a name or a label and the date after it

# What may stand beside the name in its element: spaces and the separator before the date.
_PIECE_BLANK = " |·•,-–\xa0\t\n"

# A word of a writer's name: letters, with an apostrophe, full stop or hyphen inside ("O'Mahony", "Jr.").
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]*)*$")


def from_date_neighbour(page: Page) -> list[str]:
    """The writer's name a theme sets without class or label right before the story's date line (in the
    line itself, "Sehernur Karsu | 05.04.2025", or in the block above it): the first element under the
    headline whose own text is a date, and the nearest text before it there or one or two levels up; or
    the element the date follows in its parent's line ("<span>Malte Welding</span> | 29.07.2006")."""
    area = _story_area(page)
    date_line, before_date = _date_line(page, area) if area is not None else (None, False)
    if date_line is not None and before_date:
        return _names_before_date(page, date_line)
    node = date_line
    for _ in range(3):
        if node is None or node is area:
            break
        sibling = next(
            (s for s in node.itersiblings(preceding=True) if not hidden_by_style(s) and visible_text(s)),
            None,
        )
        if sibling is not None:
            return _names_before_date(page, sibling)
        node = node.getparent()
    return []


def _names_before_date(page: Page, element: etree._Element) -> list[str]:
    """The writer the element before the date line names, if it holds one piece of text shaped as a
    name (a breadcrumb, "Charleroi Charleroi Actu", is several), in no link but to an author's page (a
    menu item, "Current Issue", links elsewhere) and in no element named as a place."""
    text = visible_text(element).rstrip(_PIECE_BLANK)
    if len([t for t in text_pieces(element, NOT_TEXT) if t.strip(_PIECE_BLANK)]) != 1:
        return []
    author_links = {link for link, _ in _author_page_links(page)}
    if not all(link in author_links for link in element.iter("a")):
        return []
    if _PLACE_NAMES.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
        return []
    return split_byline(text) if _shaped_as_name(text) else []


def _after_headline(page: Page, area: etree._Element) -> Iterator[etree._Element]:
    """The elements of the story's area after its headline, in no marked block, within reach."""
    headline = next(area.iter("h1"), None)
    # The walk is past the headline once it has seen each of the headline's elements.
    unseen_headline = set(headline.iter()) if headline is not None else set()
    seen = 0
    for element in area.iter():
        if unseen_headline:
            unseen_headline.discard(element)
            continue
        if not isinstance(element.tag, str) or page.is_excluded(element):
            continue
        seen += 1
        if seen > _DATE_LINE_REACH:
            return
        yield element


def _date_line(page: Page, area: etree._Element) -> tuple[etree._Element | None, bool]:
    """The first element after the headline whose own text, a short one, is a date (False), or that the
    date follows in its parent's line (True)."""
    reading = page_reading(page)
    for element in _after_headline(page, area):
        own = clean_text(element.text)
        if own and len(own) <= _DATE_LINE_LENGTH and reading.dates(own, _DATE_LINE_LENGTH):
            return element, False
        if _dated_by_tail(element, reading):
            return element, True  # the date follows it in its parent's line: it stands before the date
    return None, False


def from_labelled_date_line(page: Page) -> list[str]:
    """The writer a line of text after the headline names with a byline's label before the story's date,
    in no element of its own (Prospect: "<h3>subtitle</h3> by Duncan Bell / January 19, 2017 /")."""
    area = _story_area(page)
    if area is None:
        return []
    reading = page_reading(page)
    for element in _after_headline(page, area):
        tail = clean_text(element.tail)
        if not tail or len(tail) > _DATE_LINE_LENGTH or not opens_with_label(tail):
            continue
        found = reading.dates(tail, 1)
        if found and found[0][0]:
            return split_byline(tail[: found[0][0]].rstrip(_DATE_SEPARATORS))
    return []


_DIGIT = re.compile(r"\d")


def _dated_by_tail(element: etree._Element, reading: Reading) -> bool:
    """Whether the text right after the element, a short one, opens with a date (after a separator)."""
    raw = element.tail
    if not raw or _DIGIT.search(raw) is None:
        return False
    tail = clean_text(raw)
    if len(tail) > _DATE_LINE_LENGTH:
        return False
    found = reading.dates(tail, 1)
    return bool(found) and not tail[: found[0][0]].strip(_DATE_SEPARATORS)


# Words of the labels and places a theme sets before its date line, which no writer's name holds.
_NOT_NAME_WORDS = frozenset(
    ("news", "stories", "story", "breaking", "live", "latest", "update", "updates", "exclusive", "opinion",
     "analysis", "video", "videos", "photos", "podcast", "top", "local", "world", "nachrichten", "aktuell",
     "noticias", "actualités", "notizie", "city", "county")
)  # fmt: skip


# The places of two words or more that datelines name most (a single word is no name's shape anyway):
# "New York" before the date line, in title case in an unnamed element, reads as a writer's name.
_DATELINE_PLACES = frozenset(
    ("new york", "new delhi", "new orleans", "new jersey", "new zealand", "new mexico", "new hampshire",
     "los angeles", "las vegas", "san francisco", "san diego", "san jose", "san antonio", "san juan",
     "san salvador", "santa monica", "santa barbara", "santa fe", "hong kong", "tel aviv", "abu dhabi",
     "kuala lumpur", "buenos aires", "rio de janeiro", "são paulo", "sao paulo", "cape town", "st. louis",
     "saint louis", "st. petersburg", "sankt petersburg", "baton rouge", "addis ababa", "dar es salaam",
     "phnom penh", "port au prince", "the hague", "den haag", "frankfurt am main", "west bank",
     "gaza strip", "south africa", "north korea", "south korea", "united states", "united kingdom",
     "saudi arabia", "costa rica", "puerto rico", "el salvador", "sri lanka", "hong kong sar",
     "washington dc", "washington d.c.", "palo alto", "silicon valley", "wall street")
)  # fmt: skip


def _shaped_as_name(text: str) -> bool:
    """Two to four words, each opening with a capital and not all in capitals (a dateline's "NEW YORK"),
    none of them a label's or a place's word ("Top Stories", "Local News", "Mexico City"), and no place
    a dateline names ("New York", "Tel Aviv")."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and not text.isupper()
        and all(w[0].isupper() and _NAME_WORD.match(w) for w in words)
        and not any(w.casefold() in _NOT_NAME_WORDS for w in words)
        and " ".join(words).casefold().replace("-", " ") not in _DATELINE_PLACES
        and heading_kind(text) is None
    )


def _story_area(page: Page) -> etree._Element | None:
    """The story's part of the page: the lowest element holding both its text and its headline (the
    story container alone where the page has no <h1> outside the marked blocks)."""
    container = story_container(page)
    if container is None:
        return None
    headline = next((h for h in page.elements("h1") if not page.is_excluded(h)), None)
    if headline is None or inside(headline, container):
        return container
    above = set(headline.iterancestors())
    area: etree._Element | None = container
    while area is not None and area not in above:
        area = area.getparent()
    return area if area is not None and area.tag not in ("html", "body") else container


def from_author_links(page: Page) -> list[str]:
    """The names of the first links to the site's author pages in the story's part of the page, where no
    byline says more: themes that style bylines with utility classes ("inline text-xl font-bold") still
    link the writer's page. Not in a teaser (another story's card, or another <article>) or the site's
    header and footer; a second link counts only in the same byline box."""
    area = _story_area(page)
    if area is None:
        return []
    names: list[str] = []
    box: etree._Element | None = None
    for link, _ in _author_page_links(page):
        if not inside(link, area) or (box is not None and not inside(link, box)):
            continue
        if byline_text(page, link) is None or _in_other_article(page, link):
            continue
        if found := split_byline(clean_text(link.text_content())):
            names.extend(_with_unlinked_cowriters(link, found))
            if box is None:
                box = byline_box(link)
    return names


_INLINE_TAGS = frozenset(("a", "span", "strong", "b", "em", "i"))


def _with_unlinked_cowriters(link: etree._Element, found: list[str]) -> list[str]:
    """The link's names, or all the names of its line where that names more ("<a>Adam Vidler</a> and
    <span>AP</span>": an agency or a guest writer has no author page). The line is the run of inline
    elements around the link, up to a block (the date's <p> under it)."""
    before = [_inline_text(s) for s in _inline_run(link.itersiblings(preceding=True))]
    after = [_inline_text(s) for s in _inline_run(link.itersiblings())]
    text = clean_text(" ".join([*before[::-1], visible_text(link), link.tail or "", *after]))
    if len(text) > BYLINE_LINE_LENGTH:
        return found
    written = split_byline(text)
    return written if {name_key(n) for n in found} < {name_key(n) for n in written} else found


def _inline_run(siblings: Iterator[etree._Element]) -> Iterator[etree._Element]:
    return takewhile(lambda s: s.tag in _INLINE_TAGS, siblings)


def _inline_text(element: etree._Element) -> str:
    return f"{visible_text(element)} {element.tail or ''}"


_AUTHOR_LINKS_KEY = "_newswatch_author_page_links"


def _author_page_links(page: Page) -> list[tuple[etree._Element, str]]:
    """The page's links to one of its author pages, with their addresses (without query and fragment):
    read once for the two last resorts that look through them. An author's page is known by its path
    ("/author/jane-doe/") or by a link title that says so and names the link's own text ("Alle Inhalte
    von Duy Linh Dinh" on a link "Duy Linh Dinh" to "/thema/duy-linh-dinh,145046_58/")."""
    found = vars(page).get(_AUTHOR_LINKS_KEY)
    if found is None:
        found = [
            (link, href)
            for link in page.elements("a")
            if AUTHOR_PAGE.search(href := (link.get("href") or "").split("#", 1)[0].split("?", 1)[0])
            or _titled_as_author_page(link)
            or ("/@" in href and _handle_page_of_the_site(page, href))
        ]
        vars(page)[_AUTHOR_LINKS_KEY] = found
    return found


_HANDLE_PATH = re.compile(r"^/@[\w.-]+/?$")


def _handle_page_of_the_site(page: Page, href: str) -> bool:
    """A writer's page under their handle on the platform the page is on ("/@janedoe" on medium.com,
    "substack.com/@janedoe" from janedoe.substack.com). Not another site's: "youtube.com/@channel" in a
    share bar is a social profile."""
    url = join_url(page.url, href)
    if url is None:
        return False
    parts = urlsplit(url)
    host, own = parts.hostname or "", urlsplit(page.url).hostname or ""
    return same_site(host, own) and _HANDLE_PATH.match(parts.path) is not None


def _titled_as_author_page(link: etree._Element) -> bool:
    """Whether the link's title says it lists its own text's stories or profile (`AUTHOR_LINK_TITLE`)."""
    title = link.get("title")
    if not title or not (opening := AUTHOR_LINK_TITLE.match(title)):
        return False
    text = visible_text(link)
    return bool(text) and name_key(title[opening.end() :]) == name_key(text)


def from_author_box(page: Page) -> list[str]:
    """The writer the story's author box names, where nothing else does: the bio block a theme sets under
    the story ("b-author-bio", "about-the-author") links the author's page by their name, and `blocks`
    marks the box as furniture (its bio is no story text). Only a box inside the story's part of the
    page, and one box only: a sidebar or a list of the site's writers is another block around it. A
    byline line in the story's own rail is the story's too, whatever the rail is named (Rolling Stone's
    "left-rail" aside beside the text: "By <a href=/contributor/david-fear>David Fear</a>")."""
    area = _story_area(page)
    if area is None:
        return []
    for link, href in _author_page_links(page):
        if not inside(link, area) or _in_other_article(page, link):
            continue
        boxes = [a for a in link.iterancestors() if a in page.excluded]
        if not boxes:
            continue
        author_box = all(AUTHOR_AREA.search(element_names(box)) for box in boxes)
        furniture = all(box.get(KIND_ATTR) == BOILERPLATE for box in boxes)  # (no teaser's byline)
        if not author_box and not (furniture and _byline_line(link, boxes[0])):
            continue
        text = visible_text(link)
        if text and len(text) <= 60 and _names_the_page(text, href) and (found := split_byline(text)):
            return found
    return []


def _byline_line(link: etree._Element, box: etree._Element) -> bool:
    """Whether a short line around the link, inside the box, opens with a byline's label ("By")."""
    for node in link.iterancestors():
        if node is box:
            return False
        text = visible_text(node)
        if len(text) > BYLINE_LINE_LENGTH:
            return False
        if opens_with_label(text):
            return True
    return False


_NOT_SLUG = re.compile(r"[\W_]+")


def _names_the_page(text: str, href: str) -> bool:
    """The link's text is the name its author page is filed under ("/author/tania-broughton" for
    "Tania Broughton"), not the box's "More posts" or "All articles" link to the same page."""
    slug = _NOT_SLUG.sub("-", name_key(text)).strip("-")
    segment = unquote(href.rstrip("/").rsplit("/", 1)[-1]).casefold()
    return bool(slug) and (segment == slug or segment.startswith(slug + "-"))


def _in_other_article(page: Page, element: etree._Element) -> bool:
    """Inside an <article> that does not hold the story's text: another story's card."""
    article = next(element.iterancestors("article"), None)
    container = story_container(page)
    return article is not None and container is not None and not inside(container, article)
