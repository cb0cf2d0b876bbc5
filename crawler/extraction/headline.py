"""The headline: what the page states most consistently in its metadata and its visible <h1>.

Rules a desk editor would apply:
- every statement of the headline counts: the story's JSON-LD headline, og:title, twitter:title (when
  it says something else than og:title), the <title>, each <h1> outside teaser blocks; the text stated
  by the most of them wins (an <h2>/<h3> or a <title> that contains it adds a vote); ties go to JSON-LD,
  then og:title, then the <h1>; a single word that no other statement repeats ranks last (og:title
  "Medienmitteilungen" on a press release names its section);
- a short <h1> that shares no word with the metadata titles ("Log In", a logo) is not a statement, nor
  is an <h1> styled as a breadcrumb or SEO title (the reader's headline is displayed elsewhere);
- twitter:title that copies og:title (with or without the site's name) is not a second statement;
- a metadata field that is another one visibly cut short by a length limit (at an ellipsis, inside a
  word, after a conjunction or an article: "… Sieger und") is not a statement either;
- a displayed <h2>/<h3> votes for a statement it shows, also under a kicker ("Kicker Headline"), and
  so does the story's JSON-LD alternativeHeadline;
- when the <h1> sets a topic apart as an overline, a title that prefixes a topic to the <h1>'s words
  ("Topic: Headline") states the same headline; so does any title that puts words and a dash or bar
  before the displayed <h1>'s words ("SEO line - Headline");
- inside a heading, a kicker is kept ("Kicker: Headline", with a colon when the page puts none), an
  overline or topic line and the hidden separator after it are dropped, and so is a subtitle after the
  headline ("entry-subtitle"); a first line set apart by a <br> or by CSS alone
  ("<span>Kicker</span>Headline") is a kicker too, any other <br> is a space, and styles, scripts and
  ruby readings are no text;
- the site's name and the section next to it ("… | CBC News", "… - WELT", "…:朝日新聞デジタル",
  "WELT - …", "Site » Section » …", "… (Site)") are cut at the separator when a piece names the site
  (og:site_name, publisher, the host's longest label and its registered name; a name of up to three
  letters only as a word of its own); so is a last piece in capitals after a bar, a label of the
  story's kind ("… | COMMENTARY", "… | VIDEO"), and a date in front ("23.01.2022 - …");
  a dash between two numbers joins a range or a date ("14. - 20. Januar", "2019 - 2020") and is no
  separator; words going on in lower case ("… - und viele offene Fragen | Site") are no section; a
  separator left dangling at an end ("Headline -") is dropped;
- a field's short trailing pieces are cut where what is left is the displayed <h1> ("Penny - Game
  Wiki", "Headline › Blog Name", "标题_栏目_网站"), even when the site's name is unknown;
- an <h1> that is only a link home is the site's name (a blog's title over its posts), no statement; a
  field that holds only the site's name ranks last; a state badge the <h1> shows first or last ("LIVE",
  "Updated") goes where the metadata states the headline without it; a heading set in capitals takes
  the case another statement writes;
- HTML entities, even double-escaped ones, and UTF-8 read as windows-1252 ("fÃ¼r") are repaired.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import urlsplit

from lxml import etree

from crawler.extraction.block_names import TOPIC_LINE
from crawler.extraction.labels import HOME_TEXT
from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import clean_text, unescape, without_invisible

# Class names, in the languages themes are written in: a topic or section line over the headline
# (`TOPIC_LINE`), a kicker ("Dachzeile", "surtitre", "antetítulo", "volanta", "occhiello"), a subtitle
# or standfirst under it ("sous-titre", "chapô", "bajada", "sottotitolo", "podtytuł", "dek").
_KICKER = re.compile(
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
_HIDDEN = re.compile(r"hide|hidden|offscreen|sr-only|screen-reader|a11y|visually|separator", re.I)
_SEPARATOR_ENDINGS = frozenset(":|–—-/.?!")  # a heading's text so far ending in one needs no ": "
_STARTS_WITH_SEPARATOR = re.compile(r"^\s*[:|–—\-/]")
# Spaced separators (also the breadcrumb's "<" and ">", "::" and "~"), unspaced bars and dashes (Korean
# titles write the bar as the letter ㅣ), a colon or hyphen before a last word ("Headline:Site"), and the
# underscore between Chinese pieces ("蔡健雅_百度百科").
_SEPARATORS = re.compile(
    r"\s+(?:[|\-–—·•:»›/<>~]|::)\s+|\s*[|｜ㅣ–—]\s*|\s*[:：]\s*(?=\S+$)|\s*-(?=[^\s-]+$)"
    r"|(?<=[^\x00-\x7f])_(?=[^\x00-\x7f])"
)
# Not "»": French quotes close with it.
_DANGLING_CHARS = "|｜-–—·•:/"
_DANGLING_SEPARATOR = re.compile(r"^[|｜\-–—·•:/]\s+|\s+[|｜\-–—·•:/]$")
_SEPARATOR_SPLIT = re.compile(f"({_SEPARATORS.pattern})")
# An <h1> styled as a breadcrumb or kept for search engines ("seotitle") repeats the SEO headline; the
# reader's headline is displayed elsewhere.
_SEO_HEADING = re.compile(r"(?:^|[-_\s])seo(?:$|[-_\s]|title|headline|heading)|breadcrumb", re.I)
_WORD = re.compile(r"[^\W_]+")  # an underscore joins two pieces ("蔡健雅_百度百科"), not two letters
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")
# Conjunctions and articles, which end no headline: a field ending on one was cut by a length limit.
_NO_LAST_WORD = frozenset(
    re.findall(
        r"\w+",
        "and or the a und oder der das den dem des ein eine einer einen et ou le la les un une "
        "y el los las il lo gli e en het een",
    )
)
_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "`": "'"}
)


def _h1_text(h1: etree._Element) -> str:
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
        if text:
            self.append(text)

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
# No headline runs this long: a longer field or <h1> is a page's text run together (an unclosed <title>
# swallows the document), and splitting it at every separator would cost seconds.
_LONGEST_STATEMENT = 400
_TRUST_SITE_NAME = 0.1  # a field that holds nothing but the site's name: a home page's headline, no story's


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
    return "".join(lines.parts)


def _add_child(lines: _HeadingLines, child: etree._Element, depth: int, dropped_last: bool) -> bool:
    """Add a child element's text to the heading's lines, as a kicker, or not at all (a subtitle, a
    hidden label right after a dropped part); whether the heading's last part is now a dropped one."""
    attrs = child.get("class") or ""
    if _HIDDEN.search(attrs) or child.get("aria-hidden") == "true":
        if not dropped_last:
            lines.append(child.text_content())
        return dropped_last
    if _KICKER.search(attrs) or (not lines.last and _SUBTITLE.search(attrs)):
        # (A "subtitle" in front of the headline is its kicker: "<span class=subtitle>Olympia</span> …")
        lines.add(_child_text(child, depth))
        lines.kicker_pending = True
        return False
    if (TOPIC_LINE.search(attrs) or _after_text(lines, _SUBTITLE, attrs)) and child.text_content().strip():
        return True
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


def _has_overline(h1: etree._Element) -> bool:
    """Whether the heading marks a topic line apart from its headline (the part _h1_text drops)."""
    return any(
        isinstance(child.tag, str)
        and TOPIC_LINE.search(child.get("class") or "")
        and not _KICKER.search(child.get("class") or "")
        and child.text_content().strip()
        for child in h1
    )


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) > 1 or not w.isascii()}


def site_names(page: Page, data: StructuredData) -> list[str]:
    names = []
    for key in (
        "og:site_name",
        "application-name",
        "apple-mobile-web-app-title",
        "twitter:site",
        "publisher",
    ):
        if value := data.meta.get(key):
            names.append(value.lstrip("@"))
    publisher = data.resolve(data.article.get("publisher"))
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.append(publisher["name"])
    names.extend(_host_names(urlsplit(page.url).hostname or ""))
    return [n.casefold() for n in (clean_text(n) for n in names) if n]


def _home_link_names(page: Page) -> list[str]:
    """The site's name as its links to the home page write it: the logo's text or picture ("Kölner
    Stadt-Anzeiger", "OSV logo"), a name the host abbreviates ("ksta.de") or a page without a site-name
    meta lacks. For the headline only: a blog's home link may be its author's name, who still writes."""
    home = _home_hrefs(page)
    names: list[str] = []
    # (The hrefs as strings, gathered in C: no element proxy for the links that do not go home.)
    for href in _HREFS(page.tree):
        if href.strip() not in home or (link := href.getparent()) is None:
            continue
        text = clean_text(link.text_content())
        if not text:
            text = next((alt for img in link.iter("img") if (alt := clean_text(img.get("alt")))), "")
            text = _LOGO_WORD.sub("", text).strip()
        name = text.casefold()
        if (
            name
            and len(name.split()) <= _SITE_NAME_WORDS
            and name not in names
            and not HOME_TEXT.fullmatch(name)
        ):
            names.append(name)
        if len(names) >= _HOME_LINKS:
            break
    return names


def _home_hrefs(page: Page) -> set[str]:
    """The ways a link to the site's home page writes its address."""
    host = urlsplit(page.url).netloc
    return {"/", f"http://{host}", f"http://{host}/", f"https://{host}", f"https://{host}/", f"//{host}"}


def _is_site_logo(h1: etree._Element, home: set[str]) -> bool:
    """An <h1> that is nothing but a link to the home page (`_home_hrefs`) shows the site's name (blog
    themes set the blog's name as <h1> on every page, the post's title under it): no headline, and a name
    of the site to cut from the titles ("Harbour Watch: Headline")."""
    links = [link for link in h1.iter("a") if (link.get("href") or "").strip() in home]
    return bool(links) and any(clean_text(link.text_content()) == _h1_text(h1) for link in links)


_HREFS = etree.XPath("//a/@href")
_LOGO_WORD = re.compile(r"\blogo\b", re.I)
_SITE_NAME_WORDS = 5
_HOME_LINKS = 4  # the logo's, the menu's, the footer's: the first few distinct names say it


# Labels of a host name that name no site: subdomains for versions of a site, and the second-level
# domains under a country's domain ("co.uk", "com.au").
_GENERIC_HOST_LABELS = frozenset(("www", "m", "amp", "edition", "news"))
_SECOND_LEVEL_LABELS = frozenset(("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"))
# Platforms that host blogs and wikis under subdomains: there the subdomain names the site.
_HOSTING_PLATFORMS = frozenset(
    ("wordpress", "blogspot", "blogger", "wikidot", "tumblr", "substack", "medium", "github", "fandom",
     "wixsite", "weebly", "livejournal", "typepad", "hatenablog", "over-blog", "hypotheses", "jimdo",
     "jimdofree", "webnode", "ghost", "tistory", "exblog", "seesaa", "fc2")
)  # fmt: skip


def _host_names(host: str) -> list[str]:
    """The names of the site in its host: the longest label and the registered name ("myoos" in
    "foren.myoos.de", "bbc" in "www.bbc.co.uk"); on a blog or wiki platform the subdomain and the
    platform ("rueda" and "wikidot" in "rueda.wikidot.com")."""
    labels = [label for label in host.split(".") if label not in _GENERIC_HOST_LABELS]
    names = labels[:-1] or labels
    if len(names) > 1 and names[-1] in _SECOND_LEVEL_LABELS:
        names = names[:-1]
    if not names:
        return []
    if len(names) > 1 and names[-1] in _HOSTING_PLATFORMS:
        return [names[0], names[-1]]  # "rueda.wikidot.com": the blog or wiki is "rueda"
    longest = max(names, key=len)
    return [longest] if names[-1] == longest else [longest, names[-1]]


_NOT_LETTERS = re.compile(r"[\W_]+")
# German letters as a host name spells them ("Kölner" in "koelner.de", "Natürlich" in "natuerlich.de").
_HOST_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@functools.lru_cache(maxsize=1024)
def _compact(name: str) -> str:
    """A site's name in letters and digits only, German letters spelt out as in host names (asked for each
    piece of each title of its pages)."""
    return _NOT_LETTERS.sub("", name.translate(_HOST_SPELLING))


def _is_site(segment: str, sites: list[str]) -> bool:
    folded = segment.casefold().strip(" .").translate(_HOST_SPELLING)
    compact = _NOT_LETTERS.sub("", folded)
    if not compact:
        return True
    for site in sites:
        site_compact = _compact(site)
        if len(site_compact) <= 3:
            # A short name ("DW", "taz", "be") is a site's name only as a word of its own, not inside one.
            if _short_name_in(site_compact, folded) and len(compact) <= len(site) + 25:
                return True
        elif (site_compact in compact or compact in site_compact) and len(compact) <= len(site) + 25:
            return True
    return False


def _split_at_separators(title: str) -> list[str]:
    """The pieces of a title between its separators. A dash between two numbers joins a range or a date
    ("14. - 20. Januar", "2019 - 2020", "10 - 12 Uhr"), it does not separate the site's name, nor does
    the "»" that closes a French quote ("« non »")."""
    parts = _SEPARATOR_SPLIT.split(title)  # piece, separator, piece, ...
    pieces = [parts[0]]
    quoted = "«" in title
    open_quotes = parts[0].count("«") - parts[0].count("»") if quoted else 0
    for index in range(1, len(parts), 2):
        separator, piece = parts[index], parts[index + 1]
        if _between_numbers(pieces[-1], piece) or (open_quotes > 0 and "»" in separator):
            pieces[-1] += separator + piece
        else:
            pieces.append(piece)
        if quoted:
            open_quotes += (separator + piece).count("«") - (separator + piece).count("»")
    return pieces


def _between_numbers(before: str, after: str) -> bool:
    """Whether a separator stands between two numbers (it takes the spaces: a number, and its full stop,
    end right before it)."""
    last = before[-2:].rstrip(".")[-1:]
    return last.isdigit() and after.lstrip()[:1].isdigit()


def _short_name_in(name: str, folded: str) -> bool:
    """Whether a short name stands in the text with no other Latin letter or digit joined to it."""
    return bool(name) and re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded) is not None


def strip_site_name(title: str, sites: list[str]) -> str:
    """Remove the site's name (and the section next to it) before or after a separator, and a separator
    left dangling at either end ("Headline -" when the CMS had no site name to put after it). A site's
    name with a hyphen, written as the title's last word, is one word of the headline ("15 Jahre
    rete-mirabile.net"), no "Headline-Site" to cut at its hyphen."""
    last = title.rsplit(None, 1)[-1] if title.strip() else ""
    if "-" in last and _names_site(last, sites):
        kept = title[: -len(last)] + last.replace("-", _HYPHEN_KEPT)
        return _strip_site_name(kept, sites).replace(_HYPHEN_KEPT, "-")
    return _strip_site_name(title, sites)


_HYPHEN_KEPT = "\u2011"  # a non-breaking hyphen, which no separator pattern splits at


def _names_site(word: str, sites: list[str]) -> bool:
    """Whether a word is the site's name itself, its domain ending aside ("rete-mirabile.net")."""
    compact = _compact(_DOMAIN_ENDING.sub("", word.casefold()))
    return any(compact == _compact(site) for site in sites)


_DOMAIN_ENDING = re.compile(r"\.[a-z]{2,6}$")


def _strip_site_name(title: str, sites: list[str]) -> str:
    if title[:1] in _DANGLING_CHARS or title[-1:] in _DANGLING_CHARS:
        title = _DANGLING_SEPARATOR.sub("", title.strip())
    opening = title.rfind(" (") if title.endswith(")") else -1
    if opening >= 10 and _is_site(title[opening + 2 : -1], sites):
        title = title[:opening].rstrip()  # "Headline (Site)"
    if (after_site := _after_site_and_colon(title, sites)) is not None:
        return after_site
    pieces = _split_at_separators(title)
    if len(pieces) < 2:
        return _without_comma_tail(title, sites)
    # Trailing: "Headline | Section | Site", "Headline - Site", "Headline | COMMENTARY", and the site's
    # tagline after its name ("Headline » gizmeo.eu | inside the machine").
    for cut in range(1, len(pieces)):
        tail = pieces[cut:]
        named = any(_is_site(p, sites) for p in tail) or _is_label_after_bar(title, tail)
        if named and all(_is_name_piece(p, sites) or _is_tagline(p, tail, sites) for p in tail):
            head = _rejoin(title, pieces[:cut])
            if len(head) >= 10 or (not head.isascii() and len(head) >= 5):
                return head
    if _is_site(pieces[0], sites) and len(pieces[0].split()) <= 3:
        rest = _after_leading_sections(title[title.find(pieces[1], len(pieces[0])) :], sites)
        if len(rest) >= 10:
            return rest
    return title


def _after_site_and_colon(title: str, sites: list[str]) -> str | None:
    """The title after the site's name and a colon in front ("Harbour Watch: Headline", Blogger's
    titles), or None where it opens otherwise. The name itself, not words around it: a kicker may
    contain it ("GdP-Vize Klemmer: …" on gdp.de)."""
    name, colon, rest = title.partition(": ")
    rest = rest.strip()
    if not colon or len(name.split()) > 4 or len(rest) < 10:
        return None
    return rest if _names_site(name, sites) else None


_DATE_PIECE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _without_comma_tail(title: str, sites: list[str]) -> str:
    """The title without the site's name (and the day) it ends with after commas ("Orden fürs Morden,
    Tageszeitung junge Welt, 26.04.2024"). A comma inside a headline is common, so it separates only a
    tail of nothing but the site's name and dates, and never a site's name in front; only in a title that
    no other separator cuts."""
    if ", " not in title:
        return title
    parts = title.split(", ")
    for cut in range(1, len(parts)):
        tail = parts[cut:]
        if any(_is_site(p, sites) for p in tail) and all(
            (_is_site(p, sites) and len(p.split()) <= 4) or _DATE_PIECE.fullmatch(p.strip()) for p in tail
        ):
            head = ", ".join(parts[:cut])
            return head if len(head) >= 10 else title
    return title


def _section_title(text: str, sites: list[str]) -> bool:
    """A title the site's name was left on because what precedes it is too short to be a headline
    ("Wurmkiste | selbst.de": the story's topic word, as a section's page is titled): it states no
    headline while another statement does."""
    if len(text) > _SECTION_TITLE_LENGTH + max(map(len, sites), default=0):
        return False
    pieces = _split_at_separators(text)
    return len(pieces) == 2 and _is_site(pieces[1], sites) and len(pieces[0].strip()) < 10


_SECTION_TITLE_LENGTH = 16  # its topic word (under 10 characters) and a separator around the site's name


def _is_label_after_bar(title: str, tail: list[str]) -> bool:
    """A last piece after a bar that is one or two words in capitals labels the story's kind or section
    ("… | COMMENTARY", "… | VIDEO", "… | EXCLUSIVE"), as a site's name would: no part of the headline."""
    if len(tail) != 1:
        return False
    piece = tail[0].strip()
    before = title.rstrip().removesuffix(piece).rstrip()
    return before.endswith("|") and piece.isupper() and len(piece) >= 3 and len(piece.split()) <= 2


# A full date written with digits, then a spaced separator: "23.01.2022 - ", "2022-01-23 | ", "1/23/2022: ".
_LEADING_DATE = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})\s*(?:\s[-–—|]|[:|])\s+(?=\S)"
)


def _statement(text: str, sites: list[str]) -> str:
    """A title or heading as a statement of the headline: the site's name cut (`strip_site_name`), and a
    date in front of it, which dates the story in a list and is no part of its headline ("23.01.2022 -
    Wierer darf jubeln")."""
    text = strip_site_name(text, sites)
    rest = _LEADING_DATE.sub("", text, count=1)
    return rest if len(rest) >= 10 else text


def _after_leading_sections(rest: str, sites: list[str]) -> str:
    """What follows a breadcrumb after the site's name: "Politics » Headline" after "Site » " loses the
    section pieces that the same separator closes ("Site » Section » Headline")."""
    parts = _SEPARATOR_SPLIT.split(rest)  # piece, separator, piece, ...
    while len(parts) >= 3 and parts[1].strip() in "»›>/|" and _is_name_piece(parts[0], sites):
        if len(parts[0].split()) > 3 or len("".join(parts[2:])) < 10:
            break
        parts = parts[2:]
    return "".join(parts)


def _is_tagline(piece: str, tail: list[str], sites: list[str]) -> bool:
    """Whether a trailing piece is the site's tagline: a few words after the site's name in the tail."""
    first_site = next((i for i, p in enumerate(tail) if _is_site(p, sites)), len(tail))
    return tail.index(piece) > first_site and len(piece.split()) <= _TAGLINE_WORDS


_TAGLINE_WORDS = 6


def _is_name_piece(piece: str, sites: list[str]) -> bool:
    """Whether a trailing piece may be a site's or a section's name: at most four words, and not the
    headline going on in lower case ("Zwei Rücktritte - und viele offene Fragen | Site"); a single
    lower-case word is a name ("iPhone", a section's slug "fuetterung")."""
    words = len(piece.split())
    return words <= 4 and (words == 1 or not piece[:1].islower() or _is_site(piece, sites))


def _rejoin(title: str, pieces: list[str]) -> str:
    """The original text up to the end of the last kept piece (keeps the separators inside the headline)."""
    end = 0
    for piece in pieces:
        end = title.find(piece, end) + len(piece)
    return title[:end].strip()


@functools.lru_cache(maxsize=1024)
def _norm(text: str) -> str:
    """The text as compared between statements (each is compared several times): an <h1> hyphenated
    with soft hyphens states the same headline as a meta field without them."""
    text = unicodedata.normalize("NFKC", without_invisible(text)).translate(_QUOTES).casefold()
    return " ".join(text.split())


def _json_headline(data: StructuredData) -> str | None:
    raw = data.article.get("headline") or data.article.get("name")
    if isinstance(raw, list):
        raw = raw[0] if raw else None
    return raw if isinstance(raw, str) else None


def _kicker_of(longer: str, key: str) -> str | None:
    """The kicker in front of `key` when `longer` is "Kicker key", "Kicker: key" or "Kicker - key"."""
    if len(longer) <= len(key) or not longer.endswith(key) or not longer[: -len(key)].endswith(" "):
        return None
    kicker = longer[: -len(key)]
    return kicker if len(kicker.split()) <= 8 else None


def _dashed_prefix(longer: str, key: str) -> bool:
    """Whether `longer` is "Words - key" or "Words | key" (a dash or a bar, not a kicker's colon)."""
    kicker = _kicker_of(longer, key)
    return kicker is not None and kicker.rstrip().endswith(("-", "–", "—", "|"))


def _is_h1_trust(trust: float) -> bool:
    """Whether a statement's trust is an <h1>'s (between twitter:title's and og:title's)."""
    return _TRUST_TWITTER_TITLE < trust < _TRUST_OG_TITLE


def _cut_tails_the_heading_confirms(
    stated: list[tuple[str, float]], unstripped: list[str], sites: list[str]
) -> None:
    """Cut a metadata field's short trailing pieces ("Penny - Stardew Valley Wiki", "Headline › Blog Name")
    when what is left is the displayed <h1>: the tail is the site's name or section even when too short a
    headline was left to cut it by name alone, or the name is unknown. An unknown tail is cut only from a
    headline of three words or more (not from "Coronavirus - …")."""
    fields = len(unstripped)
    displayed = {_norm(text) for text, _ in stated[fields:]}
    for index, written in enumerate(unstripped):
        key = _norm(written)
        if key in displayed or not any(key.startswith(shown) for shown in displayed):
            continue
        pieces = _split_at_separators(written)
        for cut in range(1, len(pieces)):
            tail = pieces[cut:]
            if any(len(piece.split()) > 4 for piece in tail):
                continue
            head = _rejoin(written, pieces[:cut])
            named = any(_is_site(piece, sites) for piece in tail)
            if _norm(head) in displayed and (named or len(head.split()) >= 3 or not head.isascii()):
                stated[index] = (head, stated[index][1])
                break


def _without_clipped(stated: list[tuple[str, float]], fields: int) -> list[tuple[str, float]]:
    """The statements less the metadata fields (the first `fields` statements) that are another field cut
    short by a length limit ("… Sieger und" for "… Sieger und \"royaler Besuch\"", "… almen…" for
    "… almeno 15 morti"). A clipped copy is no statement of its own: it neither outvotes the full text
    nor passes for the headline. Headings are displayed text, not fields with a limit."""
    keys = [_norm(text) for text, _ in stated[:fields]]
    kept = [
        statement
        for statement, key in zip(stated[:fields], keys, strict=True)
        if not any(_is_clipped(key, other) for other in keys)
    ]
    return kept + stated[fields:]


def _is_clipped(key: str, other: str) -> bool:
    """Whether `key` is `other` visibly cut short: at an ellipsis, inside a word, or after a conjunction or
    an article (a headline does not end on "und" or "the"). A shorter field that ends on a full word
    ("… Klare Ansage" for "… Klare Ansage von Profis") may be the editor's own shorter headline."""
    stem = _ELLIPSIS.sub("", key)
    if len(stem) < 10 or len(other) <= len(stem) or not other.startswith(stem):
        return False
    if stem != key:
        return True
    rest = other[len(stem) :]
    if rest[0].isalnum():
        return len(stem) >= 20 and " " in stem  # in a language that spaces its words
    last_word = stem.rsplit(None, 1)[-1]
    return rest[0] == " " and last_word in _NO_LAST_WORD


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese): there one
# "word" may be a whole headline.
_UNSPACED_SCRIPT = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)
# How far each statement is trusted when the votes tie (an <h1> ranks between og:title and twitter:title).
_TRUST_JSON_LD, _TRUST_OG_TITLE, _TRUST_TWITTER_TITLE, _TRUST_TITLE = 5.0, 4.0, 2.0, 1.0


def find_headline(page: Page, data: StructuredData) -> str | None:
    # (From the walk the layers share: each tag-filtered walk is a full pass over the tree.)
    headings = {tag: page.elements(tag) for tag in ("h1", "h2", "h3")}
    home = _home_hrefs(page) if headings["h1"] else set()
    logos = [h1 for h1 in headings["h1"] if _is_site_logo(h1, home)]
    sites = site_names(page, data) + [_h1_text(h1).casefold() for h1 in logos]
    stated, unstripped = _field_statements(data, sites)
    if any(len(_split_at_separators(text)) > 1 for text, _ in stated) and (home := _home_link_names(page)):
        # A separator no known name of the site explains: its links home may name it (read only then).
        sites = sites + home
        stated, unstripped = _field_statements(data, sites)
    fields = len(stated)
    h1s = [h1 for h1 in headings["h1"] if h1 not in logos]
    under_overline = _add_h1_statements(page, h1s, stated, sites)
    stated = [(text, trust) for text, trust in stated if not _section_title(text, sites)] or stated
    _cut_tails_the_heading_confirms(stated, unstripped, sites)
    stated = _without_clipped(stated, fields)
    if not stated:
        return None
    return _most_stated(stated, _seconding_votes(page, data, headings, sites), under_overline, data.title)


def _field_statements(data: StructuredData, sites: list[str]) -> tuple[list[tuple[str, float]], list[str]]:
    """The metadata fields' statements of the headline, the site's name cut, with their trust; and each
    field as written (with the site's name)."""
    stated: list[tuple[str, float]] = []
    unstripped: list[str] = []
    og_key = ""
    for raw, trust in (
        (_json_headline(data), _TRUST_JSON_LD),
        (data.meta.get("og:title"), _TRUST_OG_TITLE),
        (data.meta.get("twitter:title"), _TRUST_TWITTER_TITLE),
        (data.title, _TRUST_TITLE),
    ):
        if raw and len(raw) <= 2 * _LONGEST_STATEMENT and (written := unescape(raw)):
            text = _statement(written, sites)
            if _names_site(text, sites):
                trust = _TRUST_SITE_NAME  # only the site's name ("og:title" set site-wide): the story's last
            if trust == _TRUST_OG_TITLE:
                og_key = _norm(text)
            elif trust == _TRUST_TWITTER_TITLE and _norm(text) == og_key:
                # twitter:title usually copies og:title (with or without the site's name): it speaks
                # only when it says something else.
                continue
            stated.append((text, trust))
            unstripped.append(written)
    return stated, unstripped


def _add_h1_statements(
    page: Page, h1s: list[etree._Element], stated: list[tuple[str, float]], sites: list[str]
) -> set[str]:
    """Add each displayed <h1>'s statement (trust between og:title and twitter:title, the first <h1>
    most); return the keys of those that set a topic apart as an overline."""
    title_words = [_words(t) for t, _ in stated]
    h1_count = 0
    under_overline: set[str] = set()
    for h1 in h1s:
        if page.is_excluded(h1) or _SEO_HEADING.search(h1.get("class") or ""):
            continue
        text = _h1_text(h1)
        if not text or len(text) > _LONGEST_STATEMENT:
            continue
        h1_count += 1
        text = _with_kicker_beside(h1, _without_badge(h1, text, stated), stated)
        words = _words(text)
        overlap = max((len(words & tw) for tw in title_words), default=0)
        if stated and not overlap and len(words) <= 3:
            continue  # "Log In", a logo, a section name
        stated.append((_statement(text, sites), 3.0 - 0.1 * h1_count))
        if _has_overline(h1):
            under_overline.add(_norm(stated[-1][0]))
    return under_overline


_BADGE_WORDS = 3
_BADGE_SEPARATORS = " :|–—-·•"


def _without_badge(h1: etree._Element, text: str, stated: list[tuple[str, float]]) -> str:
    """The <h1>'s text without a badge its first or last element shows ("<span>LIVE</span> Headline",
    "Headline <small>Updated</small>", an editor's "CC-Editor öffnen" link), where the metadata states the
    headline without it: a label of the page's state, no part of the headline. Not a kicker ("Exclusive:
    …", "Energiewende Oberland: …"): the kicker rules weigh those."""
    keys = {_norm(statement) for statement, _ in stated}
    if not keys or _norm(text) in keys:
        return text
    children = [el for el in h1.iter(etree.Element) if el is not h1]
    for child in {id(c): c for c in children[:1] + children[-1:]}.values():
        label = clean_text(child.text_content())
        if not label or len(label.split()) > _BADGE_WORDS or label.endswith((":", "：")):
            continue  # (a kicker, "Energiewende Oberland:", is the kicker rules' to weigh)
        if text.startswith(label):
            rest = text[len(label) :].lstrip(_BADGE_SEPARATORS)
        elif text.endswith(label):
            rest = text[: -len(label)].rstrip(_BADGE_SEPARATORS)
        else:
            continue
        if rest and _norm(rest) in keys:
            return rest
    return text


def _with_kicker_beside(h1: etree._Element, text: str, stated: list[tuple[str, float]]) -> str:
    """The <h1>'s text with the kicker a kicker element right before it shows ("<div class=kicker>
    Nationaler Veteranentag</div><h1>Orden fürs Morden</h1>"), where a statement of the metadata joins
    the two the same way ("Nationaler Veteranentag: Orden fürs Morden"): then the page displays that
    headline. Without such a statement the element may be a topic line: the <h1> alone."""
    before = h1.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or not _KICKER.search(before.get("class") or ""):
        return text
    shown = clean_text(before.text_content())
    for statement, _ in stated:
        before_text = statement[: -len(text)].rstrip()
        kicker = before_text[:-1].strip()
        if statement.endswith(text) and before_text.endswith(":") and kicker and kicker in shown:
            return statement
    return text


def _seconding_votes(
    page: Page, data: StructuredData, headings: dict[str, list[etree._Element]], sites: list[str]
) -> list[str]:
    """Texts that only second a statement made elsewhere: the displayed <h2>/<h3> and the story's JSON-LD
    alternativeHeadline."""
    votes: list[str] = []
    for tag in ("h2", "h3"):
        for heading in headings[tag]:
            if len(votes) > 30:
                break
            if not page.is_excluded(heading) and (text := _h1_text(heading)):
                votes.append(_norm(text))
    alternative = data.article.get("alternativeHeadline")
    if isinstance(alternative, str) and (text := unescape(alternative)):
        votes.append(_norm(_statement(text, sites)))
    return votes


def _most_stated(
    stated: list[tuple[str, float]], seconding: list[str], under_overline: set[str], title: str | None
) -> str | None:
    """The statement with the most votes, trust breaking ties."""
    raw_title = _norm(unescape(title)) if title else ""
    keys = [_norm(text) for text, _ in stated]
    stripped_title = next(
        (k for k, (_, trust) in zip(keys, stated, strict=True) if trust == _TRUST_TITLE), ""
    )
    displayed = {k for k, (_, trust) in zip(keys, stated, strict=True) if _is_h1_trust(trust)}
    best: tuple[float, float, str] | None = None
    for (text, trust), key in zip(stated, keys, strict=True):
        if not key:
            continue
        votes = sum(1 for k in keys if k == key)
        if key in under_overline:
            # The <h1> sets its topic apart as an overline: a title that prefixes a topic to the same
            # words ("Topic: Headline") states this headline.
            votes += sum(1 for k in keys if _kicker_of(k, key) is not None)
        elif key in displayed:
            # A title that puts words and a dash or bar before the displayed <h1>'s words ("SEO line -
            # Headline") states this headline too: what the page does not display is no part of it.
            votes += sum(1 for k in keys if _dashed_prefix(k, key))
        votes += sum(1 for v in seconding if v == key or _kicker_of(v, key) is not None)
        if raw_title and key in raw_title and stripped_title != key and trust != _TRUST_SITE_NAME:
            votes += 1
        if votes == 1 and " " not in key and not _UNSPACED_SCRIPT.search(key):
            trust = 0.5  # one word that no other statement repeats names a section or the site
        if best is None or (votes, trust) > best[:2]:
            best = (votes, trust, text)
    if best is None:
        return None
    if best[2].isupper():  # a heading set in capitals: the same words as another statement writes them
        key = _norm(best[2])
        cased = (t for (t, _), k in zip(stated, keys, strict=True) if k == key and not t.isupper())
        return next(cased, best[2])
    return best[2]
