"""The site's names, and how a title sets them apart from the headline.

The site is named by its metadata (og:site_name, the publisher), its host ("spiegel" in www.spiegel.de,
with the registered name), its links home and an <h1> that is only its logo. A title's pieces at its
separators ("… | CBC News", "… - WELT", "…:朝日新聞デジタル", "WELT - …", "Site » Section » …", "… (Site)")
that name the site, its section, a label of the story's kind or a date are no part of the headline
(`as_statement`); a dash between two numbers is a range, no separator.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from lxml import etree

from crawler.extraction.heading_text import displayed_text
from crawler.extraction.labels import HOME_TEXT
from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import clean_text

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


def home_link_names(page: Page) -> list[str]:
    """The site's name as its links to the home page write it: the logo's text or picture ("Kölner
    Stadt-Anzeiger", "OSV logo"), a name the host abbreviates ("ksta.de") or a page without a site-name
    meta lacks. For the headline only: a blog's home link may be its author's name, who still writes."""
    home = home_hrefs(page)
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


def home_hrefs(page: Page) -> set[str]:
    """The ways a link to the site's home page writes its address."""
    host = urlsplit(page.url).netloc
    return {"/", f"http://{host}", f"http://{host}/", f"https://{host}", f"https://{host}/", f"//{host}"}


def is_site_logo(h1: etree._Element, home: set[str]) -> bool:
    """An <h1> that is nothing but a link to the home page (`home_hrefs`), or set inside one (Engadget's
    "<a href=/><h1>Engadget</h1></a>"), shows the site's name (blog themes set the blog's name as <h1> on
    every page, the post's title under it): no headline, and a name of the site to cut from the titles
    ("Harbour Watch: Headline")."""
    around = next(h1.iterancestors("a"), None)
    links = [
        link
        for link in (*h1.iter("a"), *(() if around is None else (around,)))
        if (link.get("href") or "").strip() in home
    ]
    return bool(links) and any(clean_text(link.text_content()) == displayed_text(h1) for link in links)


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


@functools.lru_cache(maxsize=256)
def host_names(url: str) -> list[str]:
    """The site's names in a page's address, as `site_names` reads them (for a layer with no metadata).
    (Cached: a page asks for each of its subheads; callers do not change the list.)"""
    return _host_names(urlsplit(url).hostname or "")


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


def is_site(segment: str, sites: list[str]) -> bool:
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
        elif len(compact) <= len(site) + 25 and (
            site_compact in compact
            or compact in site_compact
            or ("-" in site and _spells_host_words(site, folded))
        ):
            return True
    return False


def ends_with_site_word(word: str, sites: list[str]) -> bool:
    """Whether a text's last word may end a site's name ("Nation" for thenation, "gofeminin.de"): a cheap
    first look before `is_site` reads the text's last pieces."""
    compact = _compact(word.casefold())
    return bool(compact) and any(compact in (name := _compact(site)) or name in compact for site in sites)


def _spells_host_words(site: str, folded: str) -> bool:
    """Whether a piece opens a word with each word of a hyphenated host name, in order: the site's name
    written out ("CDU-Fraktion im Erfurter Stadtrat" for cdu-fraktion-erfurt.de)."""
    words = [word for word in site.split("-") if word]
    if len(words) < 2:
        return False
    pieces = iter(_NOT_LETTERS.split(folded))
    return all(any(piece.startswith(word) for piece in pieces) for word in words)


def split_at_separators(title: str) -> list[str]:
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
    if "-" in last and names_site(last, sites):
        kept = title[: -len(last)] + last.replace("-", _HYPHEN_KEPT)
        return _strip_site_name(kept, sites).replace(_HYPHEN_KEPT, "-")
    return _strip_site_name(title, sites)


_HYPHEN_KEPT = "\u2011"  # a non-breaking hyphen, which no separator pattern splits at


def names_site(word: str, sites: list[str]) -> bool:
    """Whether a word is the site's name itself, its domain ending aside ("rete-mirabile.net")."""
    compact = _compact(_DOMAIN_ENDING.sub("", word.casefold()))
    return any(compact == _compact(site) for site in sites)


_DOMAIN_ENDING = re.compile(r"\.[a-z]{2,6}$")


def _strip_site_name(title: str, sites: list[str]) -> str:
    if title[:1] in _DANGLING_CHARS or title[-1:] in _DANGLING_CHARS:
        title = _DANGLING_SEPARATOR.sub("", title.strip())
    opening = title.rfind(" (") if title.endswith(")") else -1
    if opening >= 10 and is_site(title[opening + 2 : -1], sites):
        title = title[:opening].rstrip()  # "Headline (Site)"
    if (after_site := _after_site_and_colon(title, sites)) is not None:
        return after_site
    pieces = split_at_separators(title)
    if len(pieces) < 2:
        return _without_comma_tail(title, sites)
    # Trailing: "Headline | Section | Site", "Headline - Site", "Headline | COMMENTARY", and the site's
    # tagline after its name ("Headline » gizmeo.eu | inside the machine").
    for cut in range(1, len(pieces)):
        tail = pieces[cut:]
        named = any(is_site(p, sites) for p in tail) or _is_label_after_bar(title, tail)
        if named and all(_is_name_piece(p, sites) or _is_tagline(p, tail, sites) for p in tail):
            head = rejoin(title, pieces[:cut])
            if len(head) >= 10 or (not head.isascii() and len(head) >= 5):
                return head
    if _opens_as_site(pieces[0], sites):
        rest = _after_leading_sections(title[title.find(pieces[1], len(pieces[0])) :], sites)
        if len(rest) >= 10:
            return rest
    return title


def _opens_as_site(piece: str, sites: list[str]) -> bool:
    """Whether a title's first piece (of up to three words) is the site's name, with a section word: a
    short name ("DW", "PSL") only as its first word ("BBC News - …", not "L'Université PSL : …", where
    the name is a word of the headline)."""
    words = piece.split()
    if not words or not is_site(piece, sites):
        return False
    if len(words) > 3:  # a longer name only where it spells out the host's words
        folded = piece.casefold().translate(_HOST_SPELLING)
        return any("-" in site and _spells_host_words(site, folded) for site in sites)
    long_names = [site for site in sites if len(_compact(site)) > 3]
    return is_site(words[0], sites) or (bool(long_names) and is_site(piece, long_names))


def _after_site_and_colon(title: str, sites: list[str]) -> str | None:
    """The title after the site's name and a colon in front ("Harbour Watch: Headline", Blogger's
    titles), or None where it opens otherwise. The name itself, not words around it: a kicker may
    contain it ("GdP-Vize Klemmer: …" on gdp.de)."""
    name, colon, rest = title.partition(": ")
    rest = rest.strip()
    if not colon or len(name.split()) > 4 or len(rest) < 10:
        return None
    return rest if names_site(name, sites) else None


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
        if any(is_site(p, sites) for p in tail) and all(
            (is_site(p, sites) and len(p.split()) <= 4) or _DATE_PIECE.fullmatch(p.strip()) for p in tail
        ):
            head = ", ".join(parts[:cut])
            return head if len(head) >= 10 else title
    return title


def section_title(text: str, sites: list[str]) -> bool:
    """A title the site's name was left on because what precedes it is too short to be a headline
    ("Wurmkiste | selbst.de": the story's topic word, as a section's page is titled): it states no
    headline while another statement does."""
    if len(text) > _SECTION_TITLE_LENGTH + max(map(len, sites), default=0):
        return False
    pieces = split_at_separators(text)
    return len(pieces) == 2 and is_site(pieces[1], sites) and len(pieces[0].strip()) < 10


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


def as_statement(text: str, sites: list[str]) -> str:
    """A title or heading as a statement of the headline: the site's name cut (`strip_site_name`), a date
    in front of it, which dates the story in a list and is no part of its headline ("23.01.2022 -
    Wierer darf jubeln"), and the credit of its picture after it ("…の成否 （写真＝ロイター）")."""
    text = strip_site_name(text, sites)
    rest = _LEADING_DATE.sub("", text, count=1)
    text = rest if len(rest) >= 10 else text
    if text.endswith((")", "）")) and (match := _PICTURE_CREDIT.search(text)) and match.start() >= 10:
        return text[: match.start()]
    return text


# A picture's credit in brackets closing a title: "（写真＝ロイター）", "(Photo: Reuters)", "(Foto: dpa)".
_PICTURE_CREDIT = re.compile(
    r"\s*[(（]\s*(?:写真|撮影|画像|photos?|foto|bild|image|video)\s*[=＝:：/／]\s*[^()（）]{1,40}[)）]$", re.I
)


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
    first_site = next((i for i, p in enumerate(tail) if is_site(p, sites)), len(tail))
    return tail.index(piece) > first_site and len(piece.split()) <= _TAGLINE_WORDS


_TAGLINE_WORDS = 6


def _is_name_piece(piece: str, sites: list[str]) -> bool:
    """Whether a trailing piece may be a site's or a section's name: at most four words, and not the
    headline going on in lower case ("Zwei Rücktritte - und viele offene Fragen | Site"); a single
    lower-case word is a name ("iPhone", a section's slug "fuetterung")."""
    words = len(piece.split())
    return words <= 4 and (words == 1 or not piece[:1].islower() or is_site(piece, sites))


def rejoin(title: str, pieces: list[str]) -> str:
    """The original text up to the end of the last kept piece (keeps the separators inside the headline)."""
    end = 0
    for piece in pieces:
        end = title.find(piece, end) + len(piece)
    return title[:end].strip()
