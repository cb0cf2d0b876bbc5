# ruff: noqa: E501  (HTML snippets read best as whole lines)
"""Body text on small pages: what is story text and what is not."""

from __future__ import annotations

import json

import pytest

from crawler.extraction import extract
from crawler.extraction.live_blog import live_updates
from crawler.extraction.page import parse_page
from crawler.extraction.structured import read_structured
from tests.extraction import pages
from tests.extraction.pages import ld

URL = "https://news.example/2024/05/17/story/"
P1 = "The council voted on Tuesday to approve the new flood barrier after a long and heated debate."
P2 = "Opponents said the barrier would cut the neighbourhood off from the river for a generation."
P3 = "Construction is expected to begin in the spring and to take about six years to complete."


def body(html: str) -> str | None:
    return extract(f"<html><body>{html}</body></html>", URL).body


def test_paragraphs_subheads_quotes_and_story_lists_are_body():
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><h2>What happens next</h2>"
        f"<blockquote><p>{P2}</p></blockquote><ul><li>Phase one starts in March with the eastern wall.</li>"
        f"<li>Phase two follows a year later.</li></ul><p>{P3}</p></div></article>"
    )
    assert body(html) == "\n\n".join(
        [
            P1,
            "What happens next",
            P2,
            "Phase one starts in March with the eastern wall.",
            "Phase two follows a year later.",
            P3,
        ]
    )


def test_tag_lists_buttons_and_linked_teaser_items_are_not_body():
    html = (
        f"<article><h1>T</h1><div class='entry-content'>"
        "<ul><li>Politics <a href='/2024/05/01/a-linked-teaser-title/'>A linked teaser title about the vote</a></li></ul>"
        f"<p>{P1}</p><p>{P2}</p><p><a href='/download/'>DOWNLOAD</a></p><p>{P3}</p>"
        "<ul><li><a href='/tag/flooding/'>Flooding</a></li><li><a href='/tag/council/'>City Council</a></li></ul>"
        "</div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, P3])


def test_a_buttons_label_is_no_story_text() -> None:
    """FAZ sets the author's follow buttons in a list item between the paragraphs: "Folgen", "Ich folge"
    are what the buttons say, not the story. A paragraph with a button inside keeps its own words."""
    follow = (
        "<ul><li><button title='Ralf Euler folgen'><span>Folgen</span></button>"
        "<button title='nicht mehr folgen'><span>Ich folge</span></button></li></ul>"
    )
    share = f"<p>{P3} <button class='copy'>Copy link</button></p>"
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>{follow}<p>{P2}</p>{share}</div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, P3])


@pytest.mark.parametrize(
    "stamp", ["vor 1 Std.", "•vor 2 Std.", "3 hours ago", "il y a 2 heures", "hace 5 minutos"]
)
def test_a_line_that_only_says_how_long_ago_is_no_story_text(stamp: str) -> None:
    """Berliner Zeitung's teaser cards in the story's column leave their stamps ("vor 1 Std.") when their
    linked titles go. A sentence that opens so stays."""
    sentence = "Vor 2 Stunden hatte der Rat noch über die Kosten der Schleuse gestritten."
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p><span>{stamp}</span></p>"
        f"<p>{P2}</p><p>{sentence}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, sentence])


def test_the_writers_box_lines_are_not_body_but_a_quoted_speakers_are() -> None:
    """FAZ sets the writer's box in the story's column ("<p class=cbx-Author_Position>Redakteur in der
    Wirtschaft.</p>"); La Vanguardia's pull quote names its speaker in "author_name" and "author_role", and
    who said it is the story's."""
    box = (
        "<div class='cbx-Author'><p class='cbx-Author_Name'><a href='/redaktion/jane-doe-1.html'>Jane Doe</a></p>"
        "<p class='cbx-Author_Position'>Redakteurin in der Wirtschaft.</p></div>"
    )
    quote = (
        "<div class='highlight highlight--quote'><h3>Wir arbeiten alle zusammen gegen das Feuer</h3>"
        "<div><p class='author_name'>Juanma Moreno</p><p class='author_role'>Präsident der Region</p></div></div>"
    )
    short = "<h5 class='wp-block-ppi-authorshort'>ku Frankfurt</h5>"  # Börsen-Zeitung: initials and place
    html = f"<article><h1>T</h1><div class='entry-content'>{short}<p>{P1}</p>{box}<p>{P2}</p>{quote}<p>{P3}</p></div></article>"
    assert body(html) == "\n\n".join(
        [P1, P2, "Wir arbeiten alle zusammen gegen das Feuer", "Juanma Moreno", "Präsident der Region", P3]
    )


@pytest.mark.parametrize(
    "kicker",
    ["<h4 class='dachzeile'>Einwanderung</h4>", "<h3 class='wp-block-ppi-aboveheading'>Finanzmärkte</h3>"],
)
def test_a_kicker_set_over_the_headline_inside_the_story_is_no_story_text(kicker: str) -> None:
    """PAZ sets the headline's kicker ("Dachzeile") and the <h1> inside the story's column, Börsen-Zeitung's
    print layout its "aboveheading": the headline's line, not the story's first."""
    html = f"<article><div class='entry-content'>{kicker}<h1>Wettstreit der Scheinlösungen</h1><p>{P1}</p><p>{P2}</p></div></article>"
    assert body(html) == "\n\n".join([P1, P2])


def test_inline_links_inside_a_paragraph_stay():
    html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>The <a href='/r/'>full report</a> runs to 400 pages and was published by the city.</p><p>{P2}</p></div></article>"
    assert body(html) == "\n\n".join(
        [P1, "The full report runs to 400 pages and was published by the city.", P2]
    )


def test_scripts_and_styles_inside_a_paragraph_are_not_body():
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>"
        "<p>Sponsored <script>getAd(SponsoredContentZoneId, 'Post');</script>line</p>"
        f"<p><style>.x{{color:red}}</style>{P2}<noscript>Enable JavaScript</noscript></p><p>{P3}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, "Sponsored line", P2, P3])
    # Text after a comment in such a paragraph stays.
    html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>Sponsored <!-- ad --> line<script>x()</script></p><p>{P2}</p></div></article>"
    assert body(html) == "\n\n".join([P1, "Sponsored line", P2])


def test_an_icons_title_for_screen_readers_is_not_body():
    """An inline <svg>'s <title> names the icon ("Arrow", WELT's "Link wird in einem neuen Tab geöffnet")."""
    icon = '<svg viewBox="0 0 9 9"><title>Link wird in einem neuen Tab geöffnet</title><path d="M0 0"/></svg>'
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>"
        f"<p>Auf ihrer <a href='https://x.example/'>Internetseite{icon}</a> kritisiert sie den Auftritt.</p>"
        f"<p>{P2}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, "Auf ihrer Internetseite kritisiert sie den Auftritt.", P2])


def test_text_only_screen_readers_read_is_not_body():
    """A skip link's target heading ("Hauptinhalt", Bootstrap's text-hide) and a gallery's label for
    screen readers ("sr-only") are no text of the story."""
    html = (
        "<article><h1>T</h1><div class='entry-content'><h2 class='text-hide'>Hauptinhalt</h2>"
        f"<p>{P1}</p><p class='sr-only'>Fotostrecke mit 4 Bildern</p><p>{P2}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2])


def test_articlebody_lead_outside_the_container_opens_the_body_but_does_not_replace_it():
    html = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", '
        f'"articleBody": "{P1} {P2} {P3}"}}</script>'
        f"<header><h1>T</h1><p class='lead'>{P1}</p></header>"
        f"<div class='text'><p>{P2}</p><p>{P3}</p><p>{P2}</p></div>"
    )
    assert body(html) == "\n\n".join([P1, P2, P3, P2])


def test_no_story_text_gives_no_body():
    assert body("<nav><a href='/'>Home</a></nav><footer><p>© 2024</p></footer>") is None


def test_text_between_line_breaks_blogger_style():
    html = (
        "<div class='widget Blog' id='Blog1'><div class='post hentry'><h3 class='post-title'>T</h3>"
        f"<div class='post-body entry-content'>{P1}<br><br>{P2} <b>Really.</b><br>{P3}"
        "<div class='wp-caption'><img src='a.jpg'>Photo: Someone</div>"
        # Blogger's share buttons, inside the post's body, their labels run together.
        "<div class='post-share-buttons'><a class='share-button'><span>Email This</span></a><a><span>BlogThis!"
        "</span></a><a><span>Share to Twitter</span></a><a><span>Share to Facebook</span></a></div></div>"
        "<div class='post-footer'>Posted by Ann at 10:32</div></div></div>"
        "<div class='widget BlogArchive'><h2>Blog Archive</h2><ul><li><a href='/2024/'>2024</a></li></ul></div>"
    )
    assert body(html) == "\n\n".join([P1, f"{P2} Really.", P3])


def test_an_ad_slots_label_between_the_paragraphs_is_not_body():
    ad = "<div class='MarkupAds__Container'><p id='ad-text'>{}</p><a href='/subscriptions'>Hide Ad</a></div>"
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>{ad.format('Advertisement')}"
        f"<p>{P2}</p>{ad.format('Anzeige')}<p>{P3}</p><p>Advertisement revenue fell by a third last year, the council said.</p></div></article>"
    )
    assert body(html) == "\n\n".join(
        [P1, P2, P3, "Advertisement revenue fell by a third last year, the council said."]
    )


def test_copyright_and_subscribe_lines_are_not_body_but_sentences_opening_alike_are():
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>Subscribe Now</p>"
        f"<p>{P2}</p><p>Folgen Sie uns auf Instagram</p><p>{P3}</p>"
        "<p>Subscribers will pay more from January, the company said in a statement.</p>"
        "<p>© dpa-infocom, dpa:240516-99-53606/3 (dpa)</p></div></article>"
    )
    assert body(html) == "\n\n".join(
        [P1, P2, P3, "Subscribers will pay more from January, the company said in a statement."]
    )


def test_a_pictures_credit_or_a_players_label_as_a_line_of_its_own_is_not_body() -> None:
    lines = ["Foto: PAP", "Photo: AFP", "(Credits: Amazon Prime Video)", "Up Next"]
    sentence = "Photo finishes decided three of the races, the organisers said after the regatta."
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + f"<p>{P2}</p><p>{sentence}</p><p>{P3}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, sentence, P3])


def test_notices_rules_and_widget_leftovers_are_not_body_but_sentences_opening_alike_are():
    """An agency's copyright notice, a newsletter's sign-up line, a share bar's "Share this article" (People's
    Daily: "分享让更多人看到"), a "Loading..." placeholder and a rule drawn with characters ("* * *", "___")
    are no story text; a sentence that opens with the same words is."""
    notices = (
        "<p>Copyright 2024 The Associated Press. All rights reserved. This material may not be published,"
        " broadcast, rewritten or redistributed without permission.</p>"
        "<p>Sign up for the Morning Briefing newsletter to get the day's top stories.</p>"
        "<p>Share this article</p><p>Loading...</p><p>* * *</p><p>___</p><p>分享让更多人看到</p>"
    )
    sentences = [
        "Copyright lawyers said the ruling would be appealed before the end of the year.",
        "Loading the ships again will take the crews at least ten days, the agents said.",
        "Share this year's bonus with the cleaners, the union told the port's managers.",
    ]
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>{notices}<p>{P2}</p>"
        + "".join(f"<p>{s}</p>" for s in sentences)
        + f"<p>{P3}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, *sentences, P3])


def test_a_follow_us_on_google_news_line_is_not_body_however_long_but_a_sentence_is():
    follow = (
        "Follow TechRadar on Google News and add us as a preferred source to get our expert news, reviews,"
        " and opinion in your feeds."
    )
    sentence = (
        "Follow the money on Wall Street and you will see how markets reacted to the central bank today."
    )
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p><p>{sentence}</p>"
        f"<p>{follow}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, sentence])


def test_the_topics_heading_over_the_storys_tag_list_is_not_body():
    """Mallorca Zeitung heads its tag list "THEMEN" inside the story's column."""
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<div class='ft-mol-tagsNews'><h3>THEMEN</h3><ul><li><a href='/tags/polizei/'>Polizei</a></li>"
        "<li><a href='/tags/palma/'>Palma</a></li></ul></div></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, P3])


def test_a_cookie_consent_dialogs_text_is_never_the_story_however_long():
    """Borlabs' dialog ("Wir benötigen Ihre Zustimmung ...") writes more paragraphs than a short story."""
    consent = "".join(
        f"<p>Wir verwenden Cookies und andere Technologien auf unserer Website, Absatz {i}. Einige von ihnen"
        " sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</p>"
        for i in range(6)
    )
    html = (
        f"<div id='BorlabsCookieBox'><div class='_brlbs-box'><div class='cookie-box'><div class='col-12'>"
        f"{consent}</div></div></div></div><article><h1>T</h1><div><p>{P1}</p><p>{P2}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2])


def test_a_dialog_over_the_page_is_never_the_story_but_a_wrapper_that_uses_one_is():
    """WirtschaftsWoche's ad-blocker notice ("modalwindow") holds more paragraph text in one block than its
    story, set one paragraph to a block between ads: the dialog is no story. A story's wrapper that only
    says it opens pictures in a pop-up ("post-content use-lightbox has-popup") still is."""
    notice = "".join(
        f"<p>Sie haben einen Adblocker aktiviert, Absatz {i}. Für Nachrichtenseiten wie diese sind Anzeigen"
        " eine wichtige Einnahmequelle, mit der wir die Arbeit unserer Redaktion bezahlen.</p>"
        for i in range(4)
    )
    blocks = "".join(
        f"<div class='richtext'><p>{text}</p></div><div class='ad'></div>" for text in (P1, P2, P3)
    )
    html = (
        f"<article><h1>T</h1><div class='article-content'>{blocks}</div></article>"
        f"<div class='modalwindow modalwindow_fscroll'><div class='modalwindow__text'>{notice}</div></div>"
    )
    assert body(html) == "\n\n".join([P1, P2, P3])
    wrapped = (
        f"<article><h1>T</h1><div class='post-content use-lightbox has-popup'><p>{P1}</p><p>{P2}</p><p>{P3}"
        f"</p></div></article><div class='box'><p>{P3} {P2}</p></div>"
    )
    assert body(wrapped) == "\n\n".join([P1, P2, P3])


def test_a_line_break_inside_a_paragraph_parts_the_words_around_it():
    """Blogger wraps a paragraph's lines in <br>s, and a subhead may sit in the paragraph's first line
    ("<strong>Sachmittel statt Bargeld</strong><br>Parallel wächst ..."): the words on either side of a
    line break stay apart ("fundraiser caused", not "fundraisercaused"), or a keyword rule never finds
    them."""
    wrapped = (
        "<p>Recent efforts to bring NumPy and the associated <a href='/donate/'>fundraiser</a><br>caused a lot"
        " of discussion in the community regarding the project and its plans.</p>"
    )
    subhead = (
        "<p><strong>Sachmittel statt Bargeld</strong><br>Parallel wächst bei der Mehrheit die Skepsis.</p>"
    )
    html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>{wrapped}{subhead}<p>{P2}</p></div></article>"
    assert body(html) == "\n\n".join(
        [
            P1,
            "Recent efforts to bring NumPy and the associated fundraiser caused a lot of discussion in the"
            " community regarding the project and its plans.",
            "Sachmittel statt Bargeld Parallel wächst bei der Mehrheit die Skepsis.",
            P2,
        ]
    )


def test_an_embeds_consent_placeholder_is_not_body():
    """A video held back until the reader consents: its placeholder's "click to load" line is no story."""
    placeholder = (
        "<div class='rte-video-embed'><div class='c-iframe-privacy js-iframe-privacy'>"
        "<div class='c-iframe-privacy__text'><p>Klicken Sie auf den unteren Button, um den Inhalt"
        " nachzuladen.</p><button>Inhalt laden</button></div></div></div>"
    )
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>{placeholder}<p>{P2}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2])


def test_what_the_removed_blocks_leave_dangling_at_the_end_is_not_body():
    """A line that introduced links the related-block rules removed ("Lesen Sie dazu auch die
    Pressemitteilungen:"), and a byline's label whose name went with the author box ("Autor"). A short
    line ending in a colon inside the story stays, and so does a long closing sentence with one."""
    intro = "Lesen Sie dazu auch die Pressemitteilungen:"
    inner = "Die Forderungen der Anwohner:"
    long_end = (
        "Zum Abschluss sagte die Bürgermeisterin, was sie allen Beteiligten seit Wochen immer wieder erklärt"
        " hatte:"
    )
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{inner}</p><p>{P2}</p><p>{intro}</p>"
        "<ul class='related-posts'><li><a href='/2024/05/01/a/'>A</a></li><li><a href='/2024/05/02/b/'>B</a>"
        "</li><li><a href='/2024/05/03/c/'>C</a></li></ul><p>Autor</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, inner, P2])
    html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{long_end}</p></div></article>"
    assert body(html) == "\n\n".join([P1, long_end])


def test_a_heading_the_body_closes_with_headed_a_block_that_went_but_a_desk_signature_stays():
    """ "Weitere Informationen" read as a name would stay as a signature; as a heading closing the body it
    headed the link list the related rules removed. The editor's initials above it stay."""
    links = "".join(f"<li><a href='/2024/05/0{i}/s{i}/'>Story {i}</a></li>" for i in range(1, 4))
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><h3>Im Rat</h3><p>{P2}</p><p>amw</p>"
        f"<h3>Weitere Informationen</h3><ul class='related-posts'>{links}</ul></div></article>"
    )
    assert body(html) == "\n\n".join([P1, "Im Rat", P2, "amw"])
    # A short lower-case word left alone is no signature, but a link's text whose block went.
    html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p><p>mehr</p></div></article>"
    assert body(html) == "\n\n".join([P1, P2])


def test_a_bold_paragraph_over_a_list_that_went_is_a_heading_but_a_bold_signature_stays():
    """A paragraph in bold alone over a list heads it as an <h3> would ("<p><strong>Weblinks</strong></p>"
    over a list of links, a theme's "SOCIAL MEDIA SEITEN" over its icons): closing the body, it headed a
    block that went. A bold heading over a list that stays is story, and so is a signature in bold."""
    links = "".join(f"<li><a href='https://other.example/{i}/'>Other site {i}</a></li>" for i in range(1, 4))
    demands = "<li>Mehr Geld für die Schulen und Kitas der Stadt.</li><li>Ein Radweg entlang des ganzen Hafens.</li>"
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p><strong>Die Forderungen</strong></p>"
        f"<ul>{demands}</ul><p>{P2}</p><p><strong>Weblinks</strong></p><ul>{links}</ul></div></article>"
    )
    assert body(html) == "\n\n".join(
        [
            P1,
            "Die Forderungen",
            "Mehr Geld für die Schulen und Kitas der Stadt.",
            "Ein Radweg entlang des ganzen Hafens.",
            P2,
        ]
    )
    signed = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p><p><strong>Jana Berg</strong></p>"
        "<div class='share'><a href='https://social.example/share'>Teilen</a></div></div></article>"
    )
    assert body(signed) == "\n\n".join([P1, P2, "Jana Berg"])


def test_the_date_line_the_story_opens_with_is_not_body_but_a_dated_sentence_is():
    html = (
        "<article><h1>T</h1><div class='entry-content'><p>Stand: 28.04.2023 17:23 Uhr</p>"
        f"<p>Nachricht vom 06.11.2023</p><p>{P1}</p><p>20. März 2021</p><p>{P2}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, "20. März 2021", P2])  # (a date further down heads a chronology)
    dated = "Am 3. Mai 2024 stimmte der Rat ab."
    html = f"<article><h1>T</h1><div class='entry-content'><p>{dated}</p><p>{P1}</p></div></article>"
    assert body(html) == "\n\n".join([dated, P1])


def test_the_byline_the_body_opens_with_is_not_body_but_a_closing_signature_stays():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Anna Sleegers"}}</script>'
    story = f"<p>{P1}</p><p>{P2}</p><p>Anna Sleegers</p>"
    html = f"<html><head>{head}</head><body><article><h1>T</h1><div class='entry-content'><p>Von Anna Sleegers, Frankfurt</p>{story}</div></article></body></html>"
    assert extract(html, URL).body == "\n\n".join([P1, P2, "Anna Sleegers"])
    # A first line naming someone else is the story's ("Olaf Scholz" opening an interview).
    html = html.replace("Von Anna Sleegers, Frankfurt", "Olaf Scholz")
    assert extract(html, URL).body == "\n\n".join(["Olaf Scholz", P1, P2, "Anna Sleegers"])


@pytest.mark.parametrize(
    "line",
    [
        "Anzeige Anna Sleegers, 26.04.2024 10:00 Uhr",
        "von Anna Sleegers zuletzt bearbeitet: 04.02.2022, 08:27 Uhr",
    ],
)
def test_a_byline_with_its_date_line_the_body_opens_with_is_not_body(line: str) -> None:
    """The author's name beside the date, no sentence, at the story's top: the byline and date line, not
    its text. A sentence naming the author and a date stays."""
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Anna Sleegers"}}</script>'
    sentence = "Anna Sleegers reported on 26.04.2024 that the council had approved the plan."
    story = f"<p>{P1}</p><p>{P2}</p>"
    html = f"<html><head>{head}</head><body><article><h1>T</h1><div class='entry-content'><p>{line}</p>{story}</div></article></body></html>"
    assert extract(html, URL).body == "\n\n".join([P1, P2])
    html = html.replace(f"<p>{line}</p>", f"<p>{sentence}</p>")
    assert extract(html, URL).body == "\n\n".join([sentence, P1, P2])


def test_a_short_closing_line_that_ends_no_sentence_is_not_body_but_a_signature_is():
    """What a removed block leaves at the end: its heading ("Explore further", "Fotostrecke"), a stray
    "-->". A desk's initials in brackets and a writer's name sign the story and stay."""
    for tail in ["Explore further", "Fotostrecke", "-->", "Más temas"]:
        html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p><p>{tail}</p></div></article>"
        assert body(html) == "\n\n".join([P1, P2]), tail
    for signature in ["(dmk)", "（羅森）", "Stefan Wasmer", "Mehr dazu morgen."]:
        html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{signature}</p></div></article>"
        assert body(html) == "\n\n".join([P1, signature]), signature


def test_a_story_sentence_ending_on_register_or_about_subscribers_is_body():
    for line in [
        "Eliminating that familiar fear of leaving your card at home when you are at the cash register.",
        "The club said on Monday that it will subscribe to the new league format.",
    ]:
        html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{line}</p></div></article>"
        assert body(html) == "\n\n".join([P1, line]), line


def test_lines_that_address_the_reader_about_the_site_are_not_body():
    lines = [
        "For all the latest news, visit the Belfast Live homepage here and sign up to our daily newsletter here.",
        "Stay up to date on all the latest news from Boston.com",
        "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
        "Fehler gefunden?Jetzt melden.",
        "Share your thoughts and join the conversation in the comments.",
        "What about you? Share your thoughts on Google's new search box in the comments below.",
        "THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES.",
        "Dein Browser ist leider veraltet.",
        "Lade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter.",
        "Your browser is out of date. For a better experience, please update it.",
        # a pitch that closes with its call as a sentence of its own, the reader unnamed
        "Every day, DW's editors send out a selection of the day's news. Sign up for the newsletter here.",
    ]
    story = f"<p>{P1}</p>" + "".join(f"<p>{line}</p>" for line in lines) + f"<p>{P2}</p>"
    html = f"<article><h1>T</h1><div class='entry-content'>{story}</div></article>"
    assert body(html) == "\n\n".join([P1, P2])


def _part(*sentences: str) -> str:
    return "<div class='story-text'>" + "".join(f"<p>{s} {s}</p>" for s in sentences) + "</div>"


def test_a_story_split_into_parts_of_one_class_around_ads_and_pictures_is_read_whole() -> None:
    """Themes cut the story's text into blocks of one class ("story-text", "body__inner-container")
    around ad slots, pictures and embeds, each block a few levels down in wrappers of its own: the body
    is every part, in order, not the longest alone."""
    ad = "<div class='ad-slot'><div class='ad-label'>Advertisement</div></div>"
    figure = "<figure><img src='/a.jpg'><figcaption>The river at dawn.</figcaption></figure>"
    html = (
        "<article><h1>Flood barrier approved</h1>"
        f"<div class='row'><div class='col'>{_part(P1, P1)}</div></div>{ad}"
        f"<div class='row'><div class='col'>{_part(P2, P2, P2, P2)}</div></div>{figure}"
        f"<div class='row'><div class='col'>{_part(P3, P3)}</div></div></article>"
    )
    text = body(html)
    assert text is not None
    assert text.index(P1) < text.index(P2) < text.index(P3)
    assert "Advertisement" not in text and "The river at dawn" not in text


def test_blocks_of_the_storys_class_that_are_no_part_of_it_stay_out() -> None:
    """Blocks of the story's class keep out of the body when they are another story's (in an <article>
    of its own, or under a second <h1>), above the headline (a hero's video description), a short note,
    or a block the furniture rules marked (a teaser)."""
    other = "Ferry fares will rise by eight percent in June, the operators said on Monday morning."
    story = f"<div class='wrap'>{_part(P1, P2, P3, P1, P2)}</div>"
    pages = {
        "another <article>, under an <h2>": (
            f"<main><article><h1>Flood barrier approved</h1>{story}</article>"
            f"<article><h2>Ferry fares to rise</h2><div class='wrap'>{_part(other, other)}</div></article></main>"
        ),
        "under a second <h1>": (
            f"<main><div class='post'><h1>Flood barrier approved</h1>{story}</div>"
            f"<div class='post'><h1>Ferry fares to rise</h1><div class='wrap'>{_part(other, other)}</div></div></main>"
        ),
        "above the headline": (
            f"<main><div class='hero'>{_part(other, other)}</div><h1>Flood barrier approved</h1>{story}</main>"
        ),
        "a short note": (
            f"<main><h1>Flood barrier approved</h1>{story}<div class='wrap'>{_part('Photo: ' + other)}</div></main>"
        ),
        "a marked teaser": (
            f"<main><h1>Flood barrier approved</h1>{story}"
            f"<div class='wrap'><aside class='related'>{_part(other, other)}</aside></div></main>"
        ),
    }
    for case, html in pages.items():
        text = body(html)
        assert text is not None and P3 in text, case
        assert "Ferry fares" not in text, case


def test_appeals_newsletter_offers_and_notices_after_the_story_are_not_body() -> None:
    """What a site says to its reader under the story: a support appeal, a newsletter offer, an affiliate
    disclosure, its rights notice. A sentence of the story that opens alike stays."""
    notices = [
        "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
        "Then sign up for our email newsletter to get the latest updates straight to your inbox.",
        # (These two are theme notes of their own, whatever the length a site's promotion line may have.)
        "Get the best of Harbour Times delivered to your inbox - subscribe to Harbour Daybreak. Follow"
        " harbourtimes.example on Twitter, Instagram, Facebook, Telegram, TikTok and on YouTube, and stay"
        " in the know with what's happening in the world around you – in real time.",
        "(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links. Wenn Du über diese Links"
        " Produkte oder Abonnements kaufst, erhält die Redaktion eine kleine Provision. Dir entstehen"
        " keine zusätzlichen Kosten, und der Preis bleibt für Dich gleich.",
        "The contents of this website are copyright Harbour Media, LLC. All rights reserved.",
        "To view this video please enable JavaScript, and consider upgrading to a web browser that supports"
        " HTML5 video",
    ]
    sentence = "If you enjoyed the old harbour, the council said, you will love the new one in six years."
    _assert_notes_are_not_body(notices, sentence)


def test_a_tabloids_tip_line_follow_line_and_affiliate_note_are_not_body() -> None:
    """A tip line ("Got a story? ..."), a pointer to more stories, a follow line however long (up to 45
    words), a purchase-links disclosure, a podcast's pitch and a support appeal, under the story. A
    story's sentence about a story stays."""
    notices = [
        "Got a story? Get in touch with our news team by emailing us at news@harbour.example. Or you can "
        "submit your videos and pictures here.",
        "For more stories like this, check our news page.",
        "Follow Harbour Times on Twitter and Facebook for the latest news updates. You can now also get "
        "Harbour Times articles sent straight to your device. Sign up for our daily push alerts here.",
        "If you buy something using links in our stories, we may earn a commission. This helps support our "
        "journalism. Learn more.",
        "„Alles auf Aktien“ ist der tägliche Börsen-Shot aus der Wirtschaftsredaktion. Abonnieren Sie den "
        "Podcast bei Spotify, Apple Podcasts oder direkt per RSS-Feed.",
        "Ihnen hat der Artikel gefallen? Bitte helfen Sie dem Hafenblatt und spenden Sie jetzt!",
        "Diese Arbeit ist nur mit Ihrer Unterstützung möglich!",
        "Werden Sie Mitglied beim Hafenblatt und erhalten Sie exklusive Angebote!",
    ]
    sentence = (
        "The mayor, who got a story of her own in the paper last week, said the barrier would be built."
    )
    _assert_notes_are_not_body(notices, sentence)


def _assert_notes_are_not_body(notes: list[str], sentence: str) -> None:
    """The notes, set as paragraphs after the story, leave the body; the story's sentence stays."""
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{sentence}</p><p>{P2}</p><p>{P3}</p>"
        + "".join(f"<p>{n}</p>" for n in notes)
        + "</div></article>"
    )
    assert body(html) == "\n\n".join([P1, sentence, P2, P3])


def test_parts_each_in_an_article_of_their_own_inside_the_storys_article_are_read() -> None:
    """Drupal's paragraphs module sets each text block of a story in an <article class="paragraph">
    inside the story's own <article>: those are parts of one story, not other stories."""
    html = (
        "<main><article class='article-full'><h1>Flood barrier approved</h1><section class='content'>"
        f"<article class='paragraph'>{_part(P1, P1)}</article><div class='ad-slot'></div>"
        f"<article class='paragraph'>{_part(P2, P2, P2)}</article>"
        f"<article class='paragraph'>{_part(P3, P3)}</article></section></article></main>"
    )
    text = body(html)
    assert text is not None and text.index(P1) < text.index(P2) < text.index(P3)


def test_the_story_resumes_after_a_teaser_box_labelled_among_its_paragraphs() -> None:
    """An "Auch interessant" heading and its teaser card set between the story's paragraphs label the
    card, not the rest of the story: a paragraph of the story's own class after it is story again. (Where
    the paragraphs have no class, what follows the label stays the label's block: an excerpt is a <p>.)"""
    teaser = "<div class='card'><a href='/politik/anderes-thema'>Meinung: Ein anderes Thema, lang erklärt</a></div>"
    html = (
        f"<article><h1>T</h1><div class='article-body'><p class='copy'>{P1}</p>"
        f"<h4>Auch interessant</h4>{teaser}<p class='copy'>{P2}</p><p class='copy'>{P3}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, P3])
    excerpt = "An excerpt of the other story, set as a paragraph under its title in the box, runs on."
    classless = (
        f"<article><h1>T</h1><div class='article-body'><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        f"<h4>Auch interessant</h4>{teaser}<p>{excerpt}</p></div></article>"
    )
    assert body(classless) == "\n\n".join([P1, P2, P3])


@pytest.mark.parametrize(
    ("paragraph", "other_line", "rest_holder"),
    [
        # The story's paragraphs have a class: the lead of that class opens the body, a standfirst of
        # another class stays out.
        (
            "<p class='voc-p'>",
            "<p class='voc-standfirst'>Ein Vorspann steht hier.</p>",
            "span class='paywall'",
        ),
        # They have none: a lead a sentence long opens it, a short line beside it stays out.
        ("<p>", "<p>Lesezeit: 3 Minuten</p>", "div class='hideable'"),
    ],
)
def test_the_free_lead_beside_the_paywalls_element_opens_the_body(
    paragraph: str, other_line: str, rest_holder: str
) -> None:
    """A paywalled story sets its free lead as paragraphs beside the element that holds the rest."""
    rest = "".join(f"{paragraph}{p} {p}</p>" for p in (P2, P3, P2))
    holder = rest_holder.split()[0]
    html = (
        f"<article><h1>T</h1><div class='story'>{other_line}{paragraph}{P1}</p>"
        f"<{rest_holder}>{rest}</{holder}></div></article>"
    )
    text = body(html)
    assert text is not None and text.startswith(P1) and P3 in text
    assert "Vorspann" not in text and "Lesezeit" not in text


def test_a_themes_post_metadata_and_an_embeds_placeholder_are_not_body() -> None:
    """WordPress's post-metadata line under the story and an embed's consent placeholder are the theme's
    notes, however long; a story sentence opening alike stays."""
    notes = [
        "This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under News, Harbour."
        " You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or"
        " trackback from your own site.",
        "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter"
        " Allgemein, Hafen abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen.",
        "An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt. Du kannst ihn"
        " dir mit einem Klick anzeigen lassen und wieder ausblenden.",
        "Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.",
        "Risikohinweis für CFDs (Differenzkontrakte): CFDs sind komplexe Instrumente und gehen wegen der"
        " Hebelwirkung mit einem hohen Risiko einher, schnell Geld zu verlieren.",
        "Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer"
        " Datenschutzerklärung.",
        "Disclaimer: Die Inhalte auf dieser Webseite dienen nur der Information und Unterhaltung.",
        "Dieses Thema im Programm: Über dieses Thema berichtete DLF am 24. März 2023 um 05:20 Uhr.",
        "Email ThisBlogThis!Share to TwitterShare to Facebook",
    ]
    sentence = "This entry was the third the council received for its harbour design competition this year."
    _assert_notes_are_not_body(notes, sentence)


def test_an_embed_placeholders_link_to_the_content_is_not_body() -> None:
    """Gamestar's consent placeholder for a video between the paragraphs ends with "Link zum <a>YouTube-
    Inhalt</a>": the placeholder's, not the story's."""
    link = "<p class='info'>Link zum <a href='https://www.youtube.com/watch?v=VAIrKgdwB-Q'>YouTube-Inhalt</a></p>"
    html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>{link}<p>{P2}</p><p>{P3}</p></div></article>"
    assert body(html) == "\n\n".join([P1, P2, P3])


@pytest.mark.parametrize(
    "line",
    [
        "Our website uses cookies to offer you optimal navigation and personalized content.",
        "By continuing your browsing on our site, you agree to the use of cookies.",
        "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
        "Ein Beitrag geteilt von Joey Heindle (@joeyheindle) am Jun 17, 2019 um 12:26 PDT",
        "A post shared by Jane Doe (@janedoe) on May 2, 2024 at 9:15am PDT",
        "Sieh dir diesen Beitrag auf Instagram an",
        "Erhalte jeden neuen Beitrag in deinen Posteingang.",
        "Schließe dich 106 Followern an",
        "Join 1,204 other followers",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
        "Merken.",  # a bookmark plugin's leftover on German blogs
        "Courtesy G4",  # a picture's credit
        "Illustration by Mike Nudelman",
        "The views expressed in the comments below are those of their authors, not of News Example.",
        "More from Bing and MSN Lifestyle Site Search: Get additional content on saving on your grocery bill",
        "Header Image: People have lived in Ecuador's Amazon forests for thousands of years, including those"
        " who made this petroglyph in Napo province. Credit: Tomas Munita/CIFOR (CC BY-NC-ND 2.0)",
        "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.",
    ],
)
def test_a_sites_notice_between_the_paragraphs_is_not_body(line: str) -> None:
    """A cookie banner, an Instagram embed's caption credit and call, a blog platform's follow box, an
    agency's standards line and a theme's comment links, set where the story's paragraphs are. A story's
    sentence that opens alike stays."""
    sentence = "By continuing to use the old bridge until 2027, the council saves the town ten million."
    courtesy = "Courtesy of a state grant, the school opened a new lab."
    photos = "Photos by pupils show the new lab and its microscopes."
    hearing = "More from Tuesday's hearing: the judge asked the council for the harbour files."
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p><p>{line}</p><p>{P2}</p><p>{sentence}</p>"
        f"<p>{courtesy}</p><p>{photos}</p><p>{hearing}</p><p>{P3}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, P2, sentence, courtesy, photos, hearing, P3])


@pytest.mark.parametrize(
    "credit",
    ["Mandel Ngan / AFP / Getty Images", "REUTERS/Kevin Lamarque", "dpa | picture alliance", "SDA/sep"],
)
def test_an_agency_credit_line_is_not_body(credit: str) -> None:
    """TIME sets its picture's credit as the story's first paragraph, a Swiss paper closes with the agency
    and its editor's initials: credits, not story. Slashed lines that name no agency, or end a sentence,
    stay."""
    pairs = "Trump / Clinton"
    poll = "Reuters/Ipsos polled 1,000 adults."
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{credit}</p><p>{P1}</p><p>{pairs}</p>"
        f"<p>{P2}</p><p>{poll}</p><p>{P3}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, pairs, P2, poll, P3])


def test_a_line_pointing_to_the_sites_own_policies_is_not_body() -> None:
    """A comment section's terms under the story link two or more of the site's legal pages (CNN Arabic's
    "please read the community guidelines ... under the privacy policy and the terms of use"). A story's
    paragraph that links another company's policies, one of the site's legal pages only, or stories of
    its "legal" section, stays."""
    rules = (
        "<p>We welcome a lively discussion. Please read our <a href='/community_guidelines.html'>guidelines</a>; "
        "what you post may be used under our <a href='/privacy.html'>privacy policy</a> and our "
        "<a href='https://www.news.example/terms.html'>terms of use</a>.</p>"
    )
    company = (
        "<p>The company changed its <a href='https://social.example/privacy'>privacy policy</a> and its "
        "<a href='https://social.example/terms'>terms</a> on Monday, a week after the regulator's warning.</p>"
    )
    once = (
        "<p>Readers asked how we handle their data: our <a href='/privacy'>privacy policy</a> explains it, "
        "and <a href='/2024/01/01/data/'>our report</a> shows what we keep.</p>"
    )
    section = (
        "<p>Our <a href='/legal/2024/05/court-rules/'>court report</a> and <a href='/legal/terms-of-the-deal/'>"
        "the deal's terms</a> explain the ruling.</p>"
    )
    html = f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>{company}{once}{section}<p>{P2}</p>{rules}</div></article>"
    assert body(html) == "\n\n".join(
        [
            P1,
            "The company changed its privacy policy and its terms on Monday, a week after the regulator's warning.",
            "Readers asked how we handle their data: our privacy policy explains it, and our report shows what we keep.",
            "Our court report and the deal's terms explain the ruling.",
            P2,
        ]
    )


def test_a_related_block_left_inside_an_unclosed_paragraph_is_not_body() -> None:
    """Broken markup nests an <aside> of related stories in the <p> before it (no </p>): the paragraph's
    own text is body, the aside's is not."""
    aside = "<aside class='entry__related'><h4>Leggi anche:</h4><a href='/altro'>La grande sete: due mesi</a></aside>"
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}<p>{P2} {aside}</p><p>{P3}</p></div></article>"
    )
    text = body(html)
    assert text is not None and P2 in text and P3 in text
    assert "Leggi anche" not in text and "grande sete" not in text


def test_a_linked_heading_in_the_story_is_a_teasers_title_not_a_subhead() -> None:
    """A teaser card set between the story's paragraphs gives its title as a heading that is a link or
    sits in one; the story's own subheads, a link inside one included, stay."""
    html = (
        f"<article><h1>T</h1><div class='entry-content'><p>{P1}</p>"
        "<div class='preview'><a href='/news/other'><h3>AfD behauptet: zehn Abgeordnete</h3></a></div>"
        f"<p>{P2}</p><h3><a href='/news/ice'>Bahn: ICE im Halbstundentakt</a></h3>"
        f"<h3>What the barrier will cost</h3><p>{P3}</p>"
        f"<h3>Who pays for the <a href='/thema/flood'>flood</a> barrier</h3><p>{P1}</p></div></article>"
    )
    assert body(html) == "\n\n".join(
        [P1, P2, "What the barrier will cost", P3, "Who pays for the flood barrier", P1]
    )


def test_a_text_blocks_block_children_part_its_lines() -> None:
    """A story set in a <div>, its paragraphs parted by empty <p>s, and a title set in a <div> of its own
    before its text: a browser shows each on a line of its own, so each is a paragraph, not one run."""
    html = (
        "<h1>Congress</h1><div class='share'><a href='#'>Share</a></div>"
        f"<div class='note-inner-text'>{P1}<p></p><p></p>{P2}<p></p><p></p>{P3}</div>"
    )
    assert body(html) == "\n\n".join([P1, P2, P3])
    titled = (
        "<h1>Council live</h1><div class='entry'><div class='entry-title'>Barrier approved</div>"
        f"{P1} <a href='/flood/'>More on the flood</a> and its history.</div>"
    )
    assert body(titled) == "\n\n".join(["Barrier approved", f"{P1} More on the flood and its history."])


_LIVE_INTRO = f"<h1>Flood barrier: live</h1><div class='intro'><p>{P1}</p><p>{P2}</p></div>"
_UPDATE_1 = "The council's engineers will present the plans to residents at the town hall on Monday."
_UPDATE_2 = "Residents have until the end of the month to comment on the plans, the council said."


def test_a_live_blogs_updates_beside_its_intro_are_body_after_it() -> None:
    """JSON-LD names the updates by URL; each URL's fragment is the id of the entry that shows it. The
    entries, in page order and each read as a story is, follow the intro; their times and share bars do
    not."""
    updates = [
        {"@type": "BlogPosting", "headline": "Engineers", "url": f"{URL}#update-2"},
        {"@type": "BlogPosting", "headline": "Deadline", "url": f"{URL}#update-1"},
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Flood barrier: live",
        "liveBlogUpdate": updates,
    }
    entries = "".join(
        f"<div class='entry' id='update-{n}'><div class='entry-info'><time>1{n}:05</time> <a href='/author/ann/'>Ann Lee</a></div>"
        f"<h3>{title}</h3><p>{text}</p><div class='share-bar'><a href='#'>Share</a></div></div>"
        for n, title, text in ((2, "Engineers", _UPDATE_1), (1, "Deadline", _UPDATE_2))
    )
    html = (
        f"<script type='application/ld+json'>{json.dumps(data)}</script>{_LIVE_INTRO}"
        f"<div class='timeline'>{entries}</div>"
    )
    assert body(html) == "\n\n".join([P1, P2, "Engineers", _UPDATE_1, "Deadline", _UPDATE_2])


def test_a_live_blogs_updates_marked_in_microdata_are_read_once_without_their_date_lines() -> None:
    """Microdata marks each update itemprop="liveBlogUpdate": an update written in <div>s gives its title
    and its text as lines, once, and the list item around it (with the update's date) is not read as a
    paragraph of its own."""
    entries = "".join(
        f"<li class='live-item'><div itemprop='liveBlogUpdate' itemscope itemtype='https://schema.org/BlogPosting'>"
        f"<div class='when'><span>November</span><span>02</span><span>2023</span> 1{n}:05</div>"
        f"<div class='text'><div class='title'>Update {n}</div>{text}</div></div></li>"
        for n, text in ((2, _UPDATE_1), (1, _UPDATE_2))
    )
    html = (
        "<div itemscope itemtype='https://schema.org/LiveBlogPosting'><h1>Flood barrier: live</h1>"
        f"<div class='story'><p>{P1}</p><p>{P2}</p><ul class='live-list'>{entries}</ul></div></div>"
    )
    assert body(html) == "\n\n".join([P1, P2, "Update 2", _UPDATE_1, "Update 1", _UPDATE_2])


def test_a_marked_block_inside_a_wrapper_of_a_story_written_between_line_breaks_is_not_body() -> None:
    """A story written partly outside paragraphs (text after a picture the parser took out of its <p>) reads
    a block child without paragraphs as one line: an ad wrapper holding the author box gives its text
    without the box, and a feedback widget's question is none."""
    box = (
        "<div class='code-block code-block-2'><div class='author-box'><h5 class='author-title'>Ann Lee</h5>"
        "<p class='author-description'>Ann Lee has covered the council since 2016.</p></div></div>"
    )
    html = (
        f"<h1>Barrier</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p>"
        f"<figure><img src='a.jpg'></figure>{P3} {_COST}"
        "<div id='was-this-helpful'><div id='wthf-title'>War dieser Artikel hilfreich?</div>"
        f"<div><span>Ja</span><span>Nein</span></div></div>{box}</div>"
    )
    assert body(html) == "\n\n".join([P1, P2, f"{P3} {_COST}"])


_COST = "The work will cost the city about forty million euros."


@pytest.mark.parametrize(
    "question",
    ["Was this article helpful?", "War dieser Artikel hilfreich?", "Cet article vous a-t-il été utile ?",
     "¿Te ha resultado útil?", "Questo articolo ti è stato utile?", "Was dit artikel nuttig?"],
)  # fmt: skip
def test_a_feedback_widgets_question_is_not_body(question: str) -> None:
    html = f"<h1>Barrier</h1><div class='entry'><p>{P1}</p><p>{P2}</p><p>{question} Yes No</p></div>"
    assert body(html) == "\n\n".join([P1, P2])


def test_a_cards_title_in_the_story_is_no_subhead() -> None:
    """A podcast's player set among the paragraphs: its title heading over the show's linked name is no
    subhead. A subhead alone in a wrapper of its own, or beside a short "Edit" link, stays."""
    card = (
        "<div class='podcast'><picture><img src='cover.jpg'></picture><div class='meta'>"
        "<h3>#27 Dorothee Bär über Kinder im Bundestag</h3>"
        "<p><a href='https://podcasts.example/entscheidung'>Meine schwerste Entscheidung</a></p></div></div>"
    )
    subheads = (
        "<div class='wp-block-group'><h2>The vote</h2></div>"
        "<div class='para-title'><h2>The cost</h2><a href='/edit/3'>Edit</a></div>"
    )
    html = f"<h1>Barrier</h1><div class='entry'><p>{P1}</p>{card}<p>{P2}</p>{subheads}<p>{P3}</p></div>"
    assert body(html) == "\n\n".join([P1, P2, "The vote", "The cost", P3])


@pytest.mark.parametrize(
    "pitch",
    [
        "Want more health and science stories in your inbox? Subscribe to Salon's weekly newsletter Lab Notes.",
        "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up",
        "From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered "
        "directly to your inbox.",
        "Eine Newsübersicht am Morgen und zum Feierabend: Abonniere den Whatsapp-Kanal von 20 Minuten und du "
        "bekommst regelmässige Updates.",
        "[Alle wichtigen Updates des Tages finden Sie im kostenlosen Tagesspiegel-Newsletter.]",
        "Join our Belfast Live breaking news service on WhatsApp",
    ],
)
def test_a_newsletters_pitch_to_the_reader_is_not_body(pitch: str) -> None:
    """A line that names the newsletter (the inbox, the email edition, the WhatsApp channel), calls to
    subscribe, join or get it and addresses the reader, however long its sentence, is the site's pitch. A
    story's sentence about a newsletter does not talk to its reader."""
    story = (
        "The council's newsletter, which residents can subscribe to at the town hall, was relaunched in May."
    )
    html = f"<h1>Barrier</h1><div class='entry'><p>{P1}</p><p>{pitch}</p><p>{P2}</p><p>{story}</p></div>"
    assert body(html) == "\n\n".join([P1, P2, story])


@pytest.mark.parametrize(
    "dateline", ["Düsseldorf -", "Bergisch Gladbach -", "WASHINGTON —", "New York (AP) —"]
)
def test_a_dateline_set_as_a_paragraph_of_its_own_opens_the_first_paragraph(dateline: str) -> None:
    html = f"<h1>Barrier</h1><div class='entry'><p class='ortsmarke'><strong>{dateline}</strong></p><p>{P1}</p><p>{P2}</p></div>"
    assert body(html) == "\n\n".join([f"{dateline} {P1}", P2])


@pytest.mark.parametrize(
    "meta",
    ["Schlagworte: Cybercrime, Hacking, SCADA", "Veröffentlicht in Tafelbilder", "Posted in News, Local",
     "Veröffentlicht am 16.08.2019 Dauer: 1 Stunde 4 Minuten Lizenz: CC-BY 4.0", "Tags: harbour, council"],
)  # fmt: skip
def test_a_themes_post_metadata_line_is_not_body(meta: str) -> None:
    """Where a post is filed and its tags, as a line of the story's column: no sentence of the story. A
    sentence opening alike stays."""
    sentence = "Posted in the town hall since Monday, the plans drew a crowd of residents on Tuesday."
    html = f"<h1>Barrier</h1><div class='entry'><p>{P1}</p><p>{meta}</p><p>{sentence}</p><p>{P2}</p></div>"
    assert body(html) == "\n\n".join([P1, sentence, P2])


def test_live_blog_updates_nested_by_unclosed_markup_are_read_once_from_the_outermost() -> None:
    """A page that never closes its elements nests each update in the one before: the outermost update is
    read, with all inside it, once (reading each would read the rest of the blog again for every one)."""
    entry = "<div itemprop='liveBlogUpdate' itemscope itemtype='https://schema.org/BlogPosting'><p>{}</p>"
    html = (
        "<html><body><div itemscope itemtype='https://schema.org/LiveBlogPosting'><h1>Live</h1>"
        f"<div class='story'><p>{P1}</p><p>{P2}</p>"
        + entry.format(_UPDATE_1) + entry.format(_UPDATE_2) + "</div></div></div></div></body></html>"
    )  # fmt: skip
    page = parse_page(html, URL)
    assert [el.findtext("p") for el in live_updates(page, read_structured(page))] == [_UPDATE_1]
    assert extract(html, URL).body == "\n\n".join([P1, P2, _UPDATE_1, _UPDATE_2])


def test_a_page_that_shows_little_of_its_json_ld_article_body_gives_the_article_body() -> None:
    """A page its script renders holds in its markup only the author's bio and, in JSON-LD, the story's
    articleBody: the articleBody is the body (its markup read as text, its lines as paragraphs)."""
    story = [
        "Der Stadtrat hat am Abend den Hafenplan beschlossen. " * 6,
        "Die Opposition kündigte an, <b>gegen den Plan</b> zu klagen. " * 6,
    ]
    head = ld({"@type": "NewsArticle", "headline": "Hafenplan", "articleBody": "\n".join(story)})
    bio = '<div class="author-bio"><p>Anna Lee schreibt seit 2010 über die Stadt und den Hafen.</p></div>'
    html = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafenplan</title>'
        f'{head}</head><body><div id="app"><h1>Hafenplan</h1>{bio}</div></body></html>'
    )
    body = extract(html, URL).body
    assert body is not None
    assert body.split("\n\n") == [story[0].strip(), story[1].replace("<b>", "").replace("</b>", "").strip()]


def test_a_page_that_shows_its_story_keeps_its_own_text_over_a_longer_article_body() -> None:
    """A paywalled page that shows its first paragraphs (here a third of the articleBody) keeps them."""
    head = ld({"@type": "NewsArticle", "articleBody": "Der Stadtrat hat am Abend abgestimmt. " * 40})
    body = extract(pages.page(head=head), URL).body
    assert body is not None and body.startswith("Der Stadtrat hat am Abend abgestimmt und den Plan")


def test_the_story_resumes_after_a_related_list_set_among_its_classless_paragraphs() -> None:
    """A "Related" heading and its list of links inside the story's text label that list; the plain
    paragraphs after it are the story again, and the list's links are the related stories."""
    links = "".join(
        f'<li><a href="https://news.example/2024/05/16/harbour-{n}/">Another story about the harbour, part {n}</a></li>'
        for n in range(3)
    )
    html = (
        f'<div itemprop="articleBody"><p>{P1}</p><p>{P2}</p><h2 class="cat-head"><span>Related</span></h2>'
        f'<ul class="related_links">{links}</ul><p>{P3}</p><p>{P1.replace("council", "mayor")}</p></div>'
    )
    article = extract(f"<html><body><h1>Flood barrier</h1>{html}</body></html>", URL)
    assert article.body is not None and article.body.split("\n\n")[-2:] == [
        P3,
        P1.replace("council", "mayor"),
    ]
    assert [link.url for link in article.related if link.relation == "related"] == [
        f"https://news.example/2024/05/16/harbour-{n}/" for n in range(3)
    ]


def test_a_paragraph_right_under_a_related_heading_introduces_its_list() -> None:
    """Right under the heading, before its list, a plain paragraph is the box's introduction, not the
    story resuming: the list after it stays the related stories."""
    links = "".join(
        f'<li><a href="https://news.example/2024/05/16/harbour-{n}/">Another story about the harbour, part {n}'
        "</a></li>"
        for n in range(3)
    )
    intro = "Read our earlier reporting on the harbour's flood defences and what the council decided then."
    html = (
        f'<div itemprop="articleBody"><p>{P1}</p><p>{P2}</p><h2>Related</h2><p>{intro}</p>'
        f"<ul>{links}</ul><p>{P3}</p></div>"
    )
    article = extract(f"<html><body><h1>Flood barrier</h1>{html}</body></html>", URL)
    assert article.body is not None and intro not in article.body
    assert len([link for link in article.related if link.relation == "related"]) == 3


def test_parts_whose_class_is_on_the_block_around_their_paragraphs_are_read() -> None:
    """Drupal's paragraphs module wraps each text block in "<div class='paragraph paraTypeText'><div>":
    the container the search finds is the unclassed <div>, its parts are found by the class around it,
    past an Instagram embed set between them."""

    def text_block(*paragraphs: str) -> str:
        inner = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<div><div class='paragraph paraTypeText'><div>{inner}</div></div></div>"

    embed = (
        "<div class='paragraph paraTypeInstagram'><blockquote><p>A post shared by X</p></blockquote></div>"
    )
    html = (
        "<article class='node'><h1>Flood barrier</h1><div class='article__content'>"
        f"{text_block(P1, P2, P1 + ' ' + P2)}{embed}{text_block(P3, P3 + ' ' + P1, P2)}</div></article>"
    )
    text = body(html)
    assert text is not None and text.index(P1) < text.index(P3)
    assert "A post shared by" not in text


def test_a_client_templates_placeholders_are_no_story() -> None:
    """La Nouvelle République serves a shell its script fills in: where the script never ran, the page
    shows Angular's "{{content.lastUpdateUser.fullName}}" placeholders, no story. A paragraph that quotes
    a template's braces in passing stays."""
    shell = (
        "<article><h1>T</h1><div class='content'><p>{{ctrl.content.status === 'published' ? 'Contenu publié'"
        " : 'Brouillon'}}</p><p>{{ctrl.content.lastUpdateUser.fullName}} - {{ctrl.content.lastUpdateTime"
        " | date : 'dd/MM/yyyy'}}</p></div></article>"
    )
    assert body(shell) is None
    braces = (
        "The bug came from a template that printed {{user.name}} instead of the reader's name for a week."
    )
    html = f"<article><h1>T</h1><div class='content'><p>{P1}</p><p>{braces}</p><p>{P2}</p></div></article>"
    assert body(html) == "\n\n".join([P1, braces, P2])


def test_a_pictures_credit_glued_to_the_last_sentence_of_a_paragraph_is_no_story() -> None:
    """A CMS that appends the picture's credit to the paragraph ("... der Kartellbehörden.Foto:
    photocase.de", "... in Egling. Foto: Energiewende Oberland"): the credit goes, the sentence stays. A
    sentence that names a photo in its own words stays whole."""
    glued = f"{P2[:-1]} der Kartellbehörden.Foto: photocase.de"
    spaced = f"{P3} Foto: Energiewende Oberland"
    own = "The exhibition opens with the most famous photo: the harbour at dawn"
    html = (
        f"<article><h1>T</h1><div class='content'><p>{P1}</p><p>{glued}</p><p>{spaced}</p><p>{own}</p>"
        "</div></article>"
    )
    assert body(html) == "\n\n".join([P1, f"{P2[:-1]} der Kartellbehörden.", P3, own])


def test_an_e_mail_address_the_story_gives_as_a_link_is_story() -> None:
    """A paragraph that is only an e-mail address ("<a href=mailto:…>"), after "write to us at:", is the
    story's: it links to no page, as a line of links to other pages does."""
    intro = "The assembly has set up a dedicated mailbox for the reports of teachers and parents:"
    mail = "<a href='mailto:suivi.reformes@example.org'>suivi.reformes@example.org</a>"
    link = "<a href='/2024/05/21/other-story/'>Read the other story</a>"
    html = (
        f"<article><h1>T</h1><div class='content'><p>{P1}</p><p>{intro}</p><p>{mail}</p><p>{link}</p>"
        f"<p>{P2}</p></div></article>"
    )
    assert body(html) == "\n\n".join([P1, intro, "suivi.reformes@example.org", P2])
