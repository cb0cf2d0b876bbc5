"""Body text without boilerplate. (Minimal draft.)"""

from __future__ import annotations

from crawler.extraction.page import Page
from crawler.extraction.structured import StructuredData
from crawler.extraction.text import element_text


def find_body(page: Page, data: StructuredData) -> str | None:
    roots = page.tree.xpath("//article") or [page.tree]
    paragraphs = [element_text(p) for p in roots[0].iter("p") if not page.is_excluded(p)]
    text = "\n\n".join(p for p in paragraphs if p)
    return text or None
