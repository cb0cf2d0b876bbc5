"""Broken markup: what a page holds is read however badly it is nested, and no page fails extraction.

Unclosed tags nest everything after them one level deeper (a forum thread with an unclosed <font> per
post, a template that opens a <div> per item and never closes it). libxml2 stops at 255 levels unless
told otherwise, and silently drops the rest of the page.
"""

from __future__ import annotations

import pytest

from crawler.extraction import ExtractionError, extract
from crawler.extraction.page import parse_page
from crawler.extraction.structured import read_structured
from tests.extraction import pages
from tests.extraction.pages import ld

URL = "https://hafenblatt.example/politik/hafen-plan-beschlossen"
STORY = "Der Stadtrat hat den Ausbau des Hafens nach einer langen Debatte am Dienstagabend beschlossen."


def test_a_story_behind_hundreds_of_unclosed_tags_is_still_read() -> None:
    unclosed = '<div class="row"><font size="2">Eintrag im Archiv<br>' * 600
    html = pages.page(
        article=f'{unclosed}<h1>Hafen-Plan beschlossen</h1><p class="byline">Von Jana Berg</p><p>{STORY}</p>'
    )
    article = extract(html, URL)
    assert article.headline == "Hafen-Plan beschlossen"
    assert article.authors == ["Jana Berg"]
    assert STORY in (article.body or "")


def test_a_date_line_holding_a_hidden_stamp_nested_deep_is_read() -> None:
    """A date line read without its hidden stamp is walked with a stack: a page without closing tags nests
    it deeper than Python's recursion reaches."""
    deep = 3000
    line = (
        '<div class="post-meta"><span class="updated rich-snippet-hidden">2019-01-07</span>'
        f"{'<b>' * deep}19. Juni 2018{'</b>' * deep}</div>"
    )
    assert extract(pages.page(article=line), URL).published is not None


def test_a_heading_and_a_byline_nested_a_thousand_deep_are_read() -> None:
    deep = 1000
    html = pages.page(
        article=(
            f"<h1>{'<span>' * deep}Hafen-Plan beschlossen{'</span>' * deep}</h1>"
            f"<div class='byline'>{'<span>' * deep}Von Jana Berg{'</span>' * deep}</div>"
        )
    )
    article = extract(html, URL)
    assert article.headline == "Hafen-Plan beschlossen"
    assert article.authors == ["Jana Berg"]


def test_json_ld_nested_past_any_record_is_skipped_and_the_rest_is_read() -> None:
    runaway = '<script type="application/ld+json">' + '{"a":' * 5000 + "1" + "}" * 5000 + "</script>"
    listed = '<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>"
    story = ld({"@type": "NewsArticle", "headline": "Hafen-Plan beschlossen", "datePublished": "2025-02-12"})
    article = extract(pages.page(head=runaway + listed + story), URL)
    assert article.headline == "Hafen-Plan beschlossen"
    assert str(article.published) == "2025-02-12"


def test_a_signature_followed_by_a_template_comment_is_read() -> None:
    # The walk for visible text meets the comment a template leaves after the story's last paragraph.
    html = (
        "<html><body><article><h1>Hafen-Plan beschlossen</h1>"
        f"<p>{STORY}</p><p>{STORY}</p><p><strong>Jana Berg</strong></p><!-- /entry-content -->"
        "</article></body></html>"
    )
    assert extract(html, URL).authors == ["Jana Berg"]


def _teasers(count: int) -> str:
    return "".join(f"<li><a href='/n/{i}'>Meldung {i} - Hafen | Politik</a></li>" for i in range(count))


def test_a_title_left_open_is_no_title() -> None:
    # Without its </title> the title swallows the rest of the document as text (a browser shows an empty
    # page): thousands of "|" and " - " that splitting at separators once took seconds over.
    html = (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        "<title>Hafen-Plan beschlossen | Hafenblatt"
        f"</head><body><main><article><h1>Hafen-Plan beschlossen</h1><p>{STORY}</p></article>"
        f"<ul class='latest'>{_teasers(3000)}</ul></main></body></html>"
    )
    assert read_structured(parse_page(html, URL)).title is None
    assert extract(html, URL).headline is None


def test_a_metadata_headline_that_holds_a_whole_text_is_no_headline() -> None:
    # A CMS that fills JSON-LD's headline with the story's text: no headline runs that long.
    text = f"{STORY} {_teasers(300)}"
    runaway = ld({"@type": "NewsArticle", "headline": text, "datePublished": "2025-02-12"})
    article = extract(pages.page(head=runaway, article="<h1>Hafen-Plan beschlossen</h1>"), URL)
    assert article.headline == "Hafen-Plan beschlossen"


def test_an_address_no_url_can_have_is_no_link_and_no_error() -> None:
    """urllib refuses "http://[ccpa-preferences]" (a CMS's placeholder) with a ValueError: in the <base>,
    the canonical link, a breadcrumb, a byline or a related block it is no address, and the story is read."""
    bad = "http://[ccpa-preferences]/x"
    head = (
        f'<base href="{bad}"><link rel="canonical" href="{bad}"><meta property="og:url" content="{bad}">'
        + ld(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Politik", "item": bad}],
            }
        )
    )
    byline = f'<div class="byline">Von <a rel="author" href="{bad}">Anna Muster</a></div>'
    article = f"<h1>Hafenplan beschlossen</h1>{byline}"
    outside = (
        f'<div class="related-posts"><h3>Related</h3><a href="{bad}">A story</a>'
        '<a href="/2024/05/21/the-harbour-vote/">The harbour vote</a></div>'
    )
    story = extract(pages.page(head=head, article=article, outside=outside), pages.URL)
    assert story.headline == "Hafenplan beschlossen"
    assert story.authors == ["Anna Muster"]
    assert story.canonical_url is None
    assert [link.url for link in story.related] == ["https://news.example/2024/05/21/the-harbour-vote/"]
    with pytest.raises(ExtractionError, match="invalid page URL"):
        extract(pages.page(article=article), bad)


def test_links_an_unclosed_link_holds_count_once() -> None:
    """An unclosed <a> holds the links after it. Their words are counted once, as the outermost link's:
    counted again for each link around them, a sentence with a few linked words read as a line that is
    all link (a teaser's title), and left the body. (Reading every link inside every link of every
    paragraph also cost a broken page over twenty seconds.)"""
    nested = (
        "<p>See <a href='/a/'>the report <span><a href='/b/'>on the barrier <span><a href='/c/'>and its costs"
        "</a></span></a></span></a> online.</p>"
    )
    html = pages.page(article=f"<h1>Hafen-Plan beschlossen</h1><p>{STORY}</p>{nested}<p>{STORY} Danach.</p>")
    body = extract(html, URL).body or ""
    assert "See the report on the barrier and its costs online." in body.split("\n\n")
