"""The `article.matched` payload, kept under 20 KB.

The body is built once, when the match enters the outbox, and stored: every retry and every replay sends
the same bytes (and the receiver can verify the signature over exactly what it got).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

MAX_PAYLOAD_BYTES = 20_000
_MAX_RELATED = 20


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _published(article: Any) -> str | None:
    if article.published_at is not None:
        offset = getattr(article, "published_utc_offset", None)
        if offset is not None:
            return article.published_at.astimezone(dt.timezone(dt.timedelta(minutes=offset))).isoformat()
        return article.published_at.isoformat()
    return _iso(getattr(article, "published_date", None))


def _encode(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _size(payload: dict[str, Any]) -> int:
    return len(_encode(payload).encode("utf-8"))


def _cut(text: str | None, limit: int) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def build_payload(
    rule_name: str, matched_terms: list[str], article: Any, *, now: dt.datetime | None = None
) -> str:
    """The JSON body for `article` matched by rule `rule_name` (an `Article` with authors/related loaded)."""
    timestamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
    # The story's own links (topical, previous, next); "latest" links are site-wide widgets, not the story's.
    order = {"related": 0, "previous": 1, "next": 2}
    links = [link for link in article.related_links if link.relation in order]
    related = [
        {"url": link.url, "title": link.title, "relation": link.relation}
        for link in sorted(links, key=lambda link: (order[link.relation], link.id or 0))
    ][:_MAX_RELATED]
    data = {
        "rule": {"name": rule_name},
        "matched_terms": list(matched_terms),
        "article": {
            "id": article.id,
            "url": article.url,
            "headline": article.headline,
            "published": _published(article),
            # Where the offset comes from: "page", "shown", or a guess ("day", "country"); null without one.
            "published_offset_source": getattr(article, "published_offset_source", None),
            "authors": [link.author.name for link in article.authors],
            "summary": article.summary,
            "source": article.source,
            "section": article.section,
            "language": article.language,
            "related": related,
        },
    }
    payload = {"type": "article.matched", "timestamp": timestamp, "data": data}
    item = data["article"]
    # Shrink the least essential parts first until the body fits.
    while _size(payload) > MAX_PAYLOAD_BYTES and item["related"]:
        item["related"].pop()
    for limit in (2000, 500, 200):
        if _size(payload) <= MAX_PAYLOAD_BYTES:
            break
        item["summary"] = _cut(item["summary"], limit)
        item["headline"] = _cut(item["headline"], max(limit, 300))
        item["authors"] = [_cut(name, 100) for name in item["authors"][:20]]
        data["matched_terms"] = [_cut(t, 200) for t in data["matched_terms"][:50]]
        data["rule"]["name"] = _cut(data["rule"]["name"], 200)
    body = _encode(payload)
    if len(body.encode("utf-8")) > MAX_PAYLOAD_BYTES:  # only a pathological URL can get here
        item["url"] = _cut(item["url"], 2048)
        item["related"] = []
        body = _encode(payload)
    return body
