"""Publication and modification dates.

Order of trust for the publication: the story's JSON-LD object (or, without one, the page's), microdata,
article:* and other publication meta; then the dates the page shows in its own date, time and byline
elements; then "Published ..." in running text; then generic date meta (date, dc.date: often the page's
generation time); then an update date if it is the only one shown; then any date in the running text;
then the day in the URL; then a date in the title. Rules:
- the first publication wins: when structured sources disagree, the earliest publication date is taken
  (article:published_time is often the last update while JSON-LD or microdata keep the first publication);
- a date inside a teaser, widget, navigation or header block (`page.is_excluded`), a comment, a related
  list or a calendar is never taken (WordPress taxonomy classes such as "category-popular" are ignored);
- a date labelled as an update ("Updated", "Aktualisiert", "Mis à jour", 수정, ...) or in an element whose
  class says update (not hAtom's "entry-date updated") is a modification date; German "Stand:" is not
  (public broadcasters print it as the story's only date);
- the page's own offset is kept; when structured data gives the instant in UTC and the page shows the
  same instant as local wall-clock time, the page's offset is recovered from the difference (a real
  zone's offset, from a shown time of the same kind: never the publication's from an "Updated" line);
  a page that shows the UTC wall-clock time displays UTC; a modification without a shown time of its
  own takes the publication's offset; a zone-less time near midnight whose day is not the day the page
  shows gives way to the shown day;
- a zone-less time that another source states with its offset (the same wall-clock minute, or the
  UTC form a real zone's offset away) is that statement; a zone-less modification otherwise takes the
  zone in which the page writes its zone-less times;
- a UTC instant the page dates to the day before or after (the text of the <time> holding it, the URL's
  day) gets the smallest whole-hour offset that puts the same instant on the page's day;
- a date inside a link to another story (not to the page itself, its canonical address or a date
  archive), in a picture caption, after "Registered:" / "Current time:" or in a clock widget is not
  the story's; a "Date:" label in the element before counts as a publication label;
- late sources, in order: the <time> of the story's own meta aside or author box that the furniture
  rules removed, a page's "last edited" line (wikis), the sentence around a rel=bookmark link to the
  page itself, then htmldate;
- a day named in the URL vetoes candidates more than a day away from it;
- the page's date elements are read only when structured data leaves a question open (speed).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from lxml import etree

from crawler.extraction import datefallback
from crawler.extraction.article import PageDate
from crawler.extraction.blocks import BOILERPLATE, KIND_ATTR
from crawler.extraction.dateparse import date_from_url, day_of, find_human_dates, parse_iso, same_instant
from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData, in_article_scope, microdata_value


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


PUBLISHED_META = _words(
    "article:published_time og:article:published_time article:published og:published_time "
    "datepublished published_time publish-date publish_date publishdate pubdate pub_date "
    "publication_date date_published sailthru.date parsely-pub-date article.published "
    "cxenseparse:recs:publishtime article_date_original original-publish-date "
    "originalpublicationdate dc.date.issued dcterms.issued citation_publication_date displaydate "
    "bt:pubdate live_date article:post_date og:pubdate"
)
# Generic date meta: often the page's generation or last change, so below what the page shows.
WEAK_PUBLISHED_META = _words(
    "date dc.date dcterms.date dc.date.created dcterms.created created citation_date datecreated"
)
MODIFIED_META = _words(
    "article:modified_time og:updated_time article:updated_time datemodified modified_time "
    "dc.date.modified dcterms.modified last-modified lastmod revised og:modified_time"
)

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
    r"\s*[:：]?\s*(am|le|el|on|il|em|op|den|dne|la|στις|в|lúc|vào|pada|ב-?|في|در)?\s*[:：]?"
    r"(?:\s*[^\W\d_]{2,12}\.?[,،]?)?\s*$",
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
# Dates that are no story's publication: a forum member's join date, the page's clock ("It is currently").
_OTHER_LABEL = re.compile(
    r"(registriert|registered|joined|beigetreten|mitglied\s+seit|member\s+since|dabei\s+seit|anmeldedatum|"
    r"inscrit\s+le|inscription|registrado|iscritto|aktuelles\s+datum|aktuelle\s+zeit|current\s+(?:date|time)|"
    r"it\s+is\s+currently|heute\s+ist|today\s+is|es\s+ist\s+jetzt)\s*:?\s*(am|on|le|el|den)?\s*:?\s*$",
    re.I,
)
_SKIP_TAGS = {"script", "style", "noscript", "template", "option", "select", "textarea", "svg"}


@dataclass
class _Candidate:
    value: PageDate
    rank: int  # lower is more trusted


def _instant_key(value: PageDate) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        return value
    return dt.datetime(value.year, value.month, value.day, 12)


def _precision(value: PageDate) -> int:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return 1
        return 3 if value.utcoffset() else 2
    return 0


def _structured_candidates(
    page: Page, data: StructuredData, keys: tuple[str, ...], meta_keys: tuple[str, ...]
) -> list[_Candidate]:
    found: list[_Candidate] = []
    sources = [data.article] if data.article else []
    if not sources:
        sources = data.pages[:1]
    if not sources and keys:
        # A HowTo, Recipe, Event...: the page's own object when it carries the date.
        sources = [obj for obj in data.objects if any(k in obj for k in keys)][:1]
    for obj in sources:
        for key in keys:
            raw = obj.get(key)
            if isinstance(raw, list):
                raw = raw[0] if raw else None
            if isinstance(raw, int) and not isinstance(raw, bool):
                raw = str(raw)  # a Unix time
            if isinstance(raw, str) and (value := parse_iso(raw)):
                found.append(_Candidate(value, 0))
                break
    for key in keys:
        for element in data.microdata.get(key, ()):
            if page.is_excluded(element) or not in_article_scope(element):
                continue
            # hAtom's <abbr title="2011-03-30T21:05:00-07:00">9:05 PM</abbr> keeps the date in its title.
            value = parse_iso(microdata_value(element)) or parse_iso(element.get("title"))
            if value:
                found.append(_Candidate(value, 1))
                break
    for key in meta_keys:
        for raw in data.meta_all.get(key, ())[:1]:
            if value := parse_iso(raw):
                found.append(_Candidate(value, 2))
    return found


def _earliest(candidates: list[_Candidate]) -> PageDate | None:
    if not candidates:
        return None
    first_day = min(_instant_key(c.value) for c in candidates)
    close = [c for c in candidates if _instant_key(c.value) - first_day < dt.timedelta(hours=36)]
    # Among the first publication's candidates: the most precise one, then the most trusted.
    earliest = (
        min(_instant_key(c.value) for c in close if isinstance(c.value, dt.datetime))
        if any(isinstance(c.value, dt.datetime) for c in close)
        else None
    )
    if earliest is not None:
        close = [
            c
            for c in close
            if isinstance(c.value, dt.datetime) and _instant_key(c.value) - earliest < dt.timedelta(minutes=1)
        ]
    best = max(close, key=lambda c: (_precision(c.value), -c.rank))
    return best.value


@dataclass
class _Visible:
    value: PageDate
    updated: bool
    published_label: bool
    from_time_tag: bool
    # The day the element's own text shows beside its machine-readable instant ("02 Novembre 2023" for
    # datetime="2023-11-01T23:01:00Z"): the reader's local day of that instant.
    shown_day: dt.date | None = None


def _own_text(element: etree._Element, limit: int = 300) -> str:
    parts: list[str] = []
    size = 0
    for text in element.itertext():
        parts.append(text)
        size += len(text)
        if size > limit:
            break
    return " ".join(" ".join(parts).split())


_HINT = re.compile(
    r"date|time|publi|posted|byline|datum|fecha|stamp|meta|info|created|submitted|dateline|zeit"
)
# Class or id tokens of blocks whose dates belong to other stories or to readers.
# WordPress post classes name the post's categories and tags ("category-popular"): not the block's kind.
_WP_TAXONOMY = re.compile(r"(?:^|\s)(?:category|tag|post|format|type|status|postid|page-id|author)-\S*")
_AVOID = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-list|commentlist|related|teasers?|sidebar|widgets?|widget-area|"
    r"replies|reply|calendar|archives?|popular|most-read|reactions?|recommended|more-stories|"
    r"postprofile|userinfo|user-info|userstats|user-stats|current-(?:date|time)|today-date|date-today|todays-date|"
    r"clock|uhr)(?:$|[\s_-])",
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
            if node.tag == "a" and _links_elsewhere(page, node):
                return True  # a date in a link to another story is that story's
            if node.tag in _STOP_AT:
                look = False  # above the story's container, classes describe the page, not the block
            elif _class_avoided(page, node):
                return True
        node = node.getparent()
    return False


def _dates_in(
    element: etree._Element, text: str, reading: _Reading, found: list[_Visible], label_source: str
) -> None:
    values: list[tuple[int, PageDate]] = []
    machine = element.get("datetime") or element.get("content") or element.get("data-utime")
    if machine and (value := parse_iso(machine)):
        values.append((0, value))
    title = element.get("title")
    if title and not values and (human := reading.dates(title, 1)):
        values.append((0, human[0][1]))
    if text:
        human = reading.dates(text, 3)
        if values and human:
            values.extend(human[:1])  # the text may add the local wall-clock time to a machine date
        elif not values:
            values.extend(human)
    # hAtom themes mark the publication time "entry-date updated": only a class that says update and
    # nothing about publication makes a modification date.
    class_published = "publi" in label_source or "entry-date" in label_source or "post-date" in label_source
    class_updated = not class_published and any(w in label_source for w in ("modif", "updated", "update"))
    shown_day = None
    if len(values) == 2 and isinstance(values[0][1], dt.datetime) and values[0][1].tzinfo is not None:
        shown_day = day_of(values[1][1])
    for index, (position, value) in enumerate(values):
        before = text[max(0, position - 40) : position] if position else ""
        if _OTHER_LABEL.search(before):
            continue
        updated = bool(_UPDATE_LABEL.search(before)) or class_updated
        published_label = bool(_PUBLISH_LABEL.search(before)) or class_published
        found.append(
            _Visible(
                value, updated, published_label, element.tag == "time", shown_day if index == 0 else None
            )
        )


def _visible_dates(page: Page, data: StructuredData, reading: _Reading) -> list[_Visible]:
    """Dates the page shows in its own (non-teaser) date, time and byline elements, in document order."""
    found: list[_Visible] = []
    seen: set[etree._Element] = set()
    for element in data.elements_with(page, _HINT, ("time", "abbr")):
        if element.tag in _SKIP_TAGS or (element.getparent() in seen and element.tag != "time"):
            continue
        if element.tag != "time" and element.find(".//time[@datetime]") is not None:
            continue  # the <time> inside says it best, with its machine-readable value
        attrs = (element.get("class") or "") + " " + (element.get("id") or "")
        if _avoided(page, element):
            continue
        text = _own_text(element)
        if len(text) > 250 and element.tag != "time":
            continue
        seen.add(element)
        label_source = (attrs + " " + (element.get("itemprop") or "")).lower()
        _dates_in(element, text, reading, found, label_source)
        if len(found) > 40:
            break
    return found


def _furniture_times(page: Page, reading: _Reading) -> list[_Visible]:
    """<time> elements of the story's own <article> that the furniture rules took away with their block:
    a meta <aside> beside the text, an author box with the date line. Not a comment's, a teaser's or
    another story's (related, latest and navigation blocks keep their dates)."""
    found: list[_Visible] = []
    for element in page.elements("time"):
        top = None
        node: etree._Element | None = element
        in_article = False
        while node is not None:
            if node in page.excluded:
                if node.get(KIND_ATTR) not in (None, BOILERPLATE):
                    top = None
                    break
                top = node
            elif top is not None and node.tag == "article":
                in_article = True
                break
            node = node.getparent()
        if top is None or not in_article:
            continue
        if _avoided_ignoring_excluded(page, element, top):
            continue
        _dates_in(element, _own_text(element), reading, found, (element.get("class") or "").lower())
    return found


def _avoided_ignoring_excluded(page: Page, element: etree._Element, top: etree._Element) -> bool:
    node: etree._Element | None = element
    while node is not None:
        if node.tag == "a" and _links_elsewhere(page, node):
            return True
        if _class_avoided(page, node):
            return True
        if node is top:
            return False
        node = node.getparent()
    return False


_TWO_DIGITS = re.compile(r"\d\d")  # every written date has a run of two digits (its day or its year)


def _loose_dates(page: Page, reading: _Reading) -> list[_Visible]:
    """Last resort: dates written in the running text of the page, outside teaser and comment blocks,
    links to other pages and picture captions, in document order."""
    found: list[_Visible] = []
    body = page.tree.find("body")
    if body is None:
        return found
    budget = 60000
    # Elements, and (element,) for the tail that follows an element in its parent's flow.
    stack: list[etree._Element | tuple[etree._Element]] = [body]
    while stack and budget > 0:
        item = stack.pop()
        if isinstance(item, tuple):
            child = item[0]
            tail = child.tail
            if tail and len(tail) > 5 and _TWO_DIGITS.search(tail) is not None:
                budget -= len(tail)
                # A label in the element before ("<strong>Datum</strong> 28.04.2023") speaks for the tail.
                label = child.text if isinstance(child.tag, str) and child.text and len(child) == 0 else ""
                _add_loose(found, tail, reading, label[-40:])
            continue
        element = item
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS or element in page.excluded or tag == "figcaption":
            continue
        if _class_avoided(page, element) or _CAPTION.search(element.get("class") or "") is not None:
            continue
        if tag == "a" and _links_elsewhere(page, element):
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


def _permalink_line(page: Page, reading: _Reading) -> PageDate | None:
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


def _add_loose(found: list[_Visible], text: str, reading: _Reading, label: str) -> None:
    for position, value in reading.dates(text, 2):
        before = label + "\n" + text[max(0, position - 40) : position]
        if _OTHER_LABEL.search(before):
            continue
        published = bool(_PUBLISH_LABEL.search(before) or _DATE_LABEL.search(before))
        found.append(_Visible(value, bool(_UPDATE_LABEL.search(before)), published, False))


def _path_of(url: str) -> str:
    path = url.split("#", 1)[0].split("?", 1)[0].split("://", 1)[-1]
    path = path.rstrip("/").lower()
    return path[4:] if path.startswith("www.") else path


_OWN_PATHS = "_newswatch_dates_own_paths"
_CLASS_AVOIDED = "_newswatch_dates_class_avoided"
# A link to the archive of the day, month or year a date names (WordPress themes link their dates so).
_DATE_ARCHIVE = re.compile(r"/(?:19|20)\d\d(?:/\d{1,2}){0,2}$")


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


def _links_elsewhere(page: Page, link: etree._Element) -> bool:
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
    return _DATE_ARCHIVE.search(path) is None


def _class_avoided(page: Page, node: etree._Element) -> bool:
    """The node's class or id names a comment, teaser, widget... block (remembered per page: the walks up
    from every date element pass the same ancestors)."""
    memo = vars(page).get(_CLASS_AVOIDED)
    if memo is None:
        memo = vars(page)[_CLASS_AVOIDED] = {}
    hit = memo.get(node)
    if hit is None:
        cls, ident = node.get("class"), node.get("id")
        if cls or ident:
            attrs = _WP_TAXONOMY.sub(" ", cls or "") + " " + (ident or "")
            hit = _AVOID.search(attrs) is not None
        else:
            hit = False
        memo[node] = hit
    return hit


# The offsets the world's clocks use (whole hours from UTC-11 to UTC+14, and the few half and quarter
# hours): a distance between two times that is none of these is no zone. (UTC-12 is uninhabited.)
REAL_OFFSETS = frozenset(
    [dt.timedelta(hours=hours) for hours in range(-11, 15)]
    + [dt.timedelta(minutes=m) for m in (-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825)]
)
_HALF_DAY = dt.timedelta(hours=12)


def _shown_offset(value: dt.datetime, visible: list[_Visible], updates: bool | None) -> dt.timedelta | None:
    """The offset at which the page shows the UTC instant `value` as wall-clock time, or None.

    The same instant written with an offset says it outright. A page that shows the instant's own UTC
    wall-clock time displays UTC (also on a 12-hour clock without am/pm: "5:09" for 17:09Z): offset
    zero, whatever other shown times would suggest. Otherwise the distance to a zone-less shown time
    counts only for a time of the kind asked (`updates`; None: any): a publication's offset never comes
    from an "Updated 7:25" line, whose distance to the publication instant is the time between the two,
    not the page's zone. The distance must be an offset some clock in the world uses.
    """
    utc = value.astimezone(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
    first: dt.timedelta | None = None
    for item in visible:
        shown = item.value
        if not isinstance(shown, dt.datetime):
            continue
        if shown.tzinfo is not None:
            if same_instant(shown, value) and shown.utcoffset():
                return shown.utcoffset()
            continue  # (the UTC instant's own machine-readable copy says nothing about the page's zone)
        delta = shown.replace(second=0, microsecond=0) - utc
        if not delta or abs(delta) == _HALF_DAY:
            return dt.timedelta(0)
        if first is None and updates in (None, item.updated) and delta in REAL_OFFSETS:
            first = delta
    return first


def _stated_offset(value: dt.datetime, stated: list[PageDate], same_field: bool) -> dt.datetime:
    """A zone-less time that another source of the page states with its offset: that statement.

    "2023-11-02T09:12:39" in one meta and "2023-11-02T09:12:39-04:00" (or its UTC form
    "2023-11-02T13:12:39Z") in another are one instant; the zone-less copy is only the less precise. The
    same wall-clock minute says so; so does a distance that is a real zone's offset, between two
    statements of the publication (`same_field`) or, from other dates, to the second.
    """
    for other in stated:
        if not isinstance(other, dt.datetime) or other.tzinfo is None:
            continue
        if other.replace(tzinfo=None, second=0, microsecond=0) == value.replace(second=0, microsecond=0):
            return other
        utc = other.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
        delta = value.replace(microsecond=0) - utc
        same_second = value.second == utc.second and (same_field or value.second)
        if same_second and (not delta or delta in REAL_OFFSETS):
            return other.astimezone(dt.timezone(delta))
    return value


def _local_zone(values: list[PageDate]) -> dt.tzinfo | None:
    """The zone in which the page writes its zone-less times: that of an aware statement which a
    zone-less one repeats wall clock for wall clock ("2020-12-26T21:00:38+01:00" and
    "2020-12-26T21:00:38": the page's naive meta are local time, not UTC in disguise)."""
    naive = {
        v.replace(second=0, microsecond=0) for v in values if isinstance(v, dt.datetime) and v.tzinfo is None
    }
    for value in values:
        aware = isinstance(value, dt.datetime) and value.tzinfo is not None
        if aware and value.replace(tzinfo=None, second=0, microsecond=0) in naive:
            return value.tzinfo
    return None


def _zoned_modification(
    value: PageDate, stated: list[PageDate], published: PageDate | None, local_zone: dt.tzinfo | None
) -> PageDate:
    """A zone-less modification time with the offset the page states for it (another modification
    statement, or the publication at the same wall-clock minute), else the zone the page writes its
    zone-less times in. Without it, a naive local time compared with aware ones reads as UTC: an
    update at 21:05 local time in Paris would pass for one an hour later."""
    if not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return value
    zoned = _stated_offset(value, stated, same_field=True)
    if zoned.tzinfo is None and isinstance(published, dt.datetime) and published.tzinfo is not None:
        zoned = _stated_offset(value, [published], same_field=False)
    if zoned.tzinfo is None and local_zone is not None:
        zoned = value.replace(tzinfo=local_zone)
    return zoned


def _with_local_offset(value: dt.datetime, offset: dt.timedelta | None) -> dt.datetime:
    """Give a UTC instant the page's own offset (the instant itself does not change)."""
    if offset is None or value.tzinfo is None or value.utcoffset() or not offset:
        return value
    return value.astimezone(dt.timezone(offset))


def _onto_local_day(value: dt.datetime, url_day: dt.date | None, visible: list[_Visible]) -> dt.datetime:
    """A UTC instant the page itself dates to the day before or after: give it the nearest offset that
    puts it on that day.

    "2023-11-01T23:01:00Z" in the metadata, while the element holding that very instant reads "02 Novembre
    2023" (or the URL says /2023/11/02/), is a story published just after midnight local time: its UTC day
    is not its readers' day. Without the exact offset, the smallest whole-hour one that reaches the
    page's day keeps the instant exact and gives the day the page shows.
    """
    local = next((v.shown_day for v in visible if v.shown_day and same_instant(v.value, value)), None)
    local = local or url_day
    if local is None:
        return value
    utc = value.astimezone(dt.UTC)
    gap = (local - utc.date()).days
    midnight = dt.datetime.combine(utc.date(), dt.time(), dt.UTC)
    if gap == 1:
        hours = -((midnight + dt.timedelta(days=1) - utc) // -dt.timedelta(hours=1))  # ceil
        if hours <= 14:
            return value.astimezone(dt.timezone(dt.timedelta(hours=hours)))
    elif gap == -1:
        hours = (utc - midnight) // dt.timedelta(hours=1) + 1
        if hours <= 11:
            return value.astimezone(dt.timezone(-dt.timedelta(hours=hours)))
    return value


def _local_day(value: PageDate, visible: list[_Visible]) -> PageDate:
    """A zone-less time whose day is not the day the page shows next to it: the page's day wins.

    "2020-12-05T23:15" (no offset) in structured data while the story's date line says "6. Dezember 2020"
    means the structured time is UTC in disguise and the reader's day is the 6th; without an offset to
    say so, the shown day is the honest value. An aware instant (UTC included) is exact and is kept.
    """
    if not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return value
    shown = [v.value for v in visible if not v.updated and not isinstance(v.value, dt.datetime)]
    if not shown or value.date() in shown:
        return value
    first = shown[0]
    if abs((first - value.date()).days) == 1 and (value.hour >= 20 or value.hour < 4):
        return first
    return value


_EDIT_LINE = re.compile(
    r"lastmod|last-mod|modified|footer-info|page-info|lastedit|last-edit|last_edit|revision"
)


def _page_edit_date(
    page: Page, data: StructuredData, reading: _Reading, url_day: dt.date | None
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


class _Reading(NamedTuple):
    """How the page writes its dates: the day first in numeric dates (all but American English), and its
    language (which settles a month word two languages read differently)."""

    dayfirst: bool
    lang: str

    def dates(self, text: str, limit: int) -> list[tuple[int, PageDate]]:
        return find_human_dates(text, self.dayfirst, limit, self.lang)


def _reading(page: Page) -> _Reading:
    lang = (page.tree.get("lang") or "").lower()
    return _Reading(not (lang.startswith("en-us") or (lang == "en" and ".com/" in page.url)), lang)


def _near_url_day(items: list, url_day: dt.date | None) -> list:
    if url_day is None:
        return items
    return [v for v in items if abs((day_of(v.value) - url_day).days) <= 1]


def _pick_shown(shown: list[_Visible]) -> PageDate | None:
    shown = [v for v in shown if not v.updated]
    if not shown:
        return None
    labelled = [v for v in shown if v.published_label]
    published = (labelled or shown)[0].value
    # A date-only element followed by the same day with a time: take the time.
    for v in shown:
        if isinstance(v.value, dt.datetime) and day_of(v.value) == day_of(published):
            if not isinstance(published, dt.datetime) or (published.tzinfo is None and v.value.tzinfo):
                published = v.value
            break
    return published


def find_dates(page: Page, data: StructuredData) -> tuple[PageDate | None, PageDate | None]:
    url_day = date_from_url(page.url)
    reading = _reading(page)
    published_candidates = _structured_candidates(
        page, data, ("datePublished", "dateCreated"), PUBLISHED_META
    )
    modified_candidates = _structured_candidates(page, data, ("dateModified",), MODIFIED_META)
    shown: list[list[_Visible]] = []
    timed: list[list[_Visible]] = []

    def shown_times() -> list[_Visible]:
        # For a UTC instant's local offset: the page's <time> elements say it when it has any (cheap);
        # only a page without them needs the full scan of its date elements.
        if shown:
            return shown[0]
        if timed:
            return timed[0]
        times = [t for t in page.elements("time") if not _avoided(page, t)]
        if not times:
            return visible()
        found: list[_Visible] = []
        for element in times:
            _dates_in(element, _own_text(element), reading, found, (element.get("class") or "").lower())
        timed.append(found)
        return found

    def visible() -> list[_Visible]:
        # Read the page's own date elements only when structured data leaves a question open.
        if not shown:
            shown.append(_visible_dates(page, data, reading))
        return shown[0]

    if url_day is not None and published_candidates:
        published_candidates = _near_url_day(published_candidates, url_day)
    published = _earliest(published_candidates)
    if published is None:
        published = _pick_shown(_near_url_day(visible(), url_day))
    if published is None:
        published = _pick_shown(_near_url_day(_furniture_times(page, reading), url_day))
    loose: list[_Visible] | None = None
    if published is None:
        loose = _near_url_day(_loose_dates(page, reading), url_day)
        # "Published 1 November 2023" in running text is a statement; generic date meta is not.
        published = next((v.value for v in loose if v.published_label and not v.updated), None)
    if published is None:
        weak = _structured_candidates(page, data, (), WEAK_PUBLISHED_META)
        published = _earliest(_near_url_day(weak, url_day))
    if published is None:
        # The only date the page shows is labelled as an update: still the best statement of its date.
        updates = [v for v in _near_url_day(visible(), url_day) if v.updated]
        published = updates[0].value if updates else None
    if published is None:
        # A wiki's or CMS's "This page was last edited on ..." line, even in the page footer.
        published = _page_edit_date(page, data, reading, url_day)
    if published is None and loose:
        # In running text a date with a time of day is a timestamp; a bare date is as often an event.
        stamped = [v for v in loose if isinstance(v.value, dt.datetime) and not v.updated]
        published = _pick_shown(stamped or loose)
    if published is None and url_day is not None:
        published = url_day
    if published is None:
        published = _permalink_line(page, reading)
    if published is None:
        published = datefallback.find_date(page, page.url)
    if published is None and data.title and (found := reading.dates(data.title, 1)):
        published = found[0][1]
    if isinstance(published, dt.datetime) and published.tzinfo is None:
        published = _stated_offset(published, [c.value for c in published_candidates], same_field=True)
    if isinstance(published, dt.datetime) and published.tzinfo is None:
        weak = _structured_candidates(page, data, (), WEAK_PUBLISHED_META)
        stated = [c.value for c in (*modified_candidates, *weak)]
        published = _stated_offset(published, stated, same_field=False)
    # The page's zone as the publication states or shows it (not the guess _onto_local_day makes).
    page_offset = published.utcoffset() if isinstance(published, dt.datetime) else None
    if isinstance(published, dt.datetime) and published.tzinfo is not None and not page_offset:
        page_offset = _shown_offset(published, shown_times(), updates=False)
        published = _with_local_offset(published, page_offset)
        if not published.utcoffset():
            published = _onto_local_day(published, url_day, shown_times())
    if isinstance(published, dt.datetime) and published.tzinfo is None:
        published = _local_day(published, visible())

    modified = None
    local_zone = _local_zone([c.value for c in (*published_candidates, *modified_candidates)])
    if modified_candidates:
        stated = [c.value for c in modified_candidates]
        values = [_zoned_modification(value, stated, published, local_zone) for value in stated]
        modified = max(values, key=lambda value: (_instant_key(value), _precision(value)))
    if modified is None:
        updates = [v.value for v in visible() if v.updated]
        modified = _zoned_modification(updates[0], [], published, local_zone) if updates else None
    if isinstance(modified, dt.datetime) and modified.tzinfo is not None and not modified.utcoffset():
        # The update's own shown time says the offset; without one, the publication's offset.
        offset = _shown_offset(modified, shown_times(), updates=True)
        if offset is None:
            offset = page_offset
        if offset is None:  # the page shows its update time unlabelled, as its only date line
            offset = _shown_offset(modified, shown_times(), updates=None)
        modified = _with_local_offset(modified, offset)
    if modified is not None and published is not None and _instant_key(modified) < _instant_key(published):
        modified = None
    return published, modified


def parse_date_text(text: str | None) -> PageDate | None:
    """A date from an attribute or an element's text, machine-readable or written for people."""
    return parse_iso(text)
