"""Authors: the people who wrote the story, as the byline names them.

Order of trust: persons in the story's JSON-LD `author` (a reference to a Person resolved; the WebPage's
where no article object exists), microdata `author`, the theme's byline elements (`.byline`,
`.author-name`, `rel=author`, `itemprop=author`, ...), inline labels ("<b>Autor:</b> ..."), author meta
tags (a site's own key, "lrt_authors", last); then the last resorts: a signature under the story, a Chinese
dateline's reporters, links to the site's author pages, the story's author box. Organisations (JSON-LD
Organization, a desk such as "Redaktion" or "Newsroom", an agency alone) only when no person is named,
and a desk in one source gives way to a person in the next (an agency alone in the byline, to the writers
the author meta names beside it). Bylines
are split on commas and each language's "and" ("and", "und", "og", "y", "et", "и", "و", "및", ...),
labels ("By", "Von:", "Autor", "Του", "بقلم", "作者：") and reporter suffixes (기자, 記者) are stripped;
photo, video and editor credits, social-profile URLs, slugs and dates are never names (nor an author
marked inside a photo caption), and a metadata author whom a byline box links only as its editor gives
way to the writer it names; one person named twice (byline and author box) is one author. The site's
own name (its metadata, its host, the name its <title> ends with) beside a person is the publisher, not a
co-author.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice, takewhile
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree

from crawler.extraction.block_names import AUTHOR_AREA, element_names, without_state_classes
from crawler.extraction.blocks import KIND_ATTR, STORY, in_other_storys_block, story_container
from crawler.extraction.datevisible import page_reading
from crawler.extraction.headline import site_names
from crawler.extraction.labels import AUTHOR_LINK_TITLE, AUTHOR_PAGE, heading_kind
from crawler.extraction.names import (
    credited_names,
    is_agency,
    is_desk,
    merge_names,
    name_key,
    opens_with_label,
    split_byline,
    split_spaced_han,
)
from crawler.extraction.page import Page, iter_document
from crawler.extraction.structured import StructuredData, in_article_scope, types_of
from crawler.extraction.text import clean_text, text_pieces, title_segments
from crawler.urls import join_url

_AVOID = re.compile(
    r"comment|related|teaser|sidebar|widget|footer|reply|popular|avatar|bio\b|description|about|"
    r"photo|caption|credit|image|share|social|follow|more-from|other-articles|newsletter",
    re.I,
)
# Byline class, id, itemprop and rel words ("article-attribution" too: a picture's "image-attribution"
# is avoided as a picture's credit). The abbreviation "byl" counts only where no letter follows
# ("c-byl"): generated class names, styled-components' "bYLXMF", hold any three letters. (One group of
# alternatives that each open with a letter: re then skips to the positions that hold one of them.)
_BYLINE_ATTRS = re.compile(
    r"(?:a(?:ut(?:hor|or)|ttribution)|byl(?:ine|(?![a-z]))|creator|journalist|reporter|writer)"
)


def _name_of(value: Any) -> tuple[str, bool]:
    """The name in a JSON-LD author value, and whether it is a person (not an organisation)."""
    if isinstance(value, str):
        return ("" if value.startswith(("http://", "https://")) else value), True
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            name = " , ".join(n for n in name if isinstance(n, str))
        if not isinstance(name, str):
            given, family = value.get("givenName"), value.get("familyName")
            name = " ".join(n for n in (given, family) if isinstance(n, str))
        types = types_of(value)
        is_person = not (types & {"Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand"})
        return name, is_person
    return "", True


def _is_site(name: str, sites: list[str]) -> bool:
    key = re.sub(r"[\W_]+", "", name.casefold())
    if not key:
        return False
    for site in sites:
        site_key = re.sub(r"[\W_]+", "", site)
        if key == site_key or (
            len(site_key) >= 4 and key.startswith(site_key) and len(key) <= len(site_key) + 6
        ):
            return True
    return False


def _without_site_tail(name: str, sites: list[str]) -> str:
    """A name without the site's name run onto it: a byline box that sets the source after the writer
    ("By <a>Paul Steinhauser</a> <span class=article-source>Fox News</span>") reads as one name. Only a
    tail of two words or more goes, and two words of the name stay: one last word may be a surname that
    a site shares ("Anna Maria Bild")."""
    words = name.split()
    for cut in range(2, len(words) - 1):
        if _is_site(" ".join(words[cut:]), sites):
            return " ".join(words[:cut])
    return name


# "Site | Tagline | Short name": the separators of a page title, which an organisation's name may copy.
_TITLE_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-–—]\s+")


def _split_organisation(name: str, sites: list[str]) -> tuple[list[str], str]:
    """The agencies an organisation's byline names ("Kleine Zeitung, APA"), and the organisation's own
    name: one name, the first of a title-like "Site | Tagline", not its words split as persons would be."""
    agencies = [
        org for org in split_byline(name, strict=False) if is_agency(org) and not _is_site(org, sites)
    ]
    return agencies, _TITLE_SEPARATOR.split(clean_text(name))[0]


def _from_json_ld(data: StructuredData, sites: list[str]) -> tuple[list[str], list[str]]:
    """Persons and organisations of the story's JSON-LD author; an agency named next to persons stays."""
    persons: list[str] = []
    organisations: list[str] = []
    story = data.story_object
    raw = story.get("author") or story.get("creator")
    items = raw if isinstance(raw, list) else [raw] if raw else []
    for item in items:
        name, is_person = _name_of(data.resolve(item))
        if not name:
            continue
        if _is_site(name, sites) or not is_person:
            # The publisher itself, whatever @type says, or an organisation: kept only if it is an agency.
            agencies, organisation = _split_organisation(name, sites)
            persons.extend(agencies)
            organisations.append(organisation)
        else:
            persons.extend(split_byline(name))
    return persons, organisations


def _from_microdata(page: Page, data: StructuredData) -> list[str]:
    names: list[str] = []
    for element in data.microdata.get("author", ()):
        if in_other_storys_block(page, element) or not in_article_scope(element):
            continue
        if element.get("itemscope") is not None:
            inner = [
                e for e in element.iter() if e is not element and "name" in (e.get("itemprop") or "").split()
            ]
            text = (inner[0].get("content") or _linked_names(inner[0])) if inner else ""
        else:
            text = element.get("content") or _linked_names(element)
        if text and not text.startswith("http"):
            names.extend(split_byline(text))
    return names


def _linked_names(element: etree._Element) -> str:
    """The text of a microdata author or name, its links apart when it is nothing but two or more of them:
    Condé Nast sets every writer's link in one itemprop="name" ("Scott Gilbertson" "Gear Team"), which
    read as one text would run the names together."""
    text = clean_text(element.text_content())
    links = [clean_text(link.text_content()) for link in element.iter("a")]
    if len(links) < 2 or not all(links):
        return text
    rest = text
    for link in links:
        rest = rest.replace(link, "", 1)
    return ", ".join(links) if len(rest.strip(" ,;&")) <= 3 else text


def _avoided(page: Page, element: etree._Element) -> bool:
    node: etree._Element | None = element
    depth = 0
    while node is not None:
        if node in page.excluded or node.tag == "figcaption":
            return True  # (a caption's "author" is the photographer's)
        if depth < 6 and node is not element:
            attrs = without_state_classes(node.get("class") or "") + " " + (node.get("id") or "")
            if len(attrs) > 1 and _AVOID.search(attrs):
                return True
        node = node.getparent()
        depth += 1
    return False


# A byline box's line for the author's place or position, not the name: "author_location" (Sevilla, Los
# Gallardos), "c-author__position" (Leitender Redakteur), "byline__role".
_FACET = re.compile(r"(?:^|[\s_-])(?:location|place|city|role|position|job|jobtitle)(?:$|[\s_-])", re.I)
# The site's furniture by tag: once `blocks` has marked it, a rel=author link in it credits the site.
_SITE_CHROME_TAGS = frozenset(("header", "footer", "nav", "menu"))
_NOT_BYLINES = frozenset(("script", "style", "meta", "link", "img", "body", "html", "article", "main"))


def _from_bylines(page: Page, data: StructuredData) -> list[str]:
    """The names in the elements a theme marks as bylines. Once one gives names, later bylines count only
    near it (the story's byline area, not author lists elsewhere); a byline inside a byline counts once."""
    names: list[str] = []
    seen: set[etree._Element] = set()
    container: etree._Element | None = None
    for element in data.elements_with(page, _BYLINE_ATTRS, ("address",)):
        if container is not None and not _inside(element, container):
            continue
        if element.tag in _NOT_BYLINES:
            continue
        if element.getparent() in seen:
            seen.add(element)
            continue
        text = _byline_text(page, element)
        if text is None:
            continue
        found = _byline_names(element, text)
        if found or credited_names(text):
            # (A box whose text as a whole reads as no name, "By AP 12:20pm Jan 7", leaves its parts to be
            # read; one that credits its names for other work, "Editor: Heryadi", does not.)
            seen.add(element)
        names.extend(found)
        if container is None and found:
            container = _byline_box(element)
        if len(names) > 12:
            break
    return names


def _not_credited_otherwise(page: Page, persons: list[str]) -> list[str]:
    """The metadata's persons without those whom the page links from a credit for other work, and never
    as writers: a CMS that puts the editor who published the story in JSON-LD `author` while the page
    shows "Penulis: Naufal Zuhdi | Editor: <a href=/author/heryadi>Heryadi</a>" (the writer is then
    found in the byline). Only linked names are looked up: the page's links are at hand, while a search
    of every byline box would cost each page with a JSON-LD author a pass over the tree's attributes."""
    wanted = {name.casefold() for name in persons}
    texts = [
        text
        for link in page.elements("a")
        if (name := link.text) is not None
        and name.strip().casefold() in wanted
        and (box := link.getparent()) is not None
        and (text := _byline_text(page, box)) is not None
    ]
    return _without_credited(persons, texts) if texts else persons


def _byline_text(page: Page, element: etree._Element) -> str | None:
    """The byline's text; None when its class or a block around it avoids it, or the text runs too long
    for a byline. A link with rel=author says it names the story's author whatever the classes around
    it ("social_icons", "byline-social": themes set the byline in the share bar); only another story's
    block (a teaser), the site's own header or footer (a publisher credit) or a caption (the
    photographer's) still avoids it."""
    names = (element.get("class") or "") + " " + (element.get("id") or "")
    if _FACET.search(names):
        return None  # the author's place or position line, next to the name ("author_location")
    if element.get("rel") == "author":
        if in_other_storys_block(page, element) or any(
            (a.tag == "figcaption" and not _byline_figure(a))
            or (a.tag in _SITE_CHROME_TAGS and a in page.excluded)
            for a in element.iterancestors()
        ):
            return None
    elif _AVOID.search(names) or _avoided(page, element):
        return None
    text = _text(element)
    return text if text and len(text) <= 200 else None


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


def _without_credited(names: list[str], texts: list[str]) -> list[str]:
    """The names without those the byline texts credit for other work and never as writers ("Editor :
    <a href=/author/heryadi>Heryadi</a>" links an author page, but to the story's editor)."""
    credited = {name_key(name) for text in texts for name in credited_names(text)}
    if not credited:
        return names
    credited -= {name_key(name) for text in texts for name in split_byline(text)}
    return [name for name in names if name_key(name) not in credited]


_SKIP = frozenset(("script", "style", "template", "noscript", "svg", "button", "figcaption"))


def _text(element: etree._Element) -> str:
    """The element's visible text: no script, style, template, comment or caption content."""
    if not isinstance(element.tag, str) or element.tag in _SKIP:
        return ""
    return clean_text(" ".join(text_pieces(element, _SKIP)))


def _inside(element: etree._Element, container: etree._Element) -> bool:
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
        if len(first) < 30 and (not (initial := first.lstrip(" \t\r\n")[:1]) or initial in _LABEL_INITIALS):
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


def _from_labels(page: Page) -> list[str]:
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
            text = _text(following) if following is not None else ""
        if names := split_byline(text):
            return names
    return []


def _names_after_own_label(element: etree._Element) -> list[str] | None:
    """The names in an element that opens with a label of its own text, before its first child; None
    where it opens otherwise or names nobody."""
    if len(element) == 0 or not element.text or not _LABEL_TEXT.match(clean_text(element.text)):
        return None
    rest = clean_text(" ".join(text_pieces(element, _SKIP)[1:]))
    return (split_byline(rest) or None) if len(rest) <= _BYLINE_LINE_LENGTH else None


_SENTENCE_END = re.compile(r"[.!?:…»\"')\]]$")


def _from_signature(page: Page) -> list[str]:
    """A name signed at the end of the story, as many desks do: a last short paragraph set apart in bold,
    italics or right-aligned ("<p style='text-align:right'><strong>Lê Phương</strong></p>")."""
    # The container `blocks` found for the story, while no rule marked it as something else (`blocks`
    # keeps it, no search for its mark), else the page's first <article>.
    container = story_container(page)
    if container is None or container.get(KIND_ATTR) != STORY:
        container = page.tree.find(".//article")
    if container is None:
        return []
    paragraphs = [p for p in container.iter("p") if not page.is_excluded(p)]
    for paragraph in reversed(paragraphs[-3:]):
        text = _text(paragraph)
        if not text:
            continue
        if (
            len(text) > 40
            or len(text.split()) > 4
            or _SENTENCE_END.search(text)
            or paragraph.find(".//a") is not None
        ):
            return []
        if " " not in text and not text.isascii() and len(text) > 5 and not any(ch.isupper() for ch in text):
            return []  # a CJK name is two to five characters; a longer run is a phrase
        if any(_text(sibling) for sibling in paragraph.itersiblings() if sibling.tag not in _SKIP):
            return []  # content follows: a heading ("Weitere Informationen"), not a signature
        emphasis = [c for c in paragraph if c.tag in ("strong", "b", "em", "i")]
        set_apart = (emphasis and _text(emphasis[0]) == text) or "right" in (paragraph.get("style") or "") + (
            paragraph.get("class") or ""
        )
        return split_byline(text) if set_apart else []
    return []


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
    texts = (text for p in container.iter("p") if not page.is_excluded(p) and (text := _text(p)))
    return list(islice(texts, count))


def _from_dateline(page: Page) -> list[str]:
    """The reporters a Chinese story's opening dateline names."""
    first = _first_paragraphs(page, 1)
    if not first or not (match := _DATELINE_REPORTERS.match(first[0][:120])):
        return []
    return split_byline(match.group(1))


_BYLINE_LINE_LENGTH = 80  # a byline written as a line of its own: the opening one, a label's, a link's


def _from_opening_byline(page: Page) -> list[str]:
    """The byline a theme without byline elements sets as one of the story's first two paragraphs (under
    a date line: "Nachricht vom 06.11.2023", "Von Jennifer Patt"): a short line that opens with a byline's
    label, no sentence."""
    for text in _first_paragraphs(page, 2):
        if (
            len(text) <= _BYLINE_LINE_LENGTH
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
# What may stand beside the name in its element: spaces and the separator before the date.
_PIECE_BLANK = " |·•,-–\xa0\t\n"
# A word of a writer's name: letters, with an apostrophe, full stop or hyphen inside ("O'Mahony", "Jr.").
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]*)*$")


def _from_date_neighbour(page: Page) -> list[str]:
    """The writer's name a theme sets without class or label right before the story's date line (in the
    line itself, "Sehernur Karsu | 05.04.2025", or in the block above it): the first element under the
    headline whose own text is a date, and the nearest text before it there or one or two levels up."""
    area = _story_area(page)
    date_line = _date_line(page, area) if area is not None else None
    node = date_line
    for _ in range(3):
        if node is None or node is area:
            break
        sibling = next((s for s in node.itersiblings(preceding=True) if _text(s)), None)
        if sibling is not None:
            return _names_before_date(page, sibling)
        node = node.getparent()
    return []


def _names_before_date(page: Page, element: etree._Element) -> list[str]:
    """The writer the element before the date line names, if it holds one piece of text shaped as a
    name (a breadcrumb, "Charleroi Charleroi Actu", is several), in no link but to an author's page (a
    menu item, "Current Issue", links elsewhere) and in no element named as a place."""
    text = _text(element).rstrip(_PIECE_BLANK)
    if len([t for t in text_pieces(element, _SKIP) if t.strip(_PIECE_BLANK)]) != 1:
        return []
    author_links = {link for link, _ in _author_page_links(page)}
    if not all(link in author_links for link in element.iter("a")):
        return []
    if _PLACE_NAMES.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
        return []
    return split_byline(text) if _shaped_as_name(text) else []


def _date_line(page: Page, area: etree._Element) -> etree._Element | None:
    """The first element after the headline whose own text, a short one, is a date."""
    reading = page_reading(page)
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
            return None
        own = clean_text(element.text)
        if own and len(own) <= _DATE_LINE_LENGTH and reading.dates(own, _DATE_LINE_LENGTH):
            return element
    return None


# Words of the labels and places a theme sets before its date line, which no writer's name holds.
_NOT_NAME_WORDS = frozenset(
    ("news", "stories", "story", "breaking", "live", "latest", "update", "updates", "exclusive", "opinion",
     "analysis", "video", "videos", "photos", "podcast", "top", "local", "world", "nachrichten", "aktuell",
     "noticias", "actualités", "notizie", "city", "county")
)  # fmt: skip


def _shaped_as_name(text: str) -> bool:
    """Two to four words, each opening with a capital and not all in capitals (a dateline's "NEW YORK"),
    none of them a label's or a place's word ("Top Stories", "Local News", "Mexico City")."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and not text.isupper()
        and all(w[0].isupper() and _NAME_WORD.match(w) for w in words)
        and not any(w.casefold() in _NOT_NAME_WORDS for w in words)
        and heading_kind(text) is None
    )


def _from_meta(data: StructuredData, sites: list[str]) -> tuple[list[str], list[str]]:
    """Persons and organisations of the author meta tags, of every key: one key may name only the first of
    the writers another names (NRK: "author" one, "article:author" both). The site's own name ("Jobs &
    Hire") is the publisher, not two persons."""
    names: list[str] = []
    organisations: list[str] = []
    for key in (
        "author",
        "article:author",
        "dc.creator",
        "parsely-author",
        "sailthru.author",
        "byl",
        "dcterms.creator",
    ):
        for value in data.meta_all.get(key, ()):
            if value.startswith(("http://", "https://")):
                continue
            if _is_site(value, sites):
                agencies, organisation = _split_organisation(value, sites)
                names.extend(agencies)
                organisations.append(organisation)
            else:
                names.extend(split_byline(value))
    if not names and not organisations:
        names = _from_other_meta_keys(data)
    return names, organisations


# A meta key of a theme's or a tracker's own that names the author ("lrt_authors", "analytics:author",
# "dcsext.author", "cxenseparse:autor-articulo", "sailthru.byline_name"); not an app banner's author (the
# publisher of the app) nor a social handle.
_AUTHOR_META_KEY = re.compile(
    r"(?:^|[:._-])(?:authors?|autor(?:es)?(?:[-_]articulo)?|author_?name|byline_name)$"
)
_NOT_AUTHOR_META_KEY = re.compile(r"^(?:twitter|smartbanner|al|apple|app)[:._-]|url|img|image|slug|bio|id$")


def _from_other_meta_keys(data: StructuredData) -> list[str]:
    """The names in the first meta key of a theme's own that names the author, where none of the common
    keys does: a value that is a name, not a number, an address or a URL."""
    for key, values in data.meta_all.items():
        if not _AUTHOR_META_KEY.search(key) or _NOT_AUTHOR_META_KEY.search(key):
            continue
        value = values[0]
        if value.startswith(("http://", "https://")) or "@" in value or not any(c.isalpha() for c in value):
            continue
        if names := split_byline(value):
            return names
    return []


def _title_site(title: str | None) -> list[str]:
    """The name a page's <title> ends with ("Headline - Sputnik International"): the site's, as the
    site's own metadata may spell it only as a handle ("sputnikint")."""
    segments = title_segments(title)
    tail = clean_text(segments[-1]) if len(segments) > 1 else ""
    return [tail.casefold()] if tail and len(tail.split()) <= 4 else []


def _is_chinese(page: Page, data: StructuredData) -> bool:
    language = data.article.get("inLanguage")
    language = (language if isinstance(language, str) else None) or page.tree.get("lang") or ""
    return language.lower().startswith("zh")


def _writers(names: list[str]) -> list[str]:
    """The names of persons who wrote: no agency, no desk."""
    return [n for n in names if not is_agency(n) and not is_desk(n)]


def _people(names: list[str], sites: list[str]) -> list[str]:
    """The names that are persons: not the site itself, not a desk ("Redaktion", "Newsroom")."""
    return [n for n in names if not _is_site(n, sites) and not is_desk(n)]


def _story_area(page: Page) -> etree._Element | None:
    """The story's part of the page: the lowest element holding both its text and its headline (the
    story container alone where the page has no <h1> outside the marked blocks)."""
    container = story_container(page)
    if container is None:
        return None
    headline = next((h for h in page.elements("h1") if not page.is_excluded(h)), None)
    if headline is None or _inside(headline, container):
        return container
    above = set(headline.iterancestors())
    area: etree._Element | None = container
    while area is not None and area not in above:
        area = area.getparent()
    return area if area is not None and area.tag not in ("html", "body") else container


def _from_author_links(page: Page) -> list[str]:
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
        if not _inside(link, area) or (box is not None and not _inside(link, box)):
            continue
        if _byline_text(page, link) is None or _in_other_article(page, link):
            continue
        if found := split_byline(clean_text(link.text_content())):
            names.extend(_with_unlinked_cowriters(link, found))
            if box is None:
                box = _byline_box(link)
    return names


_INLINE_TAGS = frozenset(("a", "span", "strong", "b", "em", "i"))


def _with_unlinked_cowriters(link: etree._Element, found: list[str]) -> list[str]:
    """The link's names, or all the names of its line where that names more ("<a>Adam Vidler</a> and
    <span>AP</span>": an agency or a guest writer has no author page). The line is the run of inline
    elements around the link, up to a block (the date's <p> under it)."""
    before = [_inline_text(s) for s in _inline_run(link.itersiblings(preceding=True))]
    after = [_inline_text(s) for s in _inline_run(link.itersiblings())]
    text = clean_text(" ".join([*before[::-1], _text(link), link.tail or "", *after]))
    if len(text) > _BYLINE_LINE_LENGTH:
        return found
    written = split_byline(text)
    return written if {name_key(n) for n in found} < {name_key(n) for n in written} else found


def _inline_run(siblings: Iterator[etree._Element]) -> Iterator[etree._Element]:
    return takewhile(lambda s: s.tag in _INLINE_TAGS, siblings)


def _inline_text(element: etree._Element) -> str:
    return f"{_text(element)} {element.tail or ''}"


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
    same_site = host == own or own.endswith("." + host) or host.endswith("." + own)
    return same_site and _HANDLE_PATH.match(parts.path) is not None


def _titled_as_author_page(link: etree._Element) -> bool:
    """Whether the link's title says it lists its own text's stories or profile (`AUTHOR_LINK_TITLE`)."""
    title = link.get("title")
    if not title or not (opening := AUTHOR_LINK_TITLE.match(title)):
        return False
    text = _text(link)
    return bool(text) and name_key(title[opening.end() :]) == name_key(text)


def _from_author_box(page: Page) -> list[str]:
    """The writer the story's author box names, where nothing else does: the bio block a theme sets under
    the story ("b-author-bio", "about-the-author") links the author's page by their name, and `blocks`
    marks the box as furniture (its bio is no story text). Only a box inside the story's part of the
    page, and one box only: a sidebar or a list of the site's writers is another block around it."""
    area = _story_area(page)
    if area is None:
        return []
    for link, href in _author_page_links(page):
        if not _inside(link, area) or _in_other_article(page, link):
            continue
        boxes = [a for a in link.iterancestors() if a in page.excluded]
        if not boxes or not all(AUTHOR_AREA.search(element_names(box)) for box in boxes):
            continue
        text = _text(link)
        if text and len(text) <= 60 and _names_the_page(text, href) and (found := split_byline(text)):
            return found
    return []


_NOT_SLUG = re.compile(r"[\W_]+")


def _names_the_page(text: str, href: str) -> bool:
    """The link's text is the name its author page is filed under ("/author/tania-broughton" for
    "Tania Broughton"), not the box's "More posts" or "All articles" link to the same page."""
    slug = _NOT_SLUG.sub("-", name_key(text)).strip("-")
    segment = unquote(href.rstrip("/").rsplit("/", 1)[-1]).casefold()
    return bool(slug) and (segment == slug or segment.startswith(slug + "-"))


def _byline_box(element: etree._Element) -> etree._Element | None:
    """The block a byline that gave names sits in (its parent's parent): later bylines count only there."""
    parent = element.getparent()
    return parent.getparent() if parent is not None and parent.getparent() is not None else parent


def _in_other_article(page: Page, element: etree._Element) -> bool:
    """Inside an <article> that does not hold the story's text: another story's card."""
    article = next(element.iterancestors("article"), None)
    container = story_container(page)
    return article is not None and container is not None and not _inside(container, article)


def _with_meta(persons: list[str], data: StructuredData, sites: list[str]) -> tuple[list[str], list[str]]:
    """The persons and organisations once the author meta had its say: it names the authors where the
    page named only desks, and the writers beside an agency the byline alone credits ("dpa" in the byline,
    "Felix Schröder und Jörg Soldwisch, dpa" in the meta)."""
    if not [n for n in persons if not is_desk(n)]:
        meta_persons, meta_organisations = _from_meta(data, sites)
        return meta_persons or persons, meta_organisations
    if not _writers(persons) and _writers(meta_persons := _from_meta(data, sites)[0]):
        return meta_persons, []
    return persons, []


def find_authors(page: Page, data: StructuredData) -> list[str]:
    sites = site_names(page, data) + _title_site(data.title)
    persons, organisations = _from_json_ld(data, sites)
    if persons:
        persons = _not_credited_otherwise(page, persons)
    if not _writers(persons):
        persons = _from_microdata(page, data) or persons
    # A desk signing in the metadata ("Redacción") gives way to the person the byline names.
    if not [n for n in persons if not is_desk(n)]:
        persons = _from_bylines(page, data) or persons
    if not _people(persons, sites):
        persons = _from_labels(page) or persons
    persons, meta_organisations = _with_meta(persons, data, sites)
    organisations += meta_organisations
    for last_resort in (
        _from_opening_byline,
        _from_signature,
        _from_dateline,
        _from_author_links,
        _from_author_box,
        _from_date_neighbour,
    ):
        if not _people(persons, sites):
            persons = last_resort(page) or persons
    if " " in "".join(persons) and _is_chinese(page, data):
        persons = [part for name in persons for part in split_spaced_han(name)]
    named = [_without_site_tail(n, sites) for n in persons if not _is_site(n, sites)]
    people = [n for n in named if not is_desk(n)]
    if any(not is_agency(n) for n in people):
        return merge_names(people)
    # Nobody named: the agencies and desks that sign, else the organisation.
    return merge_names(named or persons or organisations)
