"""Related stories with their relation. (Minimal draft.)"""

from __future__ import annotations

from crawler.extraction.article import RelatedLink
from crawler.extraction.page import Page
from crawler.extraction.text import element_text


def find_related(page: Page) -> list[RelatedLink]:
    links: list[RelatedLink] = []
    for rel in ("prev", "next"):
        for a in page.tree.iterfind(f".//a[@rel='{rel}']"):
            url = page.absolute(a.get("href"))
            if url:
                relation = "previous" if rel == "prev" else "next"
                links.append(RelatedLink(url=url, title=element_text(a) or None, relation=relation))
    return links
