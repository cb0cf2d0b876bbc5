"""Structured data: JSON-LD, microdata, OpenGraph and article:* meta. (First layer; minimal draft.)"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from crawler.extraction.page import Page

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle"}


@dataclass
class StructuredData:
    article: dict[str, Any] = field(default_factory=dict)  # the JSON-LD article object, if any
    meta: dict[str, str] = field(default_factory=dict)  # <meta property|name|itemprop> -> content


def _walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found.extend(_walk(item))
    elif isinstance(node, dict):
        found.append(node)
        if "@graph" in node:
            found.extend(_walk(node["@graph"]))
    return found


def read_structured(page: Page) -> StructuredData:
    data = StructuredData()
    for script in page.tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            parsed = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _walk(parsed):
            types = obj.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & ARTICLE_TYPES and not data.article:
                data.article = obj
    for meta in page.tree.iterfind(".//meta[@content]"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        if key and key.lower() not in data.meta:
            data.meta[key.lower()] = meta.get("content", "").strip()
    return data
