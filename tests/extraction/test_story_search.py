# ruff: noqa: E501  (HTML snippets read best as whole lines)
"""Where the story sits: the container `story_search` finds on small, realistic pages, and what it
protects around it. Each page holds a rival for the container (a sidebar, teasers, comments, a bio), so a
wrong pick fails."""

from __future__ import annotations

from lxml import etree

from crawler.extraction import extract
from crawler.extraction.blocks import mark_non_story_blocks
from crawler.extraction.page import Page, parse_page
from crawler.extraction.story_search import StoryPlace, find_story_place, own_text, paragraph_text

URL = "https://news.example/2024/05/17/harbour-plan/"
SENTENCE = "The city council voted on Tuesday evening to approve the new harbour plan after a long debate. "


def story(paragraphs: int = 4) -> str:
    return "".join(f"<p>{SENTENCE * 2}Paragraph {i} ends here.</p>" for i in range(paragraphs))


def place_of(html: str) -> tuple[Page, StoryPlace]:
    page = parse_page(html, URL)
    return page, find_story_place(page)


def names(el: etree._Element | None) -> str:
    """A found element's tag, class and id, so that a failing assert shows what was picked instead."""
    if el is None:
        return "None"
    return f"{el.tag}.{el.get('class') or ''}#{el.get('id') or ''}"


def container_of(html: str) -> str:
    return names(place_of(html)[1].container)


def one(page: Page, xpath: str) -> etree._Element:
    (found,) = page.tree.xpath(xpath)
    return found


WORDPRESS = f"""<!DOCTYPE html><html><head><title>Harbour plan approved</title></head>
<body class="post-template-default single single-post has-sidebar tag-trending">
<header id="masthead" class="site-header"><nav class="main-navigation"><ul class="menu">
  <li><a href="/">Home</a></li><li><a href="/politics/">Politics</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
<div id="content" class="site-content">
 <main id="main" class="site-main">
  <article id="post-4711" class="post-4711 post type-post status-publish format-standard category-politics tag-trending">
   <header class="entry-header"><h1 class="entry-title">Harbour plan approved</h1>
    <div class="entry-meta"><span class="byline">By Ann Lee</span> <time datetime="2024-05-17">May 17, 2024</time></div></header>
   <div class="entry-content">{story(4)}</div>
   <footer class="entry-footer"><span class="tags-links"><a href="/tag/harbour/">harbour</a></span></footer>
  </article>
  <div class="related-posts"><h3>Related Posts</h3>
   {"".join(f'<div class="related-item"><h4><a href="/t{i}/">Teaser {i}</a></h4><p>{SENTENCE}More on the port and its future […]</p></div>' for i in range(6))}
  </div>
 </main>
 <aside id="secondary" class="widget-area">
  <section class="widget widget_text"><h2 class="widget-title">About us</h2>
   <div class="textwidget"><p>{SENTENCE * 3}</p><p>{SENTENCE * 3}</p></div></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
   <ul><li><a href="/a/">A first recent post</a></li><li><a href="/b/">A second recent post</a></li></ul></section>
 </aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>{SENTENCE * 2}</p></div></footer>
</body></html>"""


def test_wordpress_article_the_entry_content_is_the_container():
    assert container_of(WORDPRESS) == "div.entry-content#"


def test_wordpress_article_protects_the_container_its_ancestors_and_the_title_s():
    page, place = place_of(WORDPRESS)
    article = one(page, "//article")
    body = one(page, "//body")
    header = one(page, "//header[@class='entry-header']")
    assert {place.container, article, one(page, "//main"), body} <= place.protected
    # The <h1>'s parent: a post class like "tag-trending" must not swallow the title.
    assert header in place.protected
    assert one(page, "//aside") not in place.protected
    assert one(page, "//div[@class='related-posts']") not in place.protected


def test_wordpress_article_near_holds_the_container_its_parents_and_the_title_s():
    page, place = place_of(WORDPRESS)
    article, main = one(page, "//article"), one(page, "//main")
    header = one(page, "//header[@class='entry-header']")
    assert {place.container, article, main, header} <= place.near
    assert one(page, "//body") not in place.near
    assert one(page, "//div[@id='content']") not in place.near  # three levels up: the site's, not the story's


def test_near_is_two_levels_around_the_text_and_the_title_below_the_body():
    html = f"""<html><body><div id="page">
      <div class="hero"><div class="inner"><h1>Harbour plan approved</h1></div></div>
      <div class="columns"><div class="col"><div class="story">{story(3)}</div></div></div>
    </div></body></html>"""
    place = place_of(html)[1]
    assert names(place.container) == "div.story#"
    expected = {"story", "col", "columns", "inner", "hero"}
    assert {el.get("class") for el in place.near} == expected  # not "#page", not <body>


def test_near_stops_below_the_body():
    html = f"""<html><body><div id="page"><div class="story">{story(3)}</div></div></body></html>"""
    page, place = place_of(html)
    assert place.near == {place.container, one(page, "//div[@id='page']")}


def test_members_and_size_are_the_container_s():
    page, place = place_of(WORDPRESS)
    paragraphs = place.container.findall("p")
    assert len(paragraphs) == 4
    assert set(paragraphs) <= place.members and place.container in place.members
    assert one(page, "//article") not in place.members
    assert place.size == sum(len(p.text_content()) for p in paragraphs)


def test_bulk_is_half_the_story_or_more_inside_it():
    html = f"""<html><body><article><div class="entry-content">{story(2)}
      <div class="js-dynamic-advertisement">{story(3)}</div>
      <div class="inline-box"><p>{SENTENCE}</p></div>
    </div></article><div class="other"><p>{SENTENCE * 7}</p></div></body></html>"""
    page, place = place_of(html)
    assert names(place.container) == "div.entry-content#"
    assert place.holds_bulk(one(page, "//div[@class='js-dynamic-advertisement']"))
    assert not place.holds_bulk(one(page, "//div[@class='inline-box']"))
    # As much paragraph text as half the story's, but outside it: not the story's bulk.
    assert not place.holds_bulk(one(page, "//div[@class='other']"))


def test_story_in_main_without_article():
    html = f"""<html><body>
      <div class="topbar"><p>Breaking: a short line of site news for the day.</p></div>
      <main id="content"><h1>Harbour plan approved</h1>{story(3)}</main>
      <div id="sidebar"><div class="box"><p>{SENTENCE}</p></div><div class="box"><p>{SENTENCE}</p></div></div>
    </body></html>"""
    page, place = place_of(html)
    assert names(place.container) == "main.#content"
    assert one(page, "//div[@id='sidebar']") not in place.protected


def test_a_short_story_outweighs_a_list_of_cut_excerpts():
    teasers = "".join(
        f'<div class="card"><a href="/s{i}/">Story {i}</a><p>{SENTENCE}{SENTENCE}And then…</p></div>'
        for i in range(8)
    )
    html = f"""<html><body><div class="story"><h1>Short news</h1><p>{SENTENCE}</p><p>{SENTENCE}</p></div>
      <div class="cards">{teasers}</div></body></html>"""
    assert container_of(html) == "div.story#"


def test_a_short_post_outweighs_next_post_cards_whose_excerpts_are_not_cut():
    """boingboing sets a one-paragraph post over "next post" cards: a heading linking to the other post,
    its excerpt (one not cut short with "[…]") and "READ THE REST". A paragraph in such a card is a
    teaser's, however long."""
    cards = "".join(
        f'<div class="nextstory"><h2><a href="/2019/09/2{i}/other-post.html">Other post {i}</a></h2>'
        f'<p>{SENTENCE * 3}</p><h3><a href="/2019/09/2{i}/other-post.html">READ THE REST</a></h3></div>'
        for i in range(6)
    )
    html = f"""<html><body><div id="headline"><h1>Short post</h1></div><div id="story"><p>{SENTENCE * 2}</p></div>
      <div id="next-post-thumbnails">{cards}</div></body></html>"""
    assert container_of(html) == "div.#story"


def test_an_old_themes_post_title_linking_to_the_post_itself_is_no_teasers():
    """Old blog themes set the post's title, linked to the post itself, right beside its paragraphs: that
    holder is the story, not a teaser's card, and outweighs a longer intro box."""
    html = f"""<html><body><div class="post"><h2><a href="{URL}">Harbour plan approved</a></h2>
      <p>{SENTENCE * 2}</p><p>{SENTENCE * 2}</p></div>
      <div class="intro"><p>{SENTENCE * 3}</p></div></body></html>"""
    assert container_of(html) == "div.post#"


def test_a_sign_up_form_is_not_the_story_of_a_post_written_mostly_as_a_list():
    """A WordPress.com post that is two short lines and an agenda list loses to the blog's "follow by
    email" <form> beside it, whose paragraphs hold more text: a form's text is a sign-up's."""
    agenda = "".join(f"<li>Lightning talk {n} on organisational models (15 mins)</li>" for n in range(4))
    html = f"""<html><body><article><h1>Meetup April</h1><div class="entry-content">
      <p><strong>Host</strong>: Xing AG, Dammtorstrasse 29-32, 20354 Hamburg</p><h2>Agenda</h2><ol>{agenda}</ol></div>
      </article><div id="secondary"><form id="loggedout-follow"><p>Enter your email address to follow this blog and
      receive notifications of new posts by email.</p><p><input type="email"></p></form></div></body></html>"""
    assert container_of(html) == "div.entry-content#"


def test_a_comment_thread_longer_than_the_story_is_not_the_story():
    comments = "".join(f'<div class="comment-body"><p>{SENTENCE * 3}</p></div>' for _ in range(3))
    html = f"""<html><body><div class="post"><h1>Harbour plan approved</h1>{story(2)}</div>
      <div id="comments" class="comments-area">{comments}</div></body></html>"""
    assert container_of(html) == "div.post#"


def test_a_classic_wordpress_commentlist_longer_than_the_story_is_not_the_story():
    """Old WordPress themes set the thread in <ol id="commentlist">, one word: its replies held five times
    the story's text, and the story's body came out empty."""
    replies = "".join(f'<li id="comment-{n}"><p>{SENTENCE * 3}</p></li>' for n in range(5))
    html = f"""<html><body><div id="content"><div class="post"><h3 class="storytitle">Harbour plan approved</h3>
      <div class="storycontent">{story(2)}</div></div><h2 id="comments">5 Comments</h2>
      <ol id="commentlist">{replies}</ol></div></body></html>"""
    assert container_of(html) == "div.storycontent#"


def test_a_story_outweighed_by_each_of_many_readers_comments_is_still_the_story():
    """La Presse's blogs: 85 comments, each a "body-text" under "comments-list", every one of the eight
    best candidates a reader's comment; the column's own five paragraphs came after them all."""
    items = "".join(
        f'<li><div class="metadata"><p class="auteur">reader{n}</p></div><div class="body-text">'
        f"<p>{SENTENCE * 6}</p></div></li>"
        for n in range(10)
    )
    html = f"""<html><body><div class="blogue-page"><div class="blogue-header"><h1>Harbour plan approved</h1>
      </div><div class="entry"><div id="entryBlogue">{story(2)}</div></div>
      <ul class="comments-list">{items}</ul></div></body></html>"""
    assert container_of(html) == "div.#entryBlogue"


def test_a_short_story_beats_the_site_footer_s_about_text():
    html = f"""<html><body><div class="story"><h1>Short news</h1><p>{SENTENCE}</p></div>
      <footer id="colophon" class="site-footer"><div class="site-info"><div class="about"><p>{SENTENCE * 5}</p></div></div></footer>
    </body></html>"""
    assert container_of(html) == "div.story#"


def test_a_short_story_beats_the_author_s_bio():
    html = f"""<html><body><div class="story"><h1>Short news</h1><p>{SENTENCE}</p></div>
      <div class="post-author-area"><div class="bio"><p>{SENTENCE * 5}</p></div></div></body></html>"""
    assert container_of(html) == "div.story#"


def test_the_article_body_property_tips_a_close_call():
    html = f"""<html><body><div class="intro"><p>{SENTENCE * 3}</p></div>
      <div class="text" itemprop="articleBody"><p>{SENTENCE * 2}</p><p>Short closing line of the piece.</p></div>
    </body></html>"""
    assert container_of(html) == "div.text#"


def test_text_between_line_breaks_is_a_story():
    lines = "<br><br>".join(SENTENCE.strip() for _ in range(5))
    html = f"""<html><body><div class="sidebar-box"><p>{SENTENCE}</p></div>
      <div class="post-body entry-content">{lines}</div></body></html>"""
    assert container_of(html) == "div.post-body entry-content#"


def test_no_running_text_no_container():
    html = """<html><body><nav><h1>Site name</h1></nav><div><h1>Gallery</h1><a href="/x/">Photos</a></div></body></html>"""
    page, place = place_of(html)
    assert place.container is None and place.members == frozenset() and place.size == 0
    gallery_div = one(page, "//div")
    assert gallery_div in place.protected  # the real <h1>'s parent
    assert place.near == {gallery_div}  # not <body>: the site's header and footer hang there
    assert one(page, "//nav") not in place.protected  # an <h1> in a <nav> is not the story's title


def test_own_text_is_the_text_written_directly_in_the_element():
    el = etree.fromstring("<div>one <b>bold</b> two<br/>three</div>")
    assert own_text(el) == "one  twothree"


def test_a_container_right_under_body_lends_the_site_header_nothing() -> None:
    # A bare theme: the story's <div> hangs right under <body>, beside the site's own <header>. Only the
    # story's near wrappers count as its header's place; <body> holds every header of the page.
    html = f"""<html><body><header><a href="/">Hafenblatt</a> <span>Today: May 20, 2024</span></header>
<div class="post"><h1>Harbour plan approved</h1>{story(4)}</div>
<footer><p>By Web Team, every story on this site</p></footer></body></html>"""
    page, place = place_of(html)
    assert names(place.container) == "div.post#"
    assert one(page, "//body") not in place.near
    mark_non_story_blocks(page)
    assert page.is_excluded(one(page, "//header"))
    assert page.is_excluded(one(page, "//footer"))


def test_an_unnamed_footer_is_not_the_story_even_with_the_longest_text() -> None:
    html = f"""<html><body><div class="entry"><h1>Harbour plan approved</h1><p>{SENTENCE}</p></div>
<footer><div><p>{SENTENCE * 4}</p></div></footer></body></html>"""
    assert container_of(html) == "div.entry#"


def test_teasers_on_a_page_without_a_story_leave_the_page_itself_alone() -> None:
    # A listing page: no running text, no <h1>, its teaser cards right under <body>. Two teaser lists are
    # blocks; the page that holds them is not.
    cards = "".join(f'<div class="card"><h3><a href="/t{i}/">Teaser {i}</a></h3></div>' for i in range(4))
    page = parse_page(f'<html><body><div class="top">{cards}</div>{cards}</body></html>', URL)
    mark_non_story_blocks(page)
    assert not page.is_excluded(one(page, "//body"))
    assert page.is_excluded(one(page, "//div[@class='top']"))


def test_unlabelled_teasers_whose_links_sit_in_a_span_are_a_block() -> None:
    cards = "".join(
        f'<div class="c{i}"><h3><span class="t"><a href="/2024/05/1{i}/story-{i}/">Story {i}</a></span></h3></div>'
        for i in range(3)
    )
    html = f'<html><body><article><h1>Harbour plan approved</h1>{story(4)}</article><div class="x">{cards}</div></body></html>'
    page = parse_page(html, URL)
    mark_non_story_blocks(page)
    assert page.is_excluded(one(page, "//div[@class='x']"))
    assert not page.is_excluded(one(page, "//article"))


def test_paragraphs_wrapped_one_by_one_in_components_are_one_story() -> None:
    # A component theme wraps every paragraph in its own deep wrapper; the wrappers are siblings.
    wrapped = "".join(
        f'<div class="sc-para"><div class="inner"><div><div><p>{SENTENCE}Part {i}.</p></div></div></div></div>'
        for i in range(5)
    )
    html = f"""<html><body><div class="layout"><h1>Harbour plan approved</h1>
      <div class="article-text">{wrapped}</div>
      <div class="sidebar-box"><p>{SENTENCE * 2}</p></div></div></body></html>"""
    assert container_of(html) == "div.article-text#"
    body = extract(html, URL).body or ""
    assert all(f"Part {i}." in body for i in range(5))


def test_a_post_of_one_long_paragraph_is_not_merged_with_its_sibling_posts() -> None:
    posts = "".join(
        f'<div class="post"><h2>Post {i}</h2><div class="text"><p>{SENTENCE * 14}</p></div></div>'
        for i in range(3)
    )
    html = f"<html><body><div id='content'>{posts}</div></body></html>"
    assert container_of(html) == "div.text#"


def test_a_story_set_in_divs_and_spans_without_paragraphs_is_found_and_read() -> None:
    # No <p> at all: each paragraph a <div>, or spans and a link inside one.
    paragraphs = "".join(
        f'<div class="block-content"><div class="text"><span>{SENTENCE}Part {i} </span>'
        f'<a href="/more/">with a link</a><span> and the end of part {i}.</span></div></div>'
        for i in range(4)
    )
    html = f"""<html><body><div class="layout"><h1>Harbour plan approved</h1>
      <div class="article-body">{paragraphs}</div>
      <nav class="menu"><div>{SENTENCE * 3}</div></nav>
      <div class="sidebar-box"><p>Short sidebar text of the site.</p></div></div></body></html>"""
    assert container_of(html) == "div.article-body#"
    body = (extract(html, URL).body or "").split("\n\n")
    assert body == [f"{SENTENCE.strip()} Part {i} with a link and the end of part {i}." for i in range(4)]


def test_a_story_in_paragraphs_is_not_read_as_text_blocks() -> None:
    promo = "Buy the harbour calendar now, the perfect gift for every sailor you know. " * 3
    html = f"""<html><body><div class="story"><h1>Harbour plan approved</h1>{story(3)}</div>
      <div class="promo">{promo}</div></body></html>"""
    assert container_of(html) == "div.story#"
    body = extract(html, URL).body or ""
    assert "Paragraph 2 ends here." in body
    assert "harbour calendar" not in body


def test_an_inline_svgs_text_and_style_in_a_paragraph_is_no_running_text():
    """A logo drawn as an inline <svg> inside a <p class="claim"> carries its title, its @import style and
    its lettering: none of it is text a reader reads, so the logo's paragraph does not outweigh the story."""
    css = "@import url(https://fonts.example/css?family=Libre+Franklin:100); " * 12
    logo = (
        f'<header><div class="logoBox"><p class="claim"><svg><title>Forschungsanstalt</title><style>{css}</style>'
        "<text><tspan>Institut für Schnee- und Lawinenforschung</tspan></text></svg></p></div></header>"
    )
    html = f"<html><body>{logo}<div class='ce-bodytext'>{story(2)}</div></body></html>"
    assert container_of(html) == "div.ce-bodytext#"


def test_the_next_story_appended_below_is_not_the_story_however_long() -> None:
    """Infinite-scroll themes append the next story in an <article> with its own <h1> below the page's
    story; when it runs longer, the page's story is still the one its <title> and first <h1> name."""
    next_story = "Ferry operators said fares would rise by eight percent in June, blaming fuel costs. " * 3
    html = (
        "<html><head><title>Harbour plan approved - Harbour Times</title></head><body><main>"
        f"<article class='post'><h1>Harbour plan approved</h1><div class='entry-content'>{story(2)}</div></article>"
        "<div class='divider'>Next article</div>"
        "<article class='post'><h1>Ferry fares to rise in June</h1><div class='entry-content'>"
        + "".join(f"<p>{next_story}</p>" for _ in range(6))
        + "</div></article></main></body></html>"
    )
    place = place_of(html)[1]
    assert names(place.container) == "div.entry-content#"
    assert place.container is not None and "Paragraph 0" in place.container.text_content()
    article = extract(html, URL)
    assert article.body is not None and "Ferry operators" not in article.body
    # A hero header's <article> with the headline and a long lead does not take the story from the column
    # below it, which is no other story's.
    lead = "A long standfirst opens the story in the hero header, more than two hundred characters. " * 3
    hero = (
        "<html><head><title>Harbour plan approved</title></head><body><article class='hero'><h1>Harbour plan"
        f" approved</h1><p>{lead}</p></article><div class='body'>{story(4)}</div></body></html>"
    )
    assert names(place_of(hero)[1].container) == "div.body#"
    # A most-read box that holds more text than a short story is no rival either.
    boxed = (
        "<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved"
        f"</h1><div class='text'>{story(2)}</div></article><div class='most_read box'><div class='cont'>{story(6)}</div></div>"
        "</body></html>"
    )
    assert names(place_of(boxed)[1].container) == "div.text#"


def test_posts_appended_in_the_storys_own_column_under_h1s_of_their_own_are_not_the_story() -> None:
    """kulu-media appends the next posts below the story, inside its <article> and column, each under an
    <h1> of its own in a card of its own: a longer one is not the story the <title> and first <h1> name.
    An <h1> set as a subhead in the story, or a promotion's <h1> beside it in the column, heads no story."""
    appended = "".join(
        f'<div class="add-story"><div class="add-head"><h1>Artemis II mission {n} returns home</h1></div>'
        f'<div class="add-body"><p>{SENTENCE * 4}</p><p>{SENTENCE * 4}</p></div></div>'
        for n in range(2)
    )
    html = f"""<html><head><title>Meta outage hits Facebook and Instagram | Kulu Media</title></head><body>
      <article><div class="post-content"><header><h1>Meta outage hits Facebook and Instagram worldwide</h1></header>
      <div class="entry"><p>{SENTENCE * 3}</p></div><div id="post-add-box">{appended}</div></div></article></body></html>"""
    assert container_of(html) == "div.entry#"
    html = f"""<html><head><title>Meta outage hits Facebook and Instagram | Kulu Media</title></head><body>
      <article><div class="post-content"><header><h1>Meta outage hits Facebook and Instagram worldwide</h1></header>
      <div class="lead"><p>{SENTENCE * 3}</p></div><div class="column"><div class="promo"><h1>Support independent
      journalism today</h1></div><div class="entry"><h1>What users saw</h1><p>{SENTENCE * 4}</p><p>{SENTENCE * 4}</p>
      </div></div></div></article></body></html>"""
    assert container_of(html) == "div.entry#"
    # (The site's logo as the first <h1> the <title> repeats: the story's own <h1> heads the story.)
    html = f"""<html><head><title>Harbour plan approved by the council - cnet.de</title></head><body>
      <header><div class="mainhead"><h1>cnet.de</h1></div></header><div class="page"><article><header>
      <h1>Harbour plan approved by the council</h1></header><div id="articleContent"><p>{SENTENCE * 4}</p>
      <p>{SENTENCE * 4}</p></div></article></div><div class="wrapper"><p>{SENTENCE * 3}</p></div></body></html>"""
    assert container_of(html) == "div.#articleContent"


def test_a_list_of_short_stories_without_h1_gives_the_one_its_title_names() -> None:
    """A news-briefs page sets each short story in an <article> under an <h2>, the page's own among them,
    and no <h1>: the story is the one whose heading the <title> repeats, not the longest of the list."""
    longer = "Ferry operators said fares would rise by eight percent in June, blaming fuel costs. " * 3
    html = (
        "<html><head><title>Harbour plan approved after long debate | Harbour Times</title></head><body>"
        "<section class='briefs'>"
        f"<article class='brief'><h2>Harbour plan approved after long debate</h2><div class='text'>{story(2)}</div></article>"
        "<article class='brief'><h2>Ferry fares to rise in June</h2><div class='text'>"
        + "".join(f"<p>{longer}</p>" for _ in range(4))
        + "</div></article></section></body></html>"
    )
    place = place_of(html)[1]
    assert place.container is not None and "Paragraph 0" in place.container.text_content()
    article = extract(html, URL)
    assert article.body is not None and "Ferry operators" not in article.body
    # A short <h2> the title happens to contain ("News") names no story: the longest stays.
    untitled = html.replace("<h2>Harbour plan approved after long debate</h2>", "<h2>Harbour</h2>")
    assert "Ferry operators" in (extract(untitled, URL).body or "")


def test_a_fact_box_with_more_text_than_the_story_around_it_is_read_with_the_story() -> None:
    """A summary or fact box set in the story's text may hold more paragraph text than the story's own
    paragraphs: the story is the element around the box, whose own paragraphs hold half as much or more,
    not the box alone. A page wrapper with a short intro of its own stays out."""
    fact = "The bill would give the harbour authority new powers over berths, fees and dredging. "
    box = (
        "<div class='factbox'><div class='factbox-content'>"
        + "".join(f"<p>{fact * 2}</p>" for _ in range(6))
        + "</div></div>"
    )
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>"
        f"<div class='article-body'>{story(2)}{box}{story(2)}</div></article></body></html>"
    )
    place = place_of(html)[1]
    assert names(place.container) == "div.article-body#"
    text = extract(html, URL).body or ""
    assert "Paragraph 0" in text and "dredging" in text
    intro = "<p>Welcome to the Harbour Times, your daily news from the coast and the islands.</p>"
    wrapped = (
        "<html><head><title>Harbour plan approved</title></head><body><div class='page'>"
        f"{intro}<article><h1>Harbour plan approved</h1><div class='text'>{story(4)}</div></article></div></body></html>"
    )
    assert names(place_of(wrapped)[1].container) == "div.text#"


def test_a_story_set_in_divs_inside_a_layout_table_is_found_and_read() -> None:
    """Pages of the table-layout era nest the story in <td>s, its paragraphs in <div>s (a "<p><div>"
    the parser closes at once): the text blocks inside the table's cells are the story."""
    paragraphs = "".join(f"<div>{SENTENCE * 2}Part {i} ends.</div><br>" for i in range(3))
    html = (
        "<html><body><center><table><tr><td class='nav'><a href='/'>Home</a></td></tr><tr><td>"
        f"<table><tr><td><h1>Harbour plan approved</h1><p>{paragraphs}</td></tr></table>"
        "</td></tr></table></center></body></html>"
    )
    body = extract(html, URL).body or ""
    assert all(f"Part {i} ends." in body for i in range(3))


def test_paragraphs_that_are_all_link_do_not_outweigh_a_short_story() -> None:
    """A list of teasers whose titles and excerpts are links set in <p>s ("<p><a>title</a></p><p><a>
    excerpt</a></p>") is no running text: a short story written in a <div> of its own beside it is the
    story, not the list."""
    teaser = (
        "<div class='detail'><p class='ttl'><a href='/article/{n}'>Ferry fares will rise by eight percent in June</a></p>"
        "<p class='sub'><a href='/article/{n}'>Operators blamed fuel costs for the rise, the third in two years now</a></p></div>"
    )
    story_text = (
        "The harbour plan was approved on Tuesday evening after a long and heated debate in the hall. " * 3
    )
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><main><h1>Harbour plan approved</h1>"
        f"<div class='block'>{story_text}</div></main>"
        f"<aside class='list'>{''.join(teaser.format(n=n) for n in range(6))}</aside></body></html>"
    )
    assert (extract(html, URL).body or "").startswith("The harbour plan was approved")


def test_a_paragraph_an_unclosed_one_holds_counts_once() -> None:
    """Broken markup nests a paragraph in the one before it ("<p>… <span><p>…"): its words count once, as
    the outer paragraph's, for how much story text an element holds."""
    page = parse_page(
        "<html><body><div id='d'><p>Outer words here <span><p>inner words</p></span> tail</p></div></body></html>",
        URL,
    )
    assert paragraph_text(one(page, "//div[@id='d']")) == len("Outer words here inner words tail")
