"""Headline, publication/modification dates and authors: each general rule on a small hand-written page."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.extraction import extract
from tests.extraction.pages import BODY, URL, ld, page, tz


def authors_of(article: str, lang: str = "de", head: str = "") -> list[str]:
    """The authors extracted from a story page with `article` above its text."""
    return extract(page(head=head, article=article, lang=lang), URL).authors


# ---------------------------------------------------------------------------------------------- headline


def test_site_name_suffixes_are_removed_from_titles() -> None:
    for title, site in [
        ("Hafen-Plan beschlossen | CBC News", "CBC News"),
        ("Hafen-Plan beschlossen - WELT", "WELT"),
        ("港の計画が決定:朝日新聞デジタル", "朝日新聞デジタル"),
    ]:
        html = page(head=f'<meta property="og:site_name" content="{site}">', title=title)
        expected = "港の計画が決定" if site.startswith("朝日") else "Hafen-Plan beschlossen"
        assert extract(html, URL).headline == expected


def test_headline_dashes_inside_the_headline_are_kept() -> None:
    html = page(
        head='<meta property="og:site_name" content="Hafenblatt">',
        title="Zwei Rücktritte - und viele offene Fragen | Hafenblatt",
        article="<h1>Zwei Rücktritte - und viele offene Fragen</h1>",
    )
    assert extract(html, URL).headline == "Zwei Rücktritte - und viele offene Fragen"


def test_headline_stated_by_metadata_and_h1_wins_over_seo_variant() -> None:
    html = page(
        head=ld({"@type": "NewsArticle", "headline": "Hafen-Plan: Stadtrat stimmt zu"})
        + '<meta property="og:title" content="Hafen-Plan: Stadtrat stimmt zu">',
        title="Hafen Plan Stadtrat Abstimmung Ergebnis - Hafenblatt",
        article="<h1>Hafen-Plan: Stadtrat stimmt zu</h1>",
    )
    assert extract(html, URL).headline == "Hafen-Plan: Stadtrat stimmt zu"


def test_h1_kicker_kept_overline_and_hidden_separator_dropped() -> None:
    kicker = page(
        article='<h1><span class="kicker">Hafen</span><span class="hide">: </span>'
        "<span>Plan beschlossen</span></h1>"
    )
    assert extract(kicker, URL).headline == "Hafen: Plan beschlossen"
    topline = page(
        article='<h1><span class="topline">Hafen</span>'
        '<span class="headline-text">Plan beschlossen</span></h1>'
    )
    assert extract(topline, URL).headline == "Hafen: Plan beschlossen"
    overline = page(
        article='<h1><span class="article-title__overline">Stadtpolitik</span>'
        '<span class="offscreen"> - </span><span class="article-title__text">Plan beschlossen</span></h1>'
    )
    assert extract(overline, URL).headline == "Plan beschlossen"


def test_hidden_text_before_or_after_all_of_a_headline_is_no_part_of_it() -> None:
    """Hidden text between two parts of a heading is their separator (above); before any text it is a
    screen reader's cue (boston.com's "<span class=screen-reader-text>Visit</span> Title", hessenschau's
    "zum Video"), after all of it a decorative label ("<span aria-hidden=true>[Videoseite]</span>") or
    a full stop for machines."""
    cue = page(
        article='<h1><a href="/x"><span class="screen-reader-text">Visit </span>Plan beschlossen</a></h1>'
    )
    assert extract(cue, URL).headline == "Plan beschlossen"
    label = page(
        article='<h1><span class="hideCompletely">zum Video </span><span>Plan beschlossen'
        '<span aria-hidden="true">[Videoseite]</span></span><span class="hide">.</span></h1>'
    )
    assert extract(label, URL).headline == "Plan beschlossen"


def test_login_h1_is_not_the_headline() -> None:
    html = page(
        head='<meta property="og:title" content="Inside a Teamster Rebellion">',
        outside="<div class='modal'><h1>Log In</h1></div>",
        article="<h2>Inside a Teamster Rebellion</h2>",
    )
    assert extract(html, URL).headline == "Inside a Teamster Rebellion"


def test_double_escaped_entities_and_mojibake_are_repaired() -> None:
    html = page(
        head=ld({"@type": "NewsArticle", "headline": "Schubert: &quot;Nicht mehr viel zu verlieren&quot;"})
    )
    assert extract(html, URL).headline == 'Schubert: "Nicht mehr viel zu verlieren"'
    html = page(head=ld({"@type": "NewsArticle", "headline": "Tarif jetzt fÃ¼r nur 5,99 Euro"}))
    assert extract(html, URL).headline == "Tarif jetzt für nur 5,99 Euro"


# ------------------------------------------------------------------------------------------------- dates


def test_json_ld_graph_date_with_offset_is_kept() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Hafenblatt"},
            {"@type": "NewsArticle", "headline": "Plan", "datePublished": "2024-05-03T09:15:00+02:00"},
        ],
    }
    article = extract(page(head=ld(graph)), URL)
    assert article.published == dt.datetime(2024, 5, 3, 9, 15, tzinfo=tz(2))
    assert article.published.utcoffset() == dt.timedelta(hours=2)


@pytest.mark.parametrize(
    "script",
    [
        # commented-out lines and a comment after a comma, as templates leave them
        '{"@type": "NewsArticle",\n  // "mainEntityOfPage": {\n  "headline": "Plan", // the title\n'
        '  "datePublished": "2024-05-03T09:15:00+02:00"}',
        # a statement's semicolon after the object
        '[{"@type": "NewsArticle", "headline": "Plan", "datePublished": "2024-05-03T09:15:00+02:00"}];',
        # objects one after another, without the array around them
        '{"@type": "WebSite", "name": "Hafenblatt"},\n{"@type": "NewsArticle", "headline": "Plan",'
        ' "datePublished": "2024-05-03T09:15:00+02:00"}',
    ],
)
def test_json_ld_as_templates_break_it_is_still_read(script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script>'
    article = extract(page(head=head), URL)
    assert article.published == dt.datetime(2024, 5, 3, 9, 15, tzinfo=tz(2))
    assert article.headline == "Plan"


def test_first_publication_wins_over_an_update_in_article_published_time() -> None:
    head = '<meta property="article:published_time" content="2024-05-04T18:00:00+02:00">' + ld(
        {"@type": "NewsArticle", "datePublished": "2024-05-03T09:15:00+02:00"}
    )
    assert extract(page(head=head), URL).published == dt.datetime(2024, 5, 3, 9, 15, tzinfo=tz(2))


def test_microdata_first_publication_wins_over_meta() -> None:
    head = '<meta property="article:published_time" content="2024-05-04T18:00:00+02:00">'
    article = '<time itemprop="datePublished" datetime="2024-05-03T09:15:00+02:00">3. Mai 2024</time>'
    assert extract(page(head=head, article=article), URL).published == dt.datetime(
        2024, 5, 3, 9, 15, tzinfo=tz(2)
    )


def test_utc_instant_takes_the_offset_the_page_shows() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2020-09-20T14:20:02Z"})
    article = '<div class="story-date">20 septembrie 2020 16:20</div>'
    published = extract(page(head=head, article=article, lang="ro"), URL).published
    assert published == dt.datetime(2020, 9, 20, 16, 20, 2, tzinfo=tz(2))
    assert published.utcoffset() == dt.timedelta(hours=2)


def test_visible_date_without_zone_stays_naive() -> None:
    article = '<p class="entry-meta">Veröffentlicht am 29.04.2020, 15:59 Uhr</p>'
    published = extract(page(article=article), URL).published
    assert published == dt.datetime(2020, 4, 29, 15, 59)
    assert published.tzinfo is None


def test_only_the_day_gives_a_date() -> None:
    article = '<span class="posted-on">29. Oktober 2021</span>'
    published = extract(page(article=article), URL).published
    assert published == dt.date(2021, 10, 29)
    assert type(published) is dt.date


def test_update_label_gives_the_modification_date() -> None:
    article = (
        '<div class="meta"><span class="date">Veröffentlicht: 3. Mai 2024, 09:15 Uhr</span> '
        '<span class="date">Aktualisiert: 4. Mai 2024, 18:00 Uhr</span></div>'
    )
    result = extract(page(article=article), URL)
    assert result.published == dt.datetime(2024, 5, 3, 9, 15)
    assert result.modified == dt.datetime(2024, 5, 4, 18, 0)


def test_a_portuguese_update_line_with_its_preposition_gives_the_modification() -> None:
    """Portugal's papers write "Publicado a …" and "Atualizado a …" (Brazil's "em")."""
    article = (
        '<div class="meta"><span>Publicado a 17/05/2024 10:32</span> '
        "<span>Atualizado a 18/05/2024 08:00</span></div>"
    )
    result = extract(page(article=article, lang="pt"), URL)
    assert result.published == dt.datetime(2024, 5, 17, 10, 32)
    assert result.modified == dt.datetime(2024, 5, 18, 8, 0)


def test_hatom_entry_date_updated_class_is_the_publication() -> None:
    article = '<time class="entry-date updated" datetime="2024-03-04T18:05:00+01:00">March 4, 2024</time>'
    result = extract(page(article=article, lang="en"), URL)
    assert result.published == dt.datetime(2024, 3, 4, 18, 5, tzinfo=tz(1))
    assert result.modified is None


def test_teaser_and_comment_dates_are_never_taken() -> None:
    outside = (
        '<aside class="widget related-posts"><ul><li><a href="/a">Other</a>'
        '<time datetime="2019-01-01T10:00:00+01:00">1. Januar 2019</time></li></ul></aside>'
    )
    article = (
        '<div class="comments"><div class="comment-date">2. Februar 2018</div></div>'
        '<span class="post-date">12. März 2024</span>'
    )
    assert extract(page(article=article, outside=outside), URL).published == dt.date(2024, 3, 12)


def test_a_wrapper_that_says_comments_are_enabled_is_no_comment_block() -> None:
    """ "comments-enabled" (or "has-comments") on the story's wrapper switches comments on; it names no
    comment block, and the date line inside is the story's. A real comment block's date stays out."""
    article = (
        '<div id="article" class="comments-enabled"><div class="article-pub-date">21 May 2025 - 14:19</div>'
        '<div class="comments"><div class="comment-date">22 May 2025 - 09:00</div></div></div>'
    )
    html = page(article=article, lang="en")
    assert extract(html, URL).published == dt.datetime(2025, 5, 21, 14, 19)


@pytest.mark.parametrize(
    "expiry",
    ["Verfügbar bis 06.05.2024", "Available until 6 May 2024", "Disponible jusqu'au 06.05.2024"],
)
def test_a_media_library_expiry_date_is_no_publication_date(expiry: str) -> None:
    article = (
        f'<p class="mediaInfo"><span class="mediaExpiry">{expiry}</span></p>'
        '<p class="stand"><span>Stand: </span>22.04.2024, 06:00 Uhr</p>'
    )
    assert extract(page(article=article), URL).published.date() == dt.date(2024, 4, 22)


def test_a_date_line_after_deeply_indented_markup_is_read() -> None:
    """A theme's indentation between tags is no text: a "metas" box whose author block is indented line
    after line still shows its date line to the date finder."""
    indent = "\n" + " " * 60
    author = "".join(f"{indent}<span class='level-{n}'>" for n in range(8)) + "Emmanuelle Ducros"
    author += "".join(f"{indent}</span>" for _ in range(8))
    article = (
        f"<div class='article_metas'>{author}<span class='article_date'>15 Mai 2019 à 06h00</span></div>"
    )
    edition = "<p class='date'>Edition du lundi 12 octobre 2020</p>"  # (below the story: today's edition)
    html = page(article=article, outside=edition, lang="fr")
    assert extract(html, URL).published == dt.datetime(2019, 5, 15, 6, 0)


def test_header_bar_today_is_not_the_publication_date() -> None:
    html = (
        '<html lang="en"><head><title>Harbour</title></head><body>'
        '<div class="top-bar"><span class="today-date">Today: July 21, 2024</span></div>'
        "<article><h1>Harbour plan</h1>"
        '<span class="posted-on"><time class="entry-date published" datetime="2024-07-18T08:30:00-04:00">'
        "July 18, 2024</time></span>" + BODY + "</article></body></html>"
    )
    assert extract(html, "https://news.example/harbour-plan/").published == dt.datetime(
        2024, 7, 18, 8, 30, tzinfo=tz(-4)
    )


def test_date_from_url_when_the_page_states_none() -> None:
    url = "https://news.example/2021/11/03/budget-vote/"
    assert extract(page(), url).published == dt.date(2021, 11, 3)


def test_a_stamp_that_says_when_its_date_was_last_updated_dates_no_publication() -> None:
    """CNN Arabic's only stamp, "Sunday, 04 August 2013, last update 02:21 (GMT+0400)", dates the
    update: the story's day is its address's. A stamp that gives a time before the update label
    ("12:00 Uhr, aktualisiert 14:00 Uhr") gave the publication's first."""
    stamp = "الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)"
    url = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
    for names in ("cnn_strytmstmp", "date"):  # running text; a date element
        article = f"<h1>معارضون يسيطرون على مخازن للصواريخ</h1><div class='{names}'>{stamp}</div>"
        assert extract(page(article=article, lang="ar"), url).published == dt.date(2013, 8, 3), names
    stamp = "Mittwoch, 28.08.2013, 12:00 Uhr, aktualisiert 14:00 Uhr"
    for names in ("stamp", "date"):
        article = f"<h1>Hafen-Plan beschlossen</h1><div class='{names}'>{stamp}</div>"
        found = extract(page(article=article, lang="de"), "https://news.example/hafen-plan")
        assert found.published == dt.datetime(2013, 8, 28, 12, 0, tzinfo=found.published.tzinfo), names
        assert found.modified != found.published, names  # 12:00 is no update's time


@pytest.mark.parametrize("markup", ["microdata", "json-ld"])
def test_a_records_creation_gives_way_to_the_story_date_shown_days_before_it(markup: str) -> None:
    """rnz.de moved its archive to a new CMS: microdata's dateCreated is the move (2019), the date line
    the story's (12.10.2015, 19:16 Uhr). A creation within two days of the date shown, or a stated
    publication (datePublished), stays."""

    def published(created: str, shown: str, key: str = "dateCreated") -> object:
        date_line = f"<div class='nfy-ar-date'>{shown}</div><div><p>{'Text. ' * 40}</p></div>"
        if markup == "json-ld":
            html = page(
                head=ld({"@type": "NewsArticle", key: created}), article=f"<h1>Buchpreis</h1>{date_line}"
            )
        else:
            article = f"<h1>Buchpreis</h1>{date_line}<span itemprop={key}>{created}</span>"
            html = page(article=f"<div itemscope itemtype='https://schema.org/NewsArticle'>{article}</div>")
        return extract(html, "https://www.rnz.de/nachrichten_artikel,-witzel-_arid,133484.html").published

    assert published("2019-05-07T17:00:52+02:00", "12.10.2015, 19:16 Uhr") == dt.datetime(
        2015, 10, 12, 19, 16, tzinfo=tz(2)
    )
    assert published("2015-10-13T17:00:00+02:00", "12.10.2015, 19:16 Uhr") == dt.datetime(
        2015, 10, 13, 17, 0, tzinfo=tz(2)
    )
    assert published("2019-05-07T17:00:52+02:00", "12.10.2015, 19:16 Uhr", "datePublished") == dt.datetime(
        2019, 5, 7, 17, 0, 52, tzinfo=tz(2)
    )


def test_url_day_vetoes_a_structured_date_far_from_it() -> None:
    head = ld({"@type": "NewsArticle", "datePublished": "2016-08-29T21:54:39+00:00"})
    article = '<span class="date">3. November 2021</span>'
    url = "https://news.example/2021/11/03/budget-vote/"
    assert extract(page(head=head, article=article), url).published == dt.date(2021, 11, 3)


def test_date_in_the_title_as_a_last_resort() -> None:
    html = page(title="Gemeinderat: Protokoll der Sitzung vom 14.01.2022")
    assert extract(html, URL).published == dt.date(2022, 1, 14)


def test_cjk_and_korean_dates() -> None:
    html = page(article='<div class="info"><dt>입력</dt><dd>2025.05.15 20:00</dd></div>', lang="ko")
    assert extract(html, URL).published == dt.datetime(2025, 5, 15, 20, 0)
    html = page(article='<span class="date">2024年04月24日08:25</span>', lang="zh")
    assert extract(html, URL).published == dt.datetime(2024, 4, 24, 8, 25)


# ----------------------------------------------------------------------------------------------- authors


def test_byline_split_on_conjunctions_and_agency_kept() -> None:
    head = ld(
        {
            "@type": "NewsArticle",
            "author": {"@type": "Person", "name": "Felix Schröder und Jörg Soldwisch, dpa"},
        }
    )
    assert extract(page(head=head), URL).authors == ["Felix Schröder", "Jörg Soldwisch", "dpa"]


def test_bylines_in_many_languages() -> None:
    cases = [
        ('<p class="byline">By Jane Doe and John Roe</p>', ["Jane Doe", "John Roe"]),
        ('<p class="byline">Von: Anna Müller</p>', ["Anna Müller"]),
        ('<div class="author">Por María López y Juan Pérez</div>', ["María López", "Juan Pérez"]),
        ('<div class="author">Par Jean Dupont et Marie Curie</div>', ["Jean Dupont", "Marie Curie"]),
        ('<div class="byline">Av Kari Nordmann og Ola Nordmann</div>', ["Kari Nordmann", "Ola Nordmann"]),
        ('<span class="byline">신현주 기자</span>', ["신현주"]),
        ('<span class="author-name">Autor: Corina Gall (cog.)</span>', ["Corina Gall"]),
    ]
    for markup, expected in cases:
        assert authors_of(markup) == expected, markup


@pytest.mark.parametrize(
    "byline",
    [
        # WinFuture-style: the byline set in the share bar.
        '<div class="social_icons"><span class="author"><a rel="author" href="/mywf/157090/">Stefan Trunzik'
        '</a>,&nbsp;</span><a class="share" href="/share">Teilen</a></div>',
        # TechRadar-style: a "byline-social" box, which the block vocabulary reads as a share widget.
        '<div class="byline-social"><span>By <a href="/author/stefan-trunzik" rel="author">Stefan Trunzik</a>'
        '</span><a href="https://x.example/share">Share</a></div>',
        # National Geographic: a byline named after the share kit, "By" its label, no rel=author.
        '<div class="ng-sharekit__container"><div class="ng-sharekit__contributors"><div '
        'class="ng-sharekit__contributors--author">By <span class="ng-sharekit--dark">Stefan Trunzik</span>'
        '</div></div><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></div>',
    ],
)
def test_a_byline_counts_inside_a_share_bar_where_rel_author_or_its_label_says_so(byline: str) -> None:
    """Themes set the byline in the share bar, which the block vocabulary reads as a share widget:
    rel=author, or a byline label ("By") on an element named for the share bar, says it names the
    writer, over the JSON-LD's organisation. A name in a share box with neither is no byline."""
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example News"}})
    assert extract(page(head=head, article=byline), URL).authors == ["Stefan Trunzik"]
    unlabelled = '<div class="share-author">Stefan Trunzik</div><a href="https://x.example/share">Share</a>'
    assert extract(page(head=head, article=unlabelled), URL).authors == ["Example News"]


def test_a_byline_box_named_for_its_follow_button_too_is_still_the_byline() -> None:
    """Infobae's byline box is "byline has-author follow-button-ctn": the follow button it holds does not
    make it a social widget."""
    box = (
        '<div class="display_flex {names}"><div class="byline-image-ctn"><img alt="Juan Gaona" '
        'class="byline-author-image" src="/a.png"></div><p class="authors-name-txt-ctn"><span>Por </span><a '
        'aria-label="Juan Gaona" class="author-name" href="/autor/juan-gaona/">Juan Gaona</a></p><a '
        'aria-label="Seguir" class="byline-follow-seguir" href="https://profile.google.com/cp/x" '
        'title="Seguir"><span class="byline-follow-seguir-text">Seguir</span></a></div>'
    )
    # (Set as Infobae sets it, in the story's <header> above its <article>.)
    byline = box.format(names="byline has-author follow-button-ctn byline-new")
    html = page(before=f"<header><h1>Terremoto sacudió el consumo</h1>{byline}</header>")
    assert extract(html, URL).authors == ["Juan Gaona"]
    # (A picture's credit the theme names after the byline is still avoided: "byline-photo-credit".)
    credit = '<span class="byline-photo-credit">Max Muster</span>'
    html = page(before=f"<header><h1>Terremoto sacudió el consumo</h1>{byline}{credit}</header>")
    assert extract(html, URL).authors == ["Juan Gaona"]


def test_a_figure_that_lays_out_the_byline_is_no_picture_caption() -> None:
    """Funke's sites set the byline in a <figure>: the author's avatar in a rel=author link, the name in
    the <figcaption>. A picture's caption naming its photographer still names no author."""
    avatar = '<a rel="author" href="/autoren/hannah-ritzmann/"><img src="/a.jpg" alt="Hannah Ritzmann"></a>'
    byline = (
        f'<figure class="flex">{avatar}<figcaption><address>Von <a rel="author" '
        'href="/autoren/hannah-ritzmann/">Hannah Ritzmann</a>, Redakteurin für Finanzen</address>'
        "</figcaption></figure>"
    )
    assert authors_of(byline) == ["Hannah Ritzmann"]
    photo = (
        '<figure><img src="/hafen.jpg" alt="Der Hafen"><figcaption>Foto: <a rel="author" '
        'href="/autoren/otto-meier/">Otto Meier</a></figcaption></figure>'
    )
    assert authors_of(photo) == []


def test_an_attribution_line_is_a_byline_but_a_pictures_attribution_is_not() -> None:
    line = (
        '<div class="attribution-and-updated_article-attribution__Iz7z_">Fouzia Van Der Fort<span>|</span>'
        "<span>Published <time>4 months ago</time></span></div>"
    )
    assert authors_of(line, "en") == ["Fouzia Van Der Fort"]
    credit = '<div class="image-attribution">Nicole Bresler</div>'
    assert authors_of(credit, "en") == []


def test_a_byline_box_that_reads_as_no_name_as_a_whole_leaves_its_parts_to_be_read() -> None:
    """Nine's "author" box holds the name and the time ("By Associated Press 12:20pm Jan 7, 2024"): as a
    whole no name; its "author__details" part names the agency."""
    box = (
        '<div class="author"><span class="author__details"><span class="text--author">'
        '<a href="/contributors/associated-press">By Associated Press</a></span></span>'
        '<time class="text--byline">12:20pm Jan 7, 2024</time></div>'
    )
    assert authors_of(box, "en") == ["Associated Press"]


def test_a_rel_author_credit_in_the_site_footer_is_no_author() -> None:
    footer = '<footer class="site-footer"><a rel="author" href="/about">Hafenblatt Verlag GmbH</a></footer>'
    assert extract(page(outside=footer), URL).authors == []


def test_a_generated_class_name_that_happens_to_hold_byl_is_no_byline() -> None:
    """styled-components names classes with random letters ("bYLXMF"); a subhead in one is no byline.
    A theme's own abbreviation, "c-byl", still is."""
    crosshead = (
        '<div type="crosshead" class="sc-e17c7982-2 bYLXMF"><h2>Nährstofflieferant Hühnersuppe</h2></div>'
    )
    assert authors_of(crosshead) == []
    byline = '<span class="c-byl">Von Anna Müller</span>'
    assert authors_of(byline) == ["Anna Müller"]


def test_the_place_and_position_lines_of_a_byline_box_are_no_names() -> None:
    box = (
        '<div class="article_details"><p class="author_name">Chus del Pino, Martí Abad</p>'
        '<p class="author_location">Sevilla, Los Gallardos</p>'
        '<div class="c-author__position">Enviado Especial</div></div>'
    )
    assert authors_of(box, "es") == ["Chus del Pino", "Martí Abad"]


def test_a_modifier_class_names_no_block_around_the_byline() -> None:
    """ "with-avatars" says the byline shows avatars; it is no avatar block, and the name inside counts."""
    byline = (
        '<div class="post-meta"><span class="single-author with-avatars"><span class="meta-author-avatar">'
        '<img src="/a.png" alt=""></span><span class="meta-author">Ntombizethu Ngcobo</span></span></div>'
    )
    assert authors_of(byline, "en") == ["Ntombizethu Ngcobo"]


def test_a_link_to_the_writers_author_page_names_the_author_where_no_byline_does() -> None:
    """Utility-class themes give the byline no telling class; its link to the author's page still names
    the writer. Another story's card (its own <article>) and the site's footer do not."""
    byline = (
        '<ul class="inline text-xl font-bold"><li class="inline">'
        '<a href="/author/luna-gonzalez">Luna González</a></li></ul>'
    )
    card = (
        '<article class="card"><h3><a href="/otra">Otra</a></h3>'
        '<a href="/author/otro-autor">Otro Autor</a></article>'
    )
    footer = '<footer class="site-footer"><a href="/author/redaccion">Pie Pagina</a></footer>'
    html = page(article=byline, outside=card + footer, lang="es")
    assert extract(html, URL).authors == ["Luna González"]
    assert extract(page(outside=card + footer, lang="es"), URL).authors == []
    # An author page under its number ("/autor/747/<name>").
    numbered = '<p class="text-sm"><a href="/autor/747/petra-lerchbaumer">Petra Lerchbaumer</a></p>'
    assert authors_of(numbered) == ["Petra Lerchbaumer"]
    # An author page with a short id after its slug ("/author/<name>/<id>", VOA's CMS).
    with_id = '<li class="links__item">By <a href="/author/associated-press/j_-yt">Associated Press</a></li>'
    assert extract(page(article=f"<ul>{with_id}</ul>"), URL).authors == ["Associated Press"]
    # Sites file their writers under other words: "/by/", "/staff/", "/meet-the-team/".
    for path in ("/meet-the-team/adam-vidler-p4zy7c", "/by/adam-vidler", "/staff/adam-vidler/"):
        team = f'<div class="x1"><a href="{path}">Adam Vidler</a></div>'
        assert authors_of(team) == ["Adam Vidler"], path


def test_a_writers_handle_page_on_the_platform_names_the_author() -> None:
    """Substack and Medium file writers under "@handle" pages of the platform; another site's "@handle"
    (a YouTube channel in the share bar) is a social profile, no author page."""
    url = "https://janedoe.substack.com/p/harbour-strike-ends"
    line = '<div class="pencraft pc-reset"><a href="https://substack.com/@janedoe">Jane Doe</a></div>'
    assert extract(page(article=line, lang="en"), url).authors == ["Jane Doe"]
    medium = '<div class="pw-author"><a href="/@janedoe?source=post_page">Jane Doe</a></div>'
    assert extract(page(article=medium, lang="en"), "https://medium.com/@janedoe/harbour-1a2b").authors == [
        "Jane Doe"
    ]
    channel = '<div class="pencraft"><a href="https://www.youtube.com/@harbourtv">Harbour TV</a></div>'
    assert extract(page(article=channel, lang="en"), url).authors == []


def test_the_author_links_line_names_the_writers_it_does_not_link() -> None:
    """An agency has no author page: "<a>Adam Vidler</a> and <span>AP</span>" names both. The line ends
    at the block under it (the date's <p>), whose text is no name."""
    line = (
        '<div class="x1"><a href="/meet-the-team/adam-vidler-p4zy7c">Adam Vidler</a> and <span>AP</span>'
        "<p>June 30, 2026 - 4.34pm</p></div>"
    )
    assert authors_of(line, "en") == ["Adam Vidler", "AP"]
    before = '<div class="x1"><span>AP</span> and <a href="/by/adam-vidler">Adam Vidler</a></div>'
    assert authors_of(before, "en") == ["AP", "Adam Vidler"]


def test_a_link_titled_as_the_writers_page_names_the_author_whatever_its_path() -> None:
    """Some CMSes file writers under their topic pages ("/thema/duy-linh-dinh,145046_58/"); the link's
    title still says it lists the writer's stories. A section's "Mehr von …" says nothing of the kind, nor
    does a title that names someone else than the link's text."""
    info = (
        '<p class="info publication-info"><a href="/thema/duy-linh-dinh,145046_58/" class="btn btn-link"'
        ' title="Alle Inhalte von Duy Linh Dinh">Duy Linh Dinh</a><br/>28.04.2024 | 09:36 Uhr</p>'
    )
    assert authors_of(info, "de") == ["Duy Linh Dinh"]
    for title in ("Posts by Jane Doe", "Articles par Jane Doe", "Zur Profilseite von Jane Doe"):
        line = f'<p class="info"><a href="/p/123" title="{title}">Jane Doe</a></p>'
        assert authors_of(line) == ["Jane Doe"], title
    for title in ("Mehr von Jane Doe", "Alle Inhalte von Otto Meier", "Posts in Jane Doe"):
        line = f'<p class="info"><a href="/p/123" title="{title}">Jane Doe</a></p>'
        assert authors_of(line) == [], title


def test_a_name_set_right_before_the_storys_date_line_is_its_writer() -> None:
    """Themes without byline classes or labels set the writer's name just before the date, in the date's
    own line (Anadolu Ajansı) or in a block beside it (PAZ): one piece of text shaped as a name."""
    in_line = (
        "<h1>Şarj istasyonu sayısı 11 bini aştı</h1><h4>Bakan Uraloğlu açıkladı.</h4>"
        '<div class="row"><span style="float:left">Sehernur Karsu &nbsp;|</span>'
        '<span class="tarih">05.04.2025 14:46</span></div>'
    )
    assert authors_of(in_line, "tr") == ["Sehernur Karsu"]
    beside = (
        "<h1>Wettstreit der Scheinlösungen</h1>"
        '<div class="row mb-4"><div class="col-6 text-muted">Hagen Ritter</div>'
        '<div class="col-6 text-right text-muted">06.11.2023</div></div>'
    )
    assert authors_of(beside) == ["Hagen Ritter"]
    # The date written right after the name's element, in its parent's text.
    tail = (
        '<h1>Aus, aus, alles vorbei</h1><div class="right"><span>Malte Welding </span> | 29.07.2006 um 14:26'
        "</div>"
    )
    assert authors_of(tail) == ["Malte Welding"]
    labelled = (
        '<h1>Übungen</h1><div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022'
        "</div>"
    )
    assert authors_of(labelled) == ["Pamela Sladky"]
    place = (
        '<h1>Aus, aus, alles vorbei</h1><div class="right"><span>NEW YORK</span> | 29.07.2006 um 14:26</div>'
    )
    assert authors_of(place) == []


def test_a_name_its_style_hides_before_the_date_line_is_nobody_the_reader_sees() -> None:
    """The Plain Dealer's byline sets its paper's name hidden by its own style between the desk's byline
    and the date: the writer the reader sees is the desk's, not the paper's hidden name."""
    hidden = '<span style="display:none; visibility:hidden;">Hafen Kurier</span>'
    byline = (
        "<h1>Let me Google that for you</h1><div id='byline'><span class='author vcard'>"
        f"<a href='/user/nationaldesk/posts.html'>National Desk</a></span>{hidden}"
        "<br/>on December 27, 2014 at 12:06 PM, updated "
        "<span class='updated'>December 27, 2014 at 12:10 PM</span></div>"
    )
    assert authors_of(byline, "en") == ["National Desk"]


def test_a_byline_line_in_the_storys_own_rail_names_the_writer_a_teasers_does_not() -> None:
    """Rolling Stone sets "By David Fear" and the date in an <aside class="left-rail"> beside the text,
    furniture for the body; its byline line is still the story's. A related post's "Par ..." line under
    the story (Bondy Blog's "Articles liés") is not."""
    rail = (
        '<h1>Harbour grudge</h1><aside class="left-rail"><div class="content-info">'
        '<div class="content-byline">By <a href="/contributor/jane-roe">Jane Roe</a></div>'
        "<time>December 9, 2016</time></div></aside>"
    )
    assert authors_of(rail, "en") == ["Jane Roe"]
    related = (
        '<section class="pageComponents"><h2 class="title">Articles liés</h2><div class="listPosts"><ul>'
        '<li class="listPosts-item"><h3><a href="/societe/autre-histoire/">Une autre histoire</a></h3>'
        '<p class="listPosts-excerpt">Un autre texte.</p><div class="listPosts-infos">Par <a '
        'href="/author/john-roe/">John Roe</a><br> Le <span>05/02/2020</span></div></li></ul></div></section>'
    )
    html = page(article="<h1>Havenplan</h1>", lang="fr").replace("</article>", related + "</article>")
    assert extract(html, URL).authors == []


def test_names_the_byline_sets_in_capitals_take_the_case_the_author_meta_writes() -> None:
    """The New York Times sets its byline in capitals ("By MARC SANTORA, AL BAKER") and names the same
    writers in its author meta as they spell themselves; a capitalised name the meta does not write
    stays as it is."""
    head = (
        '<meta name="author" content="Marc Santora and Al Baker">'
        '<meta name="byl" content="By MARC SANTORA and AL BAKER">'
    )
    byline = '<h1>Harbour grudge</h1><p class="byline">By MARC SANTORA, AL BAKER and JANE ROE</p>'
    authors = authors_of(byline, "en", head=head)
    assert authors == ["Marc Santora", "Al Baker", "JANE ROE"]


def test_a_labelled_part_of_a_byline_box_names_the_writer_where_the_box_as_a_whole_does_not() -> None:
    """The New York Daily News sets "By Meg Wagner" and its paper's name with the date in two <div>s of
    one byline box: read as one run of words they name nobody, the labelled part names the writer. A
    picture's credit in a part of its own ("Beeld: Pro Shots", Dutch) names no writer."""
    box = (
        '<h1>Harbour grudge</h1><div class="article_byline"><div>By <span>Meg Wagner</span></div>'
        "<div><div>NEW YORK DAILY NEWS</div><time>Dec 16, 2016 at 1:38 pm</time></div></div>"
    )
    assert authors_of(box, "en") == ["Meg Wagner"]
    credit = (
        '<h1>Havenplan</h1><div class="attribution"><span class="author">Door: Anna de Vries</span>'
        '<span class="media-copyright">Beeld: Pro Shots</span></div>'
    )
    assert authors_of(credit, "nl") == ["Anna de Vries"]


def test_a_labelled_line_of_text_before_the_date_under_the_headline_names_the_writer() -> None:
    """Prospect sets "by Duncan Bell / January 19, 2017 /" as bare text after the standfirst, in no
    element of its own; a sentence that opens so without a date after the name is no byline."""
    line = (
        '<h1>The Anglosphere</h1><div class="post-info"><h3 class="page-subtitle">An old fantasy</h3>'
        'by Jane Roe / January 19, 2017 / <a href="#respond">Leave a comment</a></div>'
    )
    assert authors_of(line, "en") == ["Jane Roe"]
    sentence = '<h1>The Anglosphere</h1><div class="info"><h3>An old fantasy</h3>by the sea, at last</div>'
    assert authors_of(sentence, "en") == []


def test_a_widgets_credit_to_its_provider_is_no_byline() -> None:
    """AOL credits its reading-list widget's provider in an "attribution" link under it ("By PubExchange",
    rel=nofollow, to the provider's site): the page's author meta names the writer, the widget does not."""
    head = '<meta name="author" content="AOL Staff">'
    widget = (
        '<div class="reading-list"><a href="https://thoughtcatalog.example/a/">Another site\'s story</a>'
        '<a class="attribution" rel="nofollow" target="_blank" href="https://welcome.widgetco.example/aol">'
        "By WidgetCo</a></div>"
    )
    html = page(head=head, article="<h1>Harbour grudge</h1>", lang="en")
    html = html.replace("</main>", widget + "</main>")
    assert extract(html, URL).authors == ["AOL Staff"]


def test_a_class_saying_what_the_byline_box_lacks_does_not_avoid_it() -> None:
    """The Washington Post's byline line is "pb-sig-line hasnt-headshot hasnt-bio": it has no bio, it is
    none."""
    byline = (
        '<h1>Harbour grudge</h1><div class="pb-sig-line hasnt-headshot hasnt-bio"><span class="pb-byline">'
        'By <a href="/people/erin-cunningham">Erin Cunningham</a></span></div>'
    )
    assert authors_of(byline, "en") == ["Erin Cunningham"]
    # Thought Catalog's "writer-no-avatar": the box has no avatar, it is none.
    writer = (
        '<h1>One day</h1><div class="writer-container writer-no-avatar"><h4 class="writer-name">'
        '<a href="/jane-roe/" class="writer-profile-permalink">Jane Roe</a></h4></div>'
    )
    assert authors_of(writer, "en") == ["Jane Roe"]


def test_an_author_card_that_opens_on_hover_adds_no_name_to_the_byline() -> None:
    """ABC News sets each writer's bio card ("author-overlay": a "Close" button, "Follow on Twitter")
    beside the name in the byline list: the card's words are no part of the byline, nor a byline of
    their own. A writer whose name is a word ("Glenn Close") keeps it."""
    card = (
        '<div class="author-overlay"><a class="close" href="#">Close</a><div class="author-meta">'
        '<a href="https://twitter.com/intent/user?screen_name=x">Follow on Twitter</a></div></div>'
    )
    byline = (
        '<h1>Harbour grudge</h1><ul class="authors"><li><div rel="author" class="author has-bio">'
        f'<span class="by-text">By</span> Josh Haskell</div>{card}</li><li><div rel="author" '
        f'class="author has-bio">David Caplan</div>{card}</li><li><div rel="author" class="author">'
        "PATRICK REEVELL</div></li></ul>"
    )
    authors = ["Josh Haskell", "David Caplan", "PATRICK REEVELL"]
    assert authors_of(byline, "en") == authors
    named = '<h1>Harbour grudge</h1><div class="byline">By <a rel="author" href="/a/gc">Glenn Close</a></div>'
    assert authors_of(named, "en") == ["Glenn Close"]
    # The Washington Post's "author-hover-card" repeats the name with the writer's role.
    hover = (
        '<h1>Harbour grudge</h1><div class="author-sig-line"><div class="author-byline">By <a '
        'href="/people/jane-roe/">Jane Roe</a></div><div class="author-hover-card">'
        '<a href="/people/jane-roe/">Jane Roe</a><div>Harbour writer</div></div></div>'
    )
    assert authors_of(hover, "en") == ["Jane Roe"]


def test_a_post_meta_line_that_opens_with_posted_by_names_the_writer() -> None:
    """Old blog themes credit the post in a plain meta line under it ("posted by Stadler at 12:53");
    a sentence of the story that opens so is no such line."""
    meta = '<div class="meta">posted by Stadler at 12:53 <!-- filed in --></div>'
    assert extract(page(lang="en").replace(BODY, BODY + meta), URL).authors == ["Stadler"]
    sentence = (
        "<p>Posted by Anna Lee, who wrote to the council about the harbour plan, and her neighbours in the "
        "old town, the letter was read out on Tuesday.</p>"
    )
    assert extract(page(lang="en").replace(BODY, BODY + sentence), URL).authors == []


def test_what_stands_before_the_date_line_without_being_a_name_is_no_writer() -> None:
    """A breadcrumb of section links, a menu link, a sentence or a kicker in lower case stand there too."""
    for before in (
        '<ul><li><a href="/regions/charleroi">Charleroi</a></li><li><a href="/charleroi/actu">Charleroi'
        " Actu</a></li></ul>",
        '<div><a href="/current-issue">Current Issue</a></div>',
        "<p>Die Stadt hat entschieden.</p>",
        "<div>ein kommentar von heute</div>",
        "<span>NEW YORK</span>",  # a dateline's city, in capitals
        "<span>Top Stories</span>",  # a block's label
        "<span>Local News</span>",
        '<span class="location">Los Angeles</span>',  # an element named as a place
        "<span>New York</span>",  # a place datelines name, in title case in an unnamed element
        "<span>Tel Aviv</span>",
    ):
        html = page(article=f"<h1>Wettstreit der Scheinlösungen</h1>{before}<div>06.11.2023</div>")
        assert extract(html, URL).authors == [], before


def test_the_storys_author_box_names_the_writer_where_nothing_else_does() -> None:
    """A theme without a byline (TimesLive) names the writer only in the bio box under the story, which
    `blocks` marks as furniture; its link to the writer's page names them. The box's "More posts" link
    to that page is no name, and a sidebar's box about another writer is not the story's."""
    bio = "<p>Tania Broughton has reported on the courts in KwaZulu-Natal for twenty years.</p>"
    box = (
        '<div class="b-author-bio"><a href="/author/tania-broughton"><h2>Tania Broughton</h2></a>'
        f'{bio}<a href="/author/tania-broughton/">More posts</a></div>'
    )
    only_more = f'<div class="b-author-bio">{bio}<a href="/author/tania-broughton/">More posts</a></div>'
    sidebar = (
        '<aside class="sidebar"><div class="author-box"><a href="/author/otto-meier">Otto Meier</a>'
        "<p>Otto Meier writes the weekly column on shipping and the port for this paper.</p></div></aside>"
    )
    under_the_story = page(lang="en").replace(BODY, BODY + box)
    assert extract(under_the_story, URL).authors == ["Tania Broughton"]
    assert extract(page(lang="en").replace(BODY, BODY + only_more), URL).authors == []
    assert extract(page(outside=sidebar, lang="en"), URL).authors == []


def test_a_byline_in_the_storys_author_box_names_the_writer() -> None:
    """Süddeutsche sets the byline and the writer's bio pop-up in one "authors" section at the story's
    head; the bio makes the section furniture, which must not hide the byline. The company in the author
    meta is the publisher, not the writer."""
    box = (
        '<section class="authors"><div class="authorProfileContainer"><strong>Von <span>Markus Balser</span>'
        ', Berlin</strong></div><div class="authorPopup"><div class="name">Markus Balser</div>'
        '<div class="info"><p>Markus Balser kam 2001 zur Zeitung und berichtet aus Berlin über die Bahn.</p>'
        "</div></div></section>"
    )
    head = '<meta name="author" content="Hafenblatt Verlag GmbH, Hamburg, Germany">'
    assert extract(page(head=head, article=f"<h1>Flixbus attackiert die Bahn</h1>{box}"), URL).authors == [
        "Markus Balser"
    ]
    # Outside the story's container the box is another page part's (a columnist's box under the page).
    assert extract(page(article="<h1>Flixbus attackiert die Bahn</h1>", outside=box), URL).authors == []


def test_a_microdata_organisation_author_gives_way_to_the_writer_the_meta_names() -> None:
    """Nature marks its desk as the microdata author, an Organization, and names the writer in dc.creator:
    as in JSON-LD, an organisation is the author only where no person is named."""
    desk = (
        '<div itemscope itemprop="author" itemtype="https://schema.org/Organization">'
        '<meta itemprop="name" content="Nature Editorial"></div>'
    )
    writer = '<meta name="dc.creator" content="Elizabeth Gibney">'
    article = f"<h1>Gigantic Chinese telescope opens to astronomers</h1>{desk}"
    assert authors_of(article, "en", head=writer) == ["Elizabeth Gibney"]
    assert authors_of(article, "en") == ["Nature Editorial"]


def test_every_name_of_a_microdata_person_is_a_writer_but_not_its_affiliations() -> None:
    """Investment Executive sets both writers' names in one microdata Person; a Person's affiliation, an
    Organization inside it, is no writer."""
    person = (
        '<div class="hidden" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<span itemprop="name">Paul Roe</span><span itemprop="name">Fatima Doe</span>'
        '<div itemprop="affiliation" itemscope itemtype="http://schema.org/Organization">'
        '<span itemprop="name">Harbour Institute</span></div></div>'
    )
    html = page(article=f"<h1>Outlook dims</h1>{person}", lang="en").replace(
        "<article>", '<article itemscope itemtype="http://schema.org/NewsArticle">'
    )
    assert extract(html, URL).authors == ["Paul Roe", "Fatima Doe"]


def test_a_json_ld_author_given_as_a_reference_is_the_person_it_names() -> None:
    """Yoast's graph gives the article's author as {"@id": ...}, a reference to a Person object beside
    it; its older graphs set no article at all and credit the author on the WebPage."""
    person = {"@type": "Person", "@id": "https://example.com/#/schema/person/5541", "name": "Kab Niang"}
    reference = {"@id": person["@id"]}
    article = {"@type": "Article", "headline": "Streik", "author": reference}
    webpage = {"@type": "WebPage", "name": "Streik - Hafenblatt", "author": reference}
    for graph in ([article, person], [webpage, person]):
        head = ld({"@context": "https://schema.org", "@graph": graph})
        assert extract(page(head=head), URL).authors == ["Kab Niang"]


def test_an_entity_in_a_metadata_name_is_read_as_its_character() -> None:
    """WordPress SEO plugins write the author's name HTML-escaped into JSON-LD ("O&#039;Donnell"): the
    apostrophe is part of the name, not where it ends."""
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Lindsey O&#039;Donnell"}})
    assert extract(page(head=head, lang="en"), URL).authors == ["Lindsey O'Donnell"]
    meta = '<meta name="author" content="Siobh&amp;#225;n Kelly &amp;amp; Ben Ode">'  # escaped twice
    assert extract(page(head=meta, lang="en"), URL).authors == ["Siobh\u00e1n Kelly", "Ben Ode"]


def test_the_byline_in_the_storys_own_footer_names_the_author() -> None:
    """WordPress's default themes set the byline in the story's "entry-footer"; the site's footer credits
    stay no author."""
    footer = (
        '<footer class="entry-footer"><span class="posted-on"><time class="entry-date published" '
        'datetime="2019-08-02T15:57:41+00:00">August 2, 2019</time></span><span class="byline">'
        '<span class="author vcard"><span class="screen-reader-text">Author </span><a class="url fn n" '
        'href="https://example.com/blog/author/lemire/">Daniel Lemire</a></span></span></footer>'
    )
    site_footer = (
        '<footer class="site-footer"><div class="footer-credits"><span class="byline">Theme by '
        '<a href="https://themes.example/author/peter/">Peter Amende</a></span></div></footer>'
    )
    story = page(lang="en").replace(BODY, BODY + footer)
    assert extract(story, URL).authors == ["Daniel Lemire"]
    assert extract(page(outside=site_footer, lang="en"), URL).authors == []


def test_a_byline_in_the_storys_footer_box_or_under_a_feature_class_names_the_author() -> None:
    """A footer box beside the story's text whose name is no "entry-footer" ("artikelfooter") is the
    story's, as the block marking judged; and a class that turns a feature on ("enable-pin-share") names
    no share bar."""
    html = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafen</title></head><body>'
        f'<div id="maincontent"><div id="contentleft"><div id="artikel"><h1>Hafenplan beschlossen</h1>{BODY}'
        '</div><div id="artikelfooter"><div id="artikelfooterbox1"><div id="artikelautor">Autor: '
        '<a href="https://social.example/anna">Angelika Leitner</a></div></div></div></div></div>'
        '<div id="footer"><p>© Hafenblatt</p></div></body></html>'
    )
    assert extract(html, URL).authors == ["Angelika Leitner"]
    meta = (
        '<div class="entry-meta"><span class="meta-author">By <a href="/author/fd/">Franziska Dully</a>'
        "</span></div>"
    )
    story = page(article=meta, lang="en").replace("<article>", '<article class="post enable-pin-share">')
    assert extract(story, URL).authors == ["Franziska Dully"]


def test_a_byline_named_in_french_names_the_author_and_a_quotes_source_does_not() -> None:
    """French themes name the byline "auteurs"; a <cite> that names a quotation's author ("auteurcit")
    credits the person quoted, not the writer."""
    line = '<div class="dates_auteurs">par <span class="auteurs">Didier Roy</span>, 21 juin 2018</div>'
    assert authors_of(line, "fr") == ["Didier Roy"]
    quote = (
        "<blockquote><p>« Il faut quelqu’un de sa stature. »</p>"
        '<cite class="auteurcit">Laurence Bloch, directrice de France Inter</cite></blockquote>'
    )
    assert authors_of(quote, "fr") == []


def test_a_label_after_a_themes_indentation_opens_the_byline() -> None:
    owner = (
        '<div class="heading-zone"><span class="heading-zone-owner">\n                                par '
        '<a href="/personne-jacques-munier.html">Jacques Munier</a>\n                </span></div>'
    )
    assert authors_of(owner, "fr") == ["Jacques Munier"]


def test_a_social_handle_in_the_author_meta_is_no_organisation() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Hafenblatt"}})
    head += '<meta property="og:site_name" content="Hafenblatt">'
    head += '<meta property="article:author" content="@HafenblattUK">'
    assert extract(page(head=head, lang="en"), URL).authors == ["Hafenblatt"]


def test_the_themes_designer_in_the_author_meta_is_no_author() -> None:
    """A WordPress theme fills the author meta with its designer, whom the footer credits ("Theme by …");
    a writer the meta names and the page links elsewhere stays."""
    meta = '<meta name="author" content="Peter Amende">'
    footer = 'Theme by <a title="Peter Amende" href="https://peteramende.example/">Peter Amende</a>'
    assert extract(page(head=meta, outside=f"<aside id='end'>{footer}</aside>"), URL).authors == []
    profile = '<p>Mehr von <a href="/autor/peter-amende">Peter Amende</a></p>'
    assert extract(page(head=meta, outside=profile), URL).authors == ["Peter Amende"]


def test_organisation_not_taken_when_a_person_is_named() -> None:
    head = ld(
        {
            "@type": "NewsArticle",
            "author": [
                {"@type": "Organization", "name": "Hafenblatt"},
                {"@type": "Person", "name": "Eva Kirchner"},
            ],
            "publisher": {"@type": "Organization", "name": "Hafenblatt"},
        }
    )
    assert extract(page(head=head), URL).authors == ["Eva Kirchner"]


def test_agency_object_next_to_a_person_is_a_co_author() -> None:
    head = ld(
        {
            "@type": "NewsArticle",
            "author": [
                {"@type": "Person", "name": "Paula Steiger"},
                {"@type": "Organization", "name": "SDA"},
            ],
        }
    )
    assert extract(page(head=head), URL).authors == ["Paula Steiger", "SDA"]


def test_organisation_is_the_author_when_no_person_is_named() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "kicker"}})
    assert extract(page(head=head), URL).authors == ["kicker"]


def test_publisher_named_as_person_gives_way_to_the_byline() -> None:
    head = '<meta property="og:site_name" content="Krautreporter">' + ld(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Krautreporter"}}
    )
    article = '<p class="byline">Von <a rel="author" href="/autoren/shany-littman">Shany Littman</a></p>'
    assert extract(page(head=head, article=article), URL).authors == ["Shany Littman"]


def test_photo_credits_urls_and_slugs_are_never_names() -> None:
    article = (
        '<figure><img src="a.jpg"><figcaption class="credit">Foto: Getty Images</figcaption></figure>'
        '<div class="author"><a href="https://twitter.com/janedoe">https://twitter.com/janedoe</a></div>'
        '<span class="byline">jane-doe</span><span class="byline">By Jane Doe</span>'
    )
    assert authors_of(article) == ["Jane Doe"]


def test_byline_and_author_box_are_one_author() -> None:
    article = (
        '<div class="entry-meta"><span class="byline">By '
        '<a rel="author" href="/author/jane/">Jane Doe</a></span></div>'
        '<div class="author-box"><h4 class="author-name">JANE DOE</h4><p>Jane covers the harbour.</p></div>'
    )
    assert authors_of(article, "en") == ["Jane Doe"]


def test_related_story_bylines_are_not_authors() -> None:
    outside = (
        '<section class="related-posts"><article><h3>Other story</h3>'
        '<span class="byline">By Max Mustermann</span></article></section>'
    )
    article = '<span class="byline">By Jane Doe</span>'
    assert extract(page(article=article, outside=outside), URL).authors == ["Jane Doe"]


def test_labelled_byline() -> None:
    article = "<ul><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>"
    assert authors_of(article) == ["Roman Goncharenko"]


def test_a_label_that_opens_the_element_around_the_name_is_a_byline() -> None:
    """Drupal writes "By" as the text of the span that holds the author field; other themes "Author:" or
    "Written by" before the link, with the date after it in the same element."""
    drupal = (
        '<div class="node__meta"><span>By <span class="field field--name-uid"><a title="View user profile."'
        ' href="/user/12" class="username">Jane Doe</a></span></span>'
        ' <span class="field field--name-created">Fri, 05/17/2024 - 10:32</span></div>'
    )
    assert authors_of(drupal, "en") == ["Jane Doe"]
    dated = (
        '<li class="submitted"><span>Author: <a href="/team/gabor">Gàbor Muniér</a>, Datum: 03.03.19'
        "</span></li>"
    )
    assert extract(page(article=f"<ul>{dated}</ul>"), URL).authors == ["Gàbor Muniér"]
    # A label word that opens a longer text is no byline.
    long = "<span>By <a href='/x'>the harbour</a> the workers gathered at dawn to hear the final offer</span>"
    assert authors_of(long, "en") == []


def test_meta_author_as_last_resort_and_duplicates_merged() -> None:
    head = (
        '<meta name="author" content="Anna Sleegers, Frankfurt"><meta name="author" content="anna sleegers">'
    )
    assert extract(page(head=head), URL).authors == ["Anna Sleegers"]


def test_each_author_meta_key_counts_where_one_names_only_the_first_writer() -> None:
    """NRK's "author" names the first of two writers, its two "article:author" tags both (with their
    roles, which the byline rules drop)."""
    head = (
        '<meta name="author" content="Mathias Hagen">'
        '<meta property="article:author" content="Mathias Hagen / Journalist">'
        '<meta property="article:author" content="Anders Skjerdingstad / Journalist">'
    )
    assert extract(page(head=head), URL).authors == ["Mathias Hagen", "Anders Skjerdingstad"]


def test_the_writers_the_meta_names_beside_an_agency_the_byline_credits() -> None:
    """A byline box that credits only the agency ("dpa") while the author meta names its writers too: the
    writers and the agency. A meta that names no writer leaves the agency alone."""
    byline = '<span class="author">dpa</span>'
    head = '<meta name="author" content="Felix Schröder und Jörg Soldwisch, dpa">'
    authors = extract(page(head=head, article=byline), URL).authors
    assert authors == ["Felix Schröder", "Jörg Soldwisch", "dpa"]
    head = '<meta name="author" content="Redaktion">'
    assert extract(page(head=head, article=byline), URL).authors == ["dpa"]


@pytest.mark.parametrize(
    "key", ["lrt_authors", "analytics:author", "dcsext.author", "cxenseparse:autor-articulo", "vr:author"]
)
def test_a_meta_key_of_the_sites_own_names_the_author_where_no_common_one_does(key: str) -> None:
    head = f'<meta property="{key}" content="Povilas Aleksandravičius">'
    assert extract(page(head=head), URL).authors == ["Povilas Aleksandravičius"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("smartbanner:author", "Westdeutscher Rundfunk"),  # the app's publisher
        ("twitter:author", "Povilas Aleksandravičius"),
        ("its_author", "1482088941"),  # an id
        ("cxenseparse:url-autor-articulo", "https://news.example/autores/lorenzo-marina.html"),
        ("sailthru.byline_bio", "Lorenzo Marina covers the courts"),
    ],
)
def test_meta_keys_that_name_no_author(key: str, value: str) -> None:
    assert extract(page(head=f'<meta property="{key}" content="{value}">'), URL).authors == []


# ------------------------------------------------------------------------------------ canonical, summary


def test_canonical_from_link_then_og_url_then_json_ld() -> None:
    amp = "https://news.example/amp/hafen-plan"
    head = '<link rel="Canonical" href="/politik/hafen-plan">'
    assert extract(page(head=head), amp).canonical_url == "https://news.example/politik/hafen-plan"
    head = '<meta property="og:url" content="https://news.example/politik/hafen-plan">'
    assert extract(page(head=head), amp).canonical_url == "https://news.example/politik/hafen-plan"
    head = ld(
        {"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://news.example/politik/hafen-plan"}}
    )
    assert extract(page(head=head), amp).canonical_url == "https://news.example/politik/hafen-plan"


def test_summary_is_the_pages_own_description_cleaned() -> None:
    head = '<meta name="description" content="Der Rat stimmt  dem &amp;quot;Hafen-Plan&amp;quot; zu.">'
    assert extract(page(head=head), URL).summary == 'Der Rat stimmt dem "Hafen-Plan" zu.'


def test_without_a_description_the_standfirst_under_the_headline_is_the_summary() -> None:
    """A page without description metadata still sets its lead apart ("article-lead", "dek", "chapo"):
    that is its summary. A picture's caption and a teaser's "entry-summary" further down are not, nor is a
    lead that repeats the headline; the page's own description still comes first."""
    lead = "Der Stadtrat hat nach langer Debatte den Plan für den neuen Hafen angenommen."
    caption = (
        '<figure><img src="/a.jpg"><figcaption class="article-lead">Der Hafen am Abend, vom Kai aus gesehen.'
        "</figcaption></figure>"
    )
    article = f'<h1>Hafenplan beschlossen</h1>{caption}<p class="article-lead">{lead}</p>'
    teaser = (
        '<aside class="related-posts"><p class="entry-summary">Ein anderer Bericht über die neue Schule am '
        "Hafen und ihre Schüler.</p></aside>"
    )
    assert extract(page(article=article, outside=teaser), URL).summary == lead
    repeated = '<h1>Hafenplan beschlossen</h1><p class="article-lead">Hafenplan beschlossen.</p>'
    assert extract(page(article=repeated, outside=teaser), URL).summary is None
    head = '<meta name="description" content="Der Rat stimmt dem Plan zu.">'
    assert extract(page(head=head, article=article), URL).summary == "Der Rat stimmt dem Plan zu."


def test_a_description_that_only_repeats_the_headline_is_no_summary() -> None:
    """A CMS that copies the title into the description ("Historischer Markt" for "Historischer Markt",
    "Wie entsteht Erdöl?." for "Wie entsteht Erdöl?") summarises nothing: the standfirst is the summary,
    or there is none."""
    head = '<meta name="description" content="Wie entsteht Erdöl?.">'
    lead = "Erdöl bildet sich nach Millionen von Jahren aus toten Kleinstlebewesen auf dem Meeresgrund."
    article = f'<h1>Wie entsteht Erdöl?</h1><p class="article-lead">{lead}</p>'
    assert extract(page(head=head, article=article), URL).summary == lead
    assert extract(page(head=head, article="<h1>Wie entsteht Erdöl?</h1>"), URL).summary is None
    # (Contao names the lead "ce_articleIntro", the words run together.)
    article = f'<h1>Wie entsteht Erdöl?</h1><div class="ce_articleIntro block"><p>{lead}</p></div>'
    assert extract(page(head=head, article=article), URL).summary == lead


def test_a_subheadline_is_the_standfirst_but_not_a_meta_line_or_a_teaser_named_so() -> None:
    """Newsrooms name the dek under the headline "sub-headline" or "subtitle"; some themes give that name
    to the byline and date line, or to a link to another story under the lead: those are no summary."""
    dek = "Lawmakers push the port authority on efforts to clear the backlog before the holidays."
    article = f'<h1>Hafenplan beschlossen</h1><h2 class="sub-headline speakable">{dek}</h2>'
    assert extract(page(article=article, lang="en"), URL).summary == dek
    for line in (
        '<div class="entry-subhead">by Logan C. Ritchie November 8, 2023 | 6:03 pm Share it with friends.'
        "</div>",
        '<div class="subtitle is-6">1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.</div>',
        '<h2 class="voc-subtitle"><a href="/otra-historia">Detenida una madre por dejar encerrada a su hija'
        " en un cajón: «Tuve que enseñarle a sonreír»</a></h2>",
    ):
        assert extract(page(article=f"<h1>Hafenplan beschlossen</h1>{line}"), URL).summary is None, line


def test_german_stand_line_is_the_story_date() -> None:
    article = '<p class="metatextline">Stand: 28.04.2023 17:23 Uhr</p>'
    result = extract(page(article=article), URL)
    assert result.published == dt.datetime(2023, 4, 28, 17, 23)
    assert result.modified is None


def test_running_text_timestamp_beats_an_event_date() -> None:
    article = "<p>Die Messe vom 31. Mai 2021 war ausgebucht.</p><p>Eingetragen 14.01.2022 09:25</p>"
    assert extract(page(article=article), URL).published == dt.datetime(2022, 1, 14, 9, 25)


def test_last_resort_never_reads_teaser_blocks() -> None:
    outside = (
        '<aside class="widget related-posts"><h3>Related Posts</h3><ul><li><a href="/a">Other story</a> '
        '<span class="date">12. März 2019</span></li></ul></aside>'
    )
    assert extract(page(outside=outside), URL).published is None


def test_last_resort_finds_a_date_in_page_scripts() -> None:
    script = '<script>var page = {"type": "story", "datePublished": "2019-03-02T06:22:28+01:00"};</script>'
    assert extract(page(head=script), URL).published == dt.date(2019, 3, 2)


def test_odd_structured_data_shapes_do_not_break_extraction() -> None:
    odd = {
        "@type": ["NewsArticle", "Thing"],
        "headline": {"@value": "not a string"},
        "datePublished": ["2024-05-03T09:15:00+02:00", "2024-05-04"],
        "author": [
            "https://twitter.com/someone",
            {"@type": "Person", "givenName": "Eva", "familyName": "Kirchner"},
        ],
    }
    head = ld(odd) + '<script type="application/ld+json">{"broken": </script>'
    result = extract(page(head=head, article="<h1>Hafen-Plan beschlossen</h1>"), URL)
    assert result.headline == "Hafen-Plan beschlossen"
    assert result.published == dt.datetime(2024, 5, 3, 9, 15, tzinfo=tz(2))
    assert result.authors == ["Eva Kirchner"]


def test_signature_at_the_end_of_the_story() -> None:
    def story(end: str) -> str:
        head = '<html lang="vi"><head><title>Tin</title></head><body>'
        return f"{head}<article><h1>Tin</h1>{BODY}{end}</article></body></html>"

    signed = '<p style="text-align:right;"><strong>Lê Phương</strong></p>'
    assert extract(story(signed), URL).authors == ["Lê Phương"]
    heading = "<p><strong>Weitere Informationen</strong></p><ul><li>Broschüre zum Thema</li></ul>"
    assert extract(story(heading), URL).authors == []


def test_a_closing_credit_with_a_bylines_label_signs_the_story() -> None:
    """The Plain Dealer closes its stories with "-- By Michael Russell" and a follow button (or a link to
    the writer's page): the writer, where the byline names only the desk. A closing line that links
    elsewhere, or a post's "Posted by" line crediting a team, signs nothing."""

    def story(end: str) -> str:
        byline = "<span class='author vcard'><a href='/user/nationaldesk/posts.html'>National Desk</a></span>"
        return page(article=f"<h1>Google searches</h1>{byline}", lang="en").replace(BODY, BODY * 4 + end)

    follow = "<a class='twitter-follow-button' href='https://twitter.com/tdmrussell'>Follow @tdmrussell</a>"
    assert extract(story(f"<p>-- By Michael Russell {follow}</p>"), URL).authors == ["Michael Russell"]
    linked = "<p>-- By <a href='/author/michael-russell/'>Michael Russell</a></p>"
    assert extract(story(linked), URL).authors == ["Michael Russell"]
    elsewhere = "<p>-- By Michael Russell <a href='/2014/12/browns-win.html'>Cleveland Browns</a></p>"
    assert extract(story(elsewhere), URL).authors == ["National Desk"]
    team = "<p><em>Posted by Alex Durán, AMP Project Marketing, Google</em></p>"
    assert extract(story(team), URL).authors == ["National Desk"]


def test_the_sites_name_its_own_description_or_a_placeholder_is_no_summary() -> None:
    """A theme that fills every page's description with the site's name, or with the description its
    JSON-LD gives the whole site, describes no story: the next description, or the standfirst, is the
    summary, or there is none."""
    site_name = '<meta property="og:site_name" content="Hafenblatt">'
    named = f'{site_name}<meta property="og:description" content="Hafenblatt">'
    assert extract(page(head=named), URL).summary is None
    site = "Täglich Nachrichten aus dem Hafen und der Stadt."
    head = (
        ld({"@context": "https://schema.org", "@type": "WebSite", "name": "Hafenblatt", "description": site})
        + f'<meta property="og:description" content="{site}">'
        + '<meta name="twitter:description" content="Der Rat beschließt den Hafenplan.">'
    )
    assert extract(page(head=head), URL).summary == "Der Rat beschließt den Hafenplan."
    # A plugin's placeholder where the post has no excerpt describes nothing either.
    jetpack = '<meta property="og:description" content="Visit the post for more.">'
    assert extract(page(head=jetpack), URL).summary is None
    # The story's own description stays, even where it names the site.
    own = (
        f'{site_name}<meta property="og:description" content="Hafenblatt: Der Rat beschließt den Hafenplan.">'
    )
    assert extract(page(head=own), URL).summary == "Hafenblatt: Der Rat beschließt den Hafenplan."


def test_a_pictures_credit_after_the_description_is_no_part_of_the_summary() -> None:
    head = '<meta property="og:description" content="Der Rat beschließt den Hafenplan • Foto: Anna Lee/dpa">'
    assert extract(page(head=head), URL).summary == "Der Rat beschließt den Hafenplan"
    # A credit the sentence itself states stays: no separator sets it apart.
    head = '<meta property="og:description" content="Das Foto: ein Dokument der Zeit, sagt der Rat.">'
    assert extract(page(head=head), URL).summary == "Das Foto: ein Dokument der Zeit, sagt der Rat."


def test_an_hcard_bylines_formatted_name_is_the_writer_without_the_title_beside_it() -> None:
    """An hCard ("author vcard") marks the writer's name as its "fn"; the title the card, or the writer's
    box around it, sets beside the name is no part of it (AOL News: "Andrea Stone" and "Senior Washington
    Correspondent")."""
    box = (
        "<div class='writerProfile'><a href='/team/andrea-stone/'><img alt='Andrea Stone' src='/a.jpg'></a>"
        "<p class='author vcard'><a href='/team/andrea-stone/'><b class='fn'>Andrea Stone</b></a>"
        "<span class='blogtitle'>Senior Washington Correspondent</span></p></div>"
    )
    html = page(article=f"<h1>The Marines getting a makeover?</h1>{box}", lang="en")
    assert extract(html, URL).authors == ["Andrea Stone"]
    # A card without a formatted name is read whole, as any byline.
    plain = "<p class='author vcard'>By <a href='/team/jane-doe/'>Jane Doe</a></p>"
    html = page(article=f"<h1>The Marines getting a makeover?</h1>{plain}", lang="en")
    assert extract(html, URL).authors == ["Jane Doe"]
