"""Headline rules that weigh the page's statements against each other (crawler/extraction/headline.py)."""

from __future__ import annotations

import pytest

from crawler.extraction import extract
from crawler.extraction.site_name import strip_site_name
from tests.extraction import pages
from tests.extraction.pages import ld

URL = "https://hafenblatt.example/politik/hafen-plan-beschlossen"
SITE = '<meta property="og:site_name" content="Hafenblatt">'


def page(head: str = "", article: str = "", title: str = "") -> str:
    return pages.page(SITE + head, article, title=title)


def og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


def og_site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


def twitter(title: str) -> str:
    return f'<meta name="twitter:title" content="{title}">'


def test_twitter_title_copying_og_title_with_the_site_name_is_no_second_statement() -> None:
    # og:title and twitter:title are one social headline, written once with the site's name and once
    # without; the JSON-LD headline and the visible <h1> state the other one, and they win.
    html = page(
        head=ld({"@type": "NewsArticle", "headline": "Stadtrat beschliesst Hafen-Plan"})
        + og("Der lange Weg zum Hafen-Plan - Hafenblatt")
        + twitter("Der lange Weg zum Hafen-Plan"),
        title="Der lange Weg zum Hafen-Plan - Hafenblatt",
        article="<h1>Stadtrat beschliesst Hafen-Plan</h1>",
    )
    assert extract(html, URL).headline == "Stadtrat beschliesst Hafen-Plan"
    # Saying something else, twitter:title is a statement of its own and tips the balance.
    html = html.replace(twitter("Der lange Weg zum Hafen-Plan"), twitter("Stadtrat beschliesst Hafen-Plan"))
    other = html.replace("<h1>Stadtrat beschliesst Hafen-Plan</h1>", "")
    assert extract(other, URL).headline == "Stadtrat beschliesst Hafen-Plan"


def test_breadcrumb_h1_is_an_seo_title_and_the_displayed_heading_votes_under_its_kicker() -> None:
    shown = "Was der Beschluss für die Altstadt bedeutet"
    seo = f"Hafen-Plan: {shown}"
    html = page(
        head=ld({"@type": "NewsArticle", "headline": seo}) + og(shown),
        title=f"{seo} | Hafenblatt",
        article=f'<div class="breadcrumbs"><h1 class="breadcrumbs_seotitle">{seo}</h1></div>'
        f'<header><h2 class="title"><span class="kicker">Hafen-Plan</span> – {shown}</h2></header>',
    )
    assert extract(html, URL).headline == shown
    # Counted as a statement, the SEO <h1> would tip the balance to the SEO headline.
    visible = html.replace('<h1 class="breadcrumbs_seotitle">', '<h1 class="page-title">')
    assert extract(visible, URL).headline == seo
    # Without the displayed heading, the SEO headline is stated as often as the social one and wins.
    plain = html.replace(f'<span class="kicker">Hafen-Plan</span> – {shown}', "Mehr zum Thema")
    assert extract(plain, URL).headline == seo


def test_titles_prefixing_a_topic_to_the_h1_under_an_overline_state_the_h1() -> None:
    words = "Was der Beschluss für die Altstadt bedeutet"
    html = page(
        head=og(f"Hafen-Plan beschlossen: {words}"),
        title=f"Hafen-Plan beschlossen: {words} - Hafenblatt",
        article='<h1><span class="article-title__overline">Stadtpolitik</span>'
        f'<span class="h-offscreen"> - </span><span class="article-title__text">{words}</span></h1>',
    )
    assert extract(html, URL).headline == words
    # An <h1> without an overline under titles with a kicker: the kicker belongs to the headline.
    no_overline = page(
        head=og(f"Hafen-Plan beschlossen: {words}"),
        title=f"Hafen-Plan beschlossen: {words} - Hafenblatt",
        article=f"<div>Hafen-Plan beschlossen</div><h1>{words}</h1>",
    )
    assert extract(no_overline, URL).headline == f"Hafen-Plan beschlossen: {words}"


def test_json_ld_alternative_headline_votes_for_the_statement_it_repeats() -> None:
    seo = "Stadtrat beschliesst Hafen-Plan am Montagabend"
    social = "Ja zum Hafen – doch die Altstadt muss warten"
    shown = f'<h2 class="title">Hafen-Plan – {social}</h2>'
    with_alternative = ld({"@type": "NewsArticle", "headline": seo, "alternativeHeadline": social})
    html = page(head=with_alternative + og(social), title=f"{seo} | Hafenblatt", article=shown)
    assert extract(html, URL).headline == social
    # Stated as often (JSON-LD and <title> against og:title and the displayed heading), JSON-LD wins.
    without = page(
        head=ld({"@type": "NewsArticle", "headline": seo}) + og(social),
        title=f"{seo} | Hafenblatt",
        article=shown,
    )
    assert extract(without, URL).headline == seo


def test_a_dash_between_two_numbers_joins_a_range_and_is_no_title_separator() -> None:
    for headline in (
        "Wochenbericht 14. - 20. Januar 2022",
        "Bilanz der Saison 2019 - 2020",
        "Bürgersprechstunde heute 10 - 12 Uhr",
        "Hafenfest vom 3.–5. Mai",
    ):
        html = page(title=f"{headline} - Hafenblatt")
        assert extract(html, URL).headline == headline
    # Between a number and a word the dash still separates the site's name.
    assert extract(page(title="Hafenfest 2024 - Hafenblatt"), URL).headline == "Hafenfest 2024"


def test_a_separator_left_dangling_at_the_end_of_the_title_is_dropped() -> None:
    # The CMS writes "{headline} - {site}" with an empty site name.
    html = page(head=og("Hafen-Plan endgültig beschlossen -"), title="Hafen-Plan endgültig beschlossen -")
    assert extract(html, URL).headline == "Hafen-Plan endgültig beschlossen"
    # A closing French quote is no separator.
    quoted = "« Le port doit rester ouvert à tous »"
    assert extract(page(head=og(quoted), title=quoted), URL).headline == quoted


def h1_headline(h1: str) -> str | None:
    return extract(page(article=h1), URL).headline


def test_a_line_of_its_own_before_the_headline_is_a_kicker_and_a_br_is_a_space() -> None:
    # Set apart by CSS alone, the first element ends right against the headline's capital letter.
    assert h1_headline("<h1><span>Hafenfest</span>Der Plan steht</h1>") == "Hafenfest: Der Plan steht"
    assert h1_headline("<h1><small>Serie</small><br>Der Plan steht</h1>") == "Serie: Der Plan steht"
    assert (
        h1_headline('<h1><span class="title"><small>Serie</small><br>Der Plan steht</span></h1>')
        == "Serie: Der Plan steht"
    )
    # A kicker class puts the colon before the heading's own text too.
    assert (
        h1_headline('<h1><span class="roofline">Hafen</span> Plan beschlossen</h1>')
        == "Hafen: Plan beschlossen"
    )
    # The space between the kicker's element and the headline's goes, not before the colon ("Hafen : ").
    assert (
        h1_headline('<h1><span class="topline">Hafen</span> <span>Plan beschlossen</span></h1>')
        == "Hafen: Plan beschlossen"
    )
    # Inside the headline, a <br> breaks the line between two words, and an inline element is a word part.
    assert h1_headline("<h1>Der lange Weg<br>zum Hafen-Plan</h1>") == "Der lange Weg zum Hafen-Plan"
    assert h1_headline("<h1><b>Hafen</b>plan beschlossen</h1>") == "Hafenplan beschlossen"


def test_styles_scripts_and_ruby_readings_in_a_heading_are_not_its_text() -> None:
    styled = (
        '<h1><span class="css-1x"><style>.css-1x{display:block}</style>Pressemitteilung'
        '<span class="css-2y"><style>.css-2y{position:absolute}</style>:</span></span>'
        "Hafen-Plan beschlossen</h1>"
    )
    assert h1_headline(styled) == "Pressemitteilung: Hafen-Plan beschlossen"
    assert (
        h1_headline(
            "<h1><ruby>港<rt>みなと</rt></ruby>の<ruby>計画<rp>(</rp><rt>けいかく</rt><rp>)</rp></ruby>が決定</h1>"
        )
        == "港の計画が決定"
    )


def test_a_metadata_field_cut_short_by_a_length_limit_is_no_statement() -> None:
    full = "Hafen-Plan beschlossen: Stadtrat stimmt zu und die Altstadt feiert bis in die Nacht"
    other = "Was der Hafen-Plan für die Altstadt bedeutet"

    def with_og(og_title: str) -> str:
        head = ld({"@type": "NewsArticle", "headline": other}) + og(og_title) + twitter(og_title)
        return page(head=head, title=f"{full} | Hafenblatt")

    # og:title (twitter:title copies it) is the <title> cut after a conjunction or inside a word: though
    # the <title> contains it, it does not outvote the JSON-LD headline.
    assert extract(with_og("Hafen-Plan beschlossen: Stadtrat stimmt zu und"), URL).headline == other
    assert extract(with_og("Hafen-Plan beschlossen: Stadtrat stimmt zu und die Alts"), URL).headline == other
    # Ending on a full word, a shorter field may be the editor's shorter headline: it keeps its votes.
    shorter = "Hafen-Plan beschlossen: Stadtrat stimmt zu"
    assert extract(with_og(shorter), URL).headline == shorter
    # Cut at an ellipsis, the JSON-LD headline gives way to the full text.
    html = page(head=ld({"@type": "NewsArticle", "headline": full[:50] + "…"}), title=f"{full} | Hafenblatt")
    assert extract(html, URL).headline == full


def test_a_title_ending_in_an_ellipsis_is_the_headline_where_nothing_else_states_one() -> None:
    """A headline may end on an ellipsis ("… informiert…"): where no other statement and no <h1> exists,
    the field is the headline, not cut away as clipped (which left the page with none)."""
    heading = '<h2 class="newsheading">Das Ministerium informiert…</h2>'
    html = pages.page("", heading, title="Das Ministerium informiert… | Hafenblatt")
    assert extract(html, URL).headline == "Das Ministerium informiert…"


def test_without_an_h1_a_displayed_h2_confirms_the_title_piece_that_is_the_headline() -> None:
    """A blog that sets its post titles in <h2> and its name first in the <title> ("Gregor Hafner's
    Digital Home | …"): the piece the <h2> displays is the headline."""
    heading = '<h2 class="blog_post_title">Hafen-Plan nach langer Debatte beschlossen</h2>'
    html = pages.page(
        "",
        heading,
        title="Gregor Hafner's Digital Home | Hafen-Plan nach langer Debatte beschlossen",
        lang="en",
    )
    assert extract(html, "https://gregorhafner.example/blog/2020/01/13/hafen").headline == (
        "Hafen-Plan nach langer Debatte beschlossen"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "米朝首脳直通電話 習氏に挑むトランプ戦術の成否 （写真＝ロイター）",
            "米朝首脳直通電話 習氏に挑むトランプ戦術の成否",
        ),
        ("Hafen-Plan beschlossen (Foto: dpa)", "Hafen-Plan beschlossen"),
        # a bracket that is no credit stays
        ("Hafen-Plan beschlossen (mit Video)", "Hafen-Plan beschlossen (mit Video)"),
    ],
)
def test_a_pictures_credit_closing_the_title_is_no_part_of_the_headline(title: str, expected: str) -> None:
    head = ld({"@type": "NewsArticle", "headline": title}) + og(title)
    assert extract(page(head=head, title=title), URL).headline == expected


@pytest.mark.parametrize(
    "marked",
    [
        '<p class="body"><span class="headline entry-title">Father of the harbour plan speaks out</span></p>',
        '<div class="story-head"><h2 itemprop="headline">Father of the harbour plan speaks out</h2></div>',
    ],
)
def test_without_an_h1_the_element_the_markup_names_the_headline_states_it(marked: str) -> None:
    """A page without an <h1> whose <title> is the site's generic one ("News from The Associated Press"):
    the element microformats or microdata name the headline is displayed and states it."""
    html = pages.page("", marked, title="News from The Associated Press", lang="en")
    assert extract(html, URL).headline == "Father of the harbour plan speaks out"


def test_the_registered_name_in_the_host_names_the_site() -> None:
    # Without og:site_name, the host names the site: its registered name, not only its longest label.
    url = "https://gemeinschaftsforum.kaiblatt.example/thema/freie-software"
    html = pages.page(title="Was ist Freie Software - Kaiblatt Community Forum")
    assert extract(html, url).headline == "Was ist Freie Software"


def test_the_publisher_a_json_ld_reference_names_is_the_site() -> None:
    """Yoast's graph names the publisher by reference ({"@id": ".../#organization"}) to an Organization
    beside the article: its name is the site's, cut from the <title>."""
    organisation = {"@type": "Organization", "@id": "https://www.ok-online.example/#organization"}
    organisation["name"] = "Ostsee Kurier"
    article = {"@type": "NewsArticle", "publisher": {"@id": organisation["@id"]}}
    html = pages.page(
        head=ld({"@context": "https://schema.org", "@graph": [article, organisation]}),
        title="Streik im Hafen legt Fähren lahm - Ostsee Kurier",
    )
    assert extract(html, "https://www.ok-online.example/a").headline == "Streik im Hafen legt Fähren lahm"


def test_a_topic_word_and_the_sites_name_state_no_headline_while_another_statement_does() -> None:
    """selbst.de titles its page and og:title "Wurmkiste | selbst.de": the topic, too short to be the
    headline once the site's name is cut, so the name stays and the two agreeing titles outvoted the
    JSON-LD headline. Alone, such a title is still all the page says."""
    url = "https://www.selbst.de/wurmkiste-39572.html"
    head = '<meta property="og:site_name" content="selbst.de">' + og("Wurmkiste | selbst.de")
    head += ld({"@type": "Article", "headline": "Wurmkiste selber bauen"})
    html = pages.page(head=head, title="Wurmkiste | selbst.de")
    assert extract(html, url).headline == "Wurmkiste selber bauen"
    assert extract(pages.page(title="Wurmkiste | selbst.de"), url).headline == "Wurmkiste | selbst.de"


def test_on_a_blog_or_wiki_platform_the_subdomain_names_the_site() -> None:
    url = "https://rueda.wikidot.com/enchufla"
    html = pages.page(title="Salsa-Figuren - Rueda in Berlin")
    assert extract(html, url).headline == "Salsa-Figuren"
    # Elsewhere a subdomain is a section of the site, not its name.
    html = pages.page(title="Salsa-Figuren - Rueda in Berlin")
    assert (
        extract(html, "https://rueda.tanzblatt.example/enchufla").headline
        == "Salsa-Figuren - Rueda in Berlin"
    )


def test_a_short_site_name_is_cut_only_as_a_word_of_its_own() -> None:
    url = "https://www.kb.example/politik/hafen-plan"
    # "kb" is inside "Parkbank": no site's name, the piece stays.
    html = pages.page(title="Hafen-Plan beschlossen - Streit um die Parkbank")
    assert extract(html, url).headline == "Hafen-Plan beschlossen - Streit um die Parkbank"
    html = pages.page(title="Hafen-Plan beschlossen - KB Nachrichten")
    assert extract(html, url).headline == "Hafen-Plan beschlossen"


def test_a_short_site_name_opens_a_site_piece_only_as_its_first_word() -> None:
    """ "KB Nachrichten - …" opens with the site's name; in "Die Stadt KB : …" the name is a word of the
    headline, which stays whole (the <h1> says it too)."""
    url = "https://www.kb.example/politik/hafen-plan"
    headline = "Die Stadt KB : quand le port devient parc"
    html = pages.page(article=f"<h1>{headline}</h1>", title=f"{headline} | KB", lang="fr")
    assert extract(html, url).headline == headline
    html = pages.page(title="KB Nachrichten - Hafen-Plan beschlossen")
    assert extract(html, url).headline == "Hafen-Plan beschlossen"


def test_a_site_name_that_spells_out_the_hosts_words_opens_no_headline() -> None:
    """cdu-fraktion-erfurt.de titles its pages "CDU-Fraktion im Erfurter Stadtrat - …": four words, each
    host word opening one of them in order, are the site's name written out. A piece with only some of
    them ("CDU-Fraktion fordert …") is the headline's."""
    url = "https://cdu-fraktion-erfurt.example/aktuelles/waldorfschule"
    html = pages.page(title="CDU-Fraktion im Erfurter Stadtrat - Entwicklung der Waldorfschule ermöglicht")
    assert extract(html, url).headline == "Entwicklung der Waldorfschule ermöglicht"
    title = "CDU-Fraktion fordert mehr Geld für Schulen - Waldorfschule ermöglicht"
    assert extract(pages.page(title=title), url).headline == title


def test_an_h1_only_screen_readers_read_states_no_headline() -> None:
    """The ministry's name as the first <h1>, hidden from the eye for screen readers ("aural", "sr-only"),
    is the site's, not the story's: the <h1> readers see states the headline."""
    for hidden in ("aural", "sr-only", "visually-hidden"):
        article = (
            f'<h1 class="{hidden}">Bundesministerium der Justiz und für Verbraucherschutz</h1>'
            "<h1>Mehr Transparenz bei Preisanpassungen</h1>"
        )
        html = pages.page(article=article, title="BMJV | Transparenz bei Preisanpassungen")
        assert extract(html, "https://www.bmjv.example/DE/preise.html").headline == (
            "Mehr Transparenz bei Preisanpassungen"
        ), hidden
    # Tailwind's "empty:hidden" hides the <h1> only while it is empty: this one is read.
    article = (
        '<h1 class="sr-only">Bundesministerium der Justiz</h1>'
        '<h1 class="text-4xl empty:hidden">Mehr Transparenz bei Preisanpassungen</h1>'
    )
    html = pages.page(article=article, title="BMJV | Transparenz bei Preisanpassungen")
    assert extract(html, "https://www.bmjv.example/DE/preise.html").headline == (
        "Mehr Transparenz bei Preisanpassungen"
    )


def test_the_closing_french_quote_is_no_title_separator() -> None:
    html = pages.page(head=og_site("Le Quai"), title="Le maire dit « non » au port - Le Quai", lang="fr")
    assert extract(html, URL).headline == "Le maire dit « non » au port"
    # "»" between two pieces, with no quote open, still separates a site's name.
    html = pages.page(head=og_site("Le Quai"), title="Le maire dit non au port » Le Quai", lang="fr")
    assert extract(html, URL).headline == "Le maire dit non au port"


def test_a_subtitle_after_the_headline_inside_the_heading_is_no_part_of_it() -> None:
    html = (
        '<h1><span class="entry-title-primary">Hafen-Plan beschlossen</span> '
        '<span class="entry-subtitle">Was die Altstadt jetzt erwartet</span></h1>'
    )
    assert h1_headline(html) == "Hafen-Plan beschlossen"
    # In front of the headline, a "subtitle" is the kicker, its colon the heading's or ours.
    html = '<h1><span class="post-subtitle">Stadtpolitik:</span> Hafen-Plan beschlossen</h1>'
    assert h1_headline(html) == "Stadtpolitik: Hafen-Plan beschlossen"
    html = '<h1> <span class="subtitle">Olympia in Paris</span> Getränke per Schiff ins Zentrum </h1>'
    assert h1_headline(html) == "Olympia in Paris: Getränke per Schiff ins Zentrum"


def test_a_title_tail_is_cut_where_what_is_left_is_the_displayed_heading() -> None:
    # Too short a headline is left to cut the site's name by name alone; the <h1> confirms the cut.
    html = page(
        head=og("Hafenfest - Hafenblatt"), title="Hafenfest - Hafenblatt", article="<h1>Hafenfest</h1>"
    )
    assert extract(html, URL).headline == "Hafenfest"
    # An unknown blog name after "›", and Chinese pieces after "_", are cut where the <h1> ends.
    shown = "Laufen im Winter: Von null auf zehn Kilometer"
    html = page(
        head=og(f"{shown} › Nordlicht Laufblog"),
        title=f"{shown} › Nordlicht Laufblog",
        article=f"<h1>{shown}</h1>",
    )
    assert extract(html, URL).headline == shown
    html = page(
        head=og("港の計画が決定_地域_話題"),
        title="港の計画が決定_地域_話題",
        article="<h1>港の計画が決定</h1>",
    )
    assert extract(html, URL).headline == "港の計画が決定"
    # An unknown tail is no site's name after a heading of one or two words: that is a topic.
    titled = "Coronavirus - Neue Regeln ab Montag"
    html = page(head=og(titled), title=titled, article="<h1>Coronavirus</h1>")
    assert extract(html, URL).headline == titled


def test_a_headline_going_on_in_lower_case_is_no_section_before_the_site_name() -> None:
    html = page(title="Zwei Rücktritte - und viele offene Fragen | Hafenblatt")
    assert extract(html, URL).headline == "Zwei Rücktritte - und viele offene Fragen"
    # A section's name of one word may be written in lower case, like a slug or a brand.
    for title in (
        "Zwei Rücktritte im Stadtrat - politik | Hafenblatt",
        "Zwei Rücktritte im Stadtrat | iPhone | Hafenblatt",
    ):
        assert extract(page(title=title), URL).headline == "Zwei Rücktritte im Stadtrat"


def test_a_breadcrumb_after_the_site_name_in_front_of_the_headline_is_cut() -> None:
    # "Site » Section » Headline": the section pieces the breadcrumb's separator closes go with the site.
    for title in (
        "Hafenblatt » Politik » Hafen-Plan im Stadtrat beschlossen",
        "Hafenblatt | Politik | Lokales | Hafen-Plan im Stadtrat beschlossen",
    ):
        assert extract(page(title=title), URL).headline == "Hafen-Plan im Stadtrat beschlossen"
    # A headline of its own after the site's name keeps its kicker ("Kicker: Headline").
    title = "Hafenblatt | Politik: Hafen-Plan im Stadtrat beschlossen"
    assert extract(page(title=title), URL).headline == "Politik: Hafen-Plan im Stadtrat beschlossen"


def test_breadcrumb_arrows_double_colons_and_tildes_separate_the_site_name() -> None:
    # Korean portals write the section path with "<" ("Headline < Section < Article - Site").
    title = "항구 계획이 시의회를 통과했다 < 정치 < 기사본문 - 항구신문"
    html = pages.page(head=og_site("항구신문"), title=title)
    assert extract(html, URL).headline == "항구 계획이 시의회를 통과했다"
    for title in ("Hafen-Plan beschlossen :: Hafenblatt", "Hafen-Plan beschlossen ~ Hafenblatt"):
        assert extract(page(title=title), URL).headline == "Hafen-Plan beschlossen"
    # Spaced "<" or "~" inside a headline with no site's name after it stays.
    title = "Mieten steigen: 10 < 20 Prozent ~ eine Rechnung"
    assert extract(page(title=title), URL).headline == title


def test_the_site_name_in_brackets_after_the_headline_is_cut() -> None:
    html = page(title="Hafen-Plan beschlossen (Hafenblatt)")
    assert extract(html, URL).headline == "Hafen-Plan beschlossen"
    # Brackets that hold no site's name are the headline's own.
    title = "Hafen-Plan beschlossen (mit Video)"
    assert extract(page(title=title), URL).headline == title


@pytest.mark.parametrize("label", ["COMMENTARY", "VIDEO", "LIVE UPDATES"])
def test_a_label_in_capitals_after_a_bar_is_cut_from_metadata_and_heading(label: str) -> None:
    headline = "Channels that rose to the challenges of 2020"
    stated = f"{headline} | {label}"
    html = page(head=og(stated), article=f"<h1>{stated}</h1>", title=f"{stated} - Hafenblatt")
    assert extract(html, URL).headline == headline
    # Capitals that are the headline's own words, or a long tail, stay.
    for kept in (f"{headline} | Commentary on TV", f"NATO AND EU | {headline}"):
        assert extract(page(head=og(kept), article=f"<h1>{kept}</h1>"), URL).headline == kept


@pytest.mark.parametrize("dateline", ["23.01.2022 - ", "2022-01-23 | ", "1/23/2022: "])
def test_a_date_in_front_of_the_headline_is_no_part_of_it(dateline: str) -> None:
    headline = "Wierer darf beim Abschluss noch jubeln"
    stated = dateline + headline
    html = page(head=og(stated), article=f"<h1>{stated}</h1>", title=f"{stated} - Hafenblatt")
    assert extract(html, URL).headline == headline
    # A year stays, and so does a date with too little after it to be a headline of its own.
    for kept in (f"2022 - {headline}", "23.01.2022: Wahltag"):
        assert extract(page(head=og(kept), article=f"<h1>{kept}</h1>"), URL).headline == kept


def test_a_title_putting_words_and_a_dash_before_the_displayed_heading_states_the_heading() -> None:
    shown = "Strava-Update: POI bei Routen-Tool"
    seo = f"Strava-Karten ab sofort mit mehr Infos - {shown}"
    html = page(head=og(seo), article=f"<h1>{shown}</h1>", title=seo)
    assert extract(html, URL).headline == shown
    # A kicker's colon is the headline's own: "Kicker: Headline" over a bare <h1> still wins two to one.
    kicked = f"Routenplaner: {shown}"
    html = page(head=og(kicked), article=f"<h1>{shown}</h1>", title=kicked)
    assert extract(html, URL).headline == kicked


def test_a_single_word_no_other_statement_repeats_names_a_section_not_the_headline() -> None:
    # og:title names the listing the press release belongs to; the <title> and the <h1> give the story.
    html = pages.page(
        head=og("Medienmitteilungen"),
        title="Impfzentren bleiben bis Ende Februar offen",
        article="<h1>Impfzentren bleiben bis Ende Februar offen</h1>",
    )
    assert extract(html, URL).headline == "Impfzentren bleiben bis Ende Februar offen"
    html = pages.page(head=og("Medienmitteilungen"), title="Impfzentren bleiben bis Ende Februar offen")
    assert extract(html, URL).headline == "Impfzentren bleiben bis Ende Februar offen"
    # Stated twice, one word is the headline; in Chinese one "word" may be the whole headline.
    html = pages.page(head=og("Hafenfest"), article="<h1>Hafenfest</h1>", title="Sommer am Kai")
    assert extract(html, URL).headline == "Hafenfest"
    html = pages.page(head=og("港口计划获市议会通过"), title="Hafenblatt")
    assert extract(html, URL).headline == "港口计划获市议会通过"


@pytest.mark.parametrize("kicker", ["surtitre", "antetitulo", "volanta", "occhiello", "chapeu", "nadtytul"])
@pytest.mark.parametrize(
    "subtitle", ["sous-titre", "chapo", "bajada", "sottotitolo", "subtitulo", "article-dek"]
)
def test_kicker_and_subtitle_class_names_in_the_languages_of_the_themes(kicker: str, subtitle: str) -> None:
    html = (
        f'<h1><span class="{kicker}">Hafen</span> Der Plan steht '
        f'<span class="{subtitle}">Was die Altstadt jetzt erwartet</span></h1>'
    )
    assert h1_headline(html) == "Hafen: Der Plan steht"


@pytest.mark.parametrize("section", ["rubrique", "rubrik", "seccion", "tema", "ressort"])
def test_a_section_line_over_the_headline_is_dropped_in_the_languages_of_the_themes(section: str) -> None:
    assert h1_headline(f'<h1><span class="{section}">Politik</span> Der Plan steht</h1>') == "Der Plan steht"


def test_a_kicker_element_before_the_h1_is_part_of_the_headline_the_title_joins_with_a_colon() -> None:
    """junge Welt sets its kicker in a "kicker" element beside the <h1>, and writes the <title> as
    "Kicker: Headline, Site, Date" (no bar or dash: the commas set the site's name and the day apart)."""
    header = (
        '<header><div class="kicker"><div class="issue">Aus: Ausgabe vom 26.04.2024, Seite 1</div>'
        "<div>Nationaler Veteranentag</div></div><h1>Orden fürs Morden</h1></header>"
    )
    title = "Nationaler Veteranentag: Orden fürs Morden, Tageszeitung Hafenblatt, 26.04.2024"
    html = pages.page(article=header, title=title)
    assert extract(html, URL).headline == "Nationaler Veteranentag: Orden fürs Morden"
    # Without a title that joins them, the element may be a topic line: the <h1> alone.
    html = pages.page(article=header, title="Orden fürs Morden, Tageszeitung Hafenblatt, 26.04.2024")
    assert extract(html, URL).headline == "Orden fürs Morden"


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Orden fürs Morden, Tageszeitung junge Welt, 26.04.2024", ["jungewelt"], "Orden fürs Morden"),
        ("Trump, Biden clash over the border", ["hafenblatt"], "Trump, Biden clash over the border"),
        # A site's name in front is no comma's to cut: the company is the story's subject.
        (
            "Apple, Google face record fines in Brussels",
            ["apple"],
            "Apple, Google face record fines in Brussels",
        ),
    ],
)
def test_commas_set_apart_only_a_tail_of_the_sites_name_and_its_day(title, sites, expected) -> None:
    assert strip_site_name(title, sites) == expected


def test_the_sites_tagline_after_its_name_goes_with_it() -> None:
    title = "makrophotos von insekten » gizmeo.eu | inside the machine"
    assert strip_site_name(title, ["gizmeo"]) == "makrophotos von insekten"
    # Without the site's name before them, lower-case words after a bar go on with the headline.
    title = "Zwei Rücktritte | und viele offene Fragen"
    assert strip_site_name(title, ["hafenblatt"]) == title


def test_a_site_name_with_german_letters_matches_the_host_that_spells_them_out() -> None:
    """koelner-wochenblatt.de is "Kölner Wochenblatt": the host writes ö as oe."""
    html = pages.page(title="Neue Brücke eröffnet | Kölner Wochenblatt")
    url = "https://www.koelner-wochenblatt.de/lokales/neue-bruecke"
    assert extract(html, url).headline == "Neue Brücke eröffnet"


def test_a_site_name_with_a_hyphen_as_the_titles_last_word_is_no_separator() -> None:
    """ "15 Jahre rete-mirabile.net" names the site in the headline: no "Headline-Site" to cut at the
    site's own hyphen. A separator before the name still sets it apart."""
    sites = ["rete-mirabile.net", "rete-mirabile"]
    assert strip_site_name("15 Jahre rete-mirabile.net", sites) == "15 Jahre rete-mirabile.net"
    assert strip_site_name("15 Jahre Blog - rete-mirabile.net", sites) == "15 Jahre Blog"


def test_the_home_links_text_or_logo_names_the_site_in_the_title() -> None:
    """A page without site-name metadata, on a host that abbreviates the name (ksta.de), still names the
    site in its logo's link home: that name is cut from the <title>. The home link of a blog may carry
    its author's name, so this is the headline's alone: the author stays."""
    url = "https://www.ksta.de/region/bergisch-gladbach/stadt-verklagt-baufirma-123"
    logo = (
        '<a class="logo" href="/"><img src="/logo.svg" alt="logo ksta"></a>'
        '<a href="/">Kölner Stadt-Anzeiger</a>'
    )
    html = pages.page(title="Die Stadt verklagt die Baufirma | Kölner Stadt-Anzeiger", before=logo)
    assert extract(html, url).headline == "Die Stadt verklagt die Baufirma"
    blog = pages.page(
        title="Mein Jahr am Hafen | Anna Muster",
        before='<a href="https://anna.example/">Anna Muster</a>',
        article='<p class="byline">Von Anna Muster</p>',
    )
    story = extract(blog, "https://anna.example/2024/mein-jahr/")
    assert story.headline == "Mein Jahr am Hafen"
    assert story.authors == ["Anna Muster"]


def test_the_korean_bar_letter_sets_the_site_apart() -> None:
    """Korean portals write the bar between headline, section and site as the vowel letter ㅣ, which
    never stands alone in a word: "…-정치ㅣ한국일보" is the section and the site."""
    title = "민주당 '선호투표제' 도입 또다시 불발-정치ㅣ한국일보"
    assert strip_site_name(title, ["한국일보"]) == "민주당 '선호투표제' 도입 또다시 불발"
    assert strip_site_name("도입 또다시 불발 ㅣ 한국일보", ["한국일보"]) == "도입 또다시 불발"
    html = pages.page(title=title, before='<a class="logo" href="/"><img src="/l.svg" alt="한국일보"></a>')
    assert extract(html, "https://www.hankookilbo.com/News/Read/A2026012914320005196").headline == (
        "민주당 '선호투표제' 도입 또다시 불발"
    )


def test_the_headline_is_written_as_its_displayed_h1_writes_the_same_words() -> None:
    """Fortune's og:title capitalises every word ("Powered By"), its <h1> does not ("Powered by"): the
    same headline, written as readers see it; so are its quotation marks."""
    html = page(
        head=og("Here Are 6 Gadgets Powered By Alexa") + twitter("Six gadgets"),
        article="<h1>Here Are 6 Gadgets Powered by Alexa</h1>",
    )
    assert extract(html, URL).headline == "Here Are 6 Gadgets Powered by Alexa"
    quoted = page(head=og("Sweden's 'survival' pamphlet"), article="<h1>Sweden’s ‘survival’ pamphlet</h1>")
    assert extract(quoted, URL).headline == "Sweden’s ‘survival’ pamphlet"


def test_a_cards_linked_h1_after_the_storys_own_heading_states_no_headline() -> None:
    """ABC News sets its sidebar's news feed as cards, each titled by an <h1> that is all a link, and the
    feed's first card is this story's, with the short social title og:title also gives: that card
    repeats the social title, it does not state the headline a second time. The <h1> over the story and
    the <title> do. An old theme's post title, all a link to the post, is still its heading."""
    short = "Clinton: Hack Stems From Grudge"
    long = "Hillary Clinton: Alleged Involvement in Hack Stems From Longtime Grudge"
    feed = (
        f'<section id="news-feed"><article class="news-feed-item"><h1><a href="{URL}">{short}</a></h1>'
        '</article><article class="news-feed-item"><h1><a href="/x/2">Other story in the feed</a></h1>'
        "</article></section>"
    )
    html = pages.page(SITE + og(short), f"<h1>{long}</h1>", feed, title=f"{long} - Hafenblatt")
    assert extract(html, URL).headline == long
    permalink = pages.page(SITE, f'<h1><a href="{URL}">{long}</a></h1>', title=f"{long} - Hafenblatt")
    assert extract(permalink, URL).headline == long


def test_a_blogs_name_as_h1_linking_home_is_no_headline_and_is_cut_from_the_title() -> None:
    """Blogger and many blog themes set the blog's name as an <h1> linking home on every page, the post's
    title under it in an <h3>, and title the page "Blog name: Post title"."""
    url = "https://harbourwatch.blogspot.com/2024/05/harbour-strike-ends.html"
    html = pages.page(
        title="Harbour Watch: Harbour strike ends after nine days",
        before='<div class="header"><h1 class="title"><a href="https://harbourwatch.blogspot.com/">'
        "Harbour Watch</a></h1></div>",
        article='<h3 class="post-title entry-title">Harbour strike ends after nine days</h3>',
    )
    assert extract(html, url).headline == "Harbour strike ends after nine days"
    # Its name counts among the site's names where the host does not spell it.
    html = pages.page(
        title="Dockside Diary: Notes from the docks",
        before='<h1><a href="/">Dockside Diary</a></h1>',
        article="<h3>Notes from the docks</h3>",
    )
    assert (
        extract(html, "https://sibenlab.blogspot.com/2024/05/notes.html").headline == "Notes from the docks"
    )
    # A story's own <h1> that links to it (not home) is still its headline.
    html = pages.page(
        title="Ferry fares rise", article='<h1><a href="/2024/05/ferry/">Ferry fares rise in June</a></h1>'
    )
    assert extract(html, "https://example.org/2024/05/ferry/").headline == "Ferry fares rise in June"
    # The name as an <h1> set inside the link home (Engadget's "<a href=/><h1>Engadget</h1></a>"), where
    # og:title and the title state the story's headline; an <h1> inside a link to the story itself stays.
    html = pages.page(
        title="Ferry fares rise in June -- Dockside Diary",
        head='<meta property="og:title" content="Ferry fares rise in June">',
        before='<a href="/"><h1><span>Dockside Diary</span></h1></a>',
        article="<p>Fares rise.</p>",
    )
    assert extract(html, "https://example.org/2024/05/ferry/").headline == "Ferry fares rise in June"
    html = pages.page(
        title="Ferry fares", article='<a href="/2024/05/ferry/"><h1>Ferry fares rise in June</h1></a>'
    )
    assert extract(html, "https://example.org/2024/05/ferry/").headline == "Ferry fares rise in June"


@pytest.mark.parametrize(
    "h1",
    [
        '<h1><span class="live-badge">LIVE</span> Harbour strike ends after nine days</h1>',
        "<h1>Harbour strike ends after nine days <small>Updated</small></h1>",
        '<h1>Harbour strike ends after nine days <a href="/edit/1">CC-Editor öffnen</a></h1>',
        "<h1>HARBOUR STRIKE ENDS AFTER NINE DAYS</h1>",  # capitals in the markup: the title's case
    ],
)
def test_a_badge_in_the_heading_or_its_capitals_are_no_part_of_the_headline(h1: str) -> None:
    """A state badge ("LIVE", "Updated") or an editor's link as the heading's first or last element, where
    the metadata states the headline without it, is dropped; a heading set in capitals takes the case the
    other statements write."""
    html = page(title="Harbour strike ends after nine days | Hafenblatt", article=h1)
    assert extract(html, URL).headline == "Harbour strike ends after nine days"


def test_a_kicker_in_the_heading_is_not_taken_for_a_badge() -> None:
    h1 = '<h1><span class="sub-heading">Energiewende Oberland:</span> Klimavorreiter Oberland?</h1>'
    html = page(title="Klimavorreiter Oberland? - Hafenblatt", article=h1)
    assert extract(html, URL).headline == "Energiewende Oberland: Klimavorreiter Oberland?"


def test_a_field_holding_only_the_sites_name_states_no_headline() -> None:
    """A CMS that sets og:title to the site's name on every page: the <title> and <h1> name the story.
    Where nothing else names one (a page titled with the site's name alone), the <h1> still wins."""
    html = page(
        head=og("Hafenblatt"),
        title="Stadtrat beschliesst Hafen-Plan | Hafenblatt",
        article="<h1>Stadtrat beschliesst Hafen-Plan</h1>",
    )
    assert extract(html, URL).headline == "Stadtrat beschliesst Hafen-Plan"
    html = page(title="Hafenblatt", article="<h1>Der Tag, an dem der Hafen eröffnet wurde</h1>")
    assert extract(html, URL).headline == "Der Tag, an dem der Hafen eröffnet wurde"


def test_a_heading_hyphenated_with_soft_hyphens_states_what_metadata_states_without_them() -> None:
    """ "Helikopter&shy;landeplatz" in the <h1> and "Helikopterlandeplatz" in og:title are one statement:
    together they outvote the JSON-LD's search-engine variant."""
    html = page(
        head=og("Trump plant Helikopterlandeplatz") + ld({"@type": "Article", "headline": "Trump: Heliport"}),
        title="Das Weiße Haus baut um | Hafenblatt",
        article="<h1>Trump plant Helikopter&shy;landeplatz</h1>",
    )
    assert extract(html, URL).headline == "Trump plant Helikopterlandeplatz"


def test_a_paywall_badge_in_the_h1_is_no_word_of_the_headline() -> None:
    """ "<h1><span class=article-premium>Plus</span>Rat beschließt den Hafenplan</h1>": the badge says how
    the story is sold, not what it says. A kicker class keeps its words."""
    badge = '<h1><span class="article__premium-badge">Plus</span>Rat beschließt den Hafenplan</h1>'
    assert extract(page(article=badge), pages.URL).headline == "Rat beschließt den Hafenplan"
    kicker = '<h1><span class="kicker">Plus</span>Rat beschließt den Hafenplan</h1>'
    assert extract(page(article=kicker), pages.URL).headline == "Plus: Rat beschließt den Hafenplan"
