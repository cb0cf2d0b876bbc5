"""The page's time zone: the offset at which it states or shows an instant, and the local day.

Structured data often gives an instant in UTC, or a wall-clock time without a zone, while the page
shows its readers their own clock and day. These rules recover the page's offset from what the page
itself says (another statement of the same instant, the distance to a shown time, the day it prints).
An aware instant is never moved, only given the offset the page uses; a zone-less time gains the zone
the page states for it, or gives way to the day the page shows.
"""

from __future__ import annotations

import datetime as dt

from crawler.extraction.article import PageDate
from crawler.extraction.dateparse import same_instant
from crawler.extraction.datevisible import Visible

# The offsets the world's clocks use (whole hours from UTC-11 to UTC+14, and the few half and quarter
# hours): a distance between two times that is none of these is no zone. (UTC-12 is uninhabited.)
REAL_OFFSETS = frozenset(
    [dt.timedelta(hours=hours) for hours in range(-11, 15)]
    + [dt.timedelta(minutes=m) for m in (-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825)]
)
_HALF_DAY = dt.timedelta(hours=12)


def shown_offset(value: dt.datetime, visible: list[Visible], updates: bool | None) -> dt.timedelta | None:
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
        if not delta or _twelve_hour_reading(shown, delta):
            return dt.timedelta(0)
        if first is None and updates in (None, item.updated) and delta in REAL_OFFSETS:
            first = delta
    return first


def _twelve_hour_reading(shown: dt.datetime, delta: dt.timedelta) -> bool:
    """Whether a shown time half a day off the UTC instant is that instant on a 12-hour clock without
    am/pm: "5:09" for 17:09Z (shown 1 to 11 o'clock, 12 hours early) or "12:30" for 00:30Z (shown at 12,
    12 hours late). Any other half-day distance is a real offset: New Zealand and Fiji keep +12:00 ("10:00
    pm" for 10:00Z, "10:00" on the next day for 22:00Z)."""
    if delta == -_HALF_DAY:
        return 1 <= shown.hour <= 11
    return delta == _HALF_DAY and shown.hour == 12


def stated_offset(value: dt.datetime, stated: list[PageDate], same_field: bool) -> dt.datetime:
    """A zone-less time that another source of the page states with its offset: that statement.

    "2023-11-02T09:12:39" in one meta and "2023-11-02T09:12:39-04:00" (or its UTC form
    "2023-11-02T13:12:39Z") in another are one instant; the zone-less copy is only the less precise. The
    same wall-clock minute says so; so does a distance that is a real zone's offset, between two
    statements of the publication (`same_field`; to the minute where one states only the minute) or,
    from other dates, to the second.
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
        if same_field and not value.second and not value.microsecond:
            # A statement to the minute ("06:47 PM") of the publication another states to the second.
            delta = value - utc.replace(second=0)
            if not delta or delta in REAL_OFFSETS:
                return other.astimezone(dt.timezone(delta))
    return value


def shown_zone(value: dt.datetime, visible: list[Visible]) -> dt.datetime:
    """A zone-less time that the page shows at the same wall-clock minute with its zone: in that zone,
    its seconds kept ("2016-02-01 01:28:49" in a meta, "First published February 1, 2016: 1:28 AM ET" on
    the page: the meta is New York's clock, not UTC's)."""
    zone = naive_zone([value, *(item.value for item in visible if _zoned(item.value))])
    return value if zone is None else value.replace(tzinfo=zone)


def _zoned(value: PageDate) -> bool:
    return isinstance(value, dt.datetime) and value.tzinfo is not None


def naive_zone(values: list[PageDate]) -> dt.tzinfo | None:
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


def zoned_modification(
    value: PageDate, stated: list[PageDate], published: PageDate | None, local_zone: dt.tzinfo | None
) -> PageDate:
    """A zone-less modification time with the offset the page states for it (another modification
    statement, or the publication at the same wall-clock minute), else the zone the page writes its
    zone-less times in. Without it, a naive local time compared with aware ones reads as UTC: an
    update at 21:05 local time in Paris would pass for one an hour later."""
    if not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return value
    zoned = stated_offset(value, stated, same_field=True)
    if zoned.tzinfo is None and isinstance(published, dt.datetime) and published.tzinfo is not None:
        zoned = stated_offset(value, [published], same_field=False)
    if zoned.tzinfo is None and local_zone is not None:
        zoned = value.replace(tzinfo=local_zone)
    return zoned


def with_local_offset(value: dt.datetime, offset: dt.timedelta | None) -> dt.datetime:
    """Give a UTC instant the page's own offset (the instant itself does not change)."""
    if offset is None or value.tzinfo is None or value.utcoffset() or not offset:
        return value
    return value.astimezone(dt.timezone(offset))


def onto_local_day(value: dt.datetime, url_day: dt.date | None, visible: list[Visible]) -> dt.datetime:
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


def local_day(value: PageDate, visible: list[Visible]) -> PageDate:
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
