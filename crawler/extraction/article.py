"""What extraction produces: a plain value, free of Scrapy and of the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Relation = Literal["previous", "next", "related", "latest"]

# A publication date is a `datetime` when the page gives a time (aware when it gives an offset or zone,
# naive when it does not), or a `date` when the page gives only the day. Never silently converted to UTC.
PageDate = dt.datetime | dt.date

# Where a publication's offset comes from: "page", the page states it with the time (or states the same
# instant with it elsewhere); "shown", the page states the instant in UTC and shows it at that offset on
# its clock; "day", the page states the instant in UTC and shows only its day, and the offset is the
# smallest whole hour that puts the instant on that day (a guess); "country", the page gives a time
# without a zone, read on the clock of the country of its domain (a guess). None: no offset.
OffsetSource = Literal["page", "shown", "day", "country"]


@dataclass(frozen=True, slots=True)
class RelatedLink:
    url: str
    title: str | None
    relation: Relation


@dataclass(slots=True)
class Article:
    url: str
    canonical_url: str | None = None
    headline: str | None = None
    published: PageDate | None = None
    published_offset_source: OffsetSource | None = None
    modified: PageDate | None = None
    authors: list[str] = field(default_factory=list)
    body: str | None = None
    summary: str | None = None
    language: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    is_article: bool = True

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON line: dates in ISO 8601 with the page's own offset."""
        data = asdict(self)
        data.pop("is_article")
        for key in ("published", "modified"):
            value = getattr(self, key)
            data[key] = value.isoformat() if value is not None else None
        return data


class ExtractionError(ValueError):
    """The input cannot be read as an HTML page (empty, binary, not HTML); the message says why."""
