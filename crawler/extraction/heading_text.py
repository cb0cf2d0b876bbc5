"""What a heading shows as its text: a kicker kept, an overline, hidden separator or subtitle dropped.

Inside a heading, a kicker is kept ("Kicker: Headline", with a colon when the page puts none), an
overline or topic line and the hidden separator after it are dropped, and so is a subtitle after the
headline ("entry-subtitle"); a first line set apart by a <br> or by CSS alone ("<span>Kicker</span>
Headline") is a kicker too, any other <br> is a space, and styles, scripts and ruby readings are no text.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extraction.block_names import TOPIC_LINE
from crawler.extraction.text import unescape

# Class names, in the languages themes are written in: a topic or section line over the headline
# (`TOPIC_LINE`), a kicker ("Dachzeile", "surtitre", "antetítulo", "volanta", "occhiello"), a subtitle
# or standfirst under it ("sous-titre", "chapô", "bajada", "sottotitolo", "podtytuł", "dek").
KICKER = re.compile(
    r"kicker|topline|dachzeile|spitzmarke|eyebrow|roofline|supertitle|pretitle|pre-title|sur-?titre|"
    r"ante-?t[ií]tulo|volanta|cintillo|occhiello|sopratitolo|chap[eé]u(?![a-z])|nadtytu[lł]|bovenkop",
    re.I,
)

# A subtitle or standfirst set inside the heading after the headline is the line under it, no part of it.
_SUBTITLE = re.compile(
    r"sub-?title|sub-?head|subline|standfirst|sous-?titre|chap[oô](?![a-z])|chapeau|bajada|entradilla|"
    r"sub-?t[ií]tulo|sottotitolo|podtytu[lł]|ondertitel|untertitel|unterzeile|(?<![a-z])dek(?![a-z])",
    re.I,
)

# (Tailwind's "empty:hidden" hides an element only while it is empty: one with text is shown.)
_HIDDEN = re.compile(
    r"hide|(?<!empty:)hidden|invisible|offscreen|sr-only|screen-reader|a11y|visually|separator", re.I
)

# A paywall's badge set in the heading ("<span class=ArticleTeaser_premium>Abo</span>", "Plus", "F+"): the
# story's access, no word of its title. Only a short text counts.
_PAYWALL_BADGE = re.compile(r"premium|paywall|paid(?![a-z])|subscriber|(?<![a-z])(?:abo|plus)(?![a-z])", re.I)
_BADGE_LENGTH = 15

_SEPARATOR_ENDINGS = frozenset(":|–—-/.?!")  # a heading's text so far ending in one needs no ": "

_STARTS_WITH_SEPARATOR = re.compile(r"^\s*[:|–—\-/]")


def displayed_text(h1: etree._Element) -> str:
    """The text of a heading: a kicker is kept ("Kicker: Headline"), an overline or topic is dropped."""
    return unescape(_heading_text(h1)) or unescape(h1.text_content())


class _HeadingLines:
    """The text of a heading being put together, and where its lines meet.

    A line of its own in front of the headline is a kicker: the page sets it apart by a kicker class, by
    a <br>, or by CSS alone when its element ends right against the headline's first capital letter
    ("<span>Nationale Demo</span>Der 9. Juli naht"). Between the two lines goes ": " (the page's own
    separator when it writes one); any other <br> is a space between two words.
    """

    def __init__(self, text: str | None) -> None:
        self.parts: list[str] = []
        self.last = ""  # the last character so far that is not a space ("" while there is none)
        self.spaced = True  # whether the text so far ends in a space (or is empty)
        self.kicker_pending = False  # the text so far is a kicker (by its class, or a line of its own)
        self.lone_line = False  # the text so far is one element's, which may be a line of its own
        self.line_break = False  # a <br> since the last text
        self.hidden_from: int | None = None  # where hidden text starts that no shown text has followed yet
        if text:
            self.append(text)

    def hidden(self, text: str) -> None:
        """Hidden text: kept as the separator it is between two parts ("<span class=sr-only>: </span>"),
        dropped as a screen reader's cue before any text ("<span class=screen-reader-text>Visit</span>
        Title") or a decorative label after all of it ("<span aria-hidden=true>[Videoseite]</span>")."""
        if self.last:
            if self.hidden_from is None:
                self.hidden_from = len(self.parts)
            self.append(text)

    def text(self) -> str:
        return "".join(self.parts if self.hidden_from is None else self.parts[: self.hidden_from])

    def append(self, text: str) -> None:
        """Text as it stands, with no line handling (the hidden separator after a kicker)."""
        self.parts.append(text)
        if stripped := text.rstrip():
            self.last = stripped[-1]
        if text:
            self.spaced = text[-1].isspace()

    def add(self, text: str) -> None:
        if not text.strip():
            self.append(text)
            return
        self.hidden_from = None
        glued = not self.spaced and not text[0].isspace()
        own_line = self.lone_line and (self.line_break or glued) and _starts_a_line(text)
        if (
            (self.kicker_pending or own_line)
            and self.last not in _SEPARATOR_ENDINGS
            and not _STARTS_WITH_SEPARATOR.match(text)
        ):
            self._trim_space()  # ("Kicker</span> <span>Headline": "Kicker: Headline", not "Kicker : ")
            self.append(": ")
        elif glued and (self.line_break or own_line):
            self.append(" ")
        self.append(text)
        self.kicker_pending = self.lone_line = self.line_break = False

    def _trim_space(self) -> None:
        """Drop the whitespace the text so far ends in."""
        while self.parts and self.parts[-1].isspace():
            self.parts.pop()
        if self.parts:
            self.parts[-1] = self.parts[-1].rstrip()

    def add_element(self, text: str) -> None:
        """An element's text: when the heading starts with it, it may be a line of its own."""
        alone = not self.last and bool(text.strip())
        self.add(text)
        self.lone_line = alone


def _starts_a_line(text: str) -> bool:
    """Whether the text starts as a headline does after a kicker: a capital, a digit or a quote."""
    first = text.lstrip()[:1]
    return first.isupper() or first.isdigit() or first in "\"'„“«‚‘¿¡"


# Elements of a heading that are not its text: code, controls, and the readings above ruby text.
_NOT_TEXT = frozenset(("script", "style", "template", "button", "svg", "noscript", "rt", "rp"))

# Deeper than this, a heading's markup is broken (unclosed tags): its text is read plainly.
_MAX_HEADING_DEPTH = 30


def _heading_text(heading: etree._Element, depth: int = 0) -> str:
    if not len(heading):
        return heading.text or ""
    if depth > _MAX_HEADING_DEPTH:
        return heading.text_content()
    lines = _HeadingLines(heading.text)
    dropped_last = False
    for child in heading:
        tag = child.tag
        if tag == "br":
            lines.line_break = True
        elif isinstance(tag, str) and tag not in _NOT_TEXT:
            dropped_last = _add_child(lines, child, depth, dropped_last)
        if child.tail:
            lines.add(child.tail)
    return lines.text()


def _add_child(lines: _HeadingLines, child: etree._Element, depth: int, dropped_last: bool) -> bool:
    """Add a child element's text to the heading's lines, as a kicker, or not at all (a subtitle, a
    hidden label right after a dropped part); whether the heading's last part is now a dropped one."""
    attrs = child.get("class") or ""
    if _HIDDEN.search(attrs) or child.get("aria-hidden") == "true":
        if not dropped_last:
            lines.hidden(child.text_content())
        return dropped_last
    if KICKER.search(attrs) or (not lines.last and _SUBTITLE.search(attrs)):
        # (A "subtitle" in front of the headline is its kicker: "<span class=subtitle>Olympia</span> …")
        lines.add(_child_text(child, depth))
        lines.kicker_pending = True
        return False
    if (TOPIC_LINE.search(attrs) or _after_text(lines, _SUBTITLE, attrs)) and child.text_content().strip():
        return True
    if _PAYWALL_BADGE.search(attrs) and len(child.text_content().strip()) <= _BADGE_LENGTH:
        return dropped_last
    if text := _child_text(child, depth):
        lines.add_element(text)
        if text.strip():
            return False
    return dropped_last


def _after_text(lines: _HeadingLines, pattern: re.Pattern[str], attrs: str) -> bool:
    """Whether the element's class matches and the heading has text before it: a "subtitle" in front of
    the headline is a kicker, one after it the line under the headline."""
    return bool(lines.last) and bool(pattern.search(attrs))


def _child_text(child: etree._Element, depth: int) -> str:
    return _heading_text(child, depth + 1) if len(child) else child.text or ""


def has_overline(h1: etree._Element) -> bool:
    """Whether the heading marks a topic line apart from its headline (the part displayed_text drops)."""
    return any(
        isinstance(child.tag, str)
        and TOPIC_LINE.search(child.get("class") or "")
        and not KICKER.search(child.get("class") or "")
        and child.text_content().strip()
        for child in h1
    )
