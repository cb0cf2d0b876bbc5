"""Extraction: a pure function from (HTML, URL) to an Article. No Scrapy, no database.

Layers, each a small module named for what it finds, consulted in this order of trust:
1. structured data (`structured`): JSON-LD, microdata, OpenGraph and article:* meta, <time datetime>;
2. theme heuristics (`headline`, `dates`, `authors`, `body`, `related`, `metadata`), which skip the
   teaser blocks and widgets that `blocks` marks first, so a "Don't Miss" teaser never lends its date,
   byline or text to the story;
3. per-site CSS selector overrides from configuration (`overrides`), which win over both.

Where a change belongs (`pipeline` runs them in order):
- input: `page` decodes and parses once, and serves the layers one shared walk of the tree;
  `text` holds the shared text helpers, `patterns` builds regexes over long word lists; `article` is
  the value produced; `warmup` loads lazily loaded data (language model, date parser) off the event loop;
- the page's parts: `story_search` finds the story's container, `blocks` marks what is not the story
  (its class/id vocabulary in `block_names`, the words of block labels in `labels`);
- structured data: `structured`;
- dates: `dates` weighs the sources; `datevisible` finds the dates a page shows, `dateparse` reads a
  date as written (many languages and formats), `datezones` keeps or recovers the page's offset,
  `datefallback` is the htmldate last resort;
- headline: `headline`; authors: `authors` finds bylines, `names` turns one into person names;
- body: `body`; related stories: `related`; section and tags: `classification`; language:
  `language`; canonical URL, summary and "is this a story": `metadata`.
"""

from __future__ import annotations

from crawler.extraction.article import Article, ExtractionError, PageDate, RelatedLink
from crawler.extraction.pipeline import extract

__all__ = ["Article", "ExtractionError", "PageDate", "RelatedLink", "extract"]
