"""Extraction: a pure function from (HTML, URL) to an Article. No Scrapy, no database.

Layers, each a small module named for what it finds, consulted in this order of trust:
1. structured data (`structured`): JSON-LD, microdata, OpenGraph and article:* meta, <time datetime>;
2. theme heuristics (`headline`, `dates`, `authors`, `body`, `related`, `metadata`), which skip the
   teaser blocks and widgets that `blocks` marks first, so a "Don't Miss" teaser never lends its date,
   byline or text to the story;
3. per-site CSS selector overrides from configuration (`overrides`), which win over both.
"""

from __future__ import annotations

from crawler.extraction.article import Article, ExtractionError, PageDate, RelatedLink
from crawler.extraction.pipeline import extract

__all__ = ["Article", "ExtractionError", "PageDate", "RelatedLink", "extract"]
