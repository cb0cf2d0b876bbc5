"""What the spider hands to the pipelines: an extracted story plus where and how it was fetched."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from crawler.extraction import Article
from crawler.urls import normalise_url, site_of


@dataclass
class ArticleItem:
    article: Article
    source: str
    requested_url: str  # the URL we asked for (normalised)
    response_url: str  # where the server answered from (after redirects)
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    # Met earlier in this crawl (same URL key or same text): only its URLs are recorded, as variants.
    duplicate: bool = False

    @cached_property
    def canonical_url(self) -> str:
        """The story's URL for the archive: rel=canonical when it stays on the same site, else the page's."""
        canonical = self.article.canonical_url
        if canonical:
            try:
                if site_of(canonical) == site_of(self.response_url):
                    return normalise_url(canonical)
            except ValueError:
                pass
        return normalise_url(self.response_url)
