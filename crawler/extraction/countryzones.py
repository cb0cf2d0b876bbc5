"""The time zone a news site's country keeps, by the country-code domain it is published under.

A date line's "19:25 Uhr" on a .de site is German time: a reader there would not think otherwise, and
an archive that stores the wall-clock time without its zone cannot order it against the rest of the
world's stories. Only countries whose news is dated on one clock are listed (one zone, or one that
nearly all the country keeps: mainland Spain and Portugal, not the Canaries or the Azores); the United
States, Canada, Australia, Russia, Brazil, Mexico and Indonesia, and every generic domain (.com, .org,
.net...), say nothing.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_ZONES = {
    # Europe
    "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "li": "Europe/Vaduz",
    "lu": "Europe/Luxembourg", "be": "Europe/Brussels", "nl": "Europe/Amsterdam", "fr": "Europe/Paris",
    "it": "Europe/Rome", "es": "Europe/Madrid", "pt": "Europe/Lisbon", "ie": "Europe/Dublin",
    "uk": "Europe/London", "dk": "Europe/Copenhagen", "no": "Europe/Oslo", "se": "Europe/Stockholm",
    "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik", "ee": "Europe/Tallinn", "lv": "Europe/Riga",
    "lt": "Europe/Vilnius", "pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest", "si": "Europe/Ljubljana", "hr": "Europe/Zagreb", "ba": "Europe/Sarajevo",
    "rs": "Europe/Belgrade", "me": "Europe/Podgorica", "mk": "Europe/Skopje", "al": "Europe/Tirane",
    "gr": "Europe/Athens", "bg": "Europe/Sofia", "ro": "Europe/Bucharest", "md": "Europe/Chisinau",
    "ua": "Europe/Kyiv", "by": "Europe/Minsk", "tr": "Europe/Istanbul", "cy": "Asia/Nicosia",
    "mt": "Europe/Malta", "mc": "Europe/Monaco", "ad": "Europe/Andorra",
    # Middle East and Africa
    "il": "Asia/Jerusalem", "lb": "Asia/Beirut", "jo": "Asia/Amman", "sa": "Asia/Riyadh",
    "ae": "Asia/Dubai", "qa": "Asia/Qatar", "kw": "Asia/Kuwait", "bh": "Asia/Bahrain", "om": "Asia/Muscat",
    "ir": "Asia/Tehran", "iq": "Asia/Baghdad", "eg": "Africa/Cairo", "ma": "Africa/Casablanca",
    "dz": "Africa/Algiers", "tn": "Africa/Tunis", "ly": "Africa/Tripoli", "ng": "Africa/Lagos",
    "gh": "Africa/Accra", "ke": "Africa/Nairobi", "tz": "Africa/Dar_es_Salaam", "ug": "Africa/Kampala",
    "et": "Africa/Addis_Ababa", "za": "Africa/Johannesburg", "zw": "Africa/Harare", "zm": "Africa/Lusaka",
    "rw": "Africa/Kigali", "sn": "Africa/Dakar", "ci": "Africa/Abidjan",
    # Asia
    "in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "lk": "Asia/Colombo",
    "np": "Asia/Kathmandu", "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "vn": "Asia/Ho_Chi_Minh", "th": "Asia/Bangkok",
    "my": "Asia/Kuala_Lumpur", "sg": "Asia/Singapore", "ph": "Asia/Manila", "mm": "Asia/Yangon",
    "kh": "Asia/Phnom_Penh", "la": "Asia/Vientiane", "af": "Asia/Kabul", "uz": "Asia/Tashkent",
    "az": "Asia/Baku", "ge": "Asia/Tbilisi", "am": "Asia/Yerevan",
    # The Americas and Oceania
    "ar": "America/Argentina/Buenos_Aires", "co": "America/Bogota", "pe": "America/Lima",
    "ve": "America/Caracas", "uy": "America/Montevideo", "py": "America/Asuncion", "bo": "America/La_Paz",
    "cl": "America/Santiago", "ec": "America/Guayaquil", "cu": "America/Havana",
    "do": "America/Santo_Domingo", "pr": "America/Puerto_Rico", "jm": "America/Jamaica",
    "gt": "America/Guatemala", "cr": "America/Costa_Rica", "pa": "America/Panama",
    "sv": "America/El_Salvador", "hn": "America/Tegucigalpa", "ni": "America/Managua",
    "nz": "Pacific/Auckland", "fj": "Pacific/Fiji",
}  # fmt: skip


def country_zone(url: str) -> dt.tzinfo | None:
    """The zone of the country whose domain the URL is under, or None (a generic domain, a country of
    several zones, no host)."""
    host = urlsplit(url).hostname or ""
    return _zone(host.rstrip(".").rsplit(".", 1)[-1]) if "." in host else None


@cache
def _zone(suffix: str) -> dt.tzinfo | None:
    name = _ZONES.get(suffix)
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # a system without the zone database (tzdata is a dependency)
        return None


def in_country_zone(value: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """A zone-less wall-clock time read in `zone`, with the fixed offset that clock kept that day (an
    ISO offset, as every other date extraction gives)."""
    offset = value.replace(tzinfo=zone).utcoffset()
    return value.replace(tzinfo=dt.timezone(offset)) if offset is not None else value
