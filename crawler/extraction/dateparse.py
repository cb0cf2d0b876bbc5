"""Read dates as pages write them: ISO 8601 and other machine formats, and human dates in many languages.

Every parser returns a `PageDate`: an aware `datetime` when the text gives an offset or a zone, a naive one
when it gives a time without a zone, a `date` when it gives only the day. Offsets are kept as written.
"""

from __future__ import annotations

import datetime as dt
import re

from crawler.extraction.article import PageDate

MIN_YEAR = 1995
MAX_YEAR = dt.date.today().year + 1

# Month names and abbreviations, lower case, in the languages of the news we crawl.
_MONTH_WORDS = {
    1: "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari ianuarie "
    "stycznia styczeń ocak января январь ledna leden január tammikuuta sausio janúar січня jan.",
    2: "february feb februar février fevrier févr fév febrero febbraio fevereiro fev februari "
    "februarie lutego luty şubat subat февраля февраль února únor február helmikuuta vasario "
    "febrúar лютого",
    3: "march mar märz maerz mär mrz mars marzo março marco maart mrt martie marca marzec mart "
    "марта март března březen március maaliskuuta kovo березня maret marts",
    4: "april apr avril avr abril abr aprile aprilie kwietnia kwiecień nisan апреля апрель dubna "
    "duben április huhtikuuta balandžio apríl квітня",
    5: "may mai mayo maggio mag maio mei maj maja mayıs mayis мая май května květen május "
    "toukokuuta gegužės maí травня",
    6: "june jun juni juin junio giugno giu junho iunie czerwca czerwiec haziran июня июнь června "
    "červen június kesäkuuta birželio júní червня",
    7: "july jul juli juillet juil julio luglio lug julho iulie lipca lipiec temmuz июля июль "
    "července červenec július heinäkuuta liepos júlí липня",
    8: "august aug août aout agosto ago augustus sierpnia sierpień ağustos agustus августа август "
    "srpna srpen augusztus elokuuta rugpjūčio ágúst серпня augusti",
    9: "september sep sept septembre septiembre setiembre settembre set setembro septembrie "
    "września wrzesień eylül eylul сентября сентябрь září szeptember syyskuuta rugsėjo вересня",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out octombrie października "
    "październik ekim октября октябрь října říjen október lokakuuta spalio жовтня",
    11: "november nov novembre noviembre novembro noiembrie listopada listopad kasım kasim ноября "
    "ноябрь listopadu marraskuuta lapkričio nóvember листопада",
    12: "december dec dezember dez décembre decembre déc dic diciembre dicembre dezembro decembrie "
    "grudnia grudzień aralık aralik декабря декабрь prosince prosinec joulukuuta gruodžio "
    "desember desember desember грудня",
}
# Arabic: the Gregorian names of Egypt and the Gulf, then the Syriac names of the Levant and Iraq ("24 نيسان /
# أبريل 2020" gives both). Some are two words.
_ARABIC_MONTHS = (
    "يناير|كانون الثاني",
    "فبراير|شباط",
    "مارس|آذار|اذار",
    "أبريل|ابريل|إبريل|نيسان",
    "مايو|أيار|ايار",
    "يونيو|يونيه|حزيران",
    "يوليو|يوليه|تموز",
    "أغسطس|اغسطس|آب",
    "سبتمبر|أيلول|ايلول",
    "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول",
    "نوفمبر|تشرين الثاني",
    "ديسمبر|كانون الأول|كانون الاول",
)
MONTHS: dict[str, int] = {}
for _number, _words in _MONTH_WORDS.items():
    for _word in _words.split():
        MONTHS.setdefault(_word.rstrip("."), _number)
for _number, _words in enumerate(_ARABIC_MONTHS, 1):
    for _word in _words.split("|"):
        MONTHS.setdefault(_word, _number)
_MONTH_ALT = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(MONTHS, key=len, reverse=True))

# Zone abbreviations that name one offset unambiguously enough for news pages.
ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "cet": 60, "mez": 60, "cest": 120, "mesz": 120,
    "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "jst": 540, "kst": 540, "hkt": 480,
    "sgt": 480, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "sast": 120, "wib": 420,
}  # fmt: skip
_ZONE_ALT = "|".join(sorted(ZONES, key=len, reverse=True))

_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?:-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<m2>\d{2})(?P<d2>\d{2}))"
    r"(?:[T\s]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<zone>Z\b|[+-]\d{2}(?::?\d{2})?(?!\d)|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?",
    re.I,
)
_TIME = (
    r"(?:\s*(?:,|at|um|à|a\s+las|alle|às|kl\.?|klo|o|godz\.?|saat|-|–|\||/|·|•)?\s*"
    r"(?P<h>\d{1,2})\s*(?:[:h]|時|시)\s*(?P<mi>\d{2})(?:\s*(?::|分|분)\s*(?P<s>\d{2}))?(?:\s*(?:分|분))?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?|مساءً|مساء|صباحاً|صباحا)?"
    r"\s*(?:Uhr|h|hs|hrs|น\.)?"
    rf"\s*(?:\(?\s*(?P<zone>{_ZONE_ALT})\b)?\s*(?P<off>(?:UTC|GMT)?\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?)?"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w.])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|of\s+)?(?P<m>{_MONTH_ALT})\.?"
    rf"(?:\s*/\s*(?:{_MONTH_ALT}))?,?\s*"
    rf"(?:de\s+|del\s+)?(?P<y>\d{{4}})(?:\s*(?:г\.?|m\.|ж\.))?{_TIME}",
    re.I,
)
# A range ("January 14-20, 2022", "Dec. 28 - Jan. 3, 2022") states its first day: the date is the start.
_RANGE_TO = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|bis|au|al)\s+)"
_MONTH_DAY_YEAR = re.compile(
    rf"(?<!\w)(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?P<range>{_RANGE_TO}(?:(?P<m_end>{_MONTH_ALT})\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf",?\s+(?P<y>\d{{4}}){_TIME}",
    re.I,
)
# Before a day-first date, the start of its range: "14. - " in "14. - 20. Januar 2022", "28 February to "
# in "28 February to 6 March 2022". Not after a clock time or a number with a separator ("10:14 - ").
_RANGE_START = re.compile(
    rf"(?<![\w.:/-])(?P<d>\d{{1,2}})(?P<dot>\.)?(?:\s*(?:de\s+)?(?P<m>{_MONTH_ALT})\.?)?{_RANGE_TO}$", re.I
)
_CJK = re.compile(
    rf"(?P<y>\d{{4}})\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})\s*[日일]?"
    rf"(?:\s*[（(]?\s*[^\d\s)）]{{1,3}}[)）]?)?{_TIME}",
)
_YMD = re.compile(rf"(?<![\d.])(?P<y>\d{{4}})([./-])(?P<m>\d{{1,2}})\2(?P<d>\d{{1,2}})(?![\d])\.?{_TIME}")
_DMY = re.compile(
    rf"(?<![\d./])(?P<d>\d{{1,2}})([./-])(?P<m>\d{{1,2}})\2(?P<y>\d{{4}}|\d{{2}})(?![\d]){_TIME}"
)
# The Czech and Slovak "10. 2. 2025": always day first.
_DMY_SPACED = re.compile(rf"(?<![\d./])(?P<d>\d{{1,2}})\.\s(?P<m>\d{{1,2}})\.\s(?P<y>\d{{4}})(?![\d]){_TIME}")
_HUMAN = (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _CJK, _YMD, _DMY, _DMY_SPACED)


def _offset(text: str | None) -> dt.timezone | None:
    if not text:
        return None
    text = text.strip().upper().replace(" ", "")
    if text in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign_at = max(text.rfind("+"), text.rfind("-"))
    if sign_at < 0:
        return None
    sign = -1 if text[sign_at] == "-" else 1
    digits = text[sign_at + 1 :].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes >= 60:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _build(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    second: str | None,
    tz: dt.tzinfo | None,
) -> PageDate | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        if hour is None or minute is None:
            return dt.date(year, month, day)
        return dt.datetime(year, month, day, int(hour), int(minute), int(second or 0), tzinfo=tz)
    except ValueError:
        return None


def parse_iso(text: str | None) -> PageDate | None:
    """A machine-readable date (ISO 8601 and its common variants, RFC 2822) at the start of `text`."""
    if not text:
        return None
    text = text.strip()
    match = _ISO.match(text)
    if match:
        month, day = match.group("m") or match.group("m2"), match.group("d") or match.group("d2")
        return _build(
            int(match.group("y")),
            int(month),
            int(day),
            match.group("h"),
            match.group("mi"),
            match.group("s"),
            _offset(match.group("zone")),
        )
    return parse_human(text[:80], dayfirst=True)


def _zone_of(match: re.Match[str]) -> dt.tzinfo | None:
    if off := match.group("off"):
        return _offset(off)
    if zone := match.group("zone"):
        return dt.timezone(dt.timedelta(minutes=ZONES[zone.lower()]))
    return None


def _from_match(match: re.Match[str], pattern: re.Pattern[str], dayfirst: bool) -> PageDate | None:
    year = int(match.group("y"))
    if year < 100:
        year += 2000
    month_text = match.group("m")
    if month_text.isdigit():
        month, day = int(month_text), int(match.group("d"))
        if pattern is _DMY and (not dayfirst or month > 12) and day <= 12:
            month, day = day, month
    else:
        month, day = MONTHS[" ".join(month_text.lower().rstrip(".").split())], int(match.group("d"))
    if pattern is _MONTH_DAY_YEAR and match.group("range"):
        if (end := match.group("m_end")) and MONTHS[" ".join(end.lower().rstrip(".").split())] < month:
            year -= 1  # "Dec. 28 - Jan. 3, 2022" began in 2021
        return _build(year, month, day, None, None, None, None)
    hour, minute = match.group("h"), match.group("mi")
    if hour is not None and minute is not None:
        h = int(hour)
        ampm = (match.group("ampm") or "").lower()
        if ampm.startswith(("p", "م")) and h < 12:
            h += 12
        elif ampm.startswith(("a", "ص")) and h == 12:
            h = 0
        if h > 23 or int(minute) > 59:
            hour = minute = None
        else:
            hour = str(h)
    return _build(year, month, day, hour, minute, match.group("s"), _zone_of(match))


def _range_start(text: str, match: re.Match[str], value: PageDate) -> tuple[int, PageDate]:
    """A day-first date that ends a range ("14. - 20. Januar 2022", "14-20 January 2022", "14.-20.01.2022"):
    the range's first day and where the range begins; otherwise the date as matched.

    The start must be written like the end (both days with a dot, or neither) and come before it, so an
    issue number ("Nr. 5 - 20. Januar 2022") does not pass for a day.
    """
    start = match.start()
    found = _RANGE_START.search(text, max(0, start - 40), start)
    if found is None:
        return start, value
    end_dotted = text[match.end("d") : match.end("d") + 1] == "."
    if bool(found.group("dot")) != end_dotted:
        return start, value
    end = day_of(value)
    month, year = end.month, end.year
    if found.group("m"):
        month = MONTHS[" ".join(found.group("m").lower().rstrip(".").split())]
        year -= month > end.month
    first = _build(year, month, int(found.group("d")), None, None, None, None)
    if not isinstance(first, dt.date) or not dt.timedelta(0) < end - first <= dt.timedelta(days=62):
        return start, value
    return found.start(), first


def find_human_dates(text: str, dayfirst: bool = True, limit: int = 8) -> list[tuple[int, PageDate]]:
    """Dates written for people in `text`, with their positions, in order of position."""
    found: list[tuple[int, int, PageDate]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _HUMAN:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            value = _from_match(match, pattern, dayfirst)
            if value is not None and pattern in (_DAY_MONTH_YEAR, _DMY):
                start, value = _range_start(text, match, value)
            if value is not None:
                found.append((start, end, value))
                taken.append((start, end))
            if len(found) >= limit:
                break
    found.sort(key=lambda item: item[0])
    return [(start, value) for start, _end, value in found]


def parse_human(text: str | None, dayfirst: bool = True) -> PageDate | None:
    """The first date written for people in `text` ("29. Oktober 2021, 15:59 Uhr", "Nov 3, 2020", ...)."""
    if not text:
        return None
    found = find_human_dates(text, dayfirst, limit=1)
    return found[0][1] if found else None


_URL_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>0[1-9]|1[0-2])[/_-]?(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"
)
_URL_DATE_DMY = re.compile(
    r"(?<![\d])(?P<d>0[1-9]|[12]\d|3[01])-(?P<m>0[1-9]|1[0-2])-(?P<y>(?:19|20)\d{2})(?![\d])"
)
_URL_DATE_SLASHED = re.compile(
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|$)"
)


def date_from_url(url: str | None) -> dt.date | None:
    """The day a URL's path names (/2020/04/13/, /20200413-, -2020-04-13), if it names one."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for pattern in (_URL_DATE_SLASHED, _URL_DATE, _URL_DATE_DMY):
        for match in pattern.finditer(path):
            value = _build(
                int(match.group("y")), int(match.group("m")), int(match.group("d")), None, None, None, None
            )
            if isinstance(value, dt.date):
                return value
    return None


def day_of(value: PageDate) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def same_instant(a: PageDate, b: PageDate) -> bool:
    if not isinstance(a, dt.datetime) or not isinstance(b, dt.datetime):
        return False
    if (a.tzinfo is None) != (b.tzinfo is None):
        return False
    return abs((a - b).total_seconds()) < 60
