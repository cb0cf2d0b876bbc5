"""The parsed page: the walk the layers share finds what a walk of their own would."""

from __future__ import annotations

from crawler.extraction import extract
from crawler.extraction.page import INDEXED_TAGS, parse_page

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
