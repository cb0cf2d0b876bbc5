"""Section, tags and language: structured data first, then the story's own category and tag links."""

from __future__ import annotations

import json

from crawler.extraction import extract

URL = "https://news.example/2024/05/harbour-plan/"


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Harbour plan</title>{head}</head><body>'
        '<header><nav><a href="/category/world/">World</a><a href="/category/sport/">Sport</a></nav></header>'
        f"<article><h1>Harbour plan approved</h1>{body}<p>{'The council voted. ' * 20}</p></article>"
        '<aside class="widget widget_categories"><a href="/category/culture/">Culture</a>'
        '<a class="tag-cloud-link" href="/tag/festivals/">Festivals</a></aside></body></html>'
    )


def test_structured_section_and_tags_win() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Harbour plan approved",
        "articleSection": ["Politics", "Local"],
        "keywords": "harbour, council ,  harbour",
    }
    article = extract(page(f'<script type="application/ld+json">{json.dumps(ld)}</script>'), URL)
    assert article.section == "Politics"
    assert article.tags == ["harbour", "council"]


def test_a_section_stated_as_its_slug_is_named_as_the_pages_links_write_it() -> None:
    """Metadata that states the section as its slug ("public-service") gives the name the page's own link
    to it shows ("Public Service"); without such a link, and for a section written as a name, the
    statement stands."""
    link = '<a href="/category/public-service/">Public Service</a>'
    head = '<meta property="article:section" content="public-service">'
    assert extract(page(head, body=link), URL).section == "Public Service"
    assert extract(page(head), URL).section == "public-service"
    named = '<meta property="article:section" content="World">'
    assert extract(page(named, body='<a href="/world/">WORLD</a>'), URL).section == "World"


def test_article_meta_tags_keep_their_order() -> None:
    head = (
        '<meta property="article:section" content="Business">'
        '<meta property="article:tag" content="Ports"><meta property="article:tag" content="Jobs">'
    )
    article = extract(page(head), URL)
    assert (article.section, article.tags) == ("Business", ["Ports", "Jobs"])


def test_theme_links_in_the_story_not_in_menus_or_widgets() -> None:
    body = (
        '<div class="cat-links"><a href="/category/politics/" rel="category tag">Politics</a></div>'
        '<footer class="entry-footer"><a href="/tag/harbour/" rel="tag">Harbour</a> '
        '<a href="/tag/budget/" rel="tag">Budget</a></footer>'
    )
    article = extract(page(body=body), URL)
    assert article.section == "Politics"
    assert article.tags == ["Harbour", "Budget"]


def test_breadcrumb_gives_the_section_without_home_or_the_story_itself() -> None:
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://news.example/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Politics",
                "item": "https://news.example/politics/",
            },
            {"@type": "ListItem", "position": 3, "name": "Harbour plan approved"},
        ],
    }
    article = extract(page(f'<script type="application/ld+json">{json.dumps(crumbs)}</script>'), URL)
    assert article.section == "Politics"
    html_crumbs = (
        '<div class="breadcrumbs"><a href="/">Home</a> › <a href="/region/">Region</a> › Harbour</div>'
    )
    assert extract(page(body=html_crumbs), URL).section == "Region"


def test_previous_next_arrows_in_a_breadcrumb_bar_name_no_section() -> None:
    arrows = (
        '<div class="breadcrumb-collection"><a href="/products/a-coffee" class="breadcrumb_link">‹ Zurück</a>'
        ' | <a href="/products/b-coffee" class="breadcrumb_link">Nächstes</a></div>'
    )
    assert extract(page(body=arrows, lang="de"), URL).section is None
    crumbs = f'<div class="breadcrumbs"><a href="/">Home</a> › <a href="/region/">Region</a></div>{arrows}'
    assert extract(page(body=crumbs, lang="de"), URL).section == "Region"


def test_json_ld_keywords_run_together_give_way_to_the_keywords_meta_that_separates_them() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Harbour plan approved",
        "keywords": "Boxen Frank Warren Tyson Fury",
    }
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    meta = '<meta name="news_keywords" content="Boxen,Tyson Fury,Frank Warren">'
    assert extract(page(script + meta), URL).tags == ["Boxen", "Tyson Fury", "Frank Warren"]
    # Without a meta that separates them, the run stays one tag rather than being cut at a guess.
    assert extract(page(script), URL).tags == ["Boxen Frank Warren Tyson Fury"]


def test_language_is_a_normalised_bcp47_tag() -> None:
    assert extract(page(lang="de-ch"), URL).language == "de-CH"
    assert extract(page(lang="pt_br"), URL).language == "pt-BR"
    assert extract(page(head='<meta property="og:locale" content="fr_FR">', lang=""), URL).language == "fr-FR"
    # Country codes that templates write for the language, and deprecated codes, become the language's.
    korean = story(
        "kr", "항구 확장 계획 승인", "시의회는 화요일 저녁 긴 토론 끝에 항구 확장 계획을 승인했다."
    )
    assert extract(korean, URL).language == "ko"
    hebrew = story("iw-IL", "תוכנית הנמל אושרה", "מועצת העיר אישרה ביום שלישי בערב את הרחבת הנמל.")
    assert extract(hebrew, URL).language == "he-IL"


def story(lang: str, headline: str, text: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>'
        f"<p>{text}</p></article></body></html>"
    )


def test_without_a_declaration_the_text_tells_the_language() -> None:
    # An unreadable declaration is none: the story's English text decides.
    assert extract(page(lang="not a language"), URL).language == "en"
    german = story(
        "",
        "Stadtrat beschließt den Ausbau des Hafens",
        "Nach einer langen Debatte hat der Stadtrat am Dienstagabend den Ausbau des Hafens beschlossen. "
        "Die Gegner hatten vor steigenden Mieten in der Altstadt gewarnt.",
    )
    assert extract(german, URL).language == "de"
    # Too little text to tell, and no declaration: no language.
    assert extract(story("", "Hafen", "Ja."), URL).language is None


def test_a_declared_language_in_another_script_than_the_story_gives_way_to_the_text() -> None:
    # A Bengali portal on an English theme: lang="en-US" over a Bengali story.
    bengali = story(
        "en-US",
        "বন্দর সম্প্রসারণ পরিকল্পনা অনুমোদিত",
        "সিটি কাউন্সিল মঙ্গলবার সন্ধ্যায় দীর্ঘ বিতর্কের পর বন্দর সম্প্রসারণ অনুমোদন করেছে।",
    )
    assert extract(bengali, URL).language == "bn"
    # A declaration in the story's own script stands, even where the text reads like another language.
    assert extract(page(lang="de"), URL).language == "de"


_GERMAN_TEXT = (
    "Nach einer langen Debatte hat der Stadtrat am Dienstagabend den Ausbau des Hafens beschlossen. Die "
    "Gegner hatten vor steigenden Mieten in der Altstadt gewarnt, die Befürworter verwiesen auf neue "
    "Arbeitsplätze. Der Bau soll im Frühjahr beginnen und etwa sechs Jahre dauern, sagte die Bürgermeisterin."
)


def test_a_themes_default_english_declaration_gives_way_to_text_plainly_in_another_language() -> None:
    """A German blog on a theme that declares lang="en-US": a full sample of its text, headline included,
    reads as German beyond doubt. Where the headline reads as English, or the text is short, the
    declaration stands; so does any other declaration (the model errs on mixed text too)."""
    blog = story("en-US", "Stadtrat beschließt den Ausbau des Hafens", _GERMAN_TEXT)
    assert extract(blog, URL).language == "de"
    english_headline = story("en-US", "Council approves the harbour plan after a long debate", _GERMAN_TEXT)
    assert extract(english_headline, URL).language == "en-US"
    short = story("en-US", "Stadtrat beschließt den Ausbau", "Der Bau soll im Frühjahr beginnen.")
    assert extract(short, URL).language == "en-US"
    french = story("fr", "Stadtrat beschließt den Ausbau des Hafens", _GERMAN_TEXT)
    assert extract(french, URL).language == "fr"


def test_tags_written_as_one_list_are_split_and_a_sections_list_gives_its_first() -> None:
    head = (
        '<meta property="article:tag" content="Polizei,Drogenrazzien, Son Gotleu">'
        '<meta property="article:section" content="Debatte, Krieg, Naher Osten">'
    )
    article = extract(page(head), URL)
    assert article.tags == ["Polizei", "Drogenrazzien", "Son Gotleu"]
    assert article.section == "Debatte"
    # One comma, or commas before a last "&", belong to one name.
    head = (
        '<meta property="article:tag" content="Washington, D.C.">'
        '<meta property="article:tag" content="Business, Finance, &amp;amp; Economics">'
        '<meta property="article:section" content="Business, Finance, &amp; Economics">'
    )
    article = extract(page(head), URL)
    assert article.tags == ["Washington, D.C.", "Business, Finance, & Economics"]
    assert article.section == "Business, Finance, & Economics"


def test_tag_links_holding_a_teaser_or_an_address_are_no_tags() -> None:
    links = (
        '<div class="entry-tags"><a href="/tag/harbour/">Harbour</a>'
        '<a href="/tag/council/">https://news.example/tag/council/</a>'
        '<a href="/thema/klima/">Klimaschutz stärken: Partnerschaften voranbringen, '
        "Kohleausstieg beschleunigen 01.09.2021</a></div>"
    )
    assert extract(page(body=links), URL).tags == ["Harbour"]


def test_entities_in_a_section_are_decoded() -> None:
    head = '<meta property="article:section" content="Food &amp;amp; Drink">'
    assert extract(page(head), URL).section == "Food & Drink"


def test_a_breadcrumb_holding_only_the_home_page_names_no_section() -> None:
    for home in ("Home", "Startseite", "Главная", "首页"):
        crumbs = f'<ol class="breadcrumb"><li><a href="/id/{home}">{home}</a></li></ol>'
        assert extract(page(body=crumbs), URL).section is None


def test_a_content_type_written_as_the_section_names_no_section() -> None:
    """The Intercept's JSON-LD articleSection is "Articles", The Nation's category link "Article": the kind
    of page, not its section. A later source that names a section still does."""
    ld = json.dumps({"@type": "NewsArticle", "headline": "Harbour plan", "articleSection": "Articles"})
    head = f'<script type="application/ld+json">{ld}</script>'
    assert extract(page(head=head), URL).section is None
    head += '<meta property="article:section" content="Politics">'
    assert extract(page(head=head), URL).section == "Politics"
    link = '<p class="category"><a href="/category/article/">Article</a></p>'
    assert extract(page(body=link), URL).section is None


def test_a_tag_lists_label_and_load_more_links_are_no_tags() -> None:
    """The link to the topics page ("Alle Themen", "THEMEN") and a "Load more" button sit in the tag list."""
    tags = "".join(
        f'<a href="/thema/{slug}/">{text}</a>'
        for slug, text in (
            ("", "THEMEN"),
            ("hafen", "Hafen"),
            ("rat", "Stadtrat"),
            ("", "Alle Themen"),
            ("", "LOAD MORE"),
        )
    )
    assert extract(page(body=f'<div class="tags">{tags}</div>'), URL).tags == ["Hafen", "Stadtrat"]


def test_the_links_of_a_list_named_as_the_storys_tags_are_tags_whatever_their_paths() -> None:
    """Drupal links its tags to "/taxonomy/term/<id>"; the field's class says what they are. A share
    button to another site, a "…" expander and a date link in the list are no tags, and a list of the
    site's tags in a sidebar widget is not the story's."""
    field = (
        '<div class="field field--name-field-tags field--type-entity-reference">'
        '<div class="field__label">Tags</div><div class="field__items">'
        '<div class="field__item"><a href="/taxonomy/term/3">Shipping</a></div>'
        '<div class="field__item"><a href="/taxonomy/term/7">Labour</a></div>'
        '<div class="field__item"><a href="https://twitter.com/share?url=x">Tweet</a></div>'
        '<div class="field__item"><a href="/taxonomy">…</a></div>'
        '<div class="field__item"><a href="/2024/05/17/">17/05/24</a></div></div></div>'
    )
    assert extract(page(body=field), URL).tags == ["Shipping", "Labour"]
    widget = '<aside class="widget"><div class="tags"><a href="/taxonomy/term/9">Everything</a></div></aside>'
    assert extract(page().replace("</article>", f"</article>{widget}"), URL).tags == []


def test_the_bylines_link_to_the_writers_page_under_the_topic_path_is_no_tag() -> None:
    """A CMS that files its writers' pages under the topic path: the byline's link says whose stories it
    lists by its title; the tags beside it are the story's topics."""
    byline = (
        '<p class="byline">Von <a href="/thema/jane-doe,1450/" title="Alle Inhalte von Jane Doe">Jane Doe</a>'
        "</p>"
    )
    tags = '<div class="tags"><a href="/thema/hafen/">Hafen</a><a href="/thema/stadtrat/">Stadtrat</a></div>'
    article = extract(page(body=byline + tags), URL)
    assert article.tags == ["Hafen", "Stadtrat"]
    assert article.authors == ["Jane Doe"]


def test_a_separator_set_inside_the_tag_link_is_no_part_of_the_tag() -> None:
    tags = '<span class="tag-links"><a href="/tag/flood/">Flood,</a> <a href="/tag/vote/">Council</a></span>'
    assert extract(page(body=tags), URL).tags == ["Flood", "Council"]


def test_a_tags_count_of_stories_is_no_part_of_it() -> None:
    tags = (
        '<p class="tag-links"><a class="tag" href="/tag/2020-election/">2020 Election <span class="count">'
        '(611 posts)</span></a> <a class="tag" href="/tag/iowa/">Iowa <span class="count">(92)</span></a></p>'
    )
    assert extract(page(body=tags), URL).tags == ["2020 Election", "Iowa"]


def test_identifiers_placeholders_labels_and_calls_to_action_are_no_tags() -> None:
    """A tag field or link that names no topic: a UUID, a long number, a path, a template's placeholder, a
    list's label, a sentence or a button's call to action. A year, a name in brackets and a series named
    as a question stay."""
    junk = [
        "8ae9ab2d-fe1b-4230-acb8-a59b52877682", "104746419", "/article", "[NAME]", "Temas relacionados:",
        "Se realizarán de manera online desde el 3 al 5 de septiembre.", "Jetzt Petition unterzeichnen!",
    ]  # fmt: skip
    kept = ["2024", "Frankfurt (Oder)", "At 250 who will America Be?", "Harbour"]
    head = "".join(f'<meta property="article:tag" content="{tag}">' for tag in [*junk, *kept])
    assert extract(page(head), URL).tags == kept
    button = '<a class="button" href="/tag/petition/">Jetzt Petition unterzeichnen!</a>'
    assert extract(page(body=f'{button}<a href="/tag/zoo/">Zoo</a>', lang="de"), URL).tags == ["Zoo"]


def test_a_years_archive_step_or_a_share_link_in_the_breadcrumb_bar_names_no_section() -> None:
    """ "Pressemitteilungen › 2022 › Headline": the year is the archive, the section the step before it;
    a share button set in the bar links elsewhere and is no step."""
    crumbs = (
        '<div class="breadcrumb"><a href="/">Startseite</a> › <a href="/presse/">Pressemitteilungen</a> › '
        '<a href="/presse/2022/">2022</a> › Harbour plan approved'
        '<a href="https://twitter.com/intent/tweet?url=x">tweeten</a></div>'
    )
    assert extract(page(body=crumbs, lang="de"), URL).section == "Pressemitteilungen"


def test_a_tag_that_is_the_headline_names_no_topic_but_a_long_name_the_headline_holds_does() -> None:
    """A CMS that fills article:tag with the headline (soychile: the <title>, site name and all; the Daily
    Mail: its words without the small ones) gives no topic. A long name the headline holds is a small
    part of it, and a tag."""
    title = "Chef Jamie Oliver joins Mail on Sunday's war on toxic food | Daily Mail Online"
    head = (
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:tag" content="Chef Jamie Oliver joins Mail Sundays war toxic food">'
        '<meta property="article:tag" content="Food">'
    )
    assert extract(page(head), URL).tags == ["Food"]
    title = "Wisuda IGI School of Economics Jakarta meluluskan 200 magister manajemen di kampus baru"
    head = (
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:tag" content="IGI School of Economics Jakarta">'
        f'<meta property="article:tag" content="{title}">'
    )
    assert extract(page(head), URL).tags == ["IGI School of Economics Jakarta"]


def test_the_last_step_of_a_json_ld_trail_without_an_address_is_the_page_itself() -> None:
    """Yoast's BreadcrumbList ends with the page, by name and without an address ("Home > 3 Fragen an Tina
    Musil, Teamleiterin Fundraising"): the page names no section of itself. A step with an address
    before it does."""

    def trail(*steps: tuple[str, str | None]) -> str:
        items = [
            {"@type": "ListItem", "position": i, "name": name, **({"item": url} if url else {})}
            for i, (name, url) in enumerate(steps, 1)
        ]
        ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
        return f'<script type="application/ld+json">{json.dumps(ld)}</script>'

    bare = (
        "<!DOCTYPE html><html lang='de'><head><title>Demokratie-Stiftung: 3 Fragen</title>{head}</head><body>"
        "<article><h1>3 Fragen an Tina Musil</h1>"
        f"<p>{'Der Rat stimmte zu. ' * 20}</p></article></body></html>"
    )
    page_itself = trail(("Home", "https://news.example/"), ("3 Fragen an Tina Musil, Teamleiterin", None))
    assert extract(bare.format(head=page_itself), URL).section is None
    with_section = trail(
        ("Home", "https://news.example/"),
        ("Politik", "https://news.example/politik/"),
        ("3 Fragen an Tina Musil, Teamleiterin", None),
    )
    assert extract(bare.format(head=with_section), URL).section == "Politik"
