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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from crawler.extraction import datefallback
from crawler.extraction.article import PageDate
from crawler.extraction.dateparse import date_from_url, day_of, parse_iso
from crawler.extraction.datevisible import (
    Visible,
    furniture_times,
    loose_dates,
    page_edit_date,
    page_reading,
    permalink_line,
    time_dates,
    visible_dates,
)
from crawler.extraction.datezones import (
    local_day,
    naive_zone,
    onto_local_day,
    shown_offset,
    stated_offset,
    with_local_offset,
    zoned_modification,
)
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
    """The dates structured data gives under `keys` (JSON-LD, microdata) and `meta_keys` (<meta>), each
    ranked by how much its source is trusted (JSON-LD, then microdata, then meta: article:published_time
    is often the last update where JSON-LD or microdata keep the first publication)."""
    return [
        *_json_ld_candidates(data, keys),
        *_microdata_candidates(page, data, keys),
        *_meta_candidates(data, meta_keys),
    ]


def _dated_object(data: StructuredData, keys: tuple[str, ...]) -> dict[str, Any] | None:
    """The JSON-LD object whose dates are the page's: the story's, else the page's (WebPage), else the
    first object that carries one of `keys` (a HowTo, Recipe, Event... dates itself, not the page)."""
    if data.article:
        return data.article
    if data.pages:
        return data.pages[0]
    return next((obj for obj in data.objects if any(key in obj for key in keys)), None)


def _json_ld_candidates(data: StructuredData, keys: tuple[str, ...]) -> list[_Candidate]:
    """The first of `keys` that the page's JSON-LD object dates: one candidate, the most trusted."""
    obj = _dated_object(data, keys) if keys else None
    if obj is None:
        return []
    for key in keys:
        if value := _json_ld_date(obj.get(key)):
            return [_Candidate(value, 0)]
    return []


def _json_ld_date(raw: Any) -> PageDate | None:
    """A JSON-LD date as publishers write it: a string, the first of a list, or a Unix time in a number."""
    if isinstance(raw, list):
        raw = raw[0] if raw else None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    return parse_iso(raw) if isinstance(raw, str) else None


def _microdata_candidates(page: Page, data: StructuredData, keys: tuple[str, ...]) -> list[_Candidate]:
    """For each of `keys`, the first microdata date of the story itself (not a teaser's, not another
    itemscope's)."""
    found: list[_Candidate] = []
    for key in keys:
        if value := _first_microdata_date(page, data.microdata.get(key, ())):
            found.append(_Candidate(value, 1))
    return found


def _first_microdata_date(page: Page, elements: Iterable[etree._Element]) -> PageDate | None:
    for element in elements:
        if page.is_excluded(element) or not in_article_scope(element):
            continue
        # hAtom's <abbr title="2011-03-30T21:05:00-07:00">9:05 PM</abbr> keeps the date in its title.
        value = parse_iso(microdata_value(element)) or parse_iso(element.get("title"))
        if value:
            return value
    return None


def _meta_candidates(data: StructuredData, meta_keys: tuple[str, ...]) -> list[_Candidate]:
    """The first value of each of `meta_keys`, when it reads as a date (later values are not tried)."""
    return [
        _Candidate(value, 2)
        for key in meta_keys
        for raw in data.meta_all.get(key, ())[:1]
        if (value := parse_iso(raw))
    ]


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


def _near_url_day(items: list, url_day: dt.date | None) -> list:
    if url_day is None:
        return items
    return [v for v in items if abs((day_of(v.value) - url_day).days) <= 1]


def _pick_shown(shown: list[Visible]) -> PageDate | None:
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
    reading = page_reading(page)
    published_candidates = _structured_candidates(
        page, data, ("datePublished", "dateCreated"), PUBLISHED_META
    )
    modified_candidates = _structured_candidates(page, data, ("dateModified",), MODIFIED_META)
    shown: list[list[Visible]] = []
    timed: list[list[Visible]] = []

    def shown_times() -> list[Visible]:
        # For a UTC instant's local offset: the page's <time> elements say it when it has any (cheap);
        # only a page without them needs the full scan of its date elements.
        if shown:
            return shown[0]
        if timed:
            return timed[0]
        found = time_dates(page, reading)
        if found is None:
            return visible()
        timed.append(found)
        return found

    def visible() -> list[Visible]:
        # Read the page's own date elements only when structured data leaves a question open.
        if not shown:
            shown.append(visible_dates(page, data, reading))
        return shown[0]

    if url_day is not None and published_candidates:
        published_candidates = _near_url_day(published_candidates, url_day)
    published = _earliest(published_candidates)
    if published is None:
        published = _pick_shown(_near_url_day(visible(), url_day))
    if published is None:
        published = _pick_shown(_near_url_day(furniture_times(page, reading), url_day))
    loose: list[Visible] | None = None
    if published is None:
        loose = _near_url_day(loose_dates(page, reading), url_day)
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
        published = page_edit_date(page, data, reading, url_day)
    if published is None and loose:
        # In running text a date with a time of day is a timestamp; a bare date is as often an event.
        stamped = [v for v in loose if isinstance(v.value, dt.datetime) and not v.updated]
        published = _pick_shown(stamped or loose)
    if published is None and url_day is not None:
        published = url_day
    if published is None:
        published = permalink_line(page, reading)
    if published is None:
        published = datefallback.find_date(page, page.url)
    if published is None and data.title and (found := reading.dates(data.title, 1)):
        published = found[0][1]
    if isinstance(published, dt.datetime) and published.tzinfo is None:
        published = stated_offset(published, [c.value for c in published_candidates], same_field=True)
    if isinstance(published, dt.datetime) and published.tzinfo is None:
        weak = _structured_candidates(page, data, (), WEAK_PUBLISHED_META)
        stated = [c.value for c in (*modified_candidates, *weak)]
        published = stated_offset(published, stated, same_field=False)
    # The page's zone as the publication states or shows it (not the guess _onto_local_day makes).
    page_offset = published.utcoffset() if isinstance(published, dt.datetime) else None
    if isinstance(published, dt.datetime) and published.tzinfo is not None and not page_offset:
        page_offset = shown_offset(published, shown_times(), updates=False)
        published = with_local_offset(published, page_offset)
        if not published.utcoffset():
            published = onto_local_day(published, url_day, shown_times())
    if isinstance(published, dt.datetime) and published.tzinfo is None:
        published = local_day(published, visible())

    modified = None
    local_zone = naive_zone([c.value for c in (*published_candidates, *modified_candidates)])
    if modified_candidates:
        stated = [c.value for c in modified_candidates]
        values = [zoned_modification(value, stated, published, local_zone) for value in stated]
        modified = max(values, key=lambda value: (_instant_key(value), _precision(value)))
    if modified is None:
        updates = [v.value for v in visible() if v.updated]
        modified = zoned_modification(updates[0], [], published, local_zone) if updates else None
    if isinstance(modified, dt.datetime) and modified.tzinfo is not None and not modified.utcoffset():
        # The update's own shown time says the offset; without one, the publication's offset.
        offset = shown_offset(modified, shown_times(), updates=True)
        if offset is None:
            offset = page_offset
        if offset is None:  # the page shows its update time unlabelled, as its only date line
            offset = shown_offset(modified, shown_times(), updates=None)
        modified = with_local_offset(modified, offset)
    if modified is not None and published is not None and _instant_key(modified) < _instant_key(published):
        modified = None
    return published, modified


def parse_date_text(text: str | None) -> PageDate | None:
    """A date from an attribute or an element's text, machine-readable or written for people."""
    return parse_iso(text)
