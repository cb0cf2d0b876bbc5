"""Publication and modification dates: `find_dates` weighs what the page says about them.

This module reads structured data and orders the sources; `datevisible` finds the dates the page shows
(its date elements, running text, permalink and "last edited" lines) and `datezones` reasons about
offsets and local days. The rules, in full, are in `find_dates`' docstring.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple, TypeVar

from lxml import etree

from crawler.extraction import datefallback
from crawler.extraction.article import OffsetSource, PageDate
from crawler.extraction.blocks import in_other_storys_block
from crawler.extraction.countryzones import country_zone, in_country_zone
from crawler.extraction.dateparse import day_of, parse_iso
from crawler.extraction.datevisible import (
    Reading,
    Visible,
    furniture_date_lines,
    furniture_times,
    links_elsewhere,
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
    shown_zone,
    stated_offset,
    with_local_offset,
    zoned_modification,
)
from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData, folded_key, in_article_scope, microdata_value
from crawler.extraction.text import title_segments


def _words(text: str) -> tuple[str, ...]:
    """Meta keys, folded as `StructuredData.meta_folded` keeps them (every spelling of one key is one)."""
    return tuple(dict.fromkeys(folded_key(word) for word in text.split()))


PUBLISHED_META = _words(
    "article:published_time og:article:published_time article:published og:published_time "
    "datepublished published_time publish-date publish_date publishdate pubdate pub_date "
    "publication_date date_published sailthru.date parsely-pub-date article.published "
    "cxenseparse:recs:publishtime article_date_original original-publish-date "
    "originalpublicationdate dc.date.issued dcterms.issued citation_publication_date displaydate "
    "bt:pubdate live_date article:post_date og:pubdate published_at"
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
    created: bool = False  # stated as the record's creation (dateCreated), not its publication


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
    page: Page, data: StructuredData, keys: tuple[str, ...], meta_keys: tuple[str, ...], dayfirst: bool
) -> list[_Candidate]:
    """The dates structured data gives under `keys` (JSON-LD, microdata) and `meta_keys` (<meta>), each
    ranked by how much its source is trusted (JSON-LD, then microdata, then meta: article:published_time
    is often the last update where JSON-LD or microdata keep the first publication)."""
    return [
        *_json_ld_candidates(data, keys, dayfirst),
        *_microdata_candidates(page, data, keys, dayfirst),
        *_meta_candidates(data, meta_keys, dayfirst),
    ]


def _dated_object(data: StructuredData, keys: tuple[str, ...]) -> dict[str, Any] | None:
    """The JSON-LD object whose dates are the page's: the story's, else the page's (WebPage), else the
    first object that carries one of `keys` (a HowTo, Recipe, Event... dates itself, not the page)."""
    if data.story_object:
        return data.story_object
    return next((obj for obj in data.objects if any(key in obj for key in keys)), None)


def _json_ld_candidates(data: StructuredData, keys: tuple[str, ...], dayfirst: bool) -> list[_Candidate]:
    """The first of `keys` that the page's JSON-LD object dates: one candidate, the most trusted."""
    obj = _dated_object(data, keys) if keys else None
    if obj is None:
        return []
    for key in keys:
        if value := _json_ld_date(obj.get(key), dayfirst):
            return [_Candidate(value, 0, key == "dateCreated")]
    return []


def _json_ld_date(raw: Any, dayfirst: bool) -> PageDate | None:
    """A JSON-LD date as publishers write it: a string, the first of a list, or a Unix time in a number."""
    if isinstance(raw, list):
        raw = raw[0] if raw else None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    return parse_iso(raw, dayfirst) if isinstance(raw, str) else None


def _microdata_candidates(
    page: Page, data: StructuredData, keys: tuple[str, ...], dayfirst: bool
) -> list[_Candidate]:
    """For each of `keys`, the first microdata date of the story itself (not a teaser's, not another
    itemscope's)."""
    found: list[_Candidate] = []
    for key in keys:
        if value := _first_microdata_date(page, data.microdata.get(key, ()), dayfirst):
            found.append(_Candidate(value, 1, key == "dateCreated"))
    return found


def _first_microdata_date(page: Page, elements: Iterable[etree._Element], dayfirst: bool) -> PageDate | None:
    for element in elements:
        if in_other_storys_block(page, element) or not in_article_scope(element):
            continue
        if any(
            links_elsewhere(page, a) and "bookmark" not in (a.get("rel") or "")
            for a in element.iterancestors("a")
        ):
            # A teaser's <time itemprop="dateCreated"> in its link (PopSugar's "more posts" grid); not a
            # post's permalink (rel=bookmark: Blogger's timestamp link on an archive page of one post).
            continue
        # hAtom's <abbr title="2011-03-30T21:05:00-07:00">9:05 PM</abbr> keeps the date in its title.
        value = parse_iso(microdata_value(element), dayfirst) or parse_iso(element.get("title"), dayfirst)
        if value:
            return value
    return None


def _meta_candidates(data: StructuredData, meta_keys: tuple[str, ...], dayfirst: bool) -> list[_Candidate]:
    """The first value of each of `meta_keys` that reads as a date (a plugin's unfilled template or a
    written-out date may come before the theme's own)."""
    firsts = (
        next(filter(None, (parse_iso(value, dayfirst) for value in data.meta_folded.get(key, ()))), None)
        for key in meta_keys
    )
    return [_Candidate(value, 2) for value in firsts if value]


def _earliest(candidates: list[_Candidate]) -> PageDate | None:
    candidates = _without_midnight_fillers(candidates)
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


def _without_midnight_fillers(candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates without a time of exactly midnight where another gives a time on that same day: a
    CMS that stores a day fills the time in with 00:00:00 (Fortune's dateCreated "2015-10-05T00:00:00+00:00"
    beside its article:published_time 20:52:17Z), and as the earliest instant it would win."""
    times = [c.value for c in candidates if isinstance(c.value, dt.datetime) and not _at_midnight(c.value)]
    return [
        c for c in candidates if not (_at_midnight(c.value) and any(_same_day(t, c.value) for t in times))
    ]


def _at_midnight(value: PageDate) -> bool:
    return isinstance(value, dt.datetime) and value.time() == dt.time()


def _same_day(value: dt.datetime, midnight: dt.datetime) -> bool:
    """Whether `value` falls on the day that begins at `midnight`, on its clock where both have one."""
    if value.tzinfo is not None and midnight.tzinfo is not None:
        value = value.astimezone(midnight.tzinfo)
    return value.date() == midnight.date()


_Dated = TypeVar("_Dated", _Candidate, Visible)


def _near_url_day(items: list[_Dated], url_day: dt.date | None) -> list[_Dated]:
    """The items within a day of the day the URL names: an address with /2023/11/02/ in it is the
    publisher's own statement of the story's day, so a date further away is some other thing's."""
    if url_day is None:
        return items
    return [v for v in items if _near_day(v.value, url_day)]


def _near_day(value: PageDate, url_day: dt.date | None) -> bool:
    """Within a day of the day the URL names (any day, where it names none)."""
    return url_day is None or abs((day_of(value) - url_day).days) <= 1


def _pick_shown(shown: list[Visible]) -> PageDate | None:
    """The publication among shown dates: the first labelled as one, else the first not labelled as an
    update; a date-only element followed by the same day with a time gives way to the time."""
    shown = [v for v in shown if not v.updated]
    if not shown:
        return None
    labelled = [v for v in shown if v.published_label]
    published = (labelled or shown)[0].value
    for v in shown:
        if isinstance(v.value, dt.datetime) and day_of(v.value) == day_of(published):
            if not isinstance(published, dt.datetime) or (published.tzinfo is None and v.value.tzinfo):
                published = v.value
            break
    return published


class _Sources:
    """What the page says about its dates, each source read the first time a step asks for it.

    Most pages answer from structured data alone; the page's date elements, its running text and
    htmldate cost far more, so each is read only when the sources before it left the question open.
    """

    def __init__(self, page: Page, data: StructuredData) -> None:
        self.page = page
        self.data = data

    @cached_property
    def url_day(self) -> dt.date | None:
        """The day the URL names (/2023/11/02/), the publisher's own statement of the story's day."""
        return self.reading.url_day

    @cached_property
    def country_zone(self) -> dt.tzinfo | None:
        """The clock of the country whose domain the page is under, for its zone-less times."""
        return country_zone(self.page.url)

    @cached_property
    def reading(self) -> Reading:
        """How the page writes dates (the order of day and month, the language, the URL's day): every
        structured date written for people is read in its order too."""
        return page_reading(self.page)

    @cached_property
    def publication_candidates(self) -> list[_Candidate]:
        """Structured statements of the publication (within a day of the URL's day)."""
        keys = ("datePublished", "dateCreated")
        found = _structured_candidates(self.page, self.data, keys, PUBLISHED_META, self.reading.dayfirst)
        return _near_url_day(found, self.url_day)

    @cached_property
    def modification_candidates(self) -> list[_Candidate]:
        """Structured statements of the last modification (never vetoed by the URL's day: a story
        updated days later keeps its first day in its address)."""
        return _structured_candidates(
            self.page, self.data, ("dateModified",), MODIFIED_META, self.reading.dayfirst
        )

    @cached_property
    def generic_candidates(self) -> list[_Candidate]:
        """Generic date meta (date, dc.date...): often the page's generation time, not the story's."""
        return _structured_candidates(self.page, self.data, (), WEAK_PUBLISHED_META, self.reading.dayfirst)

    @cached_property
    def visible(self) -> list[Visible]:
        """The dates of the page's own date, time and byline elements (the costly search)."""
        return visible_dates(self.page, self.data, self.reading)

    @cached_property
    def furniture(self) -> list[Visible]:
        """The <time>s of the story's own furniture that the block rules removed."""
        return furniture_times(self.page, self.data, self.reading)

    @cached_property
    def furniture_lines(self) -> list[Visible]:
        """The date lines of the story's own furniture that the block rules removed."""
        return furniture_date_lines(self.page, self.reading)

    @cached_property
    def loose(self) -> list[Visible]:
        """Dates in running text (within a day of the URL's day)."""
        return _near_url_day(loose_dates(self.page, self.reading), self.url_day)

    @cached_property
    def _times(self) -> list[Visible] | None:
        """The dates of the page's <time> elements; None when it has none."""
        return time_dates(self.page, self.reading)

    def shown_times(self) -> list[Visible]:
        """The times the page shows, to tell at which offset it shows an instant: the page's date
        elements when they have been read already, else its <time> elements (cheap), else (a page
        without <time>s) its date elements after all."""
        if "visible" in self.__dict__:
            return self.visible
        times = self._times
        return self.visible if times is None else times

    def offset_shown(self, value: dt.datetime, updates: bool | None) -> dt.timedelta | None:
        """The offset at which the page shows the UTC publication (`shown_offset`): in the times it shows,
        else in the <time>s of the story's own furniture, which the block rules removed (Deadline's byline
        box, NBC News' meta bar beside its share buttons: "Dec 13 2016, 7:31 am ET" for 12:31:48Z)."""
        offset = shown_offset(value, self.shown_times(), updates)
        return offset if offset is not None else shown_offset(value, self.furniture, updates)


def _from_structured_data(sources: _Sources) -> PageDate | None:
    """What the publisher states for machines: the earliest publication, most precisely stated. A record's
    creation alone (dateCreated) gives way where the page shows the story dated days before it: the
    record is a later copy, a move to a new CMS (rnz.de: "12.10.2015, 19:16 Uhr" over a dateCreated of
    2019-05-07). A day stated without its time takes the time the page's date line shows on that day
    (ABC News: DC.date.issued "2016-12-16", "Dec 16, 2016, 12:37 PM ET" under the headline)."""
    candidates = sources.publication_candidates
    stated = _earliest(candidates)
    if stated is not None and all(c.created for c in candidates):
        shown = _from_date_elements(sources)
        if shown is not None and _instant_key(shown) < _instant_key(stated) - _COPY_GAP:
            return shown
    if stated is not None and not isinstance(stated, dt.datetime):
        shown = _from_date_elements(sources)
        if isinstance(shown, dt.datetime) and shown.date() == stated:
            return shown
    return stated


_COPY_GAP = dt.timedelta(days=2)


def _from_date_elements(sources: _Sources) -> PageDate | None:
    """The date line the page shows its readers in its date, time and byline elements."""
    return _pick_shown(_near_url_day(sources.visible, sources.url_day))


def _from_removed_furniture(sources: _Sources) -> PageDate | None:
    """A <time> in the story's own meta aside or author box, which the furniture rules removed."""
    return _pick_shown(_near_url_day(sources.furniture, sources.url_day))


def _from_furniture_date_line(sources: _Sources) -> PageDate | None:
    """An element holding only a date in the story's own share bar or meta aside, which the furniture
    rules removed."""
    return _pick_shown(_near_url_day(sources.furniture_lines, sources.url_day))


def _from_published_sentence(sources: _Sources) -> PageDate | None:
    """Running text that says "Published 1 November 2023": a statement, where generic meta is not."""
    return next((v.value for v in sources.loose if v.published_label and not v.updated), None)


def _from_generic_meta(sources: _Sources) -> PageDate | None:
    """Generic date meta (date, dc.date): a statement, though often of the page's generation time."""
    return _earliest(_near_url_day(sources.generic_candidates, sources.url_day))


def _from_only_update(sources: _Sources) -> PageDate | None:
    """The only date the page shows is labelled as an update: still the best statement of its date,
    unless the URL names another day (the story's: the update came later)."""
    url_day = sources.url_day
    updates = [v for v in sources.visible if v.updated and (url_day is None or day_of(v.value) == url_day)]
    return updates[0].value if updates else None


def _from_edit_line(sources: _Sources) -> PageDate | None:
    """A wiki's or CMS's "This page was last edited on ..." line, even in the page footer."""
    return page_edit_date(sources.page, sources.data, sources.reading, sources.url_day)


def _from_running_text(sources: _Sources) -> PageDate | None:
    """Any date in running text: one with a time of day is a timestamp, a bare date as often an event."""
    stamped = [v for v in sources.loose if isinstance(v.value, dt.datetime) and not v.updated]
    return _pick_shown(stamped or sources.loose)


def _from_url(sources: _Sources) -> PageDate | None:
    """The day in the URL: certain, but only a day, so below any date the page writes out."""
    return sources.url_day


def _from_permalink(sources: _Sources) -> PageDate | None:
    """The sentence around a rel=bookmark link to the page itself: old blog themes' date line, which
    may sit anywhere (even in the sidebar), so only once the page's own elements had nothing."""
    return permalink_line(sources.page, sources.reading)


def _from_htmldate(sources: _Sources) -> PageDate | None:
    """htmldate's wider search (scripts, RDF comments, many CMSs' conventions): slow, a last resort."""
    return datefallback.find_date(sources.page, sources.page.url)


def _from_title(sources: _Sources) -> PageDate | None:
    """A date in the <title> ("Council minutes, 4 March 2024"): the page's subject as often as its
    publication, so the last resort."""
    found = sources.reading.dates(sources.data.title, 1) if sources.data.title else []
    return found[0][1] if found else None


def _from_title_suffix(sources: _Sources) -> PageDate | None:
    """A date the <title> sets apart as its last segment ("Post-Vac-Syndrom: Was wissen wir? – DW –
    13.06.2023"): the publisher's template dates the story there, as a date line would; a date inside
    the headline's own words is its subject as often (see `_from_title`)."""
    segments = title_segments(sources.data.title)
    last = segments[-1].strip() if len(segments) > 1 else ""
    if not last or len(last.split()) > 4:
        return None
    found = sources.reading.dates(last, 1)
    if not found or found[0][0] != 0:
        return None
    return found[0][1] if _near_day(found[0][1], sources.url_day) else None


_PUBLICATION_SOURCES: tuple[Callable[[_Sources], PageDate | None], ...] = (
    _from_structured_data,
    _from_date_elements,
    _from_removed_furniture,
    _from_furniture_date_line,
    _from_published_sentence,
    _from_generic_meta,
    _from_only_update,
    _from_edit_line,
    _from_title_suffix,
    _from_running_text,
    _from_url,
    _from_permalink,
    _from_htmldate,
    _from_title,
)


def _publication(sources: _Sources) -> PageDate | None:
    """The answer of the first source in `_PUBLICATION_SOURCES` that has one."""
    for source in _PUBLICATION_SOURCES:
        if (value := source(sources)) is not None:
            return value
    return None


def _zoned_publication(
    published: PageDate | None, sources: _Sources
) -> tuple[PageDate | None, dt.timedelta | None, OffsetSource | None]:
    """The publication with the zone the page states or shows for it, that offset (the page's zone,
    which a modification without a shown time of its own takes; not the guess `onto_local_day` makes),
    and where the publication's offset comes from (`Article.published_offset_source`)."""
    if not isinstance(published, dt.datetime):
        return published, None, None
    if published.tzinfo is None:
        published = _stated_publication_zone(published, sources)
    if published.tzinfo is not None:
        return _zoned_instant(published, sources)
    published = local_day(published, sources.visible)
    if isinstance(published, dt.datetime) and (zone := sources.country_zone) is not None:
        published = in_country_zone(published, zone)
        return published, published.utcoffset(), "country"
    return published, None, None


def _zoned_instant(
    published: dt.datetime, sources: _Sources
) -> tuple[dt.datetime, dt.timedelta | None, OffsetSource]:
    """An instant the page states: with its own offset as stated; a UTC one with the offset at which the
    page shows it (`_Sources.offset_shown`), else with the smallest whole-hour offset that puts it on the
    day the page shows."""
    page_offset = published.utcoffset()
    if page_offset:
        return published, page_offset, "page"
    page_offset = sources.offset_shown(published, updates=False)
    published = with_local_offset(published, page_offset)
    if published.utcoffset():
        return published, page_offset, "shown"
    moved = onto_local_day(published, sources.url_day, sources.shown_times())
    return moved, page_offset, "day" if moved.utcoffset() else "page"


def _stated_publication_zone(published: dt.datetime, sources: _Sources) -> dt.datetime:
    """A zone-less publication time as another statement gives it with its offset: first another
    statement of the publication, then the modification's or generic meta's statement of that instant,
    then the page's own display of that wall-clock minute with its zone."""
    stated = [c.value for c in sources.publication_candidates]
    published = stated_offset(published, stated, same_field=True)
    if published.tzinfo is None:
        stated = [c.value for c in (*sources.modification_candidates, *sources.generic_candidates)]
        published = stated_offset(published, stated, same_field=False)
    if published.tzinfo is None:
        published = shown_zone(published, sources.shown_times())
    return published


def _modification(
    sources: _Sources, published: PageDate | None, page_offset: dt.timedelta | None
) -> PageDate | None:
    """The latest modification structured data states, else the first update the page shows, in the
    zone the page states or shows for it; a zone-less one where the page says nothing else, in the
    publication's (one page, one clock: ABC News' Last-Modified "2016-12-16 12:40:25" three minutes after
    its "12:37 PM ET", not five hours before it)."""
    stated = [c.value for c in (*sources.publication_candidates, *sources.modification_candidates)]
    zone = naive_zone(stated) or sources.country_zone
    if zone is None and isinstance(published, dt.datetime) and published.utcoffset():
        zone = published.tzinfo
    modified = _stated_modification(sources, published, zone)
    if modified is None:
        updates = [v.value for v in sources.visible if v.updated]
        modified = zoned_modification(updates[0], [], published, zone) if updates else None
    if isinstance(modified, dt.datetime) and modified.tzinfo is not None and not modified.utcoffset():
        modified = with_local_offset(modified, _update_offset(modified, sources, page_offset))
    return modified


def _stated_modification(
    sources: _Sources, published: PageDate | None, zone: dt.tzinfo | None
) -> PageDate | None:
    """The latest of structured data's modification statements, each zone-less one zoned first (a naive
    local time compared with aware ones would read as UTC), the most precise of equal instants."""
    stated = [c.value for c in sources.modification_candidates]
    if not stated:
        return None
    values = [zoned_modification(value, stated, published, zone) for value in stated]
    return max(values, key=lambda value: (_instant_key(value), _precision(value)))


def _update_offset(
    modified: dt.datetime, sources: _Sources, page_offset: dt.timedelta | None
) -> dt.timedelta | None:
    """The offset for a UTC modification: the one at which the page shows its update time; else the
    publication's (one page, one zone); else that of any shown time (a page whose only date line is its
    update time, unlabelled)."""
    shown = sources.shown_times()
    offset = shown_offset(modified, shown, updates=True)
    if offset is None:
        offset = page_offset
    if offset is None:
        offset = shown_offset(modified, shown, updates=None)
    return offset


class PageDates(NamedTuple):
    """The story's publication, its last modification, and where the publication's offset comes from."""

    published: PageDate | None
    modified: PageDate | None
    published_offset_source: OffsetSource | None


def find_dates(page: Page, data: StructuredData) -> PageDates:
    """The story's publication date and its last modification, and where the publication's offset comes
    from (`Article.published_offset_source`).

    The publication is the answer of the first source, in the order in which a reader weighs what a
    page says about its own date (`_PUBLICATION_SOURCES`):
     1. structured data: the story's JSON-LD object (without one, the page's, or the object that dates
        itself: a HowTo, a Recipe...), microdata inside the story, article:* and other publication
        meta. When they disagree the first publication wins (article:published_time is often the last
        update while JSON-LD or microdata keep the first publication): the statements within 36 hours
        of the earliest, of these the earliest time to the minute, its most precise statement, then
        the most trusted source; a day stated without its time takes the time of the page's date line
        on that day;
     2. the date line the page shows in its own date, time and byline elements: the first labelled as
        the publication, else the first not labelled as an update (a date-only element followed by the
        same day with a time gives the time);
     3. the <time> of the story's own meta aside or author box that the furniture rules removed;
     4. an element holding nothing but a date in the story's own furniture (its share bar, a meta
        aside's "Datum" list) that the furniture rules removed;
     5. "Published 1 November 2023" in running text;
     6. generic date meta (date, dc.date: often the page's generation time);
     7. an update date, when it is the only date the page shows;
     8. a wiki's or CMS's "last edited" line, even in the footer;
     9. a date the <title> sets apart as its last segment ("… – DW – 13.06.2023");
    10. any date in running text, one with a time of day first (a bare date is as often an event's);
    11. the day in the URL;
    12. the sentence around a rel=bookmark link to the page itself (old blog themes' date line);
    13. htmldate, which never sees the teaser and navigation blocks;
    14. a date in the title.
    A day named in the URL vetoes the candidates of sources 1-10 more than a day away from it.

    Which dates the page shows, and which of them are labelled as updates, is `datevisible`'s to say.

    Zones: the page's own offset is kept. A zone-less time that another source states with its offset
    (the same wall-clock minute, or the UTC form a real zone's offset away) is that statement. When
    structured data gives the instant in UTC and the page shows the same instant as local wall-clock
    time, the page's offset is recovered from the difference (a real zone's offset, from a shown time of
    the same kind: never the publication's from an "Updated" line); a page that shows the UTC
    wall-clock time displays UTC. A UTC instant the page dates to the day before or after (the text of
    the <time> holding it, the URL's day) gets the smallest whole-hour offset that puts the same
    instant on the page's day. A zone-less time near midnight whose day is not the day the page shows
    gives way to the shown day.

    The modification is the latest that structured data states, else the first update the page shows.
    A zone-less one takes the offset stated for it, else the zone in which the page writes its
    zone-less times; a UTC one takes the offset at which the page shows it, else the publication's,
    else that of any time the page shows.
    A modification before the publication (a day alone: before its day) is dropped.

    Each source is read only when the sources before it leave the question open (speed).
    """
    sources = _Sources(page, data)
    published, page_offset, offset_source = _zoned_publication(_publication(sources), sources)
    modified = _modification(sources, published, page_offset)
    if modified is not None and published is not None and _before(modified, published):
        modified = None  # an "update" before the publication is not this story's
    return PageDates(published, modified, offset_source)


def _before(modified: PageDate, published: PageDate) -> bool:
    """Whether the modification comes before the publication; a day alone, only if it is an earlier day
    (an update dated "2020-03-10" is not before the story published at 20:00 that day)."""
    if not isinstance(modified, dt.datetime):
        return modified < day_of(published)
    return _instant_key(modified) < _instant_key(published)


def parse_date_text(text: str | None) -> PageDate | None:
    """A date from an attribute or an element's text, machine-readable or written for people."""
    return parse_iso(text)
