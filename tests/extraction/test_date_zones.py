"""The page's time zone: offsets stated or shown for an instant, the zone of zone-less times, local days."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from crawler.extraction import Article, extract
from crawler.extraction.article import PageDate
from crawler.extraction.countryzones import country_zone, in_country_zone
from crawler.extraction.datevisible import Visible
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
from tests.extraction.pages import ld, page


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def shown(value: PageDate, updated: bool = False, shown_day: dt.date | None = None) -> Visible:
    return Visible(value, updated, published_label=False, from_time_tag=True, shown_day=shown_day)


def iso(value: PageDate) -> str:
    """Compare offsets too: aware datetimes at one instant are equal whatever their offsets."""
    return value.isoformat()


# stated_offset: a zone-less time another source states with its offset


def test_zone_less_time_takes_the_offset_stated_elsewhere_for_the_same_wall_clock() -> None:
    stated = [at("2023-11-02T09:12:39-04:00")]
    result = stated_offset(at("2023-11-02T09:12:39"), stated, same_field=False)
    assert iso(result) == "2023-11-02T09:12:39-04:00"


def test_zone_less_time_is_the_local_form_of_a_utc_statement_of_the_publication() -> None:
    # datePublished "2023-11-02T09:12:39" and article:published_time "2023-11-02T13:12:39Z": New York.
    result = stated_offset(at("2023-11-02T09:12:39"), [at("2023-11-02T13:12:39+00:00")], same_field=True)
    assert iso(result) == "2023-11-02T09:12:39-04:00"


def test_a_publication_stated_to_the_minute_is_the_local_form_of_one_stated_to_the_second() -> None:
    # al.com: "Thursday, December 22, 2016, 06:47 PM" and article:published_time "2016-12-23T00:47:31Z".
    result = stated_offset(at("2016-12-22T18:47:00"), [at("2016-12-23T00:47:31+00:00")], same_field=True)
    assert iso(result) == "2016-12-22T18:47:31-06:00"
    # From another field, a whole minute is no proof (see below); nor is a distance no clock uses.
    value = at("2016-12-22T18:47:00")
    assert stated_offset(value, [at("2016-12-23T00:47:31+00:00")], same_field=False) is value
    assert stated_offset(value, [at("2016-12-23T01:04:31+00:00")], same_field=True) is value


def test_a_whole_minute_from_another_field_is_no_proof_of_the_same_instant() -> None:
    # Two different dates (publication at 09:12, an update at 13:12 UTC) line up to the second only by
    # chance when both are on the minute: the zone-less time stays zone-less.
    value = at("2023-11-02T09:12:00")
    assert stated_offset(value, [at("2023-11-02T13:12:00+00:00")], same_field=False) is value
    zoned = stated_offset(value, [at("2023-11-02T13:12:00+00:00")], same_field=True)
    assert iso(zoned) == "2023-11-02T09:12:00-04:00"


def test_a_distance_no_clock_uses_is_no_offset() -> None:
    value = at("2023-11-02T09:12:39")
    assert stated_offset(value, [at("2023-11-02T13:49:39+00:00")], same_field=True) is value  # -4:37
    assert stated_offset(value, [dt.date(2023, 11, 2), at("2023-11-02T09:12:39")], same_field=True) is value


# shown_offset: the offset at which the page shows a UTC instant


def test_utc_instant_shown_as_local_wall_clock_gives_the_page_offset() -> None:
    published = at("2023-11-01T23:01:00+00:00")
    offset = shown_offset(published, [shown(published), shown(at("2023-11-02T00:01"))], updates=False)
    assert offset == dt.timedelta(hours=1)


def test_page_showing_the_utc_wall_clock_displays_utc_even_on_a_twelve_hour_clock() -> None:
    published = at("2023-11-01T17:09:00+00:00")
    assert shown_offset(published, [shown(at("2023-11-01T17:09"))], updates=False) == dt.timedelta(0)
    # "5:09" without am/pm, after a shown time that looked like an offset: UTC still wins.
    visible = [shown(at("2023-11-01T19:09")), shown(at("2023-11-01T05:09"))]
    assert shown_offset(published, visible, updates=False) == dt.timedelta(0)


def test_the_same_instant_written_with_its_offset_says_it_outright() -> None:
    published = at("2023-11-01T23:01:00+00:00")
    visible = [shown(at("2023-11-02T10:01:00+11:00")), shown(at("2023-11-02T00:01"))]
    assert shown_offset(published, visible, updates=False) == dt.timedelta(hours=11)


def test_publication_offset_never_comes_from_an_updated_line() -> None:
    # Published 10:00Z; the page shows only "Updated 12:00": two hours of news, not the page's zone.
    published = at("2024-03-05T10:00:00+00:00")
    update_line = [shown(at("2024-03-05T12:00"), updated=True)]
    assert shown_offset(published, update_line, updates=False) is None
    assert shown_offset(published, update_line, updates=None) == dt.timedelta(hours=2)


def test_a_distance_that_is_no_real_offset_is_ignored() -> None:
    published = at("2024-03-05T10:00:00+00:00")
    assert shown_offset(published, [shown(at("2024-03-05T10:37"))], updates=False) is None
    assert shown_offset(published, [shown(dt.date(2024, 3, 5))], updates=False) is None


# naive_zone and zoned_modification: zone-less modification times


def test_zone_less_time_shown_at_the_same_minute_with_a_zone_takes_it_and_keeps_its_seconds() -> None:
    value = at("2016-02-01T01:28:49")
    other_minute = [shown(at("2016-02-01T01:29:00-05:00")), shown(at("2016-02-01T01:28:00"))]
    assert shown_zone(value, other_minute) is value
    same_minute = [*other_minute, shown(at("2016-02-01T01:28:00-05:00"), updated=True)]
    assert iso(shown_zone(value, same_minute)) == "2016-02-01T01:28:49-05:00"


def test_naive_meta_repeating_an_aware_one_are_local_time() -> None:
    values: list[PageDate] = [at("2020-12-26T21:00:38"), at("2020-12-26T21:00:38+01:00")]
    assert naive_zone(values) == tz(1)
    assert naive_zone(values[::-1]) == tz(1)
    # A zone-less copy of the UTC form says nothing about the zone the page writes in.
    assert naive_zone([at("2020-12-26T21:00:38+01:00"), at("2020-12-26T20:00:38")]) is None


def test_zone_less_modification_takes_the_zone_the_page_writes_in() -> None:
    # Paris: an update at 21:05 local time, not 21:05 UTC an hour later.
    modified = zoned_modification(at("2023-03-01T21:05:00"), [], at("2023-03-01T09:00:00+01:00"), tz(1))
    assert iso(modified) == "2023-03-01T21:05:00+01:00"


def test_zone_less_modification_at_the_publication_minute_is_the_publication_instant() -> None:
    published = at("2023-03-01T09:00:12+02:00")
    assert iso(zoned_modification(at("2023-03-01T09:00:12"), [], published, None)) == published.isoformat()


def test_zone_less_modification_stated_in_utc_elsewhere_gets_the_local_offset() -> None:
    stated: list[PageDate] = [at("2023-03-01T14:30:00"), at("2023-03-01T13:30:00+00:00")]
    modified = zoned_modification(stated[0], stated, None, tz(5))
    assert iso(modified) == "2023-03-01T14:30:00+01:00"


def test_aware_or_date_only_modifications_are_kept() -> None:
    aware = at("2023-03-01T14:30:00+00:00")
    assert zoned_modification(aware, [], None, tz(1)) is aware
    assert zoned_modification(dt.date(2023, 3, 1), [], None, tz(1)) == dt.date(2023, 3, 1)


# with_local_offset, onto_local_day, local_day: the reader's clock and day


def test_utc_instant_gets_the_page_offset_without_moving() -> None:
    value = at("2023-11-01T23:01:00+00:00")
    local = with_local_offset(value, dt.timedelta(hours=1))
    assert iso(local) == "2023-11-02T00:01:00+01:00"
    assert local == value
    kept = at("2023-11-01T23:01:00-05:00")
    assert with_local_offset(kept, dt.timedelta(hours=1)) is kept
    assert with_local_offset(value, None) is value


def test_utc_instant_whose_time_element_reads_the_next_day_moves_onto_it() -> None:
    # <time datetime="2023-11-01T23:01:00Z">02 Novembre 2023</time>
    value = at("2023-11-01T23:01:00+00:00")
    visible = [shown(value, shown_day=dt.date(2023, 11, 2))]
    result = onto_local_day(value, None, visible)
    assert iso(result) == "2023-11-02T00:01:00+01:00"


def test_late_evening_utc_time_is_the_next_local_day_of_the_url() -> None:
    value = at("2023-11-01T20:30:00+00:00")
    result = onto_local_day(value, dt.date(2023, 11, 2), [])
    assert iso(result) == "2023-11-02T00:30:00+04:00"  # the smallest whole hour that reaches the 2nd
    assert result == value


def test_early_utc_time_is_the_previous_local_day_of_the_url() -> None:
    value = at("2023-11-02T03:15:00+00:00")
    assert iso(onto_local_day(value, dt.date(2023, 11, 1), [])) == "2023-11-01T23:15:00-04:00"


def test_no_real_zone_reaches_a_day_too_far_away() -> None:
    morning = at("2023-11-01T05:00:00+00:00")  # the 2nd would need UTC+19
    assert onto_local_day(morning, dt.date(2023, 11, 2), []) is morning
    assert onto_local_day(morning, dt.date(2023, 11, 1), []) is morning
    assert onto_local_day(morning, None, []) is morning


def test_zone_less_time_near_midnight_gives_way_to_the_shown_day() -> None:
    # "2020-12-05T23:15" in structured data, "6. Dezember 2020" on the date line: UTC in disguise.
    visible = [shown(dt.date(2020, 12, 6))]
    assert local_day(at("2020-12-05T23:15"), visible) == dt.date(2020, 12, 6)
    assert local_day(at("2020-12-07T02:30"), visible) == dt.date(2020, 12, 6)


def test_zone_less_time_in_the_day_keeps_its_own_day() -> None:
    visible = [shown(dt.date(2020, 12, 6))]
    afternoon = at("2020-12-05T15:00")
    assert local_day(afternoon, visible) is afternoon
    late = at("2020-12-05T23:15")
    assert local_day(late, [shown(dt.date(2020, 12, 6), updated=True)]) is late  # an update's day
    assert local_day(late, [shown(dt.date(2020, 12, 9))]) is late  # days apart: another date
    aware = at("2020-12-05T23:15:00+00:00")
    assert local_day(aware, visible) is aware


def test_a_page_in_new_zealand_winter_is_twelve_hours_ahead_not_utc() -> None:
    # NZST is +12:00: 22:00Z shows as 10:00 the next morning, 10:00Z as "10:00 pm".
    night = at("2024-05-17T22:00:00+00:00")
    assert shown_offset(night, [shown(at("2024-05-18T10:00"))], updates=False) == dt.timedelta(hours=12)
    morning = at("2024-05-17T10:00:00+00:00")
    assert shown_offset(morning, [shown(at("2024-05-17T22:00"))], updates=False) == dt.timedelta(hours=12)
    # A 12-hour clock without am/pm at half past midnight UTC shows "12:30" the same day: UTC.
    small_hours = at("2024-05-17T00:30:00+00:00")
    assert shown_offset(small_hours, [shown(at("2024-05-17T12:30"))], updates=False) == dt.timedelta(0)


# country_zone: the clock a site's country keeps, by its domain


def test_a_one_clock_countrys_domain_names_its_zone_and_others_none() -> None:
    assert country_zone("https://www.bbc.co.uk/news/a") == ZoneInfo("Europe/London")
    assert country_zone("https://WWW.NZZ.CH./a") == ZoneInfo("Europe/Zurich")
    for url in ("https://example.com/a", "https://www.abc.net.au/a", "http://localhost:8080/a", "/relative"):
        assert country_zone(url) is None
    berlin = ZoneInfo("Europe/Berlin")
    assert iso(in_country_zone(at("2024-03-31T01:30"), berlin)) == "2024-03-31T01:30:00+01:00"
    assert iso(in_country_zone(at("2024-03-31T03:30"), berlin)) == "2024-03-31T03:30:00+02:00"


def _dated(
    head: str, article: str = "", url: str = "https://hafenblatt.example/2023/11/02/hafen/"
) -> Article:
    return extract(page(head=head, article=article), url)


@pytest.mark.parametrize(
    ("published", "shows", "url", "offset", "source"),
    [
        # The page states the offset with the time.
        ("2024-05-17T10:32:00+02:00", "", "https://hafenblatt.example/hafen/", "+02:00", "page"),
        # It states the instant in UTC and shows it on its own clock.
        ("2024-05-17T08:32:00Z", "<p class='date'>17.05.2024, 10:32 Uhr</p>", "https://hafenblatt.example/hafen/",
         "+02:00", "shown"),
        # It states the instant in UTC and shows only the next day: the smallest whole hour to reach it.
        ("2023-11-01T23:01:00Z", "<time datetime='2023-11-01T23:01:00Z'>02.11.2023</time>",
         "https://hafenblatt.example/hafen/", "+01:00", "day"),
        # It states the instant in UTC and shows it only in its meta aside, which the block rules remove.
        ("2019-04-15T13:18:34Z", "<aside class='meta'><div class='meta__row'><p class='meta__content'>"
         "<time class='meta__label'>April 15, 2019 6:18am</time></p></div></aside>",
         "https://hafenblatt.example/hafen/", "-07:00", "shown"),
        # ... or in its share bar's meta line, while the header shows another time (NBC News).
        ("2016-12-13T12:31:48Z", "<div class='article-flags'><time datetime='2016-12-13T18:06:00Z'>Dec 13 "
         "2016, 1:06 pm ET</time></div><div class='article_meta article_share'><div class='timestamp_meta'>"
         "<time datetime='2016-12-13T12:31:48Z'>Dec 13 2016, 7:31 am ET</time></div></div>",
         "https://hafenblatt.example/hafen/", "-05:00", "shown"),
        # A time without a zone that the page shows at the same minute with its zone: that zone.
        ("2016-02-01T01:28:49", "<p class='date'>First published February 1, 2016: 1:28 AM ET</p>",
         "https://hafenblatt.example/hafen/", "-05:00", "page"),
        # A time without a zone on a one-clock country's domain: that country's clock.
        ("2024-05-17T10:32:00", "", "https://hafenblatt.de/hafen/", "+02:00", "country"),
        # A time without a zone elsewhere: no offset, no source.
        ("2024-05-17T10:32:00", "", "https://hafenblatt.example/hafen/", None, None),
        # A date alone: no offset, no source.
        ("2024-05-17", "", "https://hafenblatt.example/hafen/", None, None),
    ],
)  # fmt: skip
def test_where_the_publications_offset_comes_from_is_said(
    published: str, shows: str, url: str, offset: str | None, source: str | None
) -> None:
    """Whether the offset is the page's own word or a guess (the page's day, its domain's country)."""
    article = _dated(ld({"@type": "NewsArticle", "datePublished": published}), shows, url)
    assert isinstance(article.published, dt.date)
    stated = article.published.isoformat()[19:] if isinstance(article.published, dt.datetime) else None
    assert (stated or None, article.published_offset_source) == (offset, source)
