"""Reading dates as pages write them: machine formats, human formats in many languages, URLs."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.extraction.dateparse import date_from_url, find_human_dates, parse_human, parse_iso


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-04-29T15:59:39+02:00", dt.datetime(2020, 4, 29, 15, 59, 39, tzinfo=tz(2))),
        ("2020-04-29T15:59:39.085Z", dt.datetime(2020, 4, 29, 15, 59, 39, tzinfo=dt.UTC)),
        ("2024-01-07 01:20:00 +0000", dt.datetime(2024, 1, 7, 1, 20, tzinfo=dt.UTC)),
        ("2020-03-01T08:00:00-0500", dt.datetime(2020, 3, 1, 8, 0, tzinfo=tz(-5))),
        ("2021-10-29T10:15:00", dt.datetime(2021, 10, 29, 10, 15)),  # no offset: naive, not UTC
        ("2021-10-29", dt.date(2021, 10, 29)),  # only the day: a date
        ("20200413", dt.date(2020, 4, 13)),
        ("Mon, 13 Apr 2020 20:38:07 GMT", dt.datetime(2020, 4, 13, 20, 38, 7, tzinfo=dt.UTC)),
        ("2022-1-26T14:32:06+02:00", dt.datetime(2022, 1, 26, 14, 32, 6, tzinfo=tz(2))),
    ],
)
def test_machine_dates_keep_their_offset(text: str, expected: dt.datetime | dt.date) -> None:
    value = parse_iso(text)
    assert value == expected
    assert type(value) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29.04.2020, 15:59 Uhr", dt.datetime(2020, 4, 29, 15, 59)),
        ("29. Oktober 2021", dt.date(2021, 10, 29)),
        ("duminică, 20 septembrie 2020 16:20", dt.datetime(2020, 9, 20, 16, 20)),
        ("November 3, 2020 at 4:05 pm EST", dt.datetime(2020, 11, 3, 16, 5, tzinfo=tz(-5))),
        ("13 de abril de 2020 a las 10:30", dt.datetime(2020, 4, 13, 10, 30)),
        ("le 5 mars 2021 à 08h15", dt.datetime(2021, 3, 5, 8, 15)),
        ("04 Mayıs 2025", dt.date(2025, 5, 4)),
        ("12 lipca 2023", dt.date(2023, 7, 12)),
        ("2026년 1월 29일 18:40", dt.datetime(2026, 1, 29, 18, 40)),
        ("2024年04月24日08:25", dt.datetime(2024, 4, 24, 8, 25)),
        ("2026.01.29 18:40", dt.datetime(2026, 1, 29, 18, 40)),
        ("8 January 2020, 3:51 pm", dt.datetime(2020, 1, 8, 15, 51)),
        ("Sept. 9, 2019", dt.date(2019, 9, 9)),
        ("الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", dt.datetime(2020, 4, 24, 21, 22)),
        ("15 كانون الثاني 2021", dt.date(2021, 1, 15)),
        ("3 أكتوبر 2019 10:05 صباحاً", dt.datetime(2019, 10, 3, 10, 5)),
        ("10. 2. 2025 8:00", dt.datetime(2025, 2, 10, 8, 0)),  # Czech, Slovak
    ],
)
def test_human_dates_in_many_languages(text: str, expected: dt.datetime | dt.date) -> None:
    value = parse_human(text)
    assert value == expected
    assert type(value) is type(expected)


def test_day_first_unless_impossible_or_told_otherwise() -> None:
    assert parse_human("03/04/2020") == dt.date(2020, 4, 3)
    assert parse_human("03/04/2020", dayfirst=False) == dt.date(2020, 3, 4)
    assert parse_human("04/13/2020") == dt.date(2020, 4, 13)  # no 13th month: month first


def test_implausible_dates_are_refused() -> None:
    assert parse_iso("1970-01-01T00:00:00Z") is None
    assert parse_human("31.02.2020") is None
    assert parse_human("Version 2.3.4") is None


def test_several_dates_come_in_order_with_positions() -> None:
    found = find_human_dates("Veröffentlicht 3. Mai 2021, aktualisiert 5. Mai 2021 10:00 Uhr")
    assert [value for _, value in found] == [dt.date(2021, 5, 3), dt.datetime(2021, 5, 5, 10, 0)]
    assert found[0][0] < found[1][0]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2020/04/13/story-title/", dt.date(2020, 4, 13)),
        ("https://example.com/news/20200413-story", dt.date(2020, 4, 13)),
        ("https://example.com/politics/2021-11-03/budget", dt.date(2021, 11, 3)),
        ("https://example.com/story-1.7287711", None),
        ("https://example.com/2020/04/story", None),
        ("https://example.com/story?d=2020-04-13", None),  # the query is not the path
    ],
)
def test_date_from_url(url: str, expected: dt.date | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wochenbericht 14. - 20. Januar 2022", dt.date(2022, 1, 14)),
        ("14.–20. Januar 2022", dt.date(2022, 1, 14)),
        ("vom 14. bis 20. Januar 2022", dt.date(2022, 1, 14)),
        ("14.-20.01.2022", dt.date(2022, 1, 14)),
        ("14-20 January 2022", dt.date(2022, 1, 14)),
        ("January 14–20, 2022", dt.date(2022, 1, 14)),
        ("Jan. 14 to 20, 2022", dt.date(2022, 1, 14)),
        ("du 14 au 20 janvier 2022", dt.date(2022, 1, 14)),
        ("del 14 al 20 de enero de 2022", dt.date(2022, 1, 14)),
        ("28. Februar - 6. März 2022", dt.date(2022, 2, 28)),
        ("28 December – 3 January 2022", dt.date(2021, 12, 28)),  # began the year before
        ("Dec. 28 - Jan. 3, 2022", dt.date(2021, 12, 28)),
    ],
)
def test_a_date_range_states_its_first_day(text: str, expected: dt.date) -> None:
    found = find_human_dates(text)
    assert [value for _, value in found] == [expected]
    assert type(found[0][1]) is dt.date


@pytest.mark.parametrize(
    "text",
    [
        "Nr. 5 - 20. Januar 2022",  # an issue number, not a day written like the range's end
        "10:14 - 20. Januar 2022",  # a clock time before the date
        "Seite 3 - 20.01.2022",
    ],
)
def test_a_number_before_a_date_is_no_range(text: str) -> None:
    assert [value for _, value in find_human_dates(text)] == [dt.date(2022, 1, 20)]


def test_a_range_starts_where_its_first_day_is_written() -> None:
    text = "Veröffentlicht 14. - 20. Januar 2022"
    assert find_human_dates(text) == [(text.index("14"), dt.date(2022, 1, 14))]
