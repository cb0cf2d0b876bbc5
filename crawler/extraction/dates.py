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
from dataclasses import dataclass

from crawler.extraction import datefallback
from crawler.extraction.article import PageDate
from crawler.extraction.dateparse import date_from_url, day_of, parse_iso, same_instant
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


# The offsets the world's clocks use (whole hours from UTC-11 to UTC+14, and the few half and quarter
# hours): a distance between two times that is none of these is no zone. (UTC-12 is uninhabited.)
REAL_OFFSETS = frozenset(
    [dt.timedelta(hours=hours) for hours in range(-11, 15)]
    + [dt.timedelta(minutes=m) for m in (-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825)]
)
_HALF_DAY = dt.timedelta(hours=12)


def _shown_offset(value: dt.datetime, visible: list[Visible], updates: bool | None) -> dt.timedelta | None:
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


def _onto_local_day(value: dt.datetime, url_day: dt.date | None, visible: list[Visible]) -> dt.datetime:
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


def _local_day(value: PageDate, visible: list[Visible]) -> PageDate:
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
