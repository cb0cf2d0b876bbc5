"""The parsed page: the walk the layers share finds what a walk of their own would."""

from __future__ import annotations

import re

from crawler.extraction import extract
from crawler.extraction.page import INDEXED_TAGS, parse_page
from crawler.extraction.structured import read_structured

URL = "https://hafenblatt.example/politik/hafen-plan-beschlossen"
PAGE = (
    "<html><head><title>Hafen-Plan beschlossen</title><base href='https://hafenblatt.example/'>"
    "<meta property='og:title' content='Hafen-Plan beschlossen'><link rel='canonical' href='/politik/hafen'>"
    "<script type='application/ld+json'>{}</script></head><body><header><a href='/'>Hafenblatt</a></header>"
    "<article><h1>Hafen-Plan beschlossen</h1><p>Der Stadtrat hat <a href='/rat'>den Ausbau</a> beschlossen."
    "<br>Am Dienstagabend.</p><h2>Die Debatte</h2><p><time datetime='2025-02-12'>12.02.2025</time></p>"
    "<h3><a href='/politik/mehr'>Mehr</a></h3></article><script>var x = 1;</script></body></html>"
)
# Content after a stray </html>: libxml2 puts it in a second <html> beside the root.
STRAY = (
    "<html><head><link rel='canonical' href='/politik/hafen-plan'></head><body><p>Nachtrag</p></body></html>"
)


def test_the_shared_walk_finds_each_tag_as_a_walk_of_its_own_would() -> None:
    page = parse_page(PAGE, URL)
    for tag in INDEXED_TAGS:
        assert page.elements(tag) == list(page.tree.iter(tag)), tag
    assert [a.get("href") for a in page.elements("a")] == ["/", "/rat", "/politik/mehr"]


def test_document_elements_include_those_after_a_stray_html_end() -> None:
    page = parse_page(PAGE.replace("<link rel='canonical' href='/politik/hafen'>", "") + STRAY, URL)
    assert page.document_elements("link") == page.tree.xpath("//link")
    assert page.document_elements("p") == page.tree.xpath("//p")
    assert len(page.document_elements("p")) == 3
    assert extract(
        PAGE.replace("<link rel='canonical' href='/politik/hafen'>", "") + STRAY, URL
    ).canonical_url == ("https://hafenblatt.example/politik/hafen-plan")


def test_attribute_lookup_finds_the_element_after_classes_that_lower_case_longer() -> None:
    """'İ' lower-cases to two characters; the match offsets must still point at the element that has it."""
    turkish = "".join(f"<div class='İİİİ-{n}'><p class='İİİİİİ'>x</p></div>" for n in range(6))
    byline = "<span class='byline'>Ayşe Yılmaz</span><p class='after'>y</p>"
    page = parse_page(f"<html><body>{turkish}{byline}</body></html>", URL)
    found = read_structured(page).elements_with(page, re.compile(r"byline"))
    assert [element.text for element in found] == ["Ayşe Yılmaz"]
