"""Reading dates as pages write them: machine formats, human formats in many languages, URLs."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.extraction import extract
from crawler.extraction.article import PageDate
from crawler.extraction.dateparse import (
    date_from_url,
    find_human_dates,
    parse_human,
    parse_iso,
    solar_hijri_to_gregorian,
    yearless_stamp,
)


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-04-29T15:59:39+02:00", dt.datetime(2020, 4, 29, 15, 59, 39, tzinfo=tz(2))),
        ("2020-04-29T15:59:39.085Z", dt.datetime(2020, 4, 29, 15, 59, 39, tzinfo=dt.UTC)),
        ("2024-01-07 01:20:00 +0000", dt.datetime(2024, 1, 7, 1, 20, tzinfo=dt.UTC)),
        ("2020-03-01T08:00:00-0500", dt.datetime(2020, 3, 1, 8, 0, tzinfo=tz(-5))),
        ("2018-10-29T10:15-500", dt.datetime(2018, 10, 29, 10, 15, tzinfo=tz(-5))),  # the Post's hour digit
        ("2021-10-29T10:15:00", dt.datetime(2021, 10, 29, 10, 15)),  # no offset: naive, not UTC
        ("2021-10-29", dt.date(2021, 10, 29)),  # only the day: a date
        ("20200413", dt.date(2020, 4, 13)),
        ("Mon, 13 Apr 2020 20:38:07 GMT", dt.datetime(2020, 4, 13, 20, 38, 7, tzinfo=dt.UTC)),
        ("2022-1-26T14:32:06+02:00", dt.datetime(2022, 1, 26, 14, 32, 6, tzinfo=tz(2))),
        ("20240517T100000+0200", dt.datetime(2024, 5, 17, 10, 0, tzinfo=tz(2))),  # the basic format
        ("2024-05-17T10:00:00 CEST", dt.datetime(2024, 5, 17, 10, 0, tzinfo=tz(2))),  # a named zone
        ("2016-05-04@15:56:14 UTC", dt.datetime(2016, 5, 4, 15, 56, 14, tzinfo=dt.UTC)),  # Entrepreneur's "@"
        ("1715932800", dt.datetime(2024, 5, 17, 8, 0, tzinfo=dt.UTC)),  # a Unix time
        ("1715932800000", dt.datetime(2024, 5, 17, 8, 0, tzinfo=dt.UTC)),  # … in milliseconds
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
    assert parse_human("03-04-2020", dayfirst=False) == dt.date(2020, 3, 4)
    # Dots join day, month and year day first, whatever the page's habit: an English page of a German
    # publisher writes "Date 10.06.2013" for 10 June.
    assert parse_human("Date 10.06.2013", dayfirst=False) == dt.date(2013, 6, 10)
    assert parse_human("04/13/2020") == dt.date(2020, 4, 13)  # no 13th month: month first


def test_implausible_dates_are_refused() -> None:
    assert parse_iso("1970-01-01T00:00:00Z") is None
    assert parse_iso("0000000000") is None  # a Unix time before the web's news
    assert parse_iso("2024-05-17 ist ein Feiertag") == dt.date(2024, 5, 17)  # "ist" is no zone
    assert parse_human("31.02.2020") is None
    assert parse_human("Version 2.3.4") is None


def test_several_dates_come_in_order_with_positions() -> None:
    found = find_human_dates("Veröffentlicht 3. Mai 2021, aktualisiert 5. Mai 2021 10:00 Uhr")
    assert [value for _, value in found] == [dt.date(2021, 5, 3), dt.datetime(2021, 5, 5, 10, 0)]
    assert found[0][0] < found[1][0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CNET Japan 3/9(木) 18:45配信", dt.datetime(2017, 3, 9, 18, 45)),  # Yahoo! Japan News
        ("3月9日 18:45", dt.datetime(2017, 3, 9, 18, 45)),
        ("2017 9/3 18:45:07", dt.datetime(2017, 3, 9, 18, 45, 7)),  # day first, and the seconds
        ("3/10(金) 18:45", None),  # another day than the URL's
        ("Price 3/9 ratio 12:30", None),  # no time right after it
        ("1/2/3/9 18:45", None),
    ],
)
def test_a_day_without_its_year_then_its_time_is_the_urls_day(
    text: str, expected: dt.datetime | None
) -> None:
    found = yearless_stamp(text, dt.date(2017, 3, 9))
    assert (found[1] if found else None) == expected


def test_a_date_line_without_its_year_gives_the_time_of_the_urls_day() -> None:
    html = (
        '<html lang="ja"><head><title>記事</title></head><body><article><h1>記事の見出し</h1>'
        '<p class="source">CNET Japan 3/9(木) 18:45配信</p>'
        f"<p>{'本文の文章です。' * 30}</p></article></body></html>"
    )
    published = extract(html, "http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci").published
    assert isinstance(published, dt.datetime) and published.replace(tzinfo=None) == dt.datetime(
        2017, 3, 9, 18, 45
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2020/04/13/story-title/", dt.date(2020, 4, 13)),
        ("https://example.com/news/20200413-story", dt.date(2020, 4, 13)),
        ("https://example.com/politics/2021-11-03/budget", dt.date(2021, 11, 3)),
        ("https://example.com/story-1.7287711", None),
        ("https://example.com/2020/04/story", None),
        ("https://example.com/story?d=2020-04-13", None),  # the query is not the path
        # ... but a story id in it may open with the day (Yahoo! Japan News); a version stamp does not.
        ("http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci", dt.date(2017, 3, 9)),
        ("https://example.com/story?v=20170309", None),
        ("https://example.com/story?x=1&id=20170309_55#top", dt.date(2017, 3, 9)),
        # CNN's scheme: the section between the year and the month ("/2013/WORLD/meast/08/03/").
        ("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", dt.date(2013, 8, 3)),
        ("https://edition.cnn.com/2013/WORLD/meast/08/03/syria.clashes/index.html", dt.date(2013, 8, 3)),
        ("https://example.com/2013/season/12/episode-4/", None),
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
        "Seite 3 - 20.01.2022",
    ],
)
def test_a_number_before_a_date_is_no_range(text: str) -> None:
    assert [value for _, value in find_human_dates(text)] == [dt.date(2022, 1, 20)]


def test_a_range_starts_where_its_first_day_is_written() -> None:
    text = "Veröffentlicht 14. - 20. Januar 2022"
    assert find_human_dates(text) == [(text.index("14"), dt.date(2022, 1, 14))]


# ------------------------------------------------------------------- more languages, calendars and scripts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Φεβρουαρίου 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Greek genitive
        ("12 ΦΕΒΡΟΥΑΡΙΟΥ 2025", dt.date(2025, 2, 12)),  # capitals drop the accent
        ("3 ΜΑΪΟΥ 2025", dt.date(2025, 5, 3)),
        ("12. veljače 2025. u 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Croatian
        ("12. februara 2025. 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Serbian, Bosnian
        ("12. фебруар 2025. 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Serbian Cyrillic
        ("12. februar 2025 ob 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Slovene
        ("12 февруари 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Bulgarian, Macedonian
        ("12 лютий 2025", dt.date(2025, 2, 12)),  # Ukrainian nominative
        ("Середа, 12 лютого 2025 року о 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("12 лютага 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Belarusian
        ("12 февраля 2025 года в 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("12. februārī 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Latvian locative
        ("12. veebruar 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Estonian
        ("12 de febrer de 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Catalan
        ("12 d'abril de 2025", dt.date(2025, 4, 12)),
        ("12 de febreiro de 2025 ás 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Galician
        ("12. februára 2025 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Slovak
        ("12 shkurt 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Albanian
        ("12 fevral 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Azerbaijani
        ("12 თებერვალი 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Georgian
        ("12 փետրվարի, 2025", dt.date(2025, 2, 12)),  # Armenian
        ("12 Ogos 2025", dt.date(2025, 8, 12)),  # Malay
        ("Pebrero 12, 2025", dt.date(2025, 2, 12)),  # Filipino
        ("12 Februari 2025", dt.date(2025, 2, 12)),  # Indonesian, Swahili
        ("12 בפברואר 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Hebrew, with its preposition
        ("بدھ 12 فروری 2025 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Urdu
        ("12 فيفري 2025", dt.date(2025, 2, 12)),  # Algeria, Tunisia
        ("12 فوریه 2025", dt.date(2025, 2, 12)),  # Persian, Gregorian
        ("12 फ़रवरी 2025, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Hindi, nukta decomposed
        ("12 \u095eरवरी 2025", dt.date(2025, 2, 12)),  # and precomposed
        ("12 फरवरी 2025", dt.date(2025, 2, 12)),  # and without it
        ("12 ফেব্রুয়ারি 2025", dt.date(2025, 2, 12)),  # Bengali
        ("12 பிப்ரவரி 2025", dt.date(2025, 2, 12)),  # Tamil
        ("ngày 12 tháng 2 năm 2025", dt.date(2025, 2, 12)),  # Vietnamese: the month is a number
        ("12 tháng 12, 2024", dt.date(2024, 12, 12)),
    ],
)
def test_month_names_of_more_languages(text: str, expected: dt.datetime | dt.date) -> None:
    value = parse_human(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025. február 12. 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Hungarian
        ("2025. febr. 12. – 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("2025. február 12-én", dt.date(2025, 2, 12)),
        ("2025. 02. 12. 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("2025. 2. 12. 오후 2:30", dt.datetime(2025, 2, 12, 14, 30)),  # Korean
        ("2025 m. vasario 12 d. 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Lithuanian
        ("2025eko otsailaren 12a, 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Basque
        ("2025. gada 12. februāris 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # Latvian
    ],
)
def test_year_first_dates(text: str, expected: dt.datetime | dt.date) -> None:
    value = parse_human(text)
    assert value == expected
    assert type(value) is type(expected)


def test_year_first_needs_the_mark_after_its_day() -> None:
    assert parse_human("The rule takes effect in 2025. March 3 is the deadline.") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("5. listopada 2024.", "hr", dt.date(2024, 10, 5)),  # Croatian: October
        ("5. listopada 2024.", "hr-HR", dt.date(2024, 10, 5)),
        ("5 listopada 2024", "pl", dt.date(2024, 11, 5)),  # Polish, Czech: November
        ("5 listopada 2024", "", dt.date(2024, 11, 5)),
        ("Rabu, 12 Des 2024 14:30 WIB", "id", dt.datetime(2024, 12, 12, 14, 30, tzinfo=tz(7))),
        ("12 Mac 2025", "ms", dt.date(2025, 3, 12)),
        ("12 Şub 2025", "tr", dt.date(2025, 2, 12)),
    ],
)
def test_a_month_word_read_by_the_pages_language(text: str, lang: str, expected: dt.date) -> None:
    assert parse_human(text, lang=lang) == expected


@pytest.mark.parametrize("text", ["Trois des 2025 candidats, 12 des 2025 prix", "12 Mac 2025", "12 ara 2025"])
def test_a_short_month_word_of_one_language_is_no_month_elsewhere(text: str) -> None:
    assert find_human_dates(text, lang="fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 ก.พ. 2568 14:30 น.", dt.datetime(2025, 2, 12, 14, 30)),
        ("12 กุมภาพันธ์ 2568", dt.date(2025, 2, 12)),
        ("วันพุธที่ 12 กุมภาพันธ์ พ.ศ. 2568 เวลา 14.30 น.", dt.datetime(2025, 2, 12, 14, 30)),
        ("12 ก.พ. 68 14:30 น.", dt.datetime(2025, 2, 12, 14, 30)),  # a two-digit Buddhist-era year
        ("12 ก.พ. 2025", dt.date(2025, 2, 12)),  # a Gregorian year stays
        ("อัปเดต 12/02/2568", dt.date(2025, 2, 12)),  # numbers on a Thai line
    ],
)
def test_thai_dates_in_the_buddhist_era(text: str, expected: dt.datetime | dt.date) -> None:
    value = parse_human(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Order 12/02/2568 shipped",  # no Thai script: no Buddhist era
        "12 Feb 25",  # a two-digit year only after a Thai month
        "ราคา 12 ชิ้น 2568 บาท",  # a price in baht
    ],
)
def test_buddhist_era_only_where_thai_marks_it(text: str) -> None:
    assert find_human_dates(text) == []


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1403, 11, 24), dt.date(2025, 2, 12)),
        ((1357, 11, 22), dt.date(1979, 2, 11)),
        ((1404, 1, 1), dt.date(2025, 3, 21)),
        ((1403, 1, 1), dt.date(2024, 3, 20)),
        ((1403, 12, 30), dt.date(2025, 3, 20)),  # 1403 is a leap year
        ((1399, 6, 31), dt.date(2020, 9, 21)),
        ((1402, 12, 30), None),  # 1402 is not
        ((1403, 7, 31), None),  # the second half's months have 30 days
    ],
)
def test_solar_hijri_to_gregorian(solar: tuple[int, int, int], gregorian: dt.date | None) -> None:
    assert solar_hijri_to_gregorian(*solar) == gregorian


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۲۴ بهمن ۱۴۰۳ - ۱۴:۳۰", dt.datetime(2025, 2, 12, 14, 30)),  # Persian digits
        ("٢٤ بهمن ١٤٠٣", dt.date(2025, 2, 12)),  # Arabic-Indic digits
        ("چهارشنبه 24 بهمن 1403", dt.date(2025, 2, 12)),
        ("2 تير 1399 - 12:09:08 ب.ظ", dt.datetime(2020, 6, 22, 12, 9, 8)),  # Arabic yeh; "ب.ظ" is p.m.
        ("۱۴۰۳/۱۱/۲۴ ۱۴:۳۰", dt.datetime(2025, 2, 12, 14, 30)),  # in numbers, Persian script says so
        ("24 دلو 1403", dt.date(2025, 2, 12)),  # Dari (Afghanistan)
    ],
)
def test_solar_hijri_dates_are_converted(text: str, expected: dt.datetime | dt.date) -> None:
    value = parse_human(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Ticket 1403/11/24 was closed",  # no Persian script: an ID
        "۳۰ اسفند ۱۴۰۲",  # no such day
        "١٤٤٦/٠٨/١٣ هـ",  # a lunar Hijri date: not converted, not misread
        "الأربعاء 13 شعبان 1446 هـ",
        "۲۴ نفر از ۱۴۰۳ داوطلب",  # a count
    ],
)
def test_no_false_solar_hijri_dates(text: str) -> None:
    assert find_human_dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("١٢ فبراير ٢٠٢٥", dt.date(2025, 2, 12)),
        ("१२ फ़रवरी २०२५", dt.date(2025, 2, 12)),
        ("১২ ফেব্রুয়ারি ২০২৫, ১৪:৩০", dt.datetime(2025, 2, 12, 14, 30)),
        ("٢٠٢٥/٠٢/١٢ ١٤:٣٠", dt.datetime(2025, 2, 12, 14, 30)),
        ("２０２５年２月１２日", dt.date(2025, 2, 12)),
    ],
)
def test_digits_of_other_scripts(text: str, expected: dt.datetime | dt.date) -> None:
    value = parse_human(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.02.2025, godz. 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("12 февраля 2025 в 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("wo 12 feb 2025 om 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("Mercoledì 12 Febbraio 2025, ore 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("2025년 2월 12일 오후 2:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("2025年2月12日 午後2時30分", dt.datetime(2025, 2, 12, 14, 30)),
        ("2025年2月12日(水) 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("2025.02.12 (수) 14:30", dt.datetime(2025, 2, 12, 14, 30)),
        ("الأربعاء، 12 فبراير 2025 02:30 م", dt.datetime(2025, 2, 12, 14, 30)),
        ("Thứ tư, 12/2/2025, 14:30 (GMT+7)", dt.datetime(2025, 2, 12, 14, 30, tzinfo=tz(7))),
        ("12 Şubat 2025 Çarşamba 14:30", dt.datetime(2025, 2, 12, 14, 30)),  # the weekday between
        ("12. februar 2025 kl. 14.30", dt.datetime(2025, 2, 12, 14, 30)),  # dot times, marked
        ("12.2.2025 klo 14.30", dt.datetime(2025, 2, 12, 14, 30)),
        ("Rabu, 12 Februari 2025 - 14.30 WIB", dt.datetime(2025, 2, 12, 14, 30, tzinfo=tz(7))),
        ("28. Juni 2025 - 16.03 Uhr", dt.datetime(2025, 6, 28, 16, 3)),
        ("12 March 2025, 2.30pm", dt.datetime(2025, 3, 12, 14, 30)),
        ("12.2.2025 14.30", dt.datetime(2025, 2, 12, 14, 30)),  # or ending the date line
    ],
)
def test_times_as_more_languages_write_them(text: str, expected: dt.datetime) -> None:
    value = parse_human(text)
    assert value == expected
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == expected.utcoffset()


def test_a_dot_written_number_after_a_date_is_no_time_unless_marked() -> None:
    assert parse_human("12.2.2025 14.30 euroa") == dt.date(2025, 2, 12)  # a price
    two = [value for _, value in find_human_dates("12.02.2025 12.03.2025")]
    assert two == [dt.date(2025, 2, 12), dt.date(2025, 3, 12)]


def test_a_dot_after_the_year_belongs_to_dotted_days_only() -> None:
    # South Slavic dates end the year with a dot before their time; a sentence's full stop does not.
    assert parse_human("12. veljače 2025. u 14:30") == dt.datetime(2025, 2, 12, 14, 30)
    assert parse_human("12.2.2025. u 14:30") == dt.datetime(2025, 2, 12, 14, 30)
    assert parse_human("Alta Floresta - MT, 22 de novembro de 2020. 18:20") == dt.date(2020, 11, 22)
    assert parse_human("22/11/2020. 18:20") == dt.date(2020, 11, 22)


@pytest.mark.parametrize(
    "text",
    [
        "Upgrade to version 2025.2.12 today",
        "v2025.02.12",
        "build 12.2.2025 of the app",
        "Endstand 2:1 nach dem 12. Spieltag der Saison 2024/2025",
        "A beruházás 2025. évi költsége 12 milliárd forint",
        "Harga 12 Februari naik menjadi Rp 14.300",
        "2대 1로 승리했고 관중 2025명이",
    ],
)
def test_numbers_that_are_no_dates(text: str) -> None:
    assert find_human_dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 17, 2024 10:32 a.m. ET", dt.datetime(2024, 5, 17, 10, 32, tzinfo=tz(-4))),  # daylight time
        ("Jan. 5, 2024 10:32 a.m. ET", dt.datetime(2024, 1, 5, 10, 32, tzinfo=tz(-5))),  # standard time
        ("May 17, 2024 at 3:45 PM PT", dt.datetime(2024, 5, 17, 15, 45, tzinfo=tz(-7))),
        ("December 2, 2024 8:05 AM CT", dt.datetime(2024, 12, 2, 8, 5, tzinfo=tz(-6))),
        ("March 1, 2024, 6:00 PM MT", dt.datetime(2024, 3, 1, 18, 0, tzinfo=tz(-7))),
        # Us Weekly's "@" between them.
        ("December 7, 2016 @ 3:53 PM ET", dt.datetime(2016, 12, 7, 15, 53, tzinfo=tz(-5))),
        # ZDNet's double hyphen, and the time again on another clock after it.
        ("May 24, 2016 -- 13:30 GMT (06:30 PDT)", dt.datetime(2016, 5, 24, 13, 30, tzinfo=dt.UTC)),
        # CNN Money's colon between the date and its time.
        ("First published February 1, 2016: 1:28 AM ET", dt.datetime(2016, 2, 1, 1, 28, tzinfo=tz(-5))),
        # Lower case is no zone: French "et" is "and", "est" is "is"; German "ist" is "is".
        ("17 mai 2024 à 10h32 et mis à jour", dt.datetime(2024, 5, 17, 10, 32)),
        ("le 12 mai 2024 à 14h30 est arrivé", dt.datetime(2024, 5, 12, 14, 30)),
        ("am 12. Mai 2024 um 14:30 ist es passiert", dt.datetime(2024, 5, 12, 14, 30)),
        # India's newsrooms: "IST".
        ("Updated: Oct 9, 2019, 11:05 IST", dt.datetime(2019, 10, 9, 11, 5, tzinfo=tz(5.5))),
    ],
)
def test_a_us_regions_clock_takes_the_offset_it_kept_that_day(text: str, expected: dt.datetime) -> None:
    value = parse_human(text, dayfirst=False)
    assert value == expected and value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: 10:32 AM EDT May 17, 2024", dt.datetime(2024, 5, 17, 10, 32, tzinfo=tz(-4))),
        ("Updated: 3:45 PM ET May 17, 2024", dt.datetime(2024, 5, 17, 15, 45, tzinfo=tz(-4))),
        ("UPDATED: 11:50, Thu, Jul 18, 2024", dt.datetime(2024, 7, 18, 11, 50)),
        ("21:22, 6 OCT 2020", dt.datetime(2020, 10, 6, 21, 22)),
        ("20:34 17.04.2020", dt.datetime(2020, 4, 17, 20, 34)),
        ("10:14 - 20. Januar 2022", dt.datetime(2022, 1, 20, 10, 14)),  # no range from "14 -" either
        # Not a time: a dotted number, opening hours' end, the end of a machine value's offset.
        ("Seite 10.32 May 17, 2024", dt.date(2024, 5, 17)),
        ("Open 9:00-17:00 May 17, 2024", dt.date(2024, 5, 17)),
        ("2020-09-18T14:37:41+02:00 September 18th, 2020", dt.date(2020, 9, 18)),
    ],
)
def test_a_time_written_before_its_date_is_the_dates_time(text: str, expected: PageDate) -> None:
    last = find_human_dates(text, dayfirst=False)[-1][1]
    assert last == expected and type(last) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和6年5月17日 10時32分", dt.datetime(2024, 5, 17, 10, 32)),
        ("平成31年4月30日", dt.date(2019, 4, 30)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),  # an era's first year
        ("民國113年5月17日 10:32", dt.datetime(2024, 5, 17, 10, 32)),
    ],
)
def test_japanese_era_and_taiwanese_republic_years(text: str, expected: PageDate) -> None:
    """Japanese public broadcasters and ministries date by era, Taiwan's by the Republic's years."""
    assert parse_human(text) == expected
