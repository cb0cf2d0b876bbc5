"""Mark the blocks of a page that are not the story: teasers, widgets, navigation. (Minimal draft.)"""

from __future__ import annotations

from crawler.extraction.page import Page


def mark_non_story_blocks(page: Page) -> None:
    for element in page.tree.iter("nav", "header", "footer", "aside"):
        page.excluded.add(element)
