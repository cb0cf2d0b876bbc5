"""Publication-date rules, each on a small hand-written page."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.extraction import extract
from crawler.extraction.dateparse import day_of
from tests.extraction import pages
from tests.extraction.pages import URL, ld, tz


def page(head: str = "", article: str = "", outside: str = "", lang: str = "de", before: str = "") -> str:
    return pages.page(
        head, "<h1>Hafenplan beschlossen</h1>" + article, outside, lang, title="Hafen", before=before
    )


# ------------------------------------------------------------------------------------ the page's own day


def test_utc_instant_shown_as_the_next_day_gets_an_offset_reaching_that_day() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2023-11-01T23:01:00Z"})
    article = '<time datetime="2023-11-01T23:01:00Z" class="story__date">02 Novembre 2023</time>'
    published = extract(page(head=head, article=article, lang="it"), URL).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2023, 11, 1, 23, 1, tzinfo=dt.UTC)  # the same instant
    assert published.date() == dt.date(2023, 11, 2)  # on the readers' day
    assert published.utcoffset() == dt.timedelta(hours=1)


def test_utc_instant_the_url_dates_to_the_day_before() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2020-08-25T00:23:33Z"})
    url = "https://news.example/2020/08/24/school-buses/"
    published = extract(page(head=head, lang="en"), url).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2020, 8, 25, 0, 23, 33, tzinfo=dt.UTC)
    assert published.date() == dt.date(2020, 8, 24)


def test_utc_instant_on_the_pages_day_keeps_utc() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2020-08-24T10:00:00Z"})
    url = "https://news.example/2020/08/24/school-buses/"
    published = extract(page(head=head, lang="en"), url).published
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(0)


# ---------------------------------------------------------------------------- dates that are not the story's


def test_a_written_day_no_clock_shows_for_the_machine_value_is_the_date_readers_see() -> None:
    # The <time>'s machine value is four days after the day it writes (an index or edit time); no
    # offset puts that instant on the written day, so the written, labelled day is the publication.
    article = '<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time><p>Texte.</p>'
    assert extract(page(article=article, lang="fr"), URL).published == dt.date(2019, 6, 29)


@pytest.mark.parametrize(
    ("machine", "written", "expected"),
    [
        ("2019-06-29T23:30:00Z", "30 juin 2019", dt.datetime(2019, 6, 29, 23, 30, tzinfo=dt.UTC)),
        ("2019-06-29T10:00:00", "30 juin 2019", dt.datetime(2019, 6, 29, 10, 0)),
        ("2019-06-29", "29 juin 2019", dt.date(2019, 6, 29)),
        ("2019-06-29", "1 juillet 2019", dt.date(2019, 7, 1)),
    ],
)
def test_a_machine_value_stays_when_some_clock_shows_it_on_the_written_day(
    machine: str, written: str, expected: dt.date
) -> None:
    article = f'<time datetime="{machine}">Publié le {written}</time><p>Texte.</p>'
    published = extract(page(article=article, lang="fr"), URL).published
    assert published == expected
    assert type(published) is type(expected)


def test_date_in_a_link_to_another_story_is_that_storys() -> None:
    article = (
        '<p class="MsoNormal"><em>10.11.2021</em></p>'
        '<ul><li><a class="Publication" href="/meldungen/nr-34.html">Nr. 34 vom 08. November 2021</a></li>'
        '<li><a class="Publication" href="/meldungen/nr-33.html">Nr. 33 vom 05. November 2021</a></li></ul>'
    )
    assert extract(page(article=article), URL).published == dt.date(2021, 11, 10)


def test_date_linked_to_the_page_itself_or_its_day_archive_is_kept() -> None:
    url = "https://news.example/2024/03/12/hafen/"
    permalink = f'<span class="posted-on"><a href="{url}" rel="bookmark">12. März 2024</a></span>'
    assert extract(page(article=permalink), url).published == dt.date(2024, 3, 12)
    archive = '<span class="posted-on"><a href="/2024/03/12/">12. März 2024</a></span>'
    assert extract(page(article=archive), URL).published == dt.date(2024, 3, 12)
    month = '<a class="posted-on" href="/2024/03/">12. März 2024, 10:15</a>'
    assert extract(page(article=month), URL).published == dt.datetime(2024, 3, 12, 10, 15)


def test_date_linked_to_the_canonical_address_of_a_redirected_page_is_kept() -> None:
    head = '<link rel="canonical" href="https://www.news.example/2024/03/hafen.html">'
    article = '<a class="posted-on" href="https://news.example/2024/03/hafen.html">12. März 2024, 10:15</a>'
    feed_url = "https://feeds.news.example/~r/politik/~3/xYz/hafen.html"
    assert extract(page(head=head, article=article), feed_url).published == dt.datetime(2024, 3, 12, 10, 15)


def test_forum_join_date_and_clock_are_not_the_post_date() -> None:
    before = '<div class="current-time">Aktuelles Datum und Uhrzeit: 11.02.2020, 19:22</div>'
    article = (
        '<dl class="postprofile"><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>'
        '<p class="author">von <strong>r23</strong> » 21.01.2009, 05:42</p>'
    )
    published = extract(page(article=article, before=before), URL).published
    assert published == dt.datetime(2009, 1, 21, 5, 42)


def test_a_stamp_hidden_for_machines_inside_the_date_line_is_not_the_date_readers_see() -> None:
    """Avada-style themes put the last update, hidden by a class, before the visible date in one meta
    line: the line's date is the one readers see, the hidden stamp is the update."""
    meta = (
        '<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper"><span class="vcard '
        'rich-snippet-hidden"><span class="fn"><a href="/author/admin/">MoritzMeyer</a></span></span>'
        '<span class="updated rich-snippet-hidden">2019-01-07T17:27:31+02:00</span><span>Juni 19th, 2018'
        '</span> | <a href="/category/social-media/" rel="category tag">Social Media</a></div></div>'
    )
    result = extract(page(article=meta), URL)
    assert result.published == dt.date(2018, 6, 19)
    assert str(result.modified).startswith("2019-01-07")  # the hidden stamp is the update


def test_the_day_a_page_was_printed_is_not_the_story_date() -> None:
    """A print layout's header or footer says when the reader printed the page ("gedruckt am:", a
    "footer_print" block's "[Stand: 08.05.2019, 05:02 Uhr]"): the story's date is the one its text gives."""
    printed = (
        '<div class="print-head"><p><strong>gedruckt am:</strong> Freitag, 7. Oktober 2016, 10:12 Uhr</p>'
        "</div>"
        '<p id="footer_print" class="print">Quelle: Hafenblatt<br>[Stand: 08.05.2019, 05:02 Uhr]</p>'
    )
    story = (
        "<p>Der Stadtrat hat in seiner Sitzung vom 3. März 2016, 18:00 Uhr, den Hafenplan beschlossen.</p>"
    )
    assert extract(page(before=printed, article=story), URL).published == dt.datetime(2016, 3, 3, 18, 0)


def test_header_clock_is_not_the_story_date() -> None:
    before = '<span id="uhr">Donnerstag, 16. Februar 2012</span>'
    article = '<div class="boxHeader"><span>14. Februar 2012</span></div>'
    assert extract(page(article=article, before=before), URL).published == dt.date(2012, 2, 14)


def test_the_date_beside_the_sites_search_box_is_the_day_of_the_visit() -> None:
    """A masthead bar with the search box and a date, no "Today:" label: the visit's day (Ultima Hora)."""
    search = '<form action="/search.html" method="post"><input name="terms" type="text"></form>'
    before = (
        f'<div class="pull-right"><div class="search"><a href="/abo">Suscríbete</a>{search}</div>'
        '<div class="fecha"><time datetime="jueves, 09 enero 2014 10:21">jueves, 09 enero 2014 - '
        "<span>10:21 h</span></time></div></div>"
    )
    article = '<p class="autor"><strong>Patricio Candia</strong> | Palma de Mallorca | 08/01/2014</p>'
    assert extract(page(article=article, before=before, lang="es"), URL).published == dt.date(2014, 1, 8)


def test_labelled_date_wins_over_a_picture_caption() -> None:
    article = (
        "<figure><img src='/a.jpg'><figcaption>Kämpfe um Bachmut, 24. April 2023</figcaption></figure>"
        "<p>Panzer bei Bachmut, 24. April 2023</p>"
        "<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autor</strong> R. G.</li></ul>"
    )
    assert extract(page(article=article), URL).published == dt.date(2023, 4, 28)


def test_running_text_dates_are_read_in_document_order() -> None:
    article = "<div><span>Stand 3. März 2021, 10:00</span> und später 5. März 2021, 12:00</div>"
    assert extract(page(article=article), URL).published == dt.datetime(2021, 3, 3, 10, 0)


# ---------------------------------------------------------------------------- dates found in more places


def test_hatom_abbr_keeps_the_microdata_date_in_its_title() -> None:
    article = (
        '<div itemscope itemtype="http://schema.org/BlogPosting"><span class="post-timestamp">'
        '<abbr class="published" itemprop="datePublished" title=\'2011-03-30T21:05:00-07:00\'>9:05 PM</abbr>'
        "</span></div>"
    )
    assert extract(page(article=article, lang="en"), URL).published == dt.datetime(
        2011, 3, 30, 21, 5, tzinfo=tz(-7)
    )


def test_a_day_stated_without_its_time_takes_the_time_the_date_line_shows_that_day() -> None:
    """ABC News states only the day in DC.date.issued and shows the time under the headline: the story
    was published at that time. A date line on another day is another thing's, and the stated day
    stands; so does a date-only update on the day of a timed publication."""
    head = '<meta name="DC.date.issued" content="2016-12-16">'
    line = '<span class="timestamp">Dec 16, 2016, 12:37 PM ET</span>'
    published = extract(page(head=head, article=line, lang="en"), URL).published
    assert published == dt.datetime(2016, 12, 16, 12, 37, tzinfo=tz(-5))
    other_day = '<span class="timestamp">Dec 18, 2016, 12:37 PM ET</span>'
    assert extract(page(head=head, article=other_day, lang="en"), URL).published == dt.date(2016, 12, 16)
    updated = '<meta property="article:modified_time" content="2016-12-16">'
    assert extract(page(head=head + updated, article=line, lang="en"), URL).modified == dt.date(2016, 12, 16)


def test_a_midnight_beside_a_time_on_that_day_is_a_day_filled_out_with_zeros() -> None:
    """Fortune's JSON-LD dateCreated is "2015-10-05T00:00:00+00:00" and its article:published_time
    20:52:17Z: the midnight is the day the CMS stored, the other the time. A midnight alone, or beside a
    time on another day, is a time like any other."""
    created = ld({"@type": "NewsArticle", "dateCreated": "2015-10-05T00:00:00+00:00"})
    published = '<meta property="article:published_time" content="2015-10-05T20:52:17+00:00">'
    value = extract(page(head=created + published, lang="en"), URL).published
    assert value == dt.datetime(2015, 10, 5, 20, 52, 17, tzinfo=dt.UTC)
    next_day = '<meta property="article:published_time" content="2015-10-06T09:52:17+00:00">'
    value = extract(page(head=created + next_day, lang="en"), URL).published
    assert value == dt.datetime(2015, 10, 5, 0, 0, tzinfo=dt.UTC)
    assert extract(page(head=created, lang="en"), URL).published == dt.datetime(2015, 10, 5, tzinfo=dt.UTC)


def test_a_time_elements_all_digit_text_is_read_in_the_order_its_machine_value_confirms() -> None:
    """Politico writes "10/04/16 05:07 AM EDT" in a <time datetime="2016-10-04T05:07-0400">: read day
    first, the text would be 10 April and the machine value set aside as another date; in the other
    order it is the same day. A text naming another day still wins over the machine value."""
    line = '<p class="timestamp"><time datetime="2016-10-04T05:07-0400">10/04/16 05:07 AM EDT</time></p>'
    published = extract(page(article=line), URL).published
    assert published == dt.datetime(2016, 10, 4, 5, 7, tzinfo=tz(-4))
    other = '<p class="timestamp"><time datetime="2016-10-04T05:07-0400">18.04.2016 05:07</time></p>'
    assert day_of(extract(page(article=other), URL).published) == dt.date(2016, 4, 18)


def test_a_teasers_microdata_date_in_its_link_is_not_the_storys_a_permalinks_is() -> None:
    """PopSugar's "more posts" grid under the story gives each teaser a <time itemprop="dateCreated">
    inside its link: the earliest of them, 25 minutes before the story, was taken for its publication.
    A post's permalink (rel=bookmark, Blogger's timestamp link) holds the post's own date."""
    head = '<meta property="article:published_time" content="2016-12-19T12:55:00-08:00">'
    grid = (
        '<div class="more-posts"><a href="/home/other-post-1"><span>Other post</span>'
        '<time datetime="2016-12-19T12:30:00-08:00" itemprop="dateCreated">46 minutes ago</time></a></div>'
    )
    published = extract(page(head=head, article=grid, lang="en"), URL).published
    assert published == dt.datetime(2016, 12, 19, 12, 55, tzinfo=tz(-8))
    permalink = (
        '<a class="timestamp-link" href="https://blog.example/2011/03/post.html" rel="bookmark">'
        '<abbr class="published" itemprop="datePublished" title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>'
        "</a>"
    )
    published = extract(page(article=permalink, lang="en"), "https://blog.example/2011/").published
    assert published == dt.datetime(2011, 3, 30, 21, 5, tzinfo=tz(-7))


def test_a_time_whose_only_attribute_holds_the_publication_instant_states_it() -> None:
    """247Sports: <time data-published="2016-12-09 09:13:00Z">Dec 9, 2016</time>, no other attribute."""
    line = '<span class="date"><time data-published="2016-12-09 09:13:00Z">Dec 9, 2016</time></span>'
    published = extract(page(article=line, lang="en"), URL).published
    assert published == dt.datetime(2016, 12, 9, 9, 13, tzinfo=dt.UTC)


def test_a_pictures_own_publication_meta_is_not_the_storys() -> None:
    """CNBC's lead picture is an ImageObject with its own <meta itemprop="datePublished">, a day before
    the story: the picture's date is no meta of the page, and never the earliest publication."""
    story = '<time itemprop="datePublished" datetime="2016-12-20T10:32:57-0500">1 Hour Ago</time>'
    picture = (
        '<div itemscope itemtype="http://schema.org/ImageObject"><img src="/coal.jpg" alt="Coal">'
        '<meta itemprop="datePublished" content="2016-12-19T14:25:04-0500"></div>'
    )
    html = page(article=story + picture, lang="en").replace(
        "<article>", '<article itemscope itemtype="http://schema.org/NewsArticle">'
    )
    assert extract(html, URL).published == dt.datetime(2016, 12, 20, 10, 32, 57, tzinfo=tz(-5))


def test_arabic_month_names_levantine_and_gregorian() -> None:
    article = '<div class="article_created">تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>'
    assert extract(page(article=article, lang="ar"), URL).published == dt.datetime(2020, 4, 24, 21, 22)


def test_wiki_last_edited_line_when_the_page_states_no_other_date() -> None:
    article = "<p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt.</p>"
    outside = (
        '<footer id="footer"><ul id="footer-info"><li id="footer-info-lastmod">'
        "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></footer>"
    )
    published = extract(page(article=article, outside=outside), URL).published
    assert published == dt.datetime(2020, 1, 29, 13, 22)


def test_date_line_in_the_storys_own_meta_aside() -> None:
    article = (
        '<aside class="meta"><div class="meta__row meta__row--posted"><p class="meta__content">'
        '<time datetime="2022-01-21" class="meta__label">21.01.2022 - 13:30</time></p></div></aside>'
    )
    head = '<meta name="date" content="2022-1-26T14:32:06+02:00">'
    assert extract(page(head=head, article=article), URL).published == dt.datetime(2022, 1, 21, 13, 30)


def test_date_line_named_entry_date_in_the_storys_own_meta_aside() -> None:
    """WordPress themes set the date line in the story's "entry-details" <aside> as a list item classed
    "entry-date" (no <time>); a comment's date in the same kind of block stays the comment's."""
    article = (
        '<aside class="entry-details"><ul><li class="entry-date"><a href="/politik/hafen-plan-beschlossen">'
        "13. Februar 2017</a></li><li class='entry-comments'>3 Kommentare</li></ul></aside>"
    )
    comments = (
        '<div class="comments"><ul><li class="comment"><span class="comment-date entry-date">'
        "24. Oktober 2012</span> Guter Beitrag!</li></ul></div>"
    )
    assert extract(page(article=article), URL).published == dt.date(2017, 2, 13)
    assert extract(page(outside=comments), URL).published is None


def test_a_date_line_in_the_share_bar_under_the_story_dates_it() -> None:
    """A theme without <article> sets the story's only date line in its share bar: the furniture rules
    remove the bar, but an element that holds nothing but a date there is the story's date line."""
    html = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafen</title></head><body>'
        '<div class="site-nav"><a href="/">Hafenblatt</a></div><div class="detail-content">'
        f'<h1>Hafenplan beschlossen</h1>{pages.BODY}<div class="social-share"><div class="pull-left">'
        '<h5 class="font-blue">23.01.2019</h5><div class="font-italic">Von Anna Lee</div></div>'
        '<a href="https://twitter.example/share">Teilen</a></div></div></body></html>'
    )
    assert extract(html, URL).published == dt.date(2019, 1, 23)


def test_a_labelled_date_in_the_storys_meta_aside_dates_it() -> None:
    aside = (
        '<aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt>'
        '<dd><a href="/autocad/">AutoCAD</a></dd></dl></aside>'
    )
    assert extract(page(article=aside), URL).published == dt.date(2017, 1, 12)


@pytest.mark.parametrize(
    "block",
    [
        # a teaser list inside the story: its dates are its stories'
        '<div class="box"><h3>Das könnte Sie auch interessieren</h3><ul><li><a href="/a">Anderes'
        '</a><span>01.09.2004</span></li><li><a href="/b">Mehr</a><span>02.09.2004</span></li></ul></div>',
        # a comment in the story's furniture
        '<aside class="meta"><div class="comment"><span>24.10.2012</span> Guter Beitrag!</div></aside>',
        # a sentence that mentions a date or opens with one is no date line
        '<aside class="meta"><p>Anmeldung zum Fest bis 24.10.2012</p></aside>',
        '<aside class="meta"><p>24.10.2012: Hafenfest mit Musik und Tanz am Kai</p></aside>',
    ],
)
def test_no_date_line_of_a_teaser_a_comment_or_a_sentence_in_the_storys_furniture(block: str) -> None:
    assert extract(page(article=block), URL).published is None


def test_a_cards_date_is_the_teasers_not_the_storys() -> None:
    """A teaser card in a plain "card" (no teaser or related name around it, inside the story's <article>,
    where its "card-footer" is no site footer) dates its own story."""
    card = (
        '<div class="card"><div class="card-body"><a class="card-title h4" href="/schwarzwald">Der'
        ' Schwarzwald</a><p class="card-desc">Wie der Mensch den Wald veränderte.</p>'
        '<div class="card-footer"><div class="card-date">01.09.2004</div></div></div></div>'
    )
    article = f"<p><strong>Online-Version</strong><br>21.01.2022</p><div class='container'>{card}</div>"
    assert extract(page(article=article), URL).published == dt.date(2022, 1, 21)


def test_date_line_in_a_column_classed_sidebar_that_holds_the_story_is_the_storys() -> None:
    """A theme may call its main column "sidebar-1": the block holding the story's text is no sidebar,
    so its date line dates the story, while a real sidebar's teaser dates stay the teasers'."""
    html = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hafen</title></head><body>'
        '<div class="sidebar-1"><div class="header-content"><span class="date">Thứ tư, 22/10/2025, 19:25 '
        "(GMT+7)</span></div><h1>Hafenplan beschlossen</h1>"
        f'<div class="fck_detail">{pages.BODY}</div></div>'
        '<div class="sidebar-2"><ul><li><a href="/b">Anderes</a> <span class="date">21/10/2025, 08:00</span>'
        "</li></ul></div></body></html>"
    )
    assert extract(html, URL).published == dt.datetime(2025, 10, 22, 19, 25, tzinfo=tz(7))
    real_sidebar_only = html.replace('<span class="date">Thứ tư, 22/10/2025, 19:25 (GMT+7)</span>', "")
    assert extract(real_sidebar_only, URL).published != dt.datetime(2025, 10, 21, 8, 0)


def test_date_line_in_the_headline_column_a_theme_calls_sidebar_is_the_storys() -> None:
    """A two-column theme sets the headline and its date line in a left column with id "sidebar" and the
    text in the right one: the column holding the story's <h1> is no sidebar."""
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hafen</title></head><body>'
        '<article class="post"><div class="left_column"><div id="sidebar" class="site-content">'
        '<header class="entry-header"><h1 class="entry-title">Hafenplan beschlossen</h1>'
        '<div class="entry-meta"><span class="byline"><time class="entry-date" '
        'datetime="2019-07-13T15:52:31+02:00">Sa 13 Jul 2019</time></span></div></header></div></div>'
        f'<div class="right_column"><div id="content" class="site-content"><div class="entry">{pages.BODY}'
        "<p>On 26 June 2010, the first guest post appeared.</p></div></div></div></article></body></html>"
    )
    assert extract(html, URL).published == dt.datetime(2019, 7, 13, 15, 52, 31, tzinfo=tz(2))


def test_permalink_sentence_dates_the_post_even_in_the_sidebar() -> None:
    url = "https://blog.example/2010/05/animated-typography/"
    outside = (
        '<div id="sidebar"><p class="news"><a href="https://blog.example/2010/05/animated-typography/" '
        'rel="bookmark">Animated Typography</a> wurde am <nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr> Uhr '
        "gepostet.</p><ul><li><a href='/2010/04/'>April 2010</a></li></ul></div>"
    )
    html = page(outside=outside).replace("<header", "<div").replace("</header>", "</div>")
    assert extract(html, url).published == dt.datetime(2010, 5, 19, 23, 3)


def test_comment_permalink_is_not_the_posts_date_line() -> None:
    url = "https://blog.example/2010/05/animated-typography/"
    outside = (
        '<ol class="commentlist"><li><a href="https://blog.example/2010/05/animated-typography/" '
        'rel="bookmark">Kommentar</a> am 21. Mai 2010 um 10:00 Uhr</li></ol>'
    )
    assert extract(page(outside=outside), url).published != dt.datetime(2010, 5, 21, 10, 0)


# ------------------------------------------------------------------------ the page's offset from its clock


def test_page_showing_the_utc_wall_clock_time_displays_utc() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2025-02-11T23:55:00+0000"})
    article = '<div class="dateline">Innlent | 11.2.2025 | 23:55 | <span>12.2.2025 7:25</span></div>'
    published = extract(page(head=head, article=article, lang="is"), URL).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2025, 2, 11, 23, 55, tzinfo=dt.UTC)
    assert published.utcoffset() == dt.timedelta(0)  # not the +07:30 to the second shown time


def test_update_line_never_decides_the_publications_offset() -> None:
    head = ld(
        {
            "@type": "NewsArticle",
            "datePublished": "2025-02-11T23:55:00+0000",
            "dateModified": "2025-02-12T07:25:30+0000",
        }
    )
    article = '<div class="dateline">Innlent | Uppfært 12.2.2025 7:25</div>'
    result = extract(page(head=head, article=article, lang="is"), URL)
    assert isinstance(result.published, dt.datetime) and isinstance(result.modified, dt.datetime)
    assert result.published.utcoffset() == dt.timedelta(0)
    assert result.modified == dt.datetime(2025, 2, 12, 7, 25, 30, tzinfo=dt.UTC)
    assert result.modified.utcoffset() == dt.timedelta(0)


def test_modification_takes_the_offset_the_publication_shows() -> None:
    head = ld(
        {
            "@type": "NewsArticle",
            "datePublished": "2024-03-12T10:00:00Z",
            "dateModified": "2024-03-12T14:00:00Z",
        }
    )
    article = '<p class="date">12.03.2024, 11:00 Uhr</p>'
    result = extract(page(head=head, article=article), URL)
    assert isinstance(result.published, dt.datetime) and isinstance(result.modified, dt.datetime)
    assert result.published.utcoffset() == dt.timedelta(hours=1)
    # Not -03:00, the distance from the publication's shown time to the update instant.
    assert result.modified.utcoffset() == dt.timedelta(hours=1)
    assert result.modified == dt.datetime(2024, 3, 12, 14, 0, tzinfo=dt.UTC)


def test_distance_that_is_no_real_offset_invents_none() -> None:
    head = ld({"@type": "NewsArticle", "dateModified": "2024-03-12T09:58:25Z"})
    article = '<p class="date">Erschienen am 12.03.2024, 8:43 Uhr</p>'
    modified = extract(page(head=head, article=article), URL).modified
    assert isinstance(modified, dt.datetime)
    assert modified.utcoffset() == dt.timedelta(0)  # -01:15 is no clock's offset


def test_twelve_hour_clock_without_am_pm_shows_utc() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2025-11-05T17:09:17+00:00"})
    article = '<div class="publication-date">Frankfurt, November 05, 2025, 5:09 Uhr</div>'
    published = extract(page(head=head, article=article), URL).published
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(0)  # not UTC-12
    assert published == dt.datetime(2025, 11, 5, 17, 9, 17, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("is", "Birt 10.2.2025 08:00 | Uppfært 12.2.2025 7:25"),
        ("fi", "Julkaistu 10.2.2025 08:00, päivitetty 12.2.2025 07:25"),
        ("cs", "Publikováno 10. 2. 2025 08:00, aktualizováno 12.02.2025 07:25"),
        ("sk", "Publikované 10.02.2025 08:00, aktualizované 12.02.2025 07:25"),
        ("hu", "Publikálva: 2025.02.10 08:00 | Frissítve: 2025.02.12 07:25"),
        ("ro", "Publicat 10.02.2025 08:00, actualizat la 12.02.2025 07:25"),
        ("el", "Δημοσιεύθηκε 10/02/2025 08:00 - Ενημερώθηκε 12/02/2025 07:25"),
        ("ru", "Опубликовано 10.02.2025 08:00, обновлено 12.02.2025 07:25"),
        ("uk", "Опубліковано 10.02.2025 08:00, оновлено 12.02.2025 07:25"),
        ("fr", "Publié le 10/02/2025 à 08h00, modifié le 12/02/2025 à 07h25"),
        ("nl", "Gepubliceerd 10-02-2025 08:00, gewijzigd 12-02-2025 07:25"),
        ("pl", "Opublikowano 10.02.2025 08:00, aktualizacja: 12.02.2025 07:25"),
        ("lt", "Paskelbta 2025-02-10 08:00, atnaujinta 2025-02-12 07:25"),
        ("id", "Dipublikasikan 10/02/2025 08:00, diperbarui 12/02/2025 07:25"),
    ],
)
def test_update_labels_in_many_languages_make_a_modification_date(lang: str, line: str) -> None:
    result = extract(page(article=f'<p class="meta-date">{line}</p>', lang=lang), URL)
    assert result.published == dt.datetime(2025, 2, 10, 8, 0)
    assert result.modified == dt.datetime(2025, 2, 12, 7, 25)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("hr", "Objavljeno: 10. veljače 2025. u 08:00 | Ažurirano: 12. veljače 2025. u 07:25"),
        ("sr", "Објављено: 10. фебруар 2025. 08:00 Ажурирано: 12. фебруар 2025. 07:25"),
        ("sl", "Objavljeno: 10. 2. 2025 ob 08:00 Posodobljeno: 12. 2. 2025 ob 07:25"),
        ("bg", "Публикувано: 10 февруари 2025, 08:00 Обновено: 12 февруари 2025, 07:25"),
        ("be", "Апублікавана: 10 лютага 2025, 08:00 Абноўлена: 12 лютага 2025, 07:25"),
        ("lv", "Publicēts: 10.02.2025 08:00 Atjaunināts: 12.02.2025 07:25"),
        ("et", "Avaldatud: 10.02.2025 08:00 Uuendatud: 12.02.2025 07:25"),
        ("ca", "Publicat: 10/02/2025 08:00 Actualitzat: 12/02/2025 07:25"),
        ("eu", "Argitaratua: 2025/02/10 08:00 Eguneratua: 2025/02/12 07:25"),
        ("ms", "Diterbitkan: 10 Februari 2025 8:00am Dikemas kini: 12 Februari 2025 7:25am"),
        ("vi", "Đăng lúc: 10/02/2025 08:00 Cập nhật: 12/02/2025 07:25"),
        ("th", "เผยแพร่: 10 ก.พ. 2568 08:00 น. อัปเดต: 12 ก.พ. 2568 07:25 น."),
        ("he", "פורסם: 10.02.25 08:00 עודכן: 12.02.25 07:25"),
        ("fa", "تاریخ انتشار: ۲۲ بهمن ۱۴۰۳ - ۰۸:۰۰ آخرین بروزرسانی: ۲۴ بهمن ۱۴۰۳ - ۰۷:۲۵"),
        ("ar", "نشر في: 10 فبراير 2025 - 08:00 آخر تحديث: 12 فبراير 2025 - 07:25"),
        ("hi", "प्रकाशित: 10 फ़रवरी 2025, 08:00 अपडेटेड: 12 फ़रवरी 2025, 07:25"),
        ("bn", "প্রকাশ: ১০ ফেব্রুয়ারি ২০২৫, ০৮:০০ আপডেট: ১২ ফেব্রুয়ারি ২০২৫, ০৭:২৫"),
        ("zh", "发布时间：2025-02-10 08:00 更新时间：2025-02-12 07:25"),
        ("ko", "입력 2025.02.10. 오전 8:00 수정 2025.02.12. 오전 7:25"),
        ("de", "10. Februar 2025 - 08.00 Uhr Akt.: 12. Februar 2025 - 07.25 Uhr"),
        ("en", "Published Monday, 10 February 2025, 08:00 - Updated Wednesday, 12 February 2025, 07:25"),
    ],
)
def test_publish_and_update_labels_in_more_languages(lang: str, line: str) -> None:
    result = extract(page(article=f'<p class="meta-date">{line}</p>', lang=lang), URL)
    assert result.published == dt.datetime(2025, 2, 10, 8, 0)
    assert result.modified == dt.datetime(2025, 2, 12, 7, 25)


def test_croatian_listopad_is_october_on_a_croatian_page() -> None:
    article = '<p class="date">5. listopada 2024. u 10:00</p>'
    assert extract(page(article=article, lang="hr"), URL).published == dt.datetime(2024, 10, 5, 10, 0)
    assert extract(page(article=article, lang="pl"), URL).published == dt.datetime(2024, 11, 5, 10, 0)


def test_solar_hijri_date_line_dates_a_persian_page() -> None:
    article = '<ul><li class="date">۲۴ بهمن ۱۴۰۳ - ۱۴:۳۰</li><li class="id">کد خبر 1353889</li></ul>'
    assert extract(page(article=article, lang="fa"), URL).published == dt.datetime(2025, 2, 12, 14, 30)


def test_weekly_report_titled_with_a_range_is_dated_by_its_first_day() -> None:
    article = "<header><h4>Wochenbericht 14. - 20. Januar 2022</h4></header>"
    assert extract(page(article=article), URL).published == dt.date(2022, 1, 14)


def test_a_date_the_title_sets_apart_dates_the_story_before_dates_in_its_text() -> None:
    """DW's <title> ends "– DW – 13.06.2023": its template's date line. A date in the story's text ("bis
    zum 31.10.2022") is what the story is about; so is one inside the title's own words."""
    article = "<h1>Post-Vac-Syndrom</h1><p>Bis zum 31.10.2022 wurden 51.000 Verdachtsfälle gemeldet.</p>"
    title = "Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir? – DW – 13.06.2023"
    assert extract(pages.page(article=article, title=title), URL).published == dt.date(2023, 6, 13)
    title = "Ratssitzung vom 4. März 2024 – Hafenblatt"
    assert extract(pages.page(article=article, title=title), URL).published == dt.date(2022, 10, 31)


def test_microdata_date_of_the_story_counts_inside_furniture_but_not_inside_a_teaser() -> None:
    """taz sets its date line, itemprop="datePublished", in a toolbar the furniture rules remove (here: a
    share bar); the story's own microdata still dates it. A teaser's microdata dates the teaser."""
    toolbar = (
        '<div class="social-bar"><ul class="toolbar"><li class="date" itemprop="datePublished" '
        'content="2023-04-28T18:41:00+02:00">28. 4. 2023, 18:41 Uhr</li></ul></div>'
    )
    published = extract(page(article=toolbar), URL).published
    assert published == dt.datetime(2023, 4, 28, 18, 41, tzinfo=tz(2))
    teaser = (
        '<aside class="related-posts"><h3>Mehr zum Thema</h3><ul><li><a href="/b">B</a>'
        '<time itemprop="datePublished" datetime="2020-12-08T10:00:00+01:00">8.12.2020</time></li>'
        '<li><a href="/c">C</a></li><li><a href="/d">D</a></li></ul></aside>'
    )
    assert extract(page(outside=teaser), URL).published is None


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        (
            '<time datetime="2023-04-28">28.4.2023</time> <time datetime="18:41">18:41 Uhr</time>',
            "de",
            dt.datetime(2023, 4, 28, 18, 41),  # zone-less: news.example's domain names no country
        ),
        (
            '<span class="date">April 28, 2023</span> | <span class="time">6:41 pm</span>',
            "en",
            dt.datetime(2023, 4, 28, 18, 41),
        ),
    ],
)
def test_date_element_followed_by_a_time_of_day_alone_gives_the_time(
    line: str, lang: str, expected: dt.datetime
) -> None:
    """Themes set the date and the time of the date line apart to style them; together they date the story."""
    published = extract(page(article=f"<p>{line}</p>", lang=lang), URL).published
    assert published == expected


def test_dateline_in_the_storys_author_box_dates_it_from_its_data_attribute() -> None:
    """SRF's date line sits in the author box under the headline, which the furniture rules remove, and
    holds the instant in a data attribute for its script, which writes "Heute, 13:38" (here nothing)."""
    author_box = (
        '<div class="article-author"><p class="article-author__name">Von Anna Muster</p>'
        '<p class="article-author__date js-dateline" data-publicationdate="2024-04-15T13:38:00+02:00" '
        'data-i18n-text-today="Heute"></p></div>'
    )
    published = extract(page(article=author_box), URL).published
    assert published == dt.datetime(2024, 4, 15, 13, 38, tzinfo=tz(2))
    assert published.utcoffset() == dt.timedelta(hours=2)


def test_the_storys_date_class_counts_in_its_removed_author_box_when_the_class_opens_the_attribute() -> None:
    """The class search runs over the page's class strings joined: a name at the very start of one
    ("entry-date", not "posted entry-date") must still find its own element, not the one before."""
    author_box = (
        '<div class="author-box"><img class="avatar" src="/a.jpg" alt="">'
        '<span class="entry-date">28.04.2023 18:41</span></div>'
    )
    assert extract(page(article=author_box), URL).published == dt.datetime(2023, 4, 28, 18, 41)


@pytest.mark.parametrize(
    "meta",
    [
        # The label before the <time>, in its parent (Nexstar's local TV sites).
        '<p>Posted: <time datetime="2023-11-08T14:40:04-06:00">Nov 8, 2023 / 02:40 PM CST</time></p>'
        '<p>Updated: <time datetime="2023-11-08T15:10:14-06:00">Nov 8, 2023 / 03:10 PM CST</time></p>',
        # The label inside the <time>, before a date written with its time of day first (Express).
        '<div class="dates"><time datetime="2023-11-08T20:40:04Z"><span>20:40, Wed, Nov 8, 2023</span></time>'
        '<time datetime="2023-11-08T21:10:14Z"> | UPDATED: <span>21:10, Wed, Nov 8, 2023</span></time></div>',
    ],
)
def test_an_update_label_outside_a_time_or_before_its_written_date_makes_it_the_modification(
    meta: str,
) -> None:
    story = extract(page(article=meta, lang="en"), URL)
    assert story.published == dt.datetime(2023, 11, 8, 20, 40, 4, tzinfo=dt.UTC)
    assert story.modified == dt.datetime(2023, 11, 8, 21, 10, 14, tzinfo=dt.UTC)


def test_zone_less_copy_of_a_utc_instant_takes_the_offset_between_them() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2023-11-02T13:12:39Z"}) + (
        '<meta property="article:published_time" content="2023-11-02T09:12:39">'
    )
    published = extract(page(head=head, lang="en"), URL).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2023, 11, 2, 13, 12, 39, tzinfo=dt.UTC)
    assert published.utcoffset() == dt.timedelta(hours=-4)


def test_shown_time_takes_the_offset_of_the_meta_stating_the_same_wall_clock_time() -> None:
    head = '<meta name="date" content="2020-04-20T14:57:27+02:00">'
    article = '<p class="date">20.04.2020, 14:57 Uhr</p>'
    published = extract(page(head=head, article=article), URL).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2020, 4, 20, 14, 57, 27, tzinfo=tz(2))
    assert published.utcoffset() == dt.timedelta(hours=2)


def test_zone_less_publication_meta_on_the_full_minute_is_the_utc_instants_local_time() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2024-04-28T13:30:00+00:00"}) + (
        '<meta name="parsely-pub-date" content="2024-04-28T06:30:00">'
    )
    published = extract(page(head=head, lang="en"), URL).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2024, 4, 28, 13, 30, tzinfo=dt.UTC)  # not 06:30 read as UTC
    assert published.utcoffset() == dt.timedelta(hours=-7)


def test_a_zone_less_json_ld_time_takes_the_offset_swiftypes_published_at_meta_states() -> None:
    """Engadget's JSON-LD writes "2019-01-07 15:37:00.000000" without a zone; the search engine's meta
    (Swiftype's "published_at", also Deadline's and Nikkan Gendai's) gives the same time with -05:00."""
    head = ld({"@type": "NewsArticle", "datePublished": "2019-01-07 15:37:00.000000"}) + (
        '<meta class="swiftype" name="published_at" data-type="date" content="2019-01-07T15:37:00-05:00">'
    )
    published = extract(page(head=head, lang="en"), URL).published
    assert published == dt.datetime(2019, 1, 7, 15, 37, tzinfo=tz(-5))
    assert published.utcoffset() == dt.timedelta(hours=-5)


def test_zone_less_modification_is_in_the_zone_the_page_writes_zone_less_times() -> None:
    stamp = "2020-12-26T21:00:38+01:00"
    head = ld({"@type": "NewsArticle", "datePublished": stamp, "dateModified": stamp}) + (
        '<meta property="article:published_time" content="2020-12-26T21:00:38">'
        '<meta property="article:modified_time" content="2020-12-26T21:05:14">'
    )
    modified = extract(page(head=head, lang="fr"), URL).modified
    assert isinstance(modified, dt.datetime)
    assert modified == dt.datetime(2020, 12, 26, 21, 5, 14, tzinfo=tz(1))  # not 21:05 read as UTC
    assert modified.utcoffset() == dt.timedelta(hours=1)


def test_zone_less_modification_where_the_page_says_nothing_else_is_on_the_publications_clock() -> None:
    """ABC News: "12:37 PM ET" under the headline, Last-Modified "2016-12-16 12:40:25" in a meta. One
    page, one clock: the update came three minutes later, not five hours before (and so dropped)."""
    head = '<meta name="Last-Modified" content="2016-12-16 12:40:25">'
    line = '<span class="timestamp">Dec 16, 2016, 12:37 PM ET</span>'
    modified = extract(page(head=head, article=line, lang="en"), URL).modified
    assert modified == dt.datetime(2016, 12, 16, 12, 40, 25, tzinfo=tz(-5))


def test_zone_less_modification_at_the_publications_minute_takes_its_offset() -> None:
    head = (
        '<meta property="article:published_time" content="2019-10-19T11:14:48+02:00">'
        '<meta property="article:modified_time" content="2019-10-19T11:14:00">'
    )
    modified = extract(page(head=head), URL).modified
    assert isinstance(modified, dt.datetime)
    assert modified.utcoffset() == dt.timedelta(hours=2)


def test_an_all_digit_json_ld_date_is_read_in_the_pages_order_of_day_and_month() -> None:
    """GlobeNewswire's JSON-LD "DateModified": "4/6/2016" on an American page is 6 April (the story is of
    "April 06, 2016"), not 4 June; on a German page it is 4 June."""
    head = ld({"@type": "NewsArticle", "datePublished": "2016-04-06T16:00:00Z", "dateModified": "4/6/2016"})
    assert extract(page(head=head, lang="en-US"), URL).modified == dt.date(2016, 4, 6)
    assert extract(page(head=head, lang="de"), URL).modified == dt.date(2016, 6, 4)
    # So is a <time>'s machine value.
    line = '<time class="published" datetime="4/6/2016">Wednesday</time>'
    assert extract(page(article=line, lang="en-US"), URL).published == dt.date(2016, 4, 6)


def test_a_json_ld_date_written_as_a_unix_time_number_is_read() -> None:
    head = ld({"@type": "NewsArticle", "headline": "Hafen", "datePublished": 1715932800})
    assert extract(page(head=head), URL).published == dt.datetime(2024, 5, 17, 8, 0, tzinfo=dt.UTC)


def test_a_meta_date_after_an_unfilled_template_of_the_same_key_counts() -> None:
    head = (
        '<meta property="article:published_time" content="{{ post.date }}">'
        '<meta property="article:published_time" content="2025-02-12T08:30:00+01:00">'
        '<meta property="article:modified_time" content="2025-02-14T10:00:00+01:00">'
    )
    article = extract(pages.page(head=head, article="<h1>Hafen-Plan beschlossen</h1>"), pages.URL)
    assert article.published is not None
    assert article.published.isoformat() == "2025-02-12T08:30:00+01:00"


@pytest.mark.parametrize(
    ("published_key", "modified_key"),
    [
        ("article:published:time", "article:modified:time"),
        ("article.published_time", "article.modified_time"),
        ("Article-Published-Time", "Article-Modified-Time"),
    ],
)
def test_a_date_meta_key_counts_however_the_theme_spells_it(published_key: str, modified_key: str) -> None:
    # The page also shows the time on a 12-hour clock without am/pm ("3:48"): the meta is the instant.
    head = (
        f'<meta name="{published_key}" content="2024-10-23T15:48:15+00:00">'
        f'<meta name="{modified_key}" content="2024-10-23T15:48:17+00:00">'
    )
    article = '<h1>Hafen-Plan beschlossen</h1><div class="date">Frankfurt, October 23, 2024, 3:48 Uhr</div>'
    found = extract(pages.page(head=head, article=article), pages.URL)
    assert found.published == dt.datetime(2024, 10, 23, 15, 48, 15, tzinfo=dt.UTC)
    assert found.modified == dt.datetime(2024, 10, 23, 15, 48, 17, tzinfo=dt.UTC)


# ------------------------------------------------------------------------------- the site's country zone


@pytest.mark.parametrize(
    ("url", "shown", "expected"),
    [
        # German summer time, then winter time: the clock the country kept that day.
        ("https://www.hafenblatt.de/a", "28.04.2023, 19:25 Uhr", "2023-04-28T19:25:00+02:00"),
        ("https://www.hafenblatt.de/a", "16.12.2024, 12:30 Uhr", "2024-12-16T12:30:00+01:00"),
        ("https://www.lrt.lt/a", "2024-03-31 19:59", "2024-03-31T19:59:00+03:00"),
        ("https://www.hafenblatt.co.uk/a", "30.08.2023, 01:55", "2023-08-30T01:55:00+01:00"),
    ],
)
def test_a_zone_less_time_the_page_shows_is_its_countrys_clock(url: str, shown: str, expected: str) -> None:
    """A date line's "19:25 Uhr" on a .de site is German time; the archive stores it with that offset."""
    article = f'<div class="article-date">{shown}</div>'
    published = extract(page(article=article), url).published
    assert isinstance(published, dt.datetime) and published.isoformat() == expected


def test_a_generic_or_many_zoned_countrys_domain_keeps_the_time_zone_less() -> None:
    article = '<div class="article-date">28.04.2023, 19:25 Uhr</div>'
    for url in ("https://www.hafenblatt.com/a", "https://www.harbour.com.au/a", "https://www.harbour.ca/a"):
        assert extract(page(article=article), url).published == dt.datetime(2023, 4, 28, 19, 25)


def test_a_stated_offset_wins_over_the_countrys_clock() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2023-04-28T17:25:00Z"})
    published = extract(page(head=head), "https://www.hafenblatt.de/a").published
    assert isinstance(published, dt.datetime) and published.isoformat() == "2023-04-28T17:25:00+00:00"
