"""A live blog's updates: the timed entries the page's structured data names, found on the page.

A live blog sets its intro in one block and its updates in another (a list of entries, each with its
time, beside the intro). The story search finds the intro, where the paragraphs concentrate, and the
updates, which are the story as it unfolds, would be left out of the body. Which elements they are, the
page says: microdata marks each entry itemprop="liveBlogUpdate", and JSON-LD gives each update's URL,
whose fragment is the id of the entry that shows it.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData

_WITH_ID = etree.XPath("/descendant::*[@id]")


def live_updates(page: Page, data: StructuredData) -> list[etree._Element]:
    """The entries of the live blog's updates in page order, not counting marked blocks; none when the
    page is no live blog or shows none of its updates."""
    entries = [el for el in data.microdata.get("liveBlogUpdate", ()) if el.tag != "meta"]
    if not entries:
        entries = _entries_of_fragments(page, data.article.get("liveBlogUpdate"))
    found = set(entries)
    # An entry inside another (markup that never closes its elements nests each in the one before) is
    # read with it: reading each on its own would read the rest of the blog again for every entry.
    return [
        entry
        for entry in entries
        if not page.is_excluded(entry) and not any(node in found for node in entry.iterancestors())
    ]


def _entries_of_fragments(page: Page, updates: Any) -> list[etree._Element]:
    """The elements whose ids the JSON-LD updates' URLs end with ("…/live-story#live-1924698-qq0im")."""
    if isinstance(updates, dict):
        updates = [updates]
    if not isinstance(updates, list):
        return []
    fragments = {
        url.partition("#")[2]
        for update in updates
        if isinstance(update, dict) and isinstance(url := update.get("url"), str) and "#" in url
    }
    fragments.discard("")
    if not fragments:
        return []
    return [el for el in _WITH_ID(page.tree) if el.get("id") in fragments]
