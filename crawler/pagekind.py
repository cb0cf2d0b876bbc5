"""Is this page a story? Listing pages (home, categories, tags, author archives) are never archived."""

from __future__ import annotations

from crawler.discovery import link_kind
from crawler.extraction import Article

MIN_STORY_BODY = 250


def is_story_page(article: Article, url: str) -> bool:
    if link_kind(url) != "story" or not article.headline:
        return False
    if article.is_article:
        return True
    # No structured data saying so: a dated page with a real body is a story.
    return article.published is not None and len(article.body or "") >= MIN_STORY_BODY
