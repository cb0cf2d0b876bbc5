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


def test_soft_hyphens_and_zero_width_spaces_leave_every_text_field() -> None:
    """A reader sees one word in "Helikopter&shy;landeplatz"; the archive and the keyword rules must
    find it as one. The <h1> hyphenated so states the same headline as og:title without the hyphens."""
    html = (
        '<html lang="de"><head><title>Ignored | Hafenblatt</title>'
        '<meta property="og:title" content="Trump plant Helikopterlandeplatz">'
        '<meta name="description" content="Der Heli&shy;kopter&shy;landeplatz kommt.">'
        '<meta property="article:section" content="Aus&shy;land"></head><body><main><article>'
        "<h1>Trump plant Helikopter&shy;landeplatz</h1>"
        '<p class="byline">Von <a rel="author" href="/autoren/anna">Anna Müller&#8203;</a></p>'
        + "<p>"
        + "Der Bau&shy;antrag f&uuml;r den Helikopter&shy;landeplatz liegt vor. " * 6
        + "</p>"
        '<div class="tags"><a rel="tag" href="/thema/usa">Verei&shy;nigte Staaten</a></div>'
        '</article><div class="related-posts"><h3>Related Posts</h3><ul>'
        '<li><a href="/ausland/baustopp-am-ballsaal-des-hauses">Bau&shy;stopp am Ball&shy;saal</a></li>'
        '<li><a href="/ausland/die-wahl-im-herbst-rueckt-naeher">Die Wahl im Herbst</a></li></ul></div>'
        "</main></body></html>"
    )
    article = extract(html, "https://news.example/ausland/helikopter")
    assert article.headline == "Trump plant Helikopterlandeplatz"
    assert article.summary == "Der Helikopterlandeplatz kommt."
    assert article.section == "Ausland"
    assert article.authors == ["Anna Müller"]
    assert article.tags == ["Vereinigte Staaten"]
    assert article.body is not None and "Bauantrag für den Helikopterlandeplatz" in article.body
    assert [link.title for link in article.related] == ["Baustopp am Ballsaal", "Die Wahl im Herbst"]
    assert not any("\u00ad" in str(value) or "\u200b" in str(value) for value in article.to_json().values())
