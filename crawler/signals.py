"""Signals newswatch's crawler sends, beside Scrapy's own (connect with `crawler.signals.connect`).

`story_archived` goes out when the archive pipeline has committed a story: arguments `outcome` (an
`crawler.archive.store.Outcome`: new, updated, unchanged, duplicate), `article_id` and `item`. The
service listens to it to start an alerts pass as soon as a new story is in the archive, instead of when
the whole crawl has ended (a crawl of a large portal can take minutes; the story was ready after one
request).
"""

from __future__ import annotations

story_archived = object()
