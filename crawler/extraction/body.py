"""Body text: the story's paragraphs, joined by blank lines, and nothing else.

The container is the one `blocks` found (where the page's paragraph text concentrates), checked against
the JSON-LD articleBody when the page has one: if the paragraph that opens the articleBody lies outside
that container, the paragraph's parent becomes the container, or, when that parent holds less of the
story (a lead paragraph above the text), the paragraph opens the body. Inside the container,
paragraph-like elements (p, subheads, quotes, list items, pre) are taken in order, skipping everything
marked as not-the-story (share bars, "Read also" lines, ad slots, author boxes, teaser blocks), captions
and credits of figures, lines that are nothing but a link (tag lists, buttons, linked teaser titles), ad
labels, and short lines that ask the reader to subscribe or follow or state the copyright.
When no container stands out, the page's <article>, then `[itemprop=articleBody]`, then the whole page
are read the same way. A story written between <br>s gives its lines, and one set in <div>s and <span>s
without <p> its text blocks, when those say more than its paragraphs. A live blog's updates, which the
page's structured data names (`live_blog`), follow the rest, each read on its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from crawler.extraction.blocks import own_text, story_container, teaser_title_link
from crawler.extraction.dateparse import find_human_dates
from crawler.extraction.datevisible import Reading, page_reading
from crawler.extraction.heading_text import KICKER
from crawler.extraction.labels import is_ad_label, is_promo_line, is_relative_time
from crawler.extraction.live_blog import live_updates
from crawler.extraction.names import name_key, split_byline
from crawler.extraction.page import Page
from crawler.extraction.patterns import CREDIT_LABEL
from crawler.extraction.story_parts import story_parts
from crawler.extraction.story_search import text_blocks
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import (
    CODE_TAGS,
    SENTENCE_END,
    clean_text,
    outermost,
    repair_mojibake,
    text_of,
    text_pieces,
    text_without_code,
)
from crawler.urls import same_site, site_of

_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre")
# A picture's caption or credit, and text only screen readers read ("sr-only", "visually-hidden",
# Bootstrap's "text-hide": a "Main content" heading, a link's "opens in a new tab").
_CAPTION = re.compile(
    r"caption|credit|(?<![\w-])(?:sr-only|screen-reader-text|visually-?hidden|text-hide|a11y-hidden|"
    r"element-invisible)(?![\w-])",
    re.I,
)
_NEVER = {"figure", "figcaption", "script", "style", "noscript", "button", "form", "select", "table"}


def _text(el: etree._Element) -> str:
    """An element's text as the story's: no code, and no button's label ("Folgen", "Ich folge": an author's
    follow buttons set in a list item between the paragraphs). A line break inside it parts words, as a
    space does: Blogger wraps a paragraph's lines in <br>s ("the associated <a>fundraiser</a><br>caused
    a lot"), which the serialiser's text would run together ("fundraisercaused")."""
    if next(el.iter("br"), None) is not None:
        return clean_text(repair_mojibake("".join(text_pieces(el, _NOT_STORY_TEXT, line_break=" "))))
    return clean_text(repair_mojibake(text_without_code(el, _NOT_STORY_TEXT)))


_NOT_STORY_TEXT = CODE_TAGS | {"button"}


# A client-side template's placeholder ("{{content.lastUpdateUser.fullName}}"): a page whose script never
# ran shows its templates, no story.
_TEMPLATE_EXPRESSION = re.compile(r"\{\{.*?\}\}")
_TEMPLATE_SHARE = 0.5


def _not_story_line(text: str) -> bool:
    """A promotional line (`is_promo_line`), or one written mostly in template placeholders."""
    if is_promo_line(text):
        return True
    if "{{" not in text:
        return False
    return sum(len(m) for m in _TEMPLATE_EXPRESSION.findall(text)) >= _TEMPLATE_SHARE * len(text)


def _hint_paragraph(page: Page, data: StructuredData) -> etree._Element | None:
    """The paragraph that opens the JSON-LD articleBody, when the page states one."""
    hint = _stated_article_body(data)
    if hint is None:
        return None
    opening = clean_text(hint)[:40]
    if len(opening) < 30:
        return None
    for p in page.elements("p"):
        if not page.is_excluded(p) and _text(p).startswith(opening):
            return p
    return None


_INLINE_TEXT = {
    "a",
    "span",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "small",
    "sup",
    "sub",
    "mark",
    "abbr",
    "cite",
    "q",
}


def _br_lines(page: Page, container: etree._Element) -> list[str]:
    """Paragraphs of a container whose text is written between <br>s: a line break ends a line, a
    block child is a paragraph of its own; marked blocks, captions and scripts are skipped."""
    lines: list[str] = []
    current: list[str] = [container.text or ""]

    def flush() -> None:
        if (text := clean_text(repair_mojibake("".join(current)))) and not _not_story_line(text):
            lines.append(text)
        current.clear()

    for child in container:
        tag = child.tag
        if not isinstance(tag, str):
            pass
        elif tag == "br":
            flush()
        elif child in page.excluded or tag in _NEVER or _CAPTION.search(child.get("class") or ""):
            pass
        elif tag in _INLINE_TEXT:
            current.append(child.text_content())
        else:
            flush()
            lines.extend(_paragraphs(page, child) or _block_line(page, child))
        current.append(child.tail or "")
    flush()
    return lines


def _block_line(page: Page, block: etree._Element) -> list[str]:
    """A block without paragraphs as one line, without the marked blocks inside it (an author box the
    theme's ad wrapper holds), unless it is a promotional line."""
    text = _text_outside_blocks(page, block) if _holds_marked_block(page, block) else _text(block)
    return [text] if text and not _not_story_line(text) else []


# Less paragraph text than this in the container: look for a story written in text blocks instead.
_FEW_PARAGRAPHS = 500


def _text_block_lines(
    page: Page, container: etree._Element, apart: Container[etree._Element] = ()
) -> list[str]:
    """The container's text blocks (`story_search.text_blocks`: <div>s and <span>s that write a
    paragraph's worth of text of their own) as paragraphs, with their inline links and emphasis, and
    without marked blocks, captions, a block inside one already taken and what is in the `apart`
    elements."""
    lines: list[str] = []
    taken: set[etree._Element] = set()
    for block in text_blocks(container):
        if page.is_excluded(block) or any(node in taken or node in apart for node in block.iterancestors()):
            continue
        if _CAPTION.search(block.get("class") or "") or _not_story_line(text := _text(block)):
            continue
        taken.add(block)
        if text:
            # A block child (a title's <div>) is a line of its own, as a browser shows it.
            lines.extend(_br_lines(page, block) if len(block) else [text])
    return lines


def _paragraph_size(el: etree._Element) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


def _link_line(el: etree._Element, text: str) -> bool:
    """A list item or short line that is nothing but a link: a tag ("Kamala Harris"), a button
    ("DOWNLOAD"), a teaser title. Story paragraphs have words of their own. A heading that is a link, or
    sits in one, is a teaser's title set in the story ("<a><h3>AfD behauptet: …</h3></a>"), no subhead."""
    if el.tag in _HEADING_TAGS:
        return teaser_title_link(el) is not None
    if el.tag not in ("li", "p") or (el.tag == "p" and len(text.split()) > 12):
        return False
    # (An e-mail address or a phone number the story gives links to no page: "<a href=mailto:…>".)
    linked = sum(len(_text(a)) for a in outermost(el, "a") if not _CONTACT_LINK.match(a.get("href") or ""))
    # A list item of a linked title after a kicker ("Cataluña <a>…</a>") is a teaser too.
    return linked > 0 and linked >= (0.7 if el.tag == "li" else 0.9) * len(text)


_CONTACT_LINK = re.compile(r"\s*(?:mailto|tel):", re.I)


def _site_policy_line(page: Page, el: etree._Element) -> bool:
    """A line that points the reader to the site's own rules, two of its legal pages or more: a comment
    section's terms ("please read our community guidelines ... our privacy policy ... terms of use"), a
    sign-up form's consent. A story that discusses a policy links the company's pages, not the site's."""
    if el.tag not in ("p", "div", "li") or len(el) < 2:
        return False
    site = site_of(page.url)
    policies = 0
    for a in el.iter("a"):
        url = page.absolute(a.get("href"))
        if url and _policy_page(url) and same_site(site_of(url), site):
            policies += 1
    return policies >= 2


# The name of a legal page, its path's last part without the extension ("/privacy.html",
# "/community_guidelines", "/de/datenschutzerklaerung"): the whole part, so a story in a "legal" section
# or a slug that opens with "terms-" is none.
_POLICY_PAGE = re.compile(
    r"(?:privacy|cookies?)(?:[-_]?(?:policy|notice|statement|settings))?"
    r"|terms(?:[-_]?(?:of[-_]?(?:use|service)|and[-_]?conditions))?|tos|(?:community[-_]?)?guidelines"
    r"|legal(?:[-_]?notice)?|datenschutz\w*|agb|nutzungsbedingungen|netiquette|impressum|mentions[-_]?legales"
    r"|(?:politique[-_]de[-_])?confidentialite|(?:politica[-_]de[-_])?privacidad[e]?|aviso[-_]legal"
    r"|condiciones[-_\w]*|termos[-_\w]*",
    re.I,
)


def _policy_page(url: str) -> bool:
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return _POLICY_PAGE.fullmatch(last.rsplit(".", 1)[0]) is not None


# A line of the writer's box set in the story's column, by its class: the name, position or role ("<p
# class=cbx-Author_Position>Redakteur in der Wirtschaft.</p>", "authorshort": "ku Frankfurt"). Inside a
# quote the "author" is the quoted speaker, whose name and role are the story's ("Juanma Moreno /
# Presidente de la Junta de Andalucía").
_WRITER_FACET = re.compile(r"author[-_]*(?:name|position|role|job\w*|function|short)", re.I)


def _headline_or_writer_part(el: etree._Element) -> bool:
    """A line the headline's or the writer's box owns, set among the story's lines: a kicker over the
    headline ("<h4 class=dachzeile>", print layouts' "aboveheading"), or a line of the writer's box."""
    names = el.get("class")
    if not names:
        return False
    owner = _names_owner(names)
    if owner is None:
        return False
    return owner == "headline" or not any(
        a.tag == "blockquote" or "quote" in (a.get("class") or "").lower()
        for a in islice(el.iterancestors(), 4)
    )


@functools.lru_cache(maxsize=4096)
def _names_owner(names: str) -> str | None:
    """ "headline" for a kicker's class, "writer" for a writer's box line's, else None. (Cached: a theme
    sets the same few classes on every paragraph.)"""
    if KICKER.search(names) or "aboveheading" in names.lower():
        return "headline"
    return "writer" if _WRITER_FACET.search(names) else None


def _paragraphs(page: Page, container: etree._Element, apart: Container[etree._Element] = ()) -> list[str]:
    """The container's paragraph-like elements' texts, in order, less marked blocks, captions, link lines,
    kickers and the writer's box lines, ad labels, promotional lines, "how long ago" stamps and what is
    in the `apart` elements."""
    out: list[str] = []
    taken: set[etree._Element] = set()
    for el in container.iter(*_BLOCK_TAGS):
        skip = False
        node: etree._Element | None = el
        while node is not None and node is not container:
            if (
                node in taken
                or node in apart
                or node in page.excluded
                or node.tag in _NEVER
                or _CAPTION.search(node.get("class") or "")
            ):
                skip = True
                break
            node = node.getparent()
        if skip:
            continue
        if el.tag == "blockquote" and el.find(".//p") is not None:
            continue  # its paragraphs are taken one by one
        if (el.tag == "li" and el.find(".//p") is not None) or _headline_or_writer_part(el):
            continue
        text = _text(el) if not _holds_marked_block(page, el) else _text_outside_blocks(page, el)
        if not any(ch.isalnum() for ch in text):
            continue  # a rule drawn with characters ("___", "* * *"), an emoji row
        if el.tag in _HEADING_TAGS and _card_title(el, container):
            continue
        if (
            not _link_line(el, text)
            and not _site_policy_line(page, el)
            and not is_ad_label(text)
            and not _not_story_line(text)
            and not is_relative_time(text)
        ):
            taken.add(el)
            out.append(_without_glued_credit(text))
    return out


# A picture's credit the CMS glued to the paragraph's last sentence ("... der Kartellbehörden.Foto:
# photocase.de"): the picture's, no words of the story.
def _without_glued_credit(text: str) -> str:
    """The paragraph without the credit at its end; only its last characters are read (a credit is a
    few words: every paragraph of every story is asked)."""
    tail = max(0, len(text) - _CREDIT_TAIL)
    if ":" not in text[tail:]:
        return text
    found = _GLUED_CREDIT.search(text, tail)
    return text[: found.start()] if found else text


_CREDIT_TAIL = 90
_GLUED_CREDIT = re.compile(rf"(?<=[.!?“”\"»])\s*{CREDIT_LABEL}\s*:\s*(?:[^.!?:]|\.(?=\S)){{1,60}}$", re.I)


def _card_title(heading: etree._Element, container: etree._Element) -> bool:
    """A heading in a card set in the story (a podcast's player: its title over the linked name of the
    show) rather than a subhead: the block around it, below the container, holds nothing but the heading
    and a link of a few words. (A subhead stands among the paragraphs, or alone in a wrapper of its own.)"""
    block = heading.getparent()
    if block is None or block is container or block.tag in ("article", "section", "main", "body", "li"):
        return False
    if next(block.iter("a"), None) is None or len(text_of(block)) > _CARD_TEXT:
        return False
    rest = len(_text(block)) - len(_text(heading))
    if rest < _CARD_LINK:
        return False
    linked = sum(len(_text(a)) for a in outermost(block, "a") if heading not in a.iterancestors())
    return linked >= _CARD_LINK and linked >= 0.9 * rest


_CARD_LINK = 10  # characters: a show's or a section's name, not an "Edit" link beside a subhead
_CARD_TEXT = 400  # characters at most in a card: a title and a name, no section of the story


def _holds_marked_block(page: Page, el: etree._Element) -> bool:
    """Whether a marked block sits inside the paragraph: broken markup leaves an <aside> of related
    stories ("Leggi anche: …") inside the <p> the parser did not close before it."""
    return len(el) > 0 and bool(page.excluded) and any(d in page.excluded for d in el.iterdescendants())


def _text_outside_blocks(page: Page, el: etree._Element) -> str:
    """The paragraph's text without what its marked blocks and code hold."""
    return clean_text(repair_mojibake("".join(text_pieces(el, CODE_TAGS, page.excluded, line_break=" "))))


def find_body(page: Page, data: StructuredData) -> str | None:
    """The story's text as the page shows it; the JSON-LD articleBody where the page shows only a small
    part of it (a page its script renders, whose markup holds an author's bio and the articleBody)."""
    return _or_article_body(data, _page_body(page, data))


# The share of the articleBody the page's text must reach, and the least articleBody that can outweigh it.
_SHOWN_SHARE = 0.25
_ARTICLE_BODY_FLOOR = 500


def _stated_article_body(data: StructuredData) -> str | None:
    """The story's JSON-LD articleBody, when it is text."""
    stated = data.article.get("articleBody")
    return stated if isinstance(stated, str) else None


def _or_article_body(data: StructuredData, shown: str | None) -> str | None:
    stated = _stated_article_body(data)
    if stated is None or len(stated) < _ARTICLE_BODY_FLOOR:
        return shown
    if "<" in stated and ">" in stated:
        stated = etree.tostring(etree.HTML(f"<div>{stated}</div>"), method="text", encoding="unicode")
    lines = [line for line in map(clean_text, stated.splitlines()) if line]
    text = "\n\n".join(lines)
    if len(text) < _ARTICLE_BODY_FLOOR or len(shown or "") >= _SHOWN_SHARE * len(text):
        return shown
    return text


def _page_body(page: Page, data: StructuredData) -> str | None:
    searched = container = story_container(page)
    hint = _hint_paragraph(page, data)
    lead = ""
    if hint is not None and (container is None or not any(a is container for a in hint.iterancestors())):
        # The articleBody opens elsewhere: the story is around that paragraph, unless that is a lone
        # lead paragraph and the container holds more of the story.
        around = hint.getparent()
        if container is None or (
            around is not None and _paragraph_size(around) >= _paragraph_size(container)
        ):
            container = around
        else:
            lead = _text(hint)  # the publisher's articleBody starts with it: it is the story's first line
    # (The container `blocks` found may be one part of a story split around ads and pictures.)
    parts = story_parts(page, container) if container is not None and container is searched else []
    if container is None:
        container = page.tree.find(".//article")
    if container is None:
        found = page.tree.xpath("//*[@itemprop='articleBody']")
        container = found[0] if found else page.tree.find("body")
    if container is None:
        return None
    entries = live_updates(page, data)
    apart = _entry_wrappers(entries)  # a live blog's updates come after the rest, each read on its own
    paragraphs = [text for part in parts or [container] for text in _paragraphs(page, part, apart)]
    if len(own_text(container).strip()) >= 100:
        # Text written between <br>s in the container itself: its lines are the paragraphs.
        paragraphs = _br_lines(page, container)
    else:
        paragraphs = _or_text_blocks(page, container, paragraphs, apart)
    if lead and lead not in paragraphs:
        paragraphs.insert(0, lead)
    paragraphs = _with_dateline_joined(_without_leading_date_lines(paragraphs, page_reading(page)))
    paragraphs += _update_lines(page, entries, set(paragraphs))
    return "\n\n".join(_without_dangling_end(paragraphs, _heading_texts(page, container))) or None


def _or_text_blocks(
    page: Page, container: etree._Element, paragraphs: list[str], apart: Container[etree._Element] = ()
) -> list[str]:
    """The container's paragraphs, or, where they are few, its text blocks when those say more than twice
    as much (a story set in <div>s and <span>s)."""
    if sum(map(len, paragraphs)) >= _FEW_PARAGRAPHS:
        return paragraphs
    blocks = _text_block_lines(page, container, apart)
    return blocks if sum(map(len, blocks)) > 2 * sum(map(len, paragraphs)) else paragraphs


def _entry_wrappers(entries: list[etree._Element]) -> set[etree._Element]:
    """The update entries and the paragraph-like elements around them (a list item per entry)."""
    return {*entries, *(wrapper for entry in entries for wrapper in entry.iterancestors(*_BLOCK_TAGS))}


def _update_lines(page: Page, entries: list[etree._Element], taken: set[str]) -> list[str]:
    """The lines of a live blog's updates that the body does not hold yet (an update beside the intro,
    or one written in <div>s, which the container's paragraphs leave out), each update read as a story
    is: its paragraphs, or its text blocks where those say more."""
    lines: list[str] = []
    for entry in entries:
        for line in _or_text_blocks(page, entry, _paragraphs(page, entry)):
            if line not in taken:
                taken.add(line)
                lines.append(line)
    return lines


_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


def _heading_texts(page: Page, container: etree._Element) -> set[str]:
    """The texts of the container's headings: one that closes the body headed a block that went. A
    paragraph in bold alone over a list is the list's heading ("<p><strong>Weblinks</strong></p><ul>"),
    where a signature in bold closes the story with no list after it."""
    headings = {_text(heading) for heading in container.iter(*_HEADING_TAGS) if not page.is_excluded(heading)}
    for p in container.iter("p"):
        if _bold_only(p) and (after := p.getnext()) is not None and after.tag in ("ul", "ol"):
            headings.add(_text(p))
    return headings


def _bold_only(p: etree._Element) -> bool:
    return (
        len(p) == 1
        and p[0].tag in ("strong", "b")
        and not (p.text or "").strip()
        and not (p[0].tail or "").strip()
    )


# A date line: a date and at most this many words besides ("Stand: 28.04.2023 17:23 Uhr", "Nachricht vom
# 06.11.2023", "24. April 2020 | Pressemitteilungen"); no sentence (it would end with a full stop).
_DATE_LINE_WORDS = 3
_DATE_LINE_LENGTH = 60
_WORD = re.compile(r"[^\W\d_]{3,}")


def _without_leading_date_lines(paragraphs: list[str], reading: Reading) -> list[str]:
    """The paragraphs without the date lines they open with: the theme's date line inside the story's
    container is the page's dating, not its text. (Further down, a date alone may head a chronology.)"""
    while len(paragraphs) > 1 and _is_date_line(paragraphs[0], reading):
        paragraphs = paragraphs[1:]
    return paragraphs


def _is_date_line(text: str, reading: Reading) -> bool:
    text = text.strip()
    if len(text) > _DATE_LINE_LENGTH or text.endswith((".", "!", "?")) or not any(c.isdigit() for c in text):
        return False
    return len(_WORD.findall(text)) <= _DATE_LINE_WORDS and bool(reading.dates(text, 1))


# A dateline set as a paragraph of its own before the story's first ("<p class=ortsmarke>Düsseldorf -</p>",
# "WASHINGTON —"): a place of a few words and a dash.
_DATELINE_ALONE = re.compile(r"[^\W\d_][^\W\d_ .'’/()-]*(?:[ .'’/()-]+[^\W\d_]+){0,3}\)?\.? [-–—]")


def _with_dateline_joined(paragraphs: list[str]) -> list[str]:
    """The story's opening dateline joined to its first paragraph, as print sets it ("Düsseldorf -
    Tierschützer laufen seit Monaten Sturm ...")."""
    if len(paragraphs) > 1 and _DATELINE_ALONE.fullmatch(paragraphs[0]):
        return [f"{paragraphs[0]} {paragraphs[1]}", *paragraphs[2:]]
    return paragraphs


# A byline's label left alone ("Autor", "By:"), its name in a block the furniture rules took away.
_LONE_BYLINE_LABEL = re.compile(
    r"(?:autor(?:in|en)?|authors?|by|von|auteur|autore|por|par|door|av|af)\s*:?", re.I
)
_DANGLING_WORDS = 12


def _without_dangling_end(paragraphs: list[str], headings: set[str]) -> list[str]:
    """The paragraphs without what the removed blocks left dangling at the end: a heading (of the
    `headings`) whose block went ("Weitere Informationen", "Tags"), a line that introduces what followed
    it ("Lesen Sie dazu auch die Pressemitteilungen:", its links gone with their block) and a byline's
    label alone ("Autor"). A closing quote's colon is a sentence's: only short lines go."""
    while len(paragraphs) > 1 and (
        paragraphs[-1] in headings
        or _LONE_BYLINE_LABEL.fullmatch(last := paragraphs[-1].strip())
        or (last.endswith(":") and len(last.split()) <= _DANGLING_WORDS)
        or _trailing_label(last)
    ):
        paragraphs = paragraphs[:-1]
    return paragraphs


# A short closing line that ends no sentence: a block's heading whose block went ("Más temas", "Weblinks",
# "Fotostrecke", "Explore further"), a button's text, a stray "-->". A signature stays: a name, or a desk's
# initials ("(dmk)", "（羅森）", "amw").
_LABEL_WORDS = 4
_LABEL_LENGTH = 40


def _trailing_label(text: str) -> bool:
    if not any(ch.isalpha() for ch in text):
        return True
    if len(text) > _LABEL_LENGTH or len(text.split()) > _LABEL_WORDS or text.endswith(SENTENCE_END):
        return False
    return text[:1] not in "([（【" and not _DESK_INITIALS.fullmatch(text) and not split_byline(text)


_DESK_INITIALS = re.compile(r"[a-zäöü]{2,3}")  # an editor's signature without brackets ("amw"); not "mehr"


# A byline is short: "Von Anna Sleegers, Frankfurt", "By Abby Patkin".
_BYLINE_LENGTH = 80


def without_byline(body: str | None, authors: list[str]) -> str | None:
    """The body without the byline it opens with: a theme that sets "Von Anna Sleegers, Frankfurt" as the
    story's first paragraph. A line goes only when it names nobody but the story's authors (as the other
    layers found them); a signature at the end, as many desks sign, stays."""
    if not body or not authors:
        return body
    paragraphs = body.split("\n\n", 2)
    keys = {name_key(name) for name in authors}
    surnames = {key.rsplit(" ", 1)[-1] for key in keys}
    for index in range(min(2, len(paragraphs) - 1)):
        line = paragraphs[index]
        if len(line) > _BYLINE_LENGTH or not any(name in name_key(line) for name in surnames):
            continue  # (no author's last name in it: no byline of theirs, and no need to read it as one)
        if _names_only_authors(line, keys) or _dated_byline(line, keys):
            return "\n\n".join(paragraphs[:index] + paragraphs[index + 1 :])
    return body


def _names_only_authors(line: str, keys: set[str]) -> bool:
    """A byline that names nobody but the story's authors ("Von Anna Sleegers, Frankfurt")."""
    named = {name_key(name) for name in split_byline(line)}
    # (A name read on into the place on the byline's next line, "Sebastian Drescher Kakuma", is the
    # author's: the body's line does not keep the line break the authors' reading split at.)
    return bool(named) and all(
        name in keys or name.startswith(tuple(f"{key} " for key in keys)) for name in named
    )


def _dated_byline(line: str, keys: set[str]) -> bool:
    """A byline with the date line beside it, no sentence: "Anzeige Stefan Trunzik, 26.04.2024 10:00 Uhr",
    "By Jane Doe | May 17, 2024"."""
    if line.endswith((".", "!", "?")) or not any(key in name_key(line) for key in keys):
        return False
    return bool(find_human_dates(line, limit=1))
