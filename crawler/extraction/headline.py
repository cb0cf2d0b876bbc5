"""The headline: what the page states most consistently in its metadata and its visible <h1>.

Rules a desk editor would apply:
- every statement of the headline counts: the story's JSON-LD headline, og:title, twitter:title (when
  it says something else than og:title), the <title>, each <h1> outside teaser blocks; the text stated
  by the most of them wins (an <h2>/<h3> or a <title> that contains it adds a vote); ties go to JSON-LD,
  then og:title, then the <h1>; a single word that no other statement repeats ranks last (og:title
  "Medienmitteilungen" on a press release names its section);
- a short <h1> that shares no word with the metadata titles ("Log In", a logo) is not a statement, nor
  is an <h1> styled as a breadcrumb or SEO title (the reader's headline is displayed elsewhere), nor an
  <h1> that is all a link after one that is not (a news feed's card, even the card of this story);
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
  the case another statement writes, and any chosen statement the case and quotation marks of the <h1>
  that displays the same words;
- HTML entities, even double-escaped ones, and UTF-8 read as windows-1252 ("fÃ¼r") are repaired.

A heading's text is read in `heading_text`, the site's names and a title's separators in `site_name`;
this module gathers the statements and weighs them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from lxml import etree

from crawler.extraction.block_names import HIDDEN_CLASS
from crawler.extraction.heading_text import KICKER, displayed_text, has_overline
from crawler.extraction.page import Page
from crawler.extraction.site_name import (
    as_statement,
    home_hrefs,
    home_link_names,
    is_site,
    is_site_logo,
    names_site,
    rejoin,
    section_title,
    site_names,
    split_at_separators,
)
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import clean_text, unescape, without_invisible

# An <h1> styled as a breadcrumb or kept for search engines ("seotitle") repeats the SEO headline; the
# reader's headline is displayed elsewhere.
_SEO_HEADING = re.compile(r"(?:^|[-_\s])seo(?:$|[-_\s]|title|headline|heading)|breadcrumb", re.I)
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")
_WORD = re.compile(r"[^\W_]+")  # an underscore joins two pieces ("蔡健雅_百度百科"), not two letters
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

# No headline runs this long: a longer field or <h1> is a page's text run together (an unclosed <title>
# swallows the document), and splitting it at every separator would cost seconds.
_LONGEST_STATEMENT = 400
_TRUST_SITE_NAME = 0.1  # a field that holds nothing but the site's name: a home page's headline, no story's


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) > 1 or not w.isascii()}


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
    stated: list[tuple[str, float]], unstripped: list[str], sites: list[str], headings: list[str]
) -> None:
    """Cut a metadata field's short trailing pieces ("Penny - Stardew Valley Wiki", "Headline › Blog Name")
    when what is left is the displayed <h1>: the tail is the site's name or section even when too short a
    headline was left to cut it by name alone, or the name is unknown. An unknown tail is cut only from a
    headline of three words or more (not from "Coronavirus - …"). On a page without an <h1> statement
    the displayed <h2>/<h3> (`headings`, normalised) confirm instead, and short leading pieces go the
    same way ("Gregory Szorc's Digital Home | Mercurial's Journey…" over an <h2> of the post's title)."""
    fields = len(unstripped)
    displayed = {_norm(text) for text, _ in stated[fields:]}
    leading = not displayed
    if leading:
        displayed = set(headings)
    for index, written in enumerate(unstripped):
        key = _norm(written)
        if key in displayed or not any(shown in key for shown in displayed):
            continue
        pieces = split_at_separators(written)
        kept = _confirmed_head(written, pieces, displayed, sites)
        if kept is None and leading:
            kept = _confirmed_rest(written, pieces, displayed, sites)
        if kept is not None:
            stated[index] = (kept, stated[index][1])


def _confirmed_head(written: str, pieces: list[str], displayed: set[str], sites: list[str]) -> str | None:
    """The field without short trailing pieces, where what is left is displayed."""
    for cut in range(1, len(pieces)):
        tail = pieces[cut:]
        if any(len(piece.split()) > 4 for piece in tail):
            continue
        head = rejoin(written, pieces[:cut])
        named = any(is_site(piece, sites) for piece in tail)
        if _norm(head) in displayed and (named or len(head.split()) >= 3 or not head.isascii()):
            return head
    return None


def _confirmed_rest(written: str, pieces: list[str], displayed: set[str], sites: list[str]) -> str | None:
    """The field without short leading pieces, where what is left is displayed."""
    for cut in range(1, len(pieces)):
        lead = pieces[:cut]
        if any(len(piece.split()) > 4 for piece in lead):
            break
        rest = written[written.find(pieces[cut], len(rejoin(written, lead))) :].strip()
        named = any(is_site(piece, sites) for piece in lead)
        if _norm(rest) in displayed and (named or len(rest.split()) >= 3 or not rest.isascii()):
            return rest
    return None


def _without_clipped(stated: list[tuple[str, float]], fields: int) -> list[tuple[str, float]]:
    """The statements less the metadata fields (the first `fields` statements) that are another field cut
    short by a length limit ("… Sieger und" for "… Sieger und \"royaler Besuch\"", "… almen…" for
    "… almeno 15 morti"), or that end on an ellipsis. A clipped copy is no statement of its own: it
    neither outvotes the full text nor passes for the headline. Headings are displayed text, not fields
    with a limit. (`find_headline` keeps the fields where nothing else is left.)"""
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
    home = home_hrefs(page) if headings["h1"] else set()
    logos = [h1 for h1 in headings["h1"] if is_site_logo(h1, home)]
    sites = site_names(page, data) + [displayed_text(h1).casefold() for h1 in logos]
    stated, unstripped = _field_statements(data, sites)
    if any(len(split_at_separators(text)) > 1 for text, _ in stated) and (home := home_link_names(page)):
        # A separator no known name of the site explains: its links home may name it (read only then).
        sites = sites + home
        stated, unstripped = _field_statements(data, sites)
    fields = len(stated)
    h1s = [h1 for h1 in headings["h1"] if h1 not in logos]
    under_overline = _add_h1_statements(page, h1s, stated, sites)
    if len(stated) == fields and all(trust != _TRUST_JSON_LD for _, trust in stated):
        _add_marked_headline(page, data, stated, sites)
    stated = [(text, trust) for text, trust in stated if not section_title(text, sites)] or stated
    seconding = _seconding_votes(page, data, headings, sites)
    _cut_tails_the_heading_confirms(stated, unstripped, sites, seconding)
    # (A field cut short is still the best statement where nothing else states the headline.)
    stated = _without_clipped(stated, fields) or stated
    if not stated:
        return None
    return _most_stated(stated, seconding, under_overline, data.title)


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
            text = as_statement(written, sites)
            if names_site(text, sites):
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
    most; one its class hides from the eye states nothing); return the keys of those that set a topic
    apart as an overline."""
    title_words = [_words(t) for t, _ in stated]
    h1_count = 0
    under_overline: set[str] = set()
    headed = False  # whether an <h1> that is no link has stated the headline
    for h1 in h1s:
        names = h1.get("class") or ""
        if page.is_excluded(h1) or _SEO_HEADING.search(names) or HIDDEN_CLASS.search(names):
            continue
        text = displayed_text(h1)
        if not text or len(text) > _LONGEST_STATEMENT:
            continue
        link = _all_link(h1)
        if link and headed:
            continue  # a card's title after the story's own heading (a news feed's teaser of it)
        h1_count += 1
        text = _with_kicker_beside(h1, _without_badge(h1, text, stated), stated)
        words = _words(text)
        overlap = max((len(words & tw) for tw in title_words), default=0)
        if stated and not overlap and len(words) <= 3:
            continue  # "Log In", a logo, a section name
        stated.append((as_statement(text, sites), 3.0 - 0.1 * h1_count))
        headed = headed or not link
        if has_overline(h1):
            under_overline.add(_norm(stated[-1][0]))
    return under_overline


def _all_link(heading: etree._Element) -> bool:
    """Whether all the heading's text is one link's: a card's title, or an old theme's permalink."""
    text = heading.text_content().strip()
    return any(a.text_content().strip() == text for a in heading.iter("a")) if text else False


# The class microformats (hAtom) give a post's displayed title: "<span class="headline entry-title">".
_ENTRY_TITLE = re.compile(r"(?<![\w-])entry-title(?![\w-])")


def _add_marked_headline(
    page: Page, data: StructuredData, stated: list[tuple[str, float]], sites: list[str]
) -> None:
    """On a page without an <h1> statement and without a JSON-LD headline, the displayed element its
    markup names the headline (microdata itemprop="headline", hAtom's "entry-title") states it as an <h1>
    would. (Not asked where JSON-LD states the headline: the search reads every class of the page.)"""
    marked = [
        *data.microdata.get("headline", ()),
        *data.elements_with(page, _ENTRY_TITLE, words=("entry-title",)),
    ]
    for element in marked:
        if element.tag in ("meta", "link") or page.is_excluded(element):
            continue
        text = displayed_text(element)
        if text and len(text) <= _LONGEST_STATEMENT:
            stated.append((as_statement(text, sites), _TRUST_MARKED))
            return


_TRUST_MARKED = 2.9  # the first <h1>'s trust (`_add_h1_statements`): a displayed statement


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
    if before is None or not KICKER.search(before.get("class") or ""):
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
            if not page.is_excluded(heading) and (text := displayed_text(heading)):
                votes.append(_norm(text))
    alternative = data.article.get("alternativeHeadline")
    if isinstance(alternative, str) and (text := unescape(alternative)):
        votes.append(_norm(as_statement(text, sites)))
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
    return _in_case_written(best[2], stated, keys)


def _in_case_written(text: str, stated: list[tuple[str, float]], keys: list[str]) -> str:
    """The chosen statement in the case the page writes it: a heading set in capitals as another
    statement writes the same words; any other as its displayed <h1> writes them ("Powered by" where
    og:title capitalises every word, "Powered By")."""
    key = _norm(text)
    same = [(t, trust) for (t, trust), k in zip(stated, keys, strict=True) if k == key and not t.isupper()]
    if text.isupper():
        return same[0][0] if same else text
    return next((t for t, trust in same if _is_h1_trust(trust)), text)
