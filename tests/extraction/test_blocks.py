# ruff: noqa: E501  (HTML snippets read best as whole lines)
"""The story/boilerplate boundary on small pages, one rule at a time: what is marked, what stays story, and
which related links come out of the marked blocks."""

from __future__ import annotations

import pytest

from crawler.extraction import RelatedLink, extract
from crawler.extraction.block_names import names_kind
from crawler.extraction.blocks import mark_non_story_blocks, story_container
from crawler.extraction.labels import heading_kind
from crawler.extraction.page import Page, parse_page

URL = "https://news.example/2024/05/17/story/"
STORY = (
    "<p>The first paragraph of the story is long enough to count as real running text on any page.</p>"
    "<p>A second paragraph adds more words, so that the story container clearly holds the most text.</p>"
    "<p>A third paragraph closes the story with a quote from someone who was there at the time.</p>"
)
STORY_TEXT = (
    "The first paragraph of the story is long enough to count as real running text on any page.\n\n"
    "A second paragraph adds more words, so that the story container clearly holds the most text.\n\n"
    "A third paragraph closes the story with a quote from someone who was there at the time."
)


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def marked(html: str) -> Page:
    """The page as `mark_non_story_blocks` leaves it."""
    parsed = parse_page(html, URL)
    mark_non_story_blocks(parsed)
    return parsed


def excluded(parsed: Page, xpath: str) -> bool:
    """Whether the first element `xpath` finds sits in a block marked as not the story."""
    return parsed.is_excluded(parsed.tree.xpath(xpath)[0])


def teasers(n: int = 3, prefix: str = "t") -> str:
    return "".join(
        f'<div class="item"><h3><a href="/2024/05/{20 + i}/{prefix}{i}/">Teaser {prefix}{i}</a></h3>'
        f'<span class="date">May {20 + i}, 2024</span><p>Excerpt of teaser {prefix}{i} goes here.</p></div>'
        for i in range(n)
    )


def related(html: str) -> set[RelatedLink]:
    return set(extract(html, URL).related)


def related_titles(html: str) -> set[str | None]:
    return {link.title for link in related(html)}


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Related Posts", "related"),
        ("RELATED ARTICLES", "related"),
        ("Don’t Miss", "related"),
        ("You May Also Like", "related"),
        ("More from Author", "related"),
        ("Read also", "related"),
        ("Lesen Sie auch", "related"),
        ("Das könnte Sie auch interessieren", "related"),
        ("À lire aussi", "related"),
        ("A lire aussi :", "related"),  # the capital written without its accent
        ("Noticias relacionadas", "related"),
        ("Noticia relacionada", "related"),  # ABC's box around one related story
        ("Matéria relacionada", "related"),
        ("Leggi anche", "related"),
        ("Leia também", "related"),
        ("Читайте также", "related"),
        ("Baca juga", "related"),
        ("Latest from Blog", "latest"),
        ("Trending", "latest"),
        ("Recent Posts", "latest"),
        ("Most Popular", "latest"),
        ("Most Read", "latest"),
        ("Most read in Celebrity", "latest"),
        ("Meistgelesen", "latest"),
        ("Les plus lus", "latest"),
        ("Lo más leído", "latest"),
        ("Previous Story", "navigation"),
        ("Next article", "navigation"),
        ("Leave a Reply", "boilerplate"),
        ("About the Author", "boilerplate"),
        ("Über den Autor", "boilerplate"),
        ("À propos de l’auteure", "boilerplate"),
        ("Sobre el autor", "boilerplate"),
        ("Anzeige", "boilerplate"),
        ("Publicité", "boilerplate"),
        ("Also in this series", "related"),
        ("More stories in this series", "related"),
        ("From around the web", "boilerplate"),  # paid recommendation widgets: ads, no related stories
        ("Partner content", "boilerplate"),
        ("Promoted links", "boilerplate"),
        ("Harbour strike ends", None),
        ("Relations between the two countries", None),
        ("Latest figures show a rise", "latest"),  # a prefix is enough for a block heading…
    ],
)
def test_heading_kind(heading, kind):
    assert heading_kind(heading) == kind


def test_a_sections_most_read_rail_is_a_label_whole_but_a_sentence_is_not():
    assert heading_kind("Most Read in TV & Showbiz", exact=True) == "latest"
    assert heading_kind("Most read in the region was the harbour story", exact=True) is None


def test_heading_kind_exact_inside_the_story():
    # …but inside the story only a whole label counts: a subhead stays story.
    assert heading_kind("Latest figures show a rise", exact=True) is None
    assert heading_kind("Popular anger grows", exact=True) is None
    assert heading_kind("Related Posts", exact=True) == "related"


def test_story_container_is_where_the_paragraphs_are():
    p = parse_page(
        page(f'<div class="wrap"><div id="story">{STORY}</div><div class="side"><p>short</p></div></div>'),
        URL,
    )
    mark_non_story_blocks(p)
    container = story_container(p)
    assert container is not None and container.get("id") == "story"


def test_subhead_inside_the_story_is_body_not_a_block():
    html = page(
        f"<article><h1>Title</h1><div class='entry-content'>{STORY}<h2>Popular anger grows</h2>{STORY}</div></article>"
    )
    body = extract(html, URL).body or ""
    assert "Popular anger grows" in body


def test_related_heading_inside_the_story_ends_the_story():
    html = page(
        "<article><h1>Title</h1><div class='entry-content'>"
        f"{STORY}<h3>Related Posts</h3><ul><li><a href='/2024/05/01/alpha-story/'>Alpha story</a></li><li><a href='/2024/05/02/beta-story/'>Beta story</a></li></ul>"
        "</div></article>"
    )
    article = extract(html, URL)
    assert article.body == STORY_TEXT
    assert set(article.related) == {
        RelatedLink("https://news.example/2024/05/01/alpha-story/", "Alpha story", "related"),
        RelatedLink("https://news.example/2024/05/02/beta-story/", "Beta story", "related"),
    }


def test_multilingual_blocks_give_related_and_latest():
    html = page(
        f"<main><h1>Titel</h1><div class='text'>{STORY}</div>"
        f"<section><h2>Lesen Sie auch</h2>{teasers(2, 'r')}</section>"
        f"<section><h2>Meistgelesen</h2>{teasers(2, 'l')}</section></main>"
    )
    got = related(html)
    assert {(link.title, link.relation) for link in got} == {
        ("Teaser r0", "related"),
        ("Teaser r1", "related"),
        ("Teaser l0", "latest"),
        ("Teaser l1", "latest"),
    }
    assert extract(html, URL).body == STORY_TEXT


@pytest.mark.parametrize("label", ["Read also:", "Läs också:", "اقرأ أيضا:", "MORE:", "A lire aussi :"])
def test_read_also_line_inside_the_story_is_related_not_body(label):
    html = page(
        "<article><h1>T</h1><div class='entry-content'>"
        f"{STORY}<p><strong>{label}</strong> <a href='/2024/01/01/older/'>An older story</a></p></div></article>"
    )
    article = extract(html, URL)
    assert article.body == STORY_TEXT
    assert article.related == [
        RelatedLink("https://news.example/2024/01/01/older/", "An older story", "related")
    ]


@pytest.mark.parametrize("label", ["เรื่องที่เกี่ยวข้อง", "Noticias relacionadas", "関連記事", "Articles liés"])
def test_related_news_label_over_links_inside_a_paragraph_is_related_not_body(label):
    """Prachatai sets "Related stories" in bold and the stories' links under it in the story's last
    paragraph, one per <br>: the links are related stories, not a body line."""
    html = page(
        "<article><h1>T</h1><div class='entry-content'>"
        f"{STORY}<p><strong>{label}</strong><br><a href='/2024/01/01/older/'>An older story</a><br>"
        "<a href='/2024/01/02/another/'>Another older story</a></p></div></article>"
    )
    article = extract(html, URL)
    assert article.body == STORY_TEXT
    assert article.related == [
        RelatedLink("https://news.example/2024/01/01/older/", "An older story", "related"),
        RelatedLink("https://news.example/2024/01/02/another/", "Another older story", "related"),
    ]


@pytest.mark.parametrize(
    ("previous", "following"), [("Previous Story", "Next Story"), ("المقال السابق", "المقال التالي")]
)
def test_previous_next_labels_outside_links_and_inside_links(previous, following):
    outside = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        f"<div class='x'><span>{previous}</span><a href='/2024/05/15/the-previous-one/'>The previous one</a></div>"
        f"<div class='y'><span>{following}</span><a href='/2024/05/18/the-next-one/'>The next one</a></div>"
    )
    inside = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='post-navigation'><a href='/2024/05/15/the-previous-one/'><span>« Older post</span> The previous one</a>"
        "<a href='/2024/05/18/the-next-one/'><span>Newer post »</span> The next one</a></div>"
    )
    expected = {
        RelatedLink("https://news.example/2024/05/15/the-previous-one/", "The previous one", "previous"),
        RelatedLink("https://news.example/2024/05/18/the-next-one/", "The next one", "next"),
    }
    assert related(outside) == expected
    assert related(inside) == expected


def test_rel_prev_next_links():
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<p><a rel='prev' href='/2024/05/15/the-previous-one/'>The previous one</a> | <a rel='next' href='/2024/05/18/the-next-one/'>The next one</a></p>"
    )
    assert related(html) == {
        RelatedLink("https://news.example/2024/05/15/the-previous-one/", "The previous one", "previous"),
        RelatedLink("https://news.example/2024/05/18/the-next-one/", "The next one", "next"),
    }


@pytest.mark.parametrize(
    "gallery", ["<ws-gallery>{}</ws-gallery>", "<div class='photo-slider'><div>{}</div></div>"]
)
def test_a_gallerys_rel_next_arrow_pages_through_pictures_not_to_the_next_story(gallery):
    arrows = (
        "<a rel='prev' class='btn' aria-label='Back'><i class='icon-left'></i></a>"
        "<a rel='next' class='btn' href='/2024/05/17/story-fotos_2.html'><i class='icon-right'></i></a>"
    )
    html = page(
        f"<article><h1>T</h1>{gallery.format(arrows)}<div>{STORY}</div></article>"
        "<p><a rel='next' href='/2024/05/18/the-next-one/'>The next one</a></p>"
    )
    assert related(html) == {
        RelatedLink("https://news.example/2024/05/18/the-next-one/", "The next one", "next")
    }


def test_a_rel_next_to_the_storys_own_next_page_is_no_next_story():
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div>"
        f"<a rel='next' href='{URL}?page=2'>Next page</a>"
        f"<a rel='next' href='{URL}?page=2&partial_nr=060&partial_type=teaser_box'>More</a></article>"
        "<p><a rel='prev' href='/2024/05/15/the-previous-one/'>The previous one</a></p>"
    )
    assert related(html) == {
        RelatedLink("https://news.example/2024/05/15/the-previous-one/", "The previous one", "previous")
    }


def test_non_story_links_are_not_related():
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<section class='related-posts'><h3>Related</h3>"
        "<a href='/category/world/'>World</a> <a href='/tag/x/'>X</a> <a href='/author/jo/'>Jo</a>"
        "<a href='https://twitter.com/share?u=1'>Tweet</a> <a href='/'>Home</a> <a href='#top'>Top</a>"
        f"<a href='{URL}'>This very story</a> <a href='/wp-content/uploads/a.jpg'>Photo</a>"
        "<a href='/page/2/'>More</a> <a href='/news/all/'>All news</a> <a href='/sport/football/'>Football</a>"
        "<a href='/news/crime-public-safety/'>Crime and Public Safety</a>"
        "<a href='/articles/index/sports/category:9'>野球</a>"
        # Topic pages in other languages (NRK's "Mer om: Friidrett", La Stampa's /argomenti/).
        "<a href='/emne/friidrett-1.8835305'>Mer om: Friidrett</a> <a href='/argomenti/meteo'>meteo</a>"
        "<a href='/2024/05/22/a-real-story/'>A real story</a></section>"
    )
    assert related(html) == {
        RelatedLink("https://news.example/2024/05/22/a-real-story/", "A real story", "related")
    }


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/2024/05/21/the-teaser/", "The teaser title"),
        # A short title over a slug of three words reads like a section's link, but a picture links it too.
        ("/nd/pannonische-genuss-botschafter/", "Pannonische Genuss-Botschafter"),
    ],
)
def test_image_link_and_title_link_to_one_teaser_give_one_related_link_with_the_title(path, title):
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>You may also like</h3>"
        f"<a href='{path}'><img src='x.jpg' alt=''></a><h4><a href='{path}'>{title}</a></h4>"
        f"<a href='{path}'>Read more</a></div>"
    )
    assert related(html) == {RelatedLink(f"https://news.example{path}", title, "related")}
    # Without the picture, the same link is a section's.
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>You may also like</h3><a href='/sport/ice-hockey-news/'>Ice Hockey</a></div>"
    )
    assert related(html) == set()


def test_a_teaser_with_a_kicker_heading_over_its_title_gives_the_title():
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/21/fire-at-the-landfill/'><div class='label'><h2>After the explosions</h2></div>"
        "<h1>Mayor: the fire is not out yet</h1></a>"
        "<a href='/2024/05/22/harbour-strike/'><h4 class='kicker'>Port</h4><h3>Harbour strike ends after a week</h3></a></div>"
    )
    assert related(html) == {
        RelatedLink(
            "https://news.example/2024/05/21/fire-at-the-landfill/",
            "Mayor: the fire is not out yet",
            "related",
        ),
        RelatedLink(
            "https://news.example/2024/05/22/harbour-strike/", "Harbour strike ends after a week", "related"
        ),
    }


def test_a_kicker_set_before_a_links_title_without_headings_is_not_run_into_it():
    """A teaser link with no heading that sets a label or kicker in an element of its own before its title
    (CBC's "CBC Investigates" over "Who is …", The Evening Standard's "Sponsored", after an icon) is read
    as a headline is: the kicker set apart from the title, never run into it ("CBC InvestigatesWho is …").
    """
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/21/quarter/'><span>Der aktuelle Stand</span><span>Neues Viertel nimmt Gestalt an"
        "</span></a>"
        "<a href='/2024/05/22/harbour-strike/'><svg><path d='M0'/></svg><span>Sponsored</span><span>First look"
        " at the new harbour homes</span></a></div>"
    )
    titles = related_titles(html)
    assert titles == {
        "Der aktuelle Stand: Neues Viertel nimmt Gestalt an",
        "Sponsored: First look at the new harbour homes",
    }
    # (FAZ sets the kicker and its icon in a box Tailwind hides only while it is empty: "empty:hidden".)
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/21/prisoners/'><!--[--><div class='flex empty:hidden'><svg><path d='M0'/></svg>"
        "<span class='text-grey-300'>Unterdrückung in Russland</span></div><div class='text-grey'>Die "
        "Gesichter der politischen Gefangenen</div><!--]--></a></div>"
    )
    assert related_titles(html) == {"Unterdrückung in Russland: Die Gesichter der politischen Gefangenen"}
    # (An icon's inline style in the link is still no text of its title: WIVB's video badge.)
    icon = (
        "<div class='image-wrapper'><span aria-hidden='true' class='mediaicon'><span><svg><defs><style>"
        ".cls-3{fill:#fff}</style></defs><path d='M0'/></svg></span><span>Video</span></span></div>"
    )
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article><div class='related-posts'><h3>Related Posts</h3>"
        f"<a href='/2024/05/21/webcam/'>{icon}</a></div>"
    )
    assert related_titles(html) == {"Video"}


def test_a_most_read_cards_title_is_its_innermost_title_element_completed_from_the_links_title():
    """A "most viewed" card names its title twice, a wrapper around the rank's number and the title
    itself ("item_wrapper_title" > "item_index", "item_title"): the title is the innermost, without the
    rank ("1Hanks' sweet letter ..."). Where the card cuts the title short ("... aus Angst vor...") and
    the link's title attribute holds all of it, the title is whole; a title whose own last word is an
    ellipsis keeps it, not the date the attribute adds."""
    card = (
        "<a href='/2024/05/2{n}/{slug}/' title='{whole}'><div class='list-item_wrapper_title'>"
        "<div class='list-item_index'>{n}</div><div class='list-item_title'><span class='ts-overline'>"
        "Berlin</span><span class='ts-headline'>{shown}</span></div></div></a>"
    )
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article><aside><h5>Meistgelesen</h5>"
        + card.format(
            n=1,
            slug="kitas",
            whole="Kitas schicken Kinder mit Schnupfen nach Hause",
            shown="Kitas schicken Kinder mit...",
        )
        + card.format(
            n=2,
            slug="snowman",
            whole="Und es gibt doch einen Schneemann… (21. Dezember 2006)",
            shown="Und es gibt doch einen Schneemann…",
        )
        + "</aside>"
    )
    assert related_titles(html) == {
        "Kitas schicken Kinder mit Schnupfen nach Hause",
        "Und es gibt doch einen Schneemann…",
    }
    # (The title element is read as a headline is: a kicker in it is set apart, not run into the title.)
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article><aside><h5>Meistgelesen</h5>"
        "<a href='/2024/05/22/harbour/'><div class='card-title'><span class='kicker'>Port</span>"
        "<span>Harbour strike ends after a week</span></div></a></aside>"
    )
    assert related_titles(html) == {"Port: Harbour strike ends after a week"}


def test_a_more_label_after_a_teasers_title_in_its_link_is_no_part_of_the_title():
    """WDR's related links end with "<span>|</span> <strong>mehr</strong>" after the title: the label
    goes; a title that ends in the word "more" without a separator keeps it."""
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article><div class='related-posts'><h3>Weitere Beiträge</h3>"
        "<ul><li><a href='/2024/05/21/ki/'><span>Verfassungsschutzchef fordert KI-Einsatz</span> <span>|</span>"
        " <strong>mehr</strong></a></li><li><a href='/2024/05/22/harbour/'>Harbour strike ends » Read more</a>"
        "</li><li><a href='/2024/05/23/pay/'>Nurses ask for more</a></li></ul></div>"
    )
    assert related_titles(html) == {
        "Verfassungsschutzchef fordert KI-Einsatz",
        "Harbour strike ends",
        "Nurses ask for more",
    }


def test_a_kicker_inside_a_teasers_heading_is_set_apart_as_in_the_headline():
    """A kicker written inside the title's heading ("<h2><span class=overtitle>Kicker</span>Title</h2>")
    is read as the story's own headline reads it ("Kicker: Title"), not run into the title; a paywall's
    badge there ("<span class=teaser__premium>Abo</span>") is no part of it."""
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/21/quarter/'><h2 class='post-teaser__title'><span class='post-teaser__overtitle'>"
        "Der aktuelle Stand</span>Neues Viertel nimmt Gestalt an</h2></a>"
        "<a href='/2024/05/22/harbour-strike/'><h3><span class='teaser__premium'>Abo</span>"
        "Harbour strike ends after a week</h3></a></div>"
    )
    assert related(html) == {
        RelatedLink(
            "https://news.example/2024/05/21/quarter/",
            "Der aktuelle Stand: Neues Viertel nimmt Gestalt an",
            "related",
        ),
        RelatedLink(
            "https://news.example/2024/05/22/harbour-strike/", "Harbour strike ends after a week", "related"
        ),
    }


def test_a_teaser_card_without_headings_gives_the_element_named_as_its_title():
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/21/pence-next/'><div class='listing__textblock'><div class='section'>Politics</div>"
        "<span class='listing__title'>Where does the former vice president go from here?</span>"
        "<p class='listing__text'><span class='listing__label'>Today's big question</span> He dropped his bid.</p>"
        "<p class='byline'>By Ann Lee</p></div></a>"
        "<a href='/2024/05/22/harbour-strike/'><span class='sub-heading'>Port:</span><br> Harbour strike ends after a week</a>"
        "</div>"
    )
    assert related(html) == {
        RelatedLink(
            "https://news.example/2024/05/21/pence-next/",
            "Where does the former vice president go from here?",
            "related",
        ),
        RelatedLink(
            "https://news.example/2024/05/22/harbour-strike/",
            "Port: Harbour strike ends after a week",
            "related",
        ),
    }


def test_a_label_only_previous_link_takes_the_title_wordpress_gives_in_the_head():
    html = (
        "<html><head><title>t</title>"
        "<link rel='prev' title='Blue sky over the harbour' href='https://news.example/2024/05/16/blue-sky/'>"
        "</head><body>"
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<nav class='post-navigation'><span class='nav-previous'>"
        "<a href='/2024/05/16/blue-sky/' rel='prev'>Previous <span>Post</span></a></span></nav>"
        "</body></html>"
    )
    assert related(html) == {
        RelatedLink("https://news.example/2024/05/16/blue-sky/", "Blue sky over the harbour", "previous")
    }


def test_an_icons_inline_style_is_no_text_of_a_related_title():
    icon = "<svg><style>.cls-3{fill:#fff;fill-rule:evenodd}</style><path d='M0 0'/></svg>"
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        f"<a href='/2024/05/21/daytime-show/'>{icon} Video</a><h4><a href='/2024/05/21/daytime-show/'>Daytime show: May 21</a></h4>"
        "</div>"
    )
    assert related(html) == {
        RelatedLink("https://news.example/2024/05/21/daytime-show/", "Daytime show: May 21", "related")
    }


def test_a_paragraph_that_is_only_a_block_label_labels_its_teasers_like_a_heading():
    html = page(
        "<article><h1>T</h1><div class='body'>"
        "<p>The first paragraph of the story is long enough to count as real running text on any page.</p>"
        "<div class='section-teaser'><p class='section-teaser__title'>Mehr zum Thema</p>"
        "<div class='teaser'><a href='/2024/05/10/cellar-fire/'><p class='kicker'>Junk in flames</p>"
        "<h3>Cellar fire brings the brigade to the city centre</h3></a></div></div>"
        "<p>A second paragraph adds more words, so that the story container clearly holds the most text.</p>"
        "<p>Mehr zum Thema Brandschutz lesen Sie in unserer Serie, die nächste Woche beginnt und lange läuft.</p>"
        "</div></article>"
    )
    article = extract(html, URL)
    assert "Junk in flames" not in article.body and "\nMehr zum Thema\n" not in f"\n{article.body}\n"
    assert "Mehr zum Thema Brandschutz lesen Sie" in article.body
    assert set(article.related) == {
        RelatedLink(
            "https://news.example/2024/05/10/cellar-fire/",
            "Cellar fire brings the brigade to the city centre",
            "related",
        )
    }


FIRST = "The first paragraph of the story is long enough to count as real running text on any page."
SECOND = "A second paragraph adds more words, so that the story container clearly holds the most text."


def test_a_paragraph_that_is_only_a_label_in_bold_labels_its_teaser():
    """ "<p><strong>Lue myös:</strong></p>" before a teaser's link in the story's text (Uusi Suomi) is a
    label as the bare text would be; the story resumes with a paragraph of its class. A sentence that
    opens in bold with the label's words stays story."""
    sentence = "<p class='text'><strong>Lesen Sie auch</strong> die Stellungnahme des Bürgermeisters im Wortlaut.</p>"
    html = page(
        "<article><h1>T</h1><div class='body'>"
        f"<p class='text'>{FIRST}</p><p class='subheading'><strong>Lue myös:</strong></p>"
        "<div><div><a href='/uutiset/2024/05/10/budget/'>The budget talks in Brussels begin anew</a></div></div>"
        f"<p class='text'>{SECOND}</p>{sentence}</div></article>"
    )
    article = extract(html, URL)
    assert article.body == "\n\n".join(
        [FIRST, SECOND, "Lesen Sie auch die Stellungnahme des Bürgermeisters im Wortlaut."]
    )
    assert RelatedLink(
        "https://news.example/uutiset/2024/05/10/budget/",
        "The budget talks in Brussels begin anew",
        "related",
    ) in set(article.related)


def test_same_url_in_navigation_and_widget_keeps_the_strongest_relation():
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<nav class='post-navigation'><a rel='prev' href='/2024/05/15/the-previous-one/'>The previous one</a></nav>"
        "<aside><h2>Recent Posts</h2><ul><li><a href='/2024/05/15/the-previous-one/'>The previous one</a></li>"
        "<li><a href='/2024/05/19/another/'>Another</a></li><li><a href='/2024/05/20/third/'>Third</a></li></ul></aside>"
    )
    got = extract(html, URL).related
    assert got[0] == RelatedLink(
        "https://news.example/2024/05/15/the-previous-one/", "The previous one", "previous"
    )
    assert {link.relation for link in got[1:]} == {"latest"}
    assert len(got) == 3


def test_today_bar_go_to_top_and_author_box_are_excluded():
    html = page(
        "<div class='bar'><span>Today: July 21, 2024</span></div>"
        f"<article><h1>T</h1><div class='byline'>By <a href='/author/ann/'>Ann Lee</a></div><div class='c'>{STORY}</div>"
        "<div class='about-me'><h4>Ann Lee</h4><p>Ann Lee has covered the harbour for twenty years and writes"
        " about shipping, trade and the people who work on the docks.</p></div></article>"
        "<a href='#' class='up'>Go to Top</a>"
    )
    p = marked(html)
    today = p.tree.xpath("//span[starts-with(., 'Today')]")[0]
    top = p.tree.xpath("//a[@class='up']")[0]
    byline = p.tree.xpath("//div[@class='byline']")[0]
    assert p.is_excluded(today) and p.is_excluded(top)
    assert not p.is_excluded(byline)
    assert extract(html, URL).body == STORY_TEXT


def test_author_box_with_an_author_class_is_excluded_but_a_byline_is_not():
    html = page(
        f"<article><h1>T</h1><div class='post-author-name'>By <a href='/author/ann/'>Ann Lee</a></div>"
        f"<div class='c'>{STORY}</div><div class='post-author'><h5>Ann Lee</h5><p>Ann Lee has covered the"
        " harbour for twenty years and writes about shipping, trade and dock workers.</p></div></article>"
    )
    p = marked(html)
    assert not excluded(p, "//div[@class='post-author-name']")
    assert excluded(p, "//div[@class='post-author']")


def test_story_footer_with_the_date_line_is_not_furniture_but_the_site_footer_is():
    html = page(
        f"<div id='wrap'><main><div class='post'><h1>T</h1><div class='post-body'>{STORY}</div>"
        "<div class='post-footer'>Published on 17 May 2024 by Ann Lee</div></div></main>"
        "<div class='site-footer'>© 2024 News Example</div></div>"
    )
    p = marked(html)
    assert not excluded(p, "//div[@class='post-footer']")
    assert excluded(p, "//div[@class='site-footer']")


def test_a_header_named_as_the_storys_is_not_furniture_wherever_it_hangs():
    """WELT sets the story's header ("c-article-header": headline, byline) in a <header> beside the text's
    column, a level too far from the text to count as its neighbour; its name says whose it is. A header
    block named only as a header there stays the site's."""
    html = page(
        "<main><div class='c-article-page'><div class='c-article-page__content'>"
        "<header class='c-article-page__container'><div class='c-article-header'><h2>Voigt und Höcke</h2>"
        "<em class='c-article-header__author-by'>Von <a href='/autor/ulrich-exner/'>Ulrich Exner</a></em>"
        "</div><div class='header-bar'>Today: 17 May 2024</div></header>"
        f"<div class='c-article-page__container'><div class='c-article-page__text'>{STORY}</div></div>"
        "</div></div></main>"
    )
    p = marked(html)
    assert not excluded(p, "//div[@class='c-article-header']")
    assert excluded(p, "//div[@class='header-bar']")
    assert extract(html, URL).authors == ["Ulrich Exner"]


def test_a_page_wrapped_in_one_form_keeps_its_story():
    html = page(f"<form id='aspnetForm'><div class='content'><h1>T</h1><div>{STORY}</div></div></form>")
    assert extract(html, URL).body == STORY_TEXT


def test_post_classes_describing_the_story_do_not_exclude_it():
    html = page(
        "<article class='post-1 post type-post tag-trending tag-related category-popular'>"
        f"<h1>T</h1><div class='entry-content'>{STORY}</div></article>"
    )
    assert extract(html, URL).body == STORY_TEXT


def test_unlabelled_teaser_grid_outside_the_story_is_excluded():
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article><div class='grid'>{teasers(3)}</div>"
    )
    p = marked(html)
    grid = p.tree.xpath("//div[@class='grid']")[0]
    assert p.is_excluded(grid)
    assert extract(html, URL).body == STORY_TEXT


def test_captions_are_not_body():
    html = page(
        "<article><h1>T</h1><div class='entry-content'>"
        f"{STORY}<figure><img src='a.jpg'><figcaption>Photo: Someone / Agency</figcaption></figure>"
        "<div class='wp-caption'><img src='b.jpg'><p class='wp-caption-text'>The harbour. (Credit: X)</p></div>"
        "</div></article>"
    )
    assert extract(html, URL).body == STORY_TEXT


def test_articlebody_hint_picks_the_container():
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", '
        '"articleBody": "A second paragraph adds more words, so that the story container clearly holds"}'
        f"</script></head><body><div class='a'>{STORY}</div><div class='b'><p>Other text.</p></div></body></html>"
    )
    assert extract(html, URL).body == STORY_TEXT


def test_elementor_wrappers_are_not_widgets_but_their_widget_types_tell():
    html = page(
        "<div class='elementor elementor-location-single'>"
        "<div class='elementor-widget elementor-widget-theme-post-title'><div class='elementor-widget-container'><h1>T</h1></div></div>"
        "<div class='elementor-widget elementor-widget-post-info'><div class='elementor-widget-container'>"
        "By <a href='/author/ann/'>Ann Lee</a> <span>May 17, 2024</span></div></div>"
        f"<div class='elementor-widget elementor-widget-theme-post-content'><div class='elementor-widget-container'>{STORY}</div></div>"
        "<div class='elementor-widget elementor-widget-share-buttons'><div class='elementor-widget-container'>"
        "<a href='https://facebook.com/sharer'>Share</a></div></div></div>"
    )
    p = marked(html)
    assert not excluded(p, "//div[contains(@class, 'post-info')]")
    assert excluded(p, "//div[contains(@class, 'share-buttons')]")
    assert extract(html, URL).body == STORY_TEXT


def test_underscored_theme_class_names_and_check_also():
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article>"
        "<div class='tdb_single_next_prev'><a href='/2024/05/15/the-previous-one/'><span>Previous article</span>"
        "The previous one</a></div>"
        "<div id='check-also-box'><h4>Check Also</h4><h3><a href='/2024/05/30/also-this/'>Also this story</a></h3></div>"
    )
    assert related(html) == {
        RelatedLink("https://news.example/2024/05/15/the-previous-one/", "The previous one", "previous"),
        RelatedLink("https://news.example/2024/05/30/also-this/", "Also this story", "related"),
    }


def test_read_more_and_read_next_blocks_are_related_stories():
    """Ghost's Casper sets its related cards in an unheaded "read-more-wrap" <aside>; tabloids box their
    in-story teasers as "read-more-container", news sites the next story as "read-next". Their links are
    related stories, their titles no body."""
    ghost = (
        f"<article><h1>T</h1><section class='gh-content'>{STORY}</section></article>"
        "<aside class='read-more-wrap outer'><div class='read-more inner'><article class='post-card post'>"
        "<a class='post-card-content-link' href='/ferry-fares-rise/'><header class='post-card-header'>"
        "<h2 class='post-card-title'>Ferry fares rise in June</h2></header>"
        "<div class='post-card-excerpt'>Operators blame fuel.</div></a></article></div></aside>"
    )
    assert related(ghost) == {
        RelatedLink("https://news.example/ferry-fares-rise/", "Ferry fares rise in June", "related")
    }
    boxed = page(
        "<article><h1>T</h1><div class='c'><p>The first paragraph of the story is long enough to count as real"
        " running text on any page.</p><div class='read-more-container'><div class='read-more-teaser'>"
        "<a href='/2024/05/01/earlier-story/'>An earlier story on the same singer</a></div></div>"
        f"{STORY}</div></article>"
    )
    article = extract(boxed, URL)
    assert "earlier story" not in (article.body or "")
    assert (
        RelatedLink(
            "https://news.example/2024/05/01/earlier-story/", "An earlier story on the same singer", "related"
        )
        in article.related
    )


def test_a_navigation_label_after_the_title_inside_the_link_is_no_part_of_it():
    """Joomla writes the title for screen readers first and the visible label after it, without a space
    ("<span class=visually-hidden>Nächster Beitrag: Title</span><span>Weiter</span>")."""
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article>"
        '<nav class="pagenavigation"><span class="pagination">'
        '<a class="previous" href="/aktuelles/122-faehrpreise" rel="prev"><span class="visually-hidden">'
        'Vorheriger Beitrag: Fährpreise steigen im Juni</span><span class="icon-chevron-left"></span> '
        "<span>Zurück</span></a>"
        '<a class="next" href="/aktuelles/124-kranfahrer" rel="next"><span class="visually-hidden">Nächster'
        " Beitrag: Kranfahrer fordern mehr Pausen</span><span>Weiter</span></a></span></nav>"
    )
    assert related(html) == {
        RelatedLink(
            "https://news.example/aktuelles/122-faehrpreise", "Fährpreise steigen im Juni", "previous"
        ),
        RelatedLink(
            "https://news.example/aktuelles/124-kranfahrer", "Kranfahrer fordern mehr Pausen", "next"
        ),
    }


def test_a_read_more_links_title_hidden_for_screen_readers_is_its_title():
    """A teaser's "read more" link shows only its label and hides the title for screen readers beside it
    (SimplyScience: "weiter<span class=invisible>Warum wird das Erdöl knapp?</span>", WordPress: "Continue
    reading<span class=screen-reader-text> “Title”</span>"): the hidden words are the title."""
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article><div class='related-posts'><h3>Related"
        " Posts</h3><div class='teaser'><a class='more' href='/2024/05/21/erdoel-knapp/'>weiter<div "
        "class='arrow'></div><span class='invisible'>Warum wird das Erdöl knapp?</span></a></div><div "
        "class='teaser'><a class='more' href='/2024/05/22/fossilien/'>Continue reading<span "
        "class='screen-reader-text'> “Was erzählen uns Fossilien?”</span></a></div></div>"
    )
    assert related_titles(html) == {
        "Warum wird das Erdöl knapp?",
        "Was erzählen uns Fossilien?",
    }


def test_a_link_laid_over_its_card_takes_the_cards_title():
    """MIXED's "most commented" cards lay an empty link over the card ("<a class=trending-link>&nbsp;</a>")
    beside the title ("<div class=title>Title<span>34</span></div>"): the card's title, without the
    comment count, is the link's; a label the card repeats ("Mehr zu") is none."""
    card = (
        "<div class='trending-bar'><a class='trending-link' href='/2024/05/2{n}/{slug}/#comments'>&nbsp;</a>"
        "<div class='title'>{title}<span class='trending-numb'><span class='numcount'>34</span></span></div></div>"
    )
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article><div class='related-posts'><h3>Related"
        " Posts</h3>"
        + card.format(n=1, slug="half-life", title="Half-Life: Alyx – Release, Gameplay und alle Infos")
        + "<div class='card'><a class='overlay' href='/2024/05/22/katzen/'>&nbsp;</a><h4>Mehr zu</h4></div>"
        + "</div>"
    )
    assert {(link.url, link.title) for link in related(html)} == {
        ("https://news.example/2024/05/21/half-life/", "Half-Life: Alyx – Release, Gameplay und alle Infos"),
        ("https://news.example/2024/05/22/katzen/", None),
    }


def test_a_links_count_of_comments_is_no_related_story():
    """ComputerBase lists each related story with a link to its forum thread, "86 Kommentare": the
    thread is no story; the story's own link is."""
    item = "<li><a href='/2019-06/{slug}/'>{title}</a> <a href='/forum/threads/{slug}.1868/'>{count}</a></li>"
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article><div class='related-posts'><h3>Ähnliche"
        " Themen</h3><ul>"
        + item.format(slug="zero-rating", title="Zero-Rating für Messenger ist da", count="86 Kommentare")
        + item.format(slug="iphone-2020", title="Apple setzt auf 5G", count="133 comments")
        + "</ul></div>"
    )
    assert related_titles(html) == {
        "Zero-Rating für Messenger ist da",
        "Apple setzt auf 5G",
    }


def test_a_themes_own_label_element_in_a_previous_next_link_is_no_part_of_the_title():
    """The Zox News theme labels its previous/next links in an element of their own whatever the words
    ("<span class=mvp-prev-next-label>Don't Miss</span><p>Title</p>", "Up Next"): not run into the title."""
    link = (
        '<div class="mvp-{kind}-post-wrap"><a href="/2024/05/{slug}/" rel="bookmark"><div class="mvp-{kind}-cont">'
        '<span class="mvp-{kind}-arr fa"></span><div class="mvp-prev-next-text"><span class="mvp-prev-next-label">'
        "{label}</span><p>{title}</p></div></div></a></div>"
    )
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div><div id='mvp-prev-next-wrap'>"
        + link.format(kind="next", slug="journalist", label="Up Next", title="French journalist expelled")
        + link.format(kind="prev", slug="drone-strikes", label="Don't Miss", title="Drone strikes reported")
        + "</div></article>"
    )
    assert {(link.title, link.relation) for link in related(html)} == {
        ("French journalist expelled", "next"),
        ("Drone strikes reported", "previous"),
    }


@pytest.mark.parametrize(("newer", "older"), [("Newer Post", "Older Post"), ("Neuerer Post", "Älterer Post")])
def test_bloggers_pager_gives_the_next_and_previous_posts_without_a_title(newer, older):
    """Blogger's pager links the newer post as the next one and the older as the previous, labelled in
    the blog's language, with the label again as the link's title attribute: no title of the post."""
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article>"
        '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link">'
        f'<a class="blog-pager-newer-link" href="/2024/05/ferry-fares.html" title="{newer}">{newer}</a></span>'
        '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2024/05/crane-drivers.html"'
        f' title="{older}">{older}</a></span><a class="home-link" href="/">Home</a></div>'
    )
    assert related(html) == {
        RelatedLink("https://news.example/2024/05/crane-drivers.html", None, "previous"),
        RelatedLink("https://news.example/2024/05/ferry-fares.html", None, "next"),
    }


def test_a_teasers_linked_excerpt_does_not_outtitle_its_title_link():
    """A card links its title, then its excerpt (a paragraph's sentences, longer): the title is the title."""
    card = (
        "<li><a href='/nutrition/best-ways-to-burn-fat-fast'>The 14 Best Ways to Burn Fat Fast</a>"
        "<p><a href='/nutrition/best-ways-to-burn-fat-fast'>Whether you are looking to improve your health or lose weight, burning"
        " off extra fat can be hard. These are the 14 best ways to burn fat.</a></p>"
        "<a href='/nutrition/best-ways-to-burn-fat-fast'>READ MORE</a></li>"
    )
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article>"
        f"<div id='read-next'><h3>Read this next</h3><ul>{card}</ul></div>"
    )
    assert related(html) == {
        RelatedLink(
            "https://news.example/nutrition/best-ways-to-burn-fat-fast",
            "The 14 Best Ways to Burn Fat Fast",
            "related",
        )
    }


def test_malformed_links_are_skipped_not_fatal():
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='post-navigation'><a rel='prev' href='http://[::1'>Broken</a>"
        "<a rel='next' href='javascript:void(0)'>Script</a><a rel='next' href='/2024/05/18/the-next-one/'>The next one</a></div>"
    )
    assert extract(html, URL).related == [
        RelatedLink("https://news.example/2024/05/18/the-next-one/", "The next one", "next")
    ]


def test_the_search_boxs_bar_is_the_short_block_around_it():
    """The bar holding the search box and a date is furniture; the block above it, long, is not marked
    with it (an old table layout sets the box in the row with the story's own date line)."""
    search = "<form action='/search'><input type='search' name='q'></form>"
    notes = "<p>" + "Notes from the editors on the week in the harbour and on the docks. " * 3 + "</p>"
    html = page(
        f"<div class='col'><div class='bar'>{search}<span>09.01.2014</span></div>"
        f"<span class='posted'>Posted 08.01.2014</span>{notes}</div>"
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article>"
    )
    p = marked(html)
    bar, column = p.tree.xpath("//div[@class='bar']")[0], p.tree.xpath("//div[@class='col']")[0]
    assert p.is_excluded(bar)
    assert not p.is_excluded(column)
    newsletter = html.replace("<input type='search' name='q'>", "<input type='email' name='email'>")
    newsletter = newsletter.replace("/search", "/newsletter")
    signup = marked(newsletter)
    assert not signup.is_excluded(signup.tree.xpath("//div[@class='bar']")[0])


@pytest.mark.parametrize(
    "greeting", ["Willkommen <b>Gast</b>", "Приветствую Вас <b>Гость</b>", "Welcome, <b>Guest</b>!"]
)
def test_a_bar_that_greets_the_visitor_shows_the_day_of_the_visit(greeting):
    """uCoz's header greets the guest beside the time of the visit ("Samstag, 2016-10-08, 0:26 AM"); a
    line that names a guest without greeting one (a forum post's "12.05.2010 <b>Gast</b>") is not that."""
    html = page(
        f"<table><tr><td class='top'>Samstag, 2016-10-08, 0:26 AM<br/><!--<s5212>-->{greeting} | <a href='/rss/'>RSS</a></td></tr></table>"
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article>"
    )
    p = marked(html)
    assert p.is_excluded(p.tree.xpath("//td[@class='top']")[0])
    plain = marked(html.replace(greeting, "12.05.2010 <b>Gast</b>"))
    assert not plain.is_excluded(plain.tree.xpath("//td[@class='top']")[0])


def test_today_bar_with_a_time_element_is_excluded():
    html = page(
        "<div class='bar'><div class='d'>Today: <time datetime='2024-07-21'>July 21, 2024</time></div></div>"
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article>"
    )
    p = marked(html)
    assert excluded(p, "//time")


def test_a_carousel_with_next_arrows_is_not_previous_next_navigation():
    slides = "".join(
        f"<div class='slide'><a href='/2024/05/{10 + i}/slide-story-{i}/'>Slide story number {i}</a>"
        f"<a href='/2024/05/{10 + i}/slide-story-{i}/'>2 min</a></div>"
        for i in range(4)
    )
    html = page(
        f"<article><h1>T</h1><div class='c'>{STORY}</div></article>"
        f"<div class='carousel-next-prev'><div class='carousel-next'>{slides}</div></div>"
    )
    got = extract(html, URL).related
    assert len(got) == 4
    assert {link.relation for link in got} == {"latest"}
    assert {link.title for link in got} == {f"Slide story number {i}" for i in range(4)}


def test_url_variants_of_one_story_are_one_related_link_and_the_page_itself_is_none():
    html = page(
        f"<article><h1>T</h1><div>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/20/one-story/?utm_source=related&amp;utm_medium=web'>One story</a>"
        "<a href='http://news.example/2024/05/20/one-story'>One story again</a>"
        "<a href='https://www.news.example/2024/05/20/one-story/amp/'>One story, AMP</a>"
        "<a href='/2024/05/17/story/?utm_campaign=x#comments'>This story</a></div>"
    )
    got = extract(html, URL).related
    assert len(got) == 1 and got[0].relation == "related"
    assert got[0].url == "https://news.example/2024/05/20/one-story/"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Čtěte také", "related"),
        ("Kapcsolódó cikkek", "related"),
        ("Läs också", "related"),
        ("Relaterte saker", "related"),
        ("Διαβάστε επίσης", "related"),
        ("İlgili Haberler", "related"),
        ("Читайте також", "related"),
        ("Czytaj więcej", "related"),
        ("Tin liên quan", "related"),
        ("ข่าวที่เกี่ยวข้อง", "related"),
        ("相關新聞", "related"),
        ("関連記事", "related"),
        ("관련기사", "related"),
        ("اقرأ أيضا", "related"),
        ("כתבות נוספות", "related"),
        ("यह भी पढ़ें", "related"),
        ("Nejčtenější", "latest"),
        ("Mest lest", "latest"),
        ("En çok okunanlar", "latest"),
        ("Самое читаемое", "latest"),
        ("热门新闻", "latest"),
        ("많이 본 뉴스", "latest"),
        ("الأكثر قراءة", "latest"),
        ("Předchozí článek", "navigation"),
        ("Næste artikel", "navigation"),
        ("Следующая статья", "navigation"),
        ("下一篇", "navigation"),
        ("المقال السابق", "navigation"),
        ("Kommentarer (3)", "boilerplate"),
        ("3 komentáře", "boilerplate"),
        ("Teilen", "boilerplate"),
        ("댓글", "boilerplate"),
        ("Reklam", "boilerplate"),
        ("Schlagworte", "boilerplate"),
    ],
)
def test_block_labels_in_the_languages_of_the_world(heading, kind):
    assert heading_kind(heading, exact=True) == kind


def test_words_that_label_a_block_only_as_the_whole_heading_stay_story_elsewhere():
    # "Share" and "comments" words open ordinary headlines and subheads too: only the whole heading counts.
    for heading in ("Teilen sich zwei Parteien die Macht?", "Del 2: Slik gikk det", "Tag der offenen Tür"):
        assert heading_kind(heading) is None


def test_a_japanese_related_block_after_the_story_is_related_and_no_part_of_it():
    html = page(
        f"<article><h1>港の計画が決定</h1><div class='honbun'>{STORY}</div></article>"
        f"<section><h2>関連記事</h2>{teasers(2, 'j')}</section>"
    )
    article = extract(html, URL)
    assert article.body == STORY_TEXT
    assert {(link.title, link.relation) for link in article.related} == {
        ("Teaser j0", "related"),
        ("Teaser j1", "related"),
    }
    assert article.published is not None and str(article.published) == "2024-05-17"  # the URL's, no teaser's


def test_a_teasers_date_inside_its_link_is_no_part_of_its_title():
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/01/alpha-story/'>Alpha story<b>2024-05-01</b></a>"
        "<a href='/2024/05/02/beta-story/'><h4>Beta story <span class='date'>02.05.2024</span></h4><p>Excerpt.</p></a>"
        "<a href='/2024/05/03/gamma-story/'><time datetime='2024-05-03'>May 3</time> Gamma story</a></div>"
    )
    assert related_titles(html) == {"Alpha story", "Beta story", "Gamma story"}
    # A number that is the title's own stays.
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/01/alpha-story/'>Top picks of <b>2024</b></a></div>"
    )
    assert related_titles(html) == {"Top picks of 2024"}


def test_wordpress_no_title_placeholder_is_no_title():
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        "<div class='related-posts'><h3>Related Posts</h3>"
        "<a href='/2024/05/01/21577-2/'>(no title)</a><a href='/2024/05/02/beta-story/'>Beta story</a></div>"
    )
    titles = {link.url.rsplit("/", 2)[-2]: link.title for link in related(html)}
    assert titles["beta-story"] == "Beta story"
    assert titles.get("21577-2") is None  # an untitled post's link is kept without a title, or dropped


def test_a_cards_heading_that_repeats_the_blocks_label_is_no_title():
    cards = "".join(
        f"<div class='ticker-item'><a href='/2024/05/0{i}/story-{i}/'><h5 class='label-mobile'>Latest</h5>"
        f"<em>{i}h ago</em><span>Story number {i} made the news today</span></a></div>"
        for i in range(1, 4)
    )
    html = page(
        f"<div class='post-latest'><h5>Latest</h5>{cards}</div>"
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
    )
    assert related_titles(html) == {f"Story number {i} made the news today" for i in (1, 2, 3)}


@pytest.mark.parametrize(
    ("names", "relation"),
    [
        ("noticias-relacionadas", "related"),
        ("articoli-correlati", "related"),
        ("box-mais-lidas", "latest"),
        ("widget_mas-vistos", "latest"),
        ("timeline similar col-3", "related"),
        ("similar-articles", "related"),
        ("container more-on-waldwissen", "related"),  # "more on <site>"
        ("recirc-list-wrapper", "latest"),  # a "recirculation" module: the site's other stories
    ],
)
def test_a_block_named_in_the_themes_language_gives_its_relation(names, relation):
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        f"<div class='{names}'>{teasers(2, 'w')}</div>"
    )
    assert {(link.title, link.relation) for link in related(html)} == {
        ("Teaser w0", relation),
        ("Teaser w1", relation),
    }
    assert extract(html, URL).body == STORY_TEXT


@pytest.mark.parametrize(
    "names", ["rating", "rating_wrapper", "article-rating", "post-ratings", "ratingContainer"]
)
def test_a_readers_rating_widget_in_the_story_is_no_story_text(names):
    """NDR's star rating under a podcast's transcript: its count and its answers ("Sie haben bereits
    abgestimmt.") are the widget's. A block named for something else that merely starts with the word
    ("rating_offers_sec_plugin", a plugin's list of offers) is not known by it."""
    widget = (
        f"<div class='{names}'><p><span>4,53</span> bei 4394 Bewertungen</p>"
        "<div class='panel'><p>Vielen Dank.</p></div><div class='panel'><p>Sie haben bereits abgestimmt.</p></div></div>"
    )
    html = page(f"<article><h1>T</h1><div class='c'>{STORY}{widget}</div></article>")
    assert extract(html, URL).body == STORY_TEXT
    assert names_kind("rating_offers_sec_plugin")[0] is None


def test_a_sign_in_wall_inside_the_story_is_no_story_text():
    """Postmedia sets its sign-in and subscription wall inside the story's block (hidden until the meter
    runs out): "article-content__sign-in-group" names it as "login" would."""
    wall = (
        "<div class='article-block article-content__sign-in-group hidden'><section><header>"
        "<p>Subscribe now to read the latest news in your city and across Canada.</p>"
        "<ul><li>Unlimited digital access to the Ottawa Citizen.</li><li>Ottawa Citizen ePaper.</li></ul>"
        "<p>Create an account or sign in to continue with your reading experience.</p></header></section></div>"
    )
    html = page(f"<article><h1>T</h1><div class='story-block'>{STORY}{wall}</div></article>")
    assert extract(html, URL).body == STORY_TEXT


def test_a_label_the_sites_name_closes_marks_its_block_inside_the_story():
    """The Nation sets "More from The Nation" and its teaser cards inside the story's <article>, where only
    an exact label counts: the site's name after the label ("More from") keeps it one. A subhead that
    goes on otherwise stays story."""
    cards = "".join(
        f"<div class='card'><h2><a href='/article/politics/story-{i}/'>Teaser number {i} about politics</a></h2>"
        f"<p class='dek'>The dek of teaser {i} sums up another story of the week.</p></div>"
        for i in (1, 2)
    )
    more = f"<section class='collections'><h2>More from <span>The Nation</span></h2>{cards}</section>"
    html = page(f"<article><h1>T</h1>{STORY}<div class='cta'>{more}</div></article>")
    url = "https://www.thenation.com/article/politics/the-story/"
    assert extract(html, url).body == STORY_TEXT
    assert {(link.title, link.relation) for link in extract(html, url).related} >= {
        ("Teaser number 1 about politics", "related"),
        ("Teaser number 2 about politics", "related"),
    }
    subhead = "<h2>More from the mayor on the vote</h2><p>The mayor spoke to two reporters at the count.</p>"
    html = page(f"<article><h1>T</h1>{STORY}{subhead}</article>")
    assert extract(html, url).body == "\n\n".join(
        [STORY_TEXT, "More from the mayor on the vote", "The mayor spoke to two reporters at the count."]
    )


def test_also_on_the_site_labels_its_links_inside_the_story():
    """gofeminin sets "Auch auf gofeminin.de" as a subhead among the story's paragraphs, over a paragraph of
    links in the story's own class: the site's name after "Auch auf" makes it a label, and the paragraph
    of links is its block, no resumed story. "Auch auf dem Land …" opens a subhead like any other."""
    links = (
        "<p class='standard'><a href='/abnehmen/warum-nehme-ich-nicht-ab-s4000679.html'>Warum nehme ich nicht ab?"
        "</a><br/><a href='/abnehmen/richtig-abnehmen-s1870887.html'>Endlich schlank mit acht Tipps</a></p>"
    )
    closing = (
        "<p class='standard'>A closing paragraph of the story explains what the diet costs in money.</p>"
    )
    story = "".join(f"<p class='standard'>{line}</p>" for line in STORY_TEXT.split("\n\n"))
    url = "https://www.gofeminin.de/abnehmen/schnell-abnehmen-s1234.html"
    html = page(
        f"<article><h1>T</h1><div class='c'>{story}<h2>Auch auf gofeminin.de</h2>{links}{closing}</div></article>"
    )
    article = extract(html, url)
    assert (
        article.body
        == STORY_TEXT + "\n\nA closing paragraph of the story explains what the diet costs in money."
    )
    assert {link.title for link in article.related} == {
        "Warum nehme ich nicht ab?",
        "Endlich schlank mit acht Tipps",
    }
    subhead = "<h2>Auch auf dem Land wächst die Sorge</h2>"
    html = page(f"<article><h1>T</h1><div class='c'>{story}{subhead}{closing}</div></article>")
    assert extract(html, url).body == "\n\n".join(
        [
            STORY_TEXT,
            "Auch auf dem Land wächst die Sorge",
            "A closing paragraph of the story explains what the diet costs in money.",
        ]
    )


@pytest.mark.parametrize(
    ("box", "title"),
    [
        ("<div id='ez-toc-container' class='ez-toc-v2_0'>", "<p class='ez-toc-title'>Inhaltsverzeichnis</p>"),
        ("<div id='toc_container' class='toc_white'>", "<p class='toc_title'>Inhaltsverzeichnis</p>"),
        ("<div id='toc' class='toc'>", "<div class='toctitle'><h2>Contents</h2></div>"),
    ],
)
def test_a_table_of_contents_is_no_story_text(box, title):
    """A post's table of contents (its plugins' and MediaWiki's names) is the page's own anchors: its title
    is no line of the story. A section the contents point to ("TOC_TITLE_1") is the story's."""
    contents = f"{box}{title}<ul><li><a href='#one'>One</a></li><li><a href='#two'>Two</a></li></ul></div>"
    section = (
        "<div id='TOC_TITLE_1'><h2>One</h2><p>The first section of the story explains the plan in detail.</p>"
        "<p>The second paragraph of the section tells what the plan costs the town and who pays.</p></div>"
    )
    html = page(f"<article><h1>T</h1><div class='entry-content'>{contents}{STORY}{section}</div></article>")
    assert extract(html, URL).body == "\n\n".join(
        [
            STORY_TEXT,
            "One",
            "The first section of the story explains the plan in detail.",
            "The second paragraph of the section tells what the plan costs the town and who pays.",
        ]
    )


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        ("comments-enabled", None),
        ("has-sidebar with-avatars", None),
        ("hasnt-headshot hasnt-bio", None),  # what the box lacks (the Washington Post's byline line)
        # WordPress's "Comments are closed." notice is a block of its own, not a modifier.
        ("no-comments", "boilerplate"),
        ("comments-closed", "boilerplate"),
    ],
)
def test_modifier_classes_name_no_block_but_a_comments_notice_does(names, kind):
    assert names_kind(names)[0] == kind


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        ("globalNav", "boilerplate"),  # Yahoo! Japan's site menu, whose "個人" item is named gnPriBylines
        ("global-nav", "boilerplate"),
        ("site-navigation", "boilerplate"),
        ("main-nav", "boilerplate"),
        ("gnav", "boilerplate"),
        ("post-nav", "navigation"),  # the previous/next links stay navigation
        ("news_nav news_pdate_c", None),  # a date line in a theme's info bar: "nav" alone names nothing
    ],
)
def test_the_sites_menu_is_named_by_its_place(names, kind):
    assert names_kind(names)[0] == kind


def test_a_byline_named_item_of_the_sites_menu_names_no_author() -> None:
    menu = '<div id="globalNav"><ul><li id="gnPriBylines"><a href="https://bylines.example/">Kojin</a></li></ul></div>'
    article = extract(page(menu + f"<article><h1>Hafenplan</h1><p>{STORY_TEXT}</p></article>"), URL)
    assert article.authors == []


@pytest.mark.parametrize(
    "notice", ["Comments are closed.", "Kommentare sind geschlossen.", "Les commentaires sont fermés."]
)
def test_a_comments_closed_notice_among_the_storys_paragraphs_is_not_body(notice):
    """WordPress prints the notice as a <p> where the comments would be, sometimes inside the content."""
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}<p class='no-comments'>{notice}</p></div></article>"
    )
    assert extract(html, URL).body == STORY_TEXT


def test_an_ad_or_comment_box_named_in_the_themes_language_is_not_body():
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}"
        "<div class='box-publicidad'><p>Compra ahora el nuevo coche eléctrico con un descuento especial.</p></div>"
        "<div class='comentarios'><p>Muy buen artículo, gracias por la información tan detallada.</p></div>"
        "</div></article>"
    )
    assert extract(html, URL).body == STORY_TEXT


def _link_items(links: list[tuple[str, str]]) -> str:
    """A list's items, one link each: (href, text)."""
    return "".join(f"<li><a href='{href}'>{text}</a></li>" for href, text in links)


def test_section_topic_and_author_pages_in_the_portals_languages_are_no_related_stories():
    listing = _link_items(
        [
            ("/news/kategorie/voegel/", "Vögel"),
            ("/aktuell/wirtschaft/thema/9-euro-ticket", "9-Euro-Ticket"),
            ("/autor/747/petra-lerchbaumer", "Petra Lerchbaumer"),
            (
                "/autoren/the-guardian/abtreibungsverbot-auf-den-philippinen-frauen-sterben",
                "A story filed under its author",
            ),
        ]
    )
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        f"<div class='related-posts'><h3>Related Posts</h3><ul>{listing}</ul></div>"
    )
    assert related_titles(html) == {"A story filed under its author"}


def test_feeds_affiliate_redirects_and_sign_up_forms_are_no_related_stories():
    """A widget's feed link ("?feed=rss2"), an affiliate's redirect ("/visit/bc-game-…", "/recommends/…")
    and a sign-up or log-in form (The Sun's "link.thesun.co.uk/join/…" titled "Newsletters") lead to no
    story, whatever their paths' words."""
    links = _link_items(
        [
            ("/blog/2016/?feed=rss2", "Subscribe to this blog"),
            ("/visit/bc-game-crypto-casino-review", "BC.Game"),
            ("/recommends/the-vpn-deal-of-the-week/", "The VPN we recommend"),
            ("https://link.news.example/join/5pl/sailthru-new-enter-email", "Newsletters"),
            ("/account/login/?return=/harbour-strike-ends-after-a-week/", "Log in to comment"),
            ("/harbour-strike-ends-after-a-week/", "Harbour strike ends"),
        ]
    )
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        f"<div class='related-posts'><h3>Related Posts</h3><ul>{links}</ul></div>"
    )
    assert related_titles(html) == {"Harbour strike ends"}


def test_month_archives_and_unrendered_template_links_are_no_stories():
    """A blog's "Archives" widget lists months ("/2010/08/"); a client-side template left unrendered
    links "{{link}}". Neither is a story; a story whose path holds a date still is."""
    widget = _link_items(
        [
            ("/2010/08/", "August 2010"),
            ("/2024/05/17/", "17. Mai 2024"),
            ("/news/{{link}}", "{{title}}"),
            ("/2024/05/17/harbour-strike-ends/", "Harbour strike ends"),
            ("/news/2019", "A story with a year-like id"),
        ]
    )
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        f"<aside class='widget'><h3>Recent Posts</h3><ul>{widget}</ul></aside>"
    )
    assert related_titles(html) == {"Harbour strike ends", "A story with a year-like id"}


def test_a_section_link_in_the_portals_language_names_the_section():
    html = page(
        f"<article><h1>T</h1><div class='entry-meta'><a href='/seccion/la-ciudad/'>La Ciudad</a></div>"
        f"<div class='entry-content'>{STORY}</div></article>"
    )
    assert extract(html, URL).section == "La Ciudad"


def test_a_read_more_teaser_box_inside_the_story_is_a_related_story_not_body():
    """rp.pl-style: a "Czytaj więcej" ("Read more") box between the story's paragraphs, its label a <p>."""
    paragraphs = "".join(
        f"<p>Akapit {n}: rząd przedstawił w poniedziałek nowy plan budowy portu w Gdańsku i jego koszty.</p>"
        for n in range(1, 5)
    )
    html = (
        "<html><head><title>Plan budowy portu</title></head><body><article><h1>Plan budowy portu</h1>"
        f"<div class='body'>{paragraphs}<div class='content--excerpt'><div><p class='subtitle'>Czytaj więcej</p>"
        "</div><div class='article'><a href='/kraj/art1-port-w-gdyni'><p>Port w Gdyni czeka na decyzję</p></a>"
        f"</div></div>{paragraphs}</div></article></body></html>"
    )
    article = extract(html, "https://gazeta.example/kraj/art2-plan-portu")
    assert "Czytaj więcej" not in article.body
    assert "Port w Gdyni" not in article.body
    assert [(link.title, link.relation) for link in article.related] == [
        ("Port w Gdyni czeka na decyzję", "related")
    ]


def test_a_cards_category_heading_over_its_title_is_not_the_related_storys_title():
    """A card may set its category as a higher heading than its title ("<h2 class='…__category'>Lifestyle
    </h2><h3 class='…__title'>…</h3>"); the title is the related story's title all the same."""
    cards = "".join(
        f"<a href='/story-{i}/' class='article-image-top'><h2 class='article-image-top__category'>Sport</h2>"
        f"<h3 class='article-image-top__title'>Story number {i} made the news today</h3></a>"
        for i in range(3)
    )
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        f"<div class='related-posts'>{cards}</div>"
    )
    assert related_titles(html) == {f"Story number {i} made the news today" for i in range(3)}


@pytest.mark.parametrize("more", ["もっと見る", "查看更多", "더보기"])
def test_a_see_more_link_in_east_asian_languages_names_no_related_story(more):
    html = page(
        f"<article><h1>T</h1><div class='entry-content'>{STORY}</div></article>"
        f"<div class='related-posts'>{teasers(2, 'r')}<a href='/company/9812/releases'>{more}</a></div>"
    )
    assert related_titles(html) == {"Teaser r0", "Teaser r1"}


def test_a_teaser_card_between_the_storys_paragraphs_is_inline_related_not_body() -> None:
    """A card set in the story's column gives its title as a heading that is a link or sits in one:
    another story, inline related, with its kicker and excerpt out of the body. A subhead with a link
    inside it is the story's own, and a heading that links two words ("Harbour pictures") names no
    story (a gallery, a video)."""
    cards = (
        "<div class='preview'><a href='/2024/05/16/ferry-fares/'><span>Analyse</span>"
        "<h3>Ferry fares will rise in June</h3><p>The operators blame fuel.</p></a></div>"
        "<h3><a href='/2024/05/15/dredging-plan/'>The dredging plan explained in full</a></h3>"
    )
    own = (
        "<h3>Who pays for the <a href='/thema/flood/'>flood</a> barrier</h3>"
        "<h3><a href='/2024/05/14/harbour-pictures/'>Harbour pictures</a></h3>"
    )
    after = "<p>The council will decide on the barrier's cost at its next meeting in the town hall.</p>"
    html = page(f"<article><h1>T</h1><div class='entry-content'>{STORY}{cards}{own}{after}</div></article>")
    article = extract(html, URL)
    assert set(article.related) == {
        RelatedLink(
            "https://news.example/2024/05/16/ferry-fares/", "Ferry fares will rise in June", "related"
        ),
        RelatedLink(
            "https://news.example/2024/05/15/dredging-plan/", "The dredging plan explained in full", "related"
        ),
    }
    text = article.body or ""
    assert "Who pays for the flood barrier" in text
    assert "Ferry" not in text and "fuel" not in text and "Analyse" not in text and "dredging" not in text


def test_a_subhead_that_links_to_its_own_anchor_is_the_storys_not_a_teaser() -> None:
    """Themes make each subhead a link to itself ("<h2 id=costs><a href=#costs>…</a></h2>") for readers
    to share the section: no other story, and the subhead stays in the body."""
    subheads = (
        "<h2 id='costs'><a href='#costs'>What the new barrier will cost</a></h2>"
        "<p>The council put the cost at forty million over six years, to be paid from the port's fees.</p>"
        "<a href='#timeline'><h2 id='timeline'>When the building work will start</h2></a>"
        "<p>Work is to start in the spring, once the last permits from the regional authority are in.</p>"
    )
    article = extract(
        page(f"<article><h1>T</h1><div class='entry-content'>{STORY}{subheads}</div></article>"), URL
    )
    assert article.related == []
    text = article.body or ""
    assert "What the new barrier will cost" in text and "When the building work will start" in text


def test_an_id_that_is_an_address_names_no_block() -> None:
    """A live blog's wrapper with the page's URL as its id ("…-latest-updates-4537334") is the story, not a
    "latest" teaser block, though the slug's words are in the vocabulary; a class of those words still is."""
    url = "https://sports.example/cricket/india-vs-sri-lanka-live-score-latest-updates-4537334"
    assert names_kind(url)[0] is None
    assert names_kind("/cricket/latest-updates")[0] is None
    assert names_kind("latest-updates")[0] is not None
    parsed = marked(page(f"<h1>Live</h1><div id='{url}'>{STORY}</div>"))
    assert not excluded(parsed, "//p")
    assert extract(page(f"<h1>Live</h1><div id='{url}'>{STORY}</div>"), URL).body == STORY_TEXT
