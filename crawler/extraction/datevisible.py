"""Dates the page shows: in its date, time and byline elements, in running text, on a permalink line.

Each reader here returns what a person scanning the page would take for a date line, with what the
words before it say, and leaves out what is plainly another story's or another person's date;
`dates.find_dates` decides which of them, if any, is the story's. Rules:
- a date inside a teaser, widget, navigation or header block (`page.excluded`), a comment, a related
  list or a calendar is never taken (WordPress taxonomy classes such as "category-popular" are
  ignored); nor one inside a link to another story (a link to the page itself, its canonical address
  or a date archive is fine), in a picture caption, after "Registered:" / "Current time:" or in a
  clock widget;
- a date labelled as an update ("Updated", "Aktualisiert", "Mis à jour", 수정...) or in an element
  whose class says update (not hAtom's "entry-date updated") is a modification date; German "Stand:"
  is not (public broadcasters print it as the story's only date);
- a "Date:" label in the element before a date in running text counts as a publication label.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from lxml import etree

from crawler.extraction.article import PageDate
from crawler.extraction.block_names import HIDDEN_CLASS, without_state_classes
from crawler.extraction.blocks import BOILERPLATE, KIND_ATTR, story_container, story_places
from crawler.extraction.dateparse import (
    date_from_url,
    day_of,
    find_human_dates,
    on_24_hour_clock,
    parse_iso,
    yearless_stamp,
)
from crawler.extraction.page import Page
from crawler.extraction.patterns import word_alternation, words_of
from crawler.extraction.structured import StructuredData
from crawler.urls import is_date_archive

_UPDATE_LABEL = re.compile(
    r"(updated?|modified|edited|aktualisiert|akt\.|geändert|mis\s+à\s+jour|modifié|actualisé|actualizad[oa]|"
    r"actualización|aggiornat[oa]|atualizad[oa]|bijgewerkt|gewijzigd|oppdatert|opdateret|uppdaterad|"
    r"uppfært|päivitetty|zaktualizowano|aktualizacja|aktualizováno|aktualizace|aktualizované|frissítve|"
    r"frissítés|módosítva|actualizat|actualizare|ενημερ[ωώ]θηκε|ενημ[εέ]ρωση|обновлено|обновл[её]н[оа]?|"
    r"оновлено|atnaujinta|diperbarui|güncelleme|güncellendi|更新(?:时间|時間|日時|日期)?|수정|업데이트|"
    r"last\s+changed|zuletzt|dernière\s+modification(?:\s+de\s+cette\s+page)?|última\s+edición|"
    r"ultima\s+modifica|ažurirano|ажурирано|posodobljeno|обновено|актуализирано|абноўлена|atjaunināts|"
    r"atjaunots|uuendatud|muudetud|actualitzat|actualitzada|actualització|eguneratua|dikemas\s+kini|"
    r"cập\s+nhật|อัปเดต|อัพเดท|อัพเดต|แก้ไขล่าสุด|עודכן|עודכנה|עדכון|"
    r"(?:آخرین\s+)?(?:به[\s\u200c]*روز[\s\u200c]*(?:رسانی|شده)|بروز[\s\u200c]*(?:رسانی|شده))|(?:آخر\s+)?تحديث|"
    r"अपडेटेड|अपडेट|अद्यतन|আপডেট|হালনাগাদ|اپ\s*ڈیٹ)"
    # then a preposition ("am", "le", "lúc", "pada", "ב-") and a weekday ("Updated: Thursday, 13 Feb")
    r"\s*[:：]?\s*(am|le|el|on|il|em|a|op|den|dne|la|στις|в|lúc|vào|pada|ב-?|في|در)?\s*[:：]?"
    r"(?:\s*[^\W\d_]{2,12}\.?[,،]?)?"
    # and the time of day, where the page writes it first ("UPDATED: 11:50, Thu, Jul 18, 2024")
    r"(?:\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?[,،]?(?:\s*[^\W\d_]{2,12}\.?[,،]?)?)?\s*$",
    re.I,
)
_PUBLISH_LABEL = re.compile(
    r"(published|posted|veröffentlicht|erstellt|publié|publicado|pubblicato|gepubliceerd|publisert|"
    r"publiceret|publicerad|opublikowano|yayınlanma|yayınlandı|julkaistu|publikováno|publikované|"
    r"publikálva|publicat|δημοσιε[υύ]θηκε|δημοσίευση|опубликовано|опубліковано|発行|公開|입력|등록|发布|發布|"
    r"objavljeno|објављено|публикувано|апублікавана|publicēts|paskelbta|avaldatud|argitaratua|"
    r"diterbitkan|dipublikasikan|xuất\s+bản|đăng\s+lúc|ngày\s+đăng|เผยแพร่|פורסם|פורסמה|"
    r"تاریخ\s+انتشار|منتشر\s+شده|تاريخ\s+النشر|نشر|प्रकाशित|প্রকাশ|شائع|\bbirt\b|udgivet|发表|發表|게시)",
    re.I,
)
# Dates that are no story's publication: a forum member's join date, the page's clock ("It is currently"),
# the day a video or audio leaves the media library ("Verfügbar bis 06.05.2024", "Available until"), the
# day the page was printed.
_OTHER_LABEL = re.compile(
    r"(registriert|registered|joined|beigetreten|mitglied\s+seit|member\s+since|dabei\s+seit|anmeldedatum|"
    r"inscrit\s+le|inscription|registrado|iscritto|aktuelles\s+datum|aktuelle\s+zeit|current\s+(?:date|time)|"
    r"it\s+is\s+currently|heute\s+ist|today\s+is|es\s+ist\s+jetzt|"
    r"(?:verfügbar|abrufbar|online|gültig)\s+bis|available\s+(?:until|till)|expires|valid\s+until|"
    r"disponible\s+(?:jusqu'(?:au|à)|hasta\s+el|hasta)|disponibile\s+fino\s+al|beschikbaar\s+tot|"
    r"tilgjengelig\s+til|tillgänglig\s+till|dostępn[ey]\s+do|"
    # the day a reader printed the page (a print footer's "gedruckt am: Freitag, 7. Oktober 2016")
    r"gedruckt|druckdatum|printed|date\s+printed|imprimé|stampato|impreso)\s*:?\s*(am|on|le|el|den|il)?\s*:?"
    r"(?:\s*[^\W\d_]{2,12}\.?,?)?\s*$",  # and a weekday ("gedruckt am: Freitag, 7. Oktober 2016")
    re.I,
)
_SKIP_TAGS = {"script", "style", "noscript", "template", "option", "select", "textarea", "svg"}


class Reading(NamedTuple):
    """How the page writes its dates: the day first in numeric dates (all but American English), its
    language (which settles a month word two languages read differently), and the day its URL names (which
    gives the year to a date line that leaves it out: "3/9(木) 18:45")."""

    dayfirst: bool
    lang: str
    url_day: dt.date | None = None

    def dates(self, text: str, limit: int) -> list[tuple[int, PageDate]]:
        found = find_human_dates(text, self.dayfirst, limit, self.lang)
        if not found and self.url_day is not None and ":" in text:
            stamp = yearless_stamp(text, self.url_day)
            return [stamp] if stamp is not None else []
        return found


def page_reading(page: Page) -> Reading:
    """How the page writes its dates (read once per page: the layers ask for it many times)."""
    reading = vars(page).get(_READING_KEY)
    if reading is None:
        lang = (page.tree.get("lang") or "").lower()
        dayfirst = not (lang.startswith("en-us") or (lang == "en" and ".com/" in page.url))
        reading = vars(page)[_READING_KEY] = Reading(dayfirst, lang, date_from_url(page.url))
    return reading


_READING_KEY = "_newswatch_date_reading"


@dataclass
class Visible:
    value: PageDate
    updated: bool
    published_label: bool
    from_time_tag: bool
    # The day the element's own text shows beside its machine-readable instant ("02 Novembre 2023" for
    # datetime="2023-11-01T23:01:00Z"): the reader's local day of that instant.
    shown_day: dt.date | None = None


def _own_text(
    element: etree._Element, limit: int = 300, skip: frozenset[etree._Element] = frozenset()
) -> str:
    """The element's text, whitespace collapsed, read up to about `limit` characters (without the
    subtrees of `skip`). Only text counts towards the limit: a theme's indentation between tags (a line
    break and forty spaces, line after line) would otherwise use it up before the date line is reached."""
    parts: list[str] = []
    size = 0
    for text in _texts_without(element, skip) if skip else element.itertext():
        if text.isspace():
            continue
        parts.append(text)
        size += len(text)
        if size > limit:
            break
    return " ".join(" ".join(parts).split())


def _texts_without(element: etree._Element, skip: frozenset[etree._Element]) -> list[str]:
    """The element's text pieces in document order, without the subtrees of `skip` (their tails stay).
    A walk with a stack: a page without closing tags nests its elements thousands deep."""
    texts: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(element, False)]  # (element, its tail only)
    while stack:
        node, tail_only = stack.pop()
        piece = node.tail if tail_only else node.text
        if piece:
            texts.append(piece)
        if tail_only:
            continue
        for child in reversed(node):
            stack.append((child, True))
            if child not in skip and isinstance(child.tag, str):
                stack.append((child, False))
    return texts


def _hidden_parts(element: etree._Element) -> frozenset[etree._Element]:
    """The elements inside a date line (a short text) that a class hides from readers."""
    return frozenset(
        part
        for part in element.iterdescendants()
        if (names := part.get("class")) is not None and HIDDEN_CLASS.search(names) is not None
    )


_HINT = re.compile(
    word_alternation(
        words_of("date|time|publi|posted|byline|datum|fecha|stamp|meta|info|created|submitted|dateline|zeit")
    )
)
# Class or id tokens of blocks whose dates belong to other stories or to readers (read after
# `without_state_classes`: a post's category classes and a wrapper's "comments-enabled" name no block).
_AVOID = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-list|commentlist|related|teasers?|sidebar|widgets?|widget-area|"
    r"replies|reply|calendar|archives?|popular|most-read|reactions?|recommended|more-stories|"
    r"postprofile|userinfo|user-info|userstats|user-stats|current-(?:date|time)|today-date|date-today|todays-date|"
    r"clock|uhr|card-date|card-time|tile-date|print-?footer|footer[-_]?print)(?:$|[\s_-])",
    re.I,
)
_STOP_AT = {"article", "main", "body"}


def _avoided(page: Page, element: etree._Element) -> bool:
    """Inside a teaser, widget, navigation or comment block: its dates are not the story's."""
    node: etree._Element | None = element
    look = True
    while node is not None:
        if node in page.excluded:
            return True
        if look:
            if node.tag == "a" and links_elsewhere(page, node):
                return True  # a date in a link to another story is that story's
            if node.tag in _STOP_AT:
                look = False  # above the story's container, classes describe the page, not the block
            elif _class_avoided(page, node):
                return True
        node = node.getparent()
    return False


# A data attribute that holds the publication instant for the page's script to format ("data-publicationdate",
# "data-published", "data-publish-date", "data-date-published").
_DATA_PUBLICATION = re.compile(r"data-(?:date-?)?pub(?:li|date|-date)")


def _dates_in(
    element: etree._Element, text: str, reading: Reading, found: list[Visible], label_source: str
) -> None:
    values: list[tuple[int, PageDate]] = []
    if (machine := _machine_value(element, reading)) is not None:
        values.append((0, machine))
    human = reading.dates(text, 3) if text else []
    # (With a machine value, the text may add the local wall-clock time to it.)
    values.extend(human[:1] if values else human)
    first_label = _first_label(element, text, human) if values and values[0][0] == 0 else ""
    # hAtom themes mark the publication time "entry-date updated": only a class that says update and
    # nothing about publication makes a modification date.
    class_published = "publi" in label_source or "entry-date" in label_source or "post-date" in label_source
    class_updated = not class_published and any(w in label_source for w in ("modif", "updated", "update"))
    shown_day = None
    if machine is not None and len(values) == 2 and not _could_show(machine, day_of(values[1][1])):
        if _could_show(machine, _other_order(text, values[1])):
            del values[1]  # "10/04/16" read day first is the machine's 4 October read month first
        else:
            del values[0]  # the machine value is another date (an index's, an edit's): readers see the text's
    elif len(values) == 2 and isinstance(values[0][1], dt.datetime) and values[0][1].tzinfo is not None:
        shown_day = day_of(values[1][1])
    for index, (position, value) in enumerate(values):
        before = text[max(0, position - 40) : position] if position else first_label[-40:]
        if _OTHER_LABEL.search(before):
            continue
        updated = bool(_UPDATE_LABEL.search(before)) or class_updated
        published_label = bool(_PUBLISH_LABEL.search(before)) or class_published
        if not updated and not published_label and len(values) == 1 and position:
            updated = _update_time_after(text, position)
        found.append(
            Visible(value, updated, published_label, element.tag == "time", shown_day if index == 0 else None)
        )


_TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}")


def _update_time_after(text: str, position: int) -> bool:
    """Whether the stamp's one date is followed by the time it was last updated, with no time of its own
    before that: "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00" (CNN Arabic: "..., last update 14:00") dates
    the update. "28.08.2013, 12:00 Uhr, aktualisiert 14:00 Uhr" gave the publication's time first."""
    clock = _TIME_OF_DAY.search(text, position)
    if clock is None:
        return False
    return _UPDATE_LABEL.search(text[max(position, clock.start() - 60) : clock.start()]) is not None


_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2}")


def _other_order(text: str, found: tuple[int, PageDate]) -> dt.date:
    """An all-digit date's day in the other order of day and month ("10/04/16": 10 April, or 4 October);
    any other date's own day."""
    position, value = found
    day = day_of(value)
    if day.day > 12 or not _NUMERIC_DATE.match(text, position):
        return day
    return dt.date(day.year, day.day, day.month)


# How far a local clock is from UTC, west and east: an instant is on these days somewhere on Earth.
_EARTH_OFFSETS = (dt.timedelta(hours=-12), dt.timedelta(hours=14))


def _could_show(machine: PageDate, day: dt.date) -> bool:
    """Whether an element's machine-readable value and the day its text writes are one date: the same
    day, or for an instant, its day on some clock on Earth (a UTC instant shown in local time)."""
    if not isinstance(machine, dt.datetime):
        return machine == day
    if machine.tzinfo is None:
        return abs((machine.date() - day).days) <= 1
    instant = machine.astimezone(dt.UTC).replace(tzinfo=None)
    return (instant + _EARTH_OFFSETS[0]).date() <= day <= (instant + _EARTH_OFFSETS[1]).date()


def _machine_value(element: etree._Element, reading: Reading) -> PageDate | None:
    """The element's machine-readable date: its datetime, content or a data attribute that holds the
    instant for the page's script, else a date in its title."""
    machine = element.get("datetime") or element.get("content") or element.get("data-utime")
    if not machine and element.attrib:
        machine = next((v for k, v in element.attrib.items() if _DATA_PUBLICATION.match(k)), None)
    if machine and (value := parse_iso(machine, reading.dayfirst)):
        return value
    title = element.get("title")
    if title and (in_title := reading.dates(title, 1)):
        return in_title[0][1]
    return None


def _first_label(element: etree._Element, text: str, human: list[tuple[int, PageDate]]) -> str:
    """The label of a date at the element's start (a machine-readable one): what the element writes before
    its first written date ("| UPDATED: <span>11:50, Thu, Jul 18, 2024</span>"), else what stands right
    before the element ("Updated: <time …>")."""
    label = text[: human[0][0]] if human else ""
    return label if label.strip() else _text_before(element)


def _text_before(element: etree._Element) -> str:
    """The text right before an element inside its parent: a label set outside the <time> it labels."""
    previous = element.getprevious()
    parent = element.getparent()
    text = previous.tail if previous is not None else (parent.text if parent is not None else None)
    return " ".join((text or "").split())


def visible_dates(page: Page, data: StructuredData, reading: Reading) -> list[Visible]:
    """Dates the page shows in its own (non-teaser) date, time and byline elements, in document order."""
    found: list[Visible] = []
    seen: set[etree._Element] = set()
    apart: set[etree._Element] = set()  # hidden stamps read apart from the date line around them
    for element in data.elements_with(page, _HINT, ("time", "abbr")):
        if element.tag in _SKIP_TAGS or (
            element.getparent() in seen and element.tag != "time" and element not in apart
        ):
            continue
        if element.tag != "time" and element.find(".//time[@datetime]") is not None:
            continue  # the <time> inside says it best, with its machine-readable value
        attrs = (element.get("class") or "") + " " + (element.get("id") or "")
        if _avoided(page, element):
            continue
        text = _own_text(element)
        if len(text) > 250 and element.tag != "time":
            continue
        if len(element) and element.tag != "time" and (hidden := _hidden_parts(element)):
            # A date line is what readers see: a stamp hidden inside it for machines ("<span
            # class="updated rich-snippet-hidden">…</span><span>Juni 19th, 2018</span>") is read apart.
            text = _own_text(element, skip=hidden)
            apart.update(hidden)
        seen.add(element)
        label_source = (attrs + " " + (element.get("itemprop") or "")).lower()
        before = len(found)
        _dates_in(element, text, reading, found, label_source)
        if len(found) > before and not any(isinstance(v.value, dt.datetime) for v in found[before:]):
            for shown in found[before:]:
                shown.value = _with_following_time(element, shown.value)
        if len(found) > 40:
            break
    return found


# A time of day alone, as the element after a date-only one shows it ("18:41 Uhr", "at 6.41 pm", "kl. 13.05").
_TIME_ONLY = re.compile(
    r"(?:(?:um|at|à|a las|kl\.?|ore|alle)\s*)?(\d{1,2})[:.h](\d{2})(?::\d{2})?\s*"
    r"(?:(am|a\.m\.)|(pm|p\.m\.)|uhr|h|horas|heures)?",
    re.I,
)


def _with_following_time(element: etree._Element, day: dt.date) -> PageDate:
    """A date-only element's day at the time of day its next element shows alone, with at most a separator
    between them ("<time>28.4.2023</time> <time datetime="18:41">18:41 Uhr</time>"): themes set the date
    and the time apart to style them."""
    after = element.getnext()
    if after is None or not isinstance(after.tag, str) or len((element.tail or "").strip(" \n\t|,·•-")) > 0:
        return day
    match = _TIME_ONLY.fullmatch(" ".join((after.get("datetime") or _own_text(after, 40)).split()))
    if match is None:
        return day
    hour = on_24_hour_clock(int(match[1]), "pm" if match[4] else "am" if match[3] else "")
    minute = int(match[2])
    if hour > 23 or minute > 59:
        return day
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def time_dates(page: Page, reading: Reading) -> list[Visible] | None:
    """The dates of the page's own <time> elements, or None when it has none outside avoided blocks.

    Enough to tell at which offset the page shows a UTC instant, and far cheaper than `visible_dates`:
    one list the page has already built, against a search of every element whose class hints at a date.
    """
    times = [element for element in page.elements("time") if not _avoided(page, element)]
    if not times:
        return None
    found: list[Visible] = []
    for element in times:
        _dates_in(element, _own_text(element), reading, found, (element.get("class") or "").lower())
    return found


# A class, id or itemprop that names the story's own date ("entry-date", "post-date", "published",
# "js-dateline").
_STORY_DATE_CLASS = re.compile(
    r"(?<![^\s_-])(?:(?:entry|post|article|story)[-_]?(?:date|time)|published|pubdate|date[-_]?published|dateline)"
    r"(?![^\s_-])"
)


def furniture_times(page: Page, data: StructuredData, reading: Reading) -> list[Visible]:
    """<time> elements, and elements whose class names the story's date ("entry-date"), of the story's
    own <article> that the furniture rules took away with their block: a meta <aside> beside the text,
    an author box with the date line. Not a comment's, a teaser's or another story's (related, latest
    and navigation blocks keep their dates)."""
    found: list[Visible] = []
    if not page.excluded:
        return found
    memo: dict[etree._Element, tuple[Any, Any]] = {}
    for element in data.elements_with(page, _STORY_DATE_CLASS, ("time",)):
        top = _furniture_top(page, element, memo)
        if top is None or _avoided_ignoring_excluded(page, element, top):
            continue
        _dates_in(element, _own_text(element), reading, found, (element.get("class") or "").lower())
    return found


def _furniture_top(page: Page, element: etree._Element, memo: dict[etree._Element, tuple[Any, Any]]) -> Any:
    """The furniture block that took the element away: the outermost boilerplate block around it below an
    <article>; None where it is in no such block, or in a teaser, navigation or comment block. `memo`
    keeps, per element, the answer of the walk up from it with no block found yet and with one found (the
    many <time>s of a page share their ancestors: each walk used to climb to the root)."""
    chain: list[etree._Element] = []
    node: etree._Element | None = element
    while node is not None and node not in memo:
        chain.append(node)
        node = node.getparent()
    without_block, with_block = memo[node] if node is not None else ("none", "none")
    for current in reversed(chain):
        if current in page.excluded:
            if current.get(KIND_ATTR) not in (None, BOILERPLATE):
                without_block = with_block = "reject"
            else:
                without_block = with_block = current if with_block == "keep" else with_block
        elif current.tag == "article":
            with_block = "keep"  # (the block found below is the one)
        memo[current] = (without_block, with_block)
    return without_block if isinstance(without_block, etree._Element) else None


def _avoided_ignoring_excluded(page: Page, element: etree._Element, top: etree._Element) -> bool:
    node: etree._Element | None = element
    while node is not None:
        if node.tag == "a" and links_elsewhere(page, node):
            return True
        if _class_avoided(page, node):
            return True
        if node is top:
            return False
        node = node.getparent()
    return False


_TWO_DIGITS = re.compile(r"\d\d")  # every written date has a run of two digits (its day or its year)


def furniture_date_lines(page: Page, reading: Reading) -> list[Visible]:
    """Date lines of the story's own furniture that the block rules removed: an element that holds nothing
    but a date ("23.01.2019" in the share bar under the story, "12.01.2017" under a "Datum" label in a meta
    aside), in a furniture block inside the story's container or its <article>. Never in a teaser,
    navigation or "latest" block, a comment or a link to another page; in document order."""
    container = story_container(page)
    if container is None or not page.excluded:
        return []
    root = next((node for node in container.iterancestors("article")), container)
    found: list[Visible] = []
    stack: list[tuple[etree._Element, etree._Element | None]] = [(root, None)]
    while stack and len(found) < 10:
        element, top = stack.pop()
        if element in page.excluded:
            if element.get(KIND_ATTR) not in (None, BOILERPLATE):
                continue  # another story's block: its dates are its stories'
            top = top if top is not None else element
        if top is not None and len(element) == 0 and element.text and element.tag not in _SKIP_TAGS:
            _add_date_line(page, element, top, reading, found)
        stack.extend((child, top) for child in reversed(element) if isinstance(child.tag, str))
    return found


def _add_date_line(
    page: Page, element: etree._Element, top: etree._Element, reading: Reading, found: list[Visible]
) -> None:
    """The element's date when its text is a date line: a date with at most a short label before it."""
    text = " ".join(element.text.split()) if element.text else ""
    if not 6 <= len(text) <= 40 or not _TWO_DIGITS.search(text):
        return
    dates = reading.dates(text, 2)
    if len(dates) != 1 or dates[0][0] > 20 or _avoided_ignoring_excluded(page, element, top):
        return
    _dates_in(element, text, reading, found, "")


def loose_dates(page: Page, reading: Reading) -> list[Visible]:
    """Last resort: dates written in the running text of the page, outside teaser and comment blocks,
    links to other pages and picture captions, in document order."""
    found: list[Visible] = []
    body = page.tree.find("body")
    if body is None:
        return found
    budget = 60000
    # Elements, and (element,) for the tail that follows an element in its parent's flow.
    stack: list[etree._Element | tuple[etree._Element]] = [body]
    while stack and budget > 0:
        item = stack.pop()
        if isinstance(item, tuple):
            budget -= _tail_dates(item[0], reading, found)
            continue
        element = item
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS or element in page.excluded or tag == "figcaption":
            continue
        if _class_avoided(page, element) or _CAPTION.search(element.get("class") or "") is not None:
            continue
        if tag == "a" and links_elsewhere(page, element):
            continue
        text = element.text
        if text and len(text) > 5 and _TWO_DIGITS.search(text) is not None:
            budget -= len(text)
            _add_loose(found, text, reading, "")
        for child in reversed(element):
            stack.append((child,))
            stack.append(child)
        if len(found) > 20:
            break
    return found


def _tail_dates(child: etree._Element, reading: Reading, found: list[Visible]) -> int:
    """Add the dates of the text after `child` in its parent's flow; return the characters read.

    A label in the element before ("<strong>Datum</strong> 28.04.2023") speaks for the tail."""
    tail = child.tail
    if not tail or len(tail) <= 5 or _TWO_DIGITS.search(tail) is None:
        return 0
    label = child.text if isinstance(child.tag, str) and child.text and len(child) == 0 else ""
    _add_loose(found, tail, reading, label[-40:])
    return len(tail)


def permalink_line(page: Page, reading: Reading) -> PageDate | None:
    """The sentence around a link to the page itself ("<a rel=bookmark>Title</a> wurde am 19. Mai 2010 um
    23:03 Uhr gepostet"): old blog themes put the post's date line there, even in the sidebar."""
    own = _path_of(page.url)
    for link in page.elements("a"):
        href = link.get("href")
        if not href or "#" in href or "bookmark" not in (link.get("rel") or ""):
            continue
        target = page.absolute(href)
        if target is None or _path_of(target) != own:
            continue
        parent = link.getparent()
        if parent is None or _in_comment(parent):
            continue
        text = _own_text(parent)
        if len(text) <= 300 and (found := reading.dates(text, 1)):
            return found[0][1]
    return None


_COMMENT = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-list|commentlist|replies|reply|reactions?)(?:$|[\s_-])", re.I
)


def _in_comment(element: etree._Element) -> bool:
    for node in (element, *element.iterancestors()):
        attrs = (node.get("class") or "") + " " + (node.get("id") or "")
        if len(attrs) > 1 and _COMMENT.search(attrs):
            return True
    return False


_CAPTION = re.compile(
    r"(?:^|\s)(?:wp-caption(?:-text)?|(?:image|img|photo|picture|figure)[_-]?caption|bildunterschrift)(?:$|\s)",
    re.I,
)
# A date labelled only "Date:" ("Datum", "Fecha"...) on an article page is the page's date.
_DATE_LABEL = re.compile(r"(?:^|[\n|•·])\s*(?:date|datum|fecha|data|dato|tarih|päivämäärä)\s*:?\s*$", re.I)


def _add_loose(found: list[Visible], text: str, reading: Reading, label: str) -> None:
    dates = reading.dates(text, 2)
    for position, value in dates:
        before = label + "\n" + text[max(0, position - 40) : position]
        if _OTHER_LABEL.search(before):
            continue
        published = bool(_PUBLISH_LABEL.search(before) or _DATE_LABEL.search(before))
        updated = bool(_UPDATE_LABEL.search(before))
        if not updated and not published and len(dates) == 1:
            updated = _update_time_after(text, position)
        found.append(Visible(value, updated, published, False))


def _path_of(url: str) -> str:
    path = url.split("#", 1)[0].split("?", 1)[0].split("://", 1)[-1]
    path = path.rstrip("/").lower()
    return path[4:] if path.startswith("www.") else path


_OWN_PATHS = "_newswatch_dates_own_paths"
_CLASS_AVOIDED = "_newswatch_dates_class_avoided"


def _own_paths(page: Page) -> tuple[str, ...]:
    """The page's own address as a link would write it: its URL, its base, its canonical URL (a page
    fetched through a feed redirect links its date line to the canonical address)."""
    own = vars(page).get(_OWN_PATHS)
    if own is None:
        urls = [page.url, page.base_url]
        head = page.tree.find("head")
        for link in head.iterchildren("link") if head is not None else ():
            if (link.get("rel") or "").lower() == "canonical" and (href := page.absolute(link.get("href"))):
                urls.append(href)
        own = vars(page)[_OWN_PATHS] = tuple({_path_of(url) for url in urls})
    return own


def links_elsewhere(page: Page, link: etree._Element) -> bool:
    """A link to another story: the date in its text is that story's. (Not a link to the page itself, as
    a permalink on the date line is, nor to the archive of the day it names.)"""
    href = link.get("href")
    if not href or href[0] == "#":
        return False
    if href.startswith(("http://", "https://")):
        target: str | None = href
    else:
        target = page.absolute(href)
    if target is None:
        return False
    path = _path_of(target)
    if path in _own_paths(page):
        return False
    return not is_date_archive(path)  # (WordPress themes link a date to the archive of its day)


def _class_avoided(page: Page, node: etree._Element) -> bool:
    """The node's class or id names a comment, teaser, widget... block (remembered per page: the walks up
    from every date element pass the same ancestors). A block that holds the story's text or its
    headline is the story's whatever its class says ("sidebar-1" on VnExpress, a headline column with
    id "sidebar"): its date line is the story's."""
    memo = vars(page).get(_CLASS_AVOIDED)
    if memo is None:
        memo = vars(page)[_CLASS_AVOIDED] = dict.fromkeys(story_places(page), False)
    hit = memo.get(node)
    if hit is None:
        cls, ident = node.get("class"), node.get("id")
        if cls or ident:
            attrs = without_state_classes(cls or "") + " " + (ident or "")
            hit = _AVOID.search(attrs) is not None
        else:
            hit = False
        memo[node] = hit
    return hit


_EDIT_LINE = re.compile(
    word_alternation(
        words_of("lastmod|last-mod|modified|footer-info|page-info|lastedit|last-edit|last_edit|revision")
    )
)


def page_edit_date(
    page: Page, data: StructuredData, reading: Reading, url_day: dt.date | None
) -> PageDate | None:
    """The page's own "last edited" statement (MediaWiki's footer-info-lastmod, Wikidot's page-info):
    the date of a page that states no other, wherever the theme puts it."""
    for element in data.elements_with(page, _EDIT_LINE):
        if element.tag in _SKIP_TAGS:
            continue
        text = _own_text(element)
        if len(text) > 250:
            continue
        for position, value in reading.dates(text, 2):
            if _UPDATE_LABEL.search(text[max(0, position - 40) : position]) and (
                url_day is None or abs((day_of(value) - url_day).days) <= 1
            ):
                return value
    return None
