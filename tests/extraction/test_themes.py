"""Every fixture theme × every sample story: extraction gives exactly what the page states, and nothing from
its teasers, widgets, blurbs, comments or header bars.

The fixtures (tests/fixtures/themes) render full WordPress-style pages; `ThemeInfo` says what each page
conveys (a date with offset, a local date-time, structured data or none), so the expected values here are
exactly what a reader of the page can know.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache

import pytest

from crawler.extraction import Article, RelatedLink, extract
from tests.fixtures.themes import THEME_INFO, THEMES, PageContext, Story, Teaser, page_date
from tests.fixtures.themes.samples import STORIES, context_for
from tests.portal.server import Portal
from tests.portal.stories import harbour_story

CASES = [(name, i) for name in sorted(THEMES) for i in range(len(STORIES))]
IDS = [f"{name}-{STORIES[i].slug[:20]}" for name, i in CASES]


@dataclass(frozen=True)
class Case:
    name: str
    story: Story
    ctx: PageContext
    html: str
    article: Article


@cache
def _case(name: str, index: int) -> Case:
    story = STORIES[index]
    ctx = context_for(story)
    html = THEMES[name](story, ctx)
    return Case(name, story, ctx, html, extract(html, ctx.url))


@pytest.fixture(params=CASES, ids=IDS)
def case(request: pytest.FixtureRequest) -> Case:
    return _case(*request.param)


def expected_related(name: str, ctx: PageContext) -> set[RelatedLink]:
    links = set()
    if ctx.previous:
        links.add(RelatedLink(ctx.previous.url, ctx.previous.title, "previous"))
    if ctx.next:
        links.add(RelatedLink(ctx.next.url, ctx.next.title, "next"))
    links |= {RelatedLink(t.url, t.title, "related") for t in ctx.related}
    links |= {RelatedLink(t.url, t.title, "latest") for t in ctx.latest}
    inline = ctx.extra.get("inline_related")
    if THEME_INFO[name].inline_related and inline is not None:
        links.add(RelatedLink(inline.url, inline.title, "related"))  # type: ignore[attr-defined]
    return links


def _same_date(got: object, want: dt.datetime | dt.date | None) -> None:
    """Equal instant (or day), the same kind of value, and the page's own offset kept."""
    assert got == want
    assert type(got) is type(want)
    if isinstance(want, dt.datetime):
        assert isinstance(got, dt.datetime)
        assert got.utcoffset() == want.utcoffset()


def test_headline(case):
    assert case.article.headline == case.story.headline


def test_published(case):
    want = page_date(case.name, case.story.published)
    got = case.article.published
    if (
        THEME_INFO[case.name].dates == "utc"
        and isinstance(got, dt.datetime)
        and case.story.published.date() != want.date()
    ):
        # Metadata in UTC, but the page (its URL, its date line) shows the local day, the day before or
        # after the UTC one: the same instant, given an offset that puts it on the page's day.
        assert got == want
        assert got.date() == case.story.published.date()
        return
    _same_date(got, want)


def test_modified(case):
    _same_date(case.article.modified, page_date(case.name, case.story.modified))


def test_authors(case):
    assert case.article.authors == list(case.story.authors)


def test_body(case):
    assert case.article.body == "\n\n".join(case.story.paragraphs)


def test_section(case):
    assert case.article.section == case.story.section


def test_tags(case):
    assert case.article.tags == list(case.story.tags)


def test_canonical_url(case):
    assert case.article.canonical_url == case.ctx.url


def test_language(case):
    assert case.article.language == case.story.language


def test_related_links(case):
    assert set(case.article.related) == expected_related(case.name, case.ctx)
    urls = [link.url for link in case.article.related]
    assert len(urls) == len(set(urls)), "a related URL is listed twice"
    assert case.ctx.url not in urls


def test_related_order_is_previous_next_related_latest(case):
    order = {"previous": 0, "next": 1, "related": 2, "latest": 3}
    ranks = [order[link.relation] for link in case.article.related]
    assert ranks == sorted(ranks)


def _teasers(case: Case) -> list[Teaser]:
    """Every teaser the page shows: previous/next, related, latest and an inline "Read also"."""
    teasers = [case.ctx.previous, case.ctx.next, *case.ctx.related, *case.ctx.latest]
    inline = case.ctx.extra.get("inline_related")
    if inline is not None:
        teasers.append(inline)  # type: ignore[arg-type]
    for teaser in teasers:
        assert teaser is not None
    return teasers  # type: ignore[return-value]


def test_nothing_leaks_from_teasers(case):
    body = case.article.body or ""
    for teaser in _teasers(case):
        assert teaser.title not in body
        if teaser.excerpt:
            assert teaser.excerpt not in body
        if teaser.author not in case.story.authors:
            assert teaser.author not in case.article.authors


def test_no_date_comes_from_a_teaser(case):
    for teaser in _teasers(case):
        assert teaser.date is not None
        assert case.article.published != teaser.date
        assert case.article.modified != teaser.date
        published = case.article.published
        expected = page_date(case.name, case.story.published)
        if published is not None and expected is not None:
            # Days compared in the extracted date's own offset: a teaser's day is never the story's
            # day unless the story really was published that day.
            zone = published.tzinfo if isinstance(published, dt.datetime) else None
            teaser_day = (teaser.date.astimezone(zone) if zone else teaser.date).date()
            day = published.date() if isinstance(published, dt.datetime) else published
            if isinstance(expected, dt.datetime):
                expected = (expected.astimezone(zone) if zone and expected.tzinfo else expected).date()
            if teaser_day != expected:
                assert day != teaser_day, f"{published} is a teaser's day"


def test_nothing_leaks_from_widgets_and_blurbs(case):
    body = case.article.body or ""
    # The header's "Today:" date, comments, share bars, blurbs, captions, "Go to Top".
    for value in (case.article.published, case.article.modified):
        if value is not None:
            day = value.date() if isinstance(value, dt.datetime) else value
            assert day != case.ctx.today
    for fragment in (
        "Today",
        "Go to",
        "Top",
        "Share",
        "Facebook",
        "Gerald Pickering",
        "nobody else reported",
        "Leave a",
        "Photo",
        "Credit",
        "Advertisement",
        "Previous",
        "Next",
        "Read also",
        "All rights reserved",
        "strive",
        "At our portal",
        case.ctx.site_name,
    ):
        assert fragment not in body, fragment
    assert "Gerald Pickering" not in case.article.authors
    assert len(case.article.authors) == len(set(case.article.authors))


def test_rendering_is_deterministic():
    for name in THEMES:
        for story in STORIES:
            ctx = context_for(story)
            assert THEMES[name](story, ctx) == THEMES[name](story, ctx)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_page_without_neighbours_or_teasers_has_no_related_links(name):
    story = STORIES[0]
    ctx = context_for(story, inline_related=False)
    bare = PageContext(site_name=ctx.site_name, base_url=ctx.base_url, url=ctx.url, today=ctx.today)
    article = extract(THEMES[name](story, bare), bare.url)
    assert article.related == []
    assert article.body == "\n\n".join(story.paragraphs)
    assert article.headline == story.headline


@pytest.mark.parametrize("name", sorted(THEMES))
def test_bytes_input_gives_the_same_article(name):
    story = STORIES[1]  # non-ASCII headline and names
    ctx = context_for(story)
    html = THEMES[name](story, ctx)
    from_text = extract(html, ctx.url)
    from_bytes = extract(html.encode("utf-8"), ctx.url)
    assert from_bytes == from_text


def test_themes_cover_the_structured_data_variety():
    kinds = {info.structured for info in THEME_INFO.values()}
    assert {"jsonld", "graph", "microdata", "opengraph", "none"} <= kinds
    assert sum(1 for info in THEME_INFO.values() if info.structured == "none") >= 2
    assert len(THEMES) >= 6


# --- the seed-like theme's own traps (../shared/seeds/portal-article-example.txt) ---------------------


def _portal(index: int = 0) -> tuple[Story, PageContext, str, Article]:
    c = _case("portal", index)
    return c.story, c.ctx, c.html, c.article


def test_seed_today_bar_is_not_the_publication_date():
    story, ctx, html, article = _portal()
    assert (
        f'Today: <time datetime="{ctx.today.isoformat()}">{ctx.today:%B} {ctx.today.day}, {ctx.today.year}'
        in html
    )
    assert article.published == story.published
    assert article.published.date() != ctx.today


def test_seed_byline_and_author_box_are_one_author():
    story, _ctx, html, article = _portal()
    assert html.count(story.authors[0]) >= 3  # byline, author box photo link, author box heading
    assert article.authors == [story.authors[0]]


def test_seed_blurb_go_to_top_latest_and_teaser_excerpts_are_not_body():
    from tests.fixtures.themes.portal import BLURB

    story, ctx, html, article = _portal()
    assert BLURB in html and "Go to<span>Top</span>" in html and "Latest from Blog" in html
    body = article.body or ""
    assert BLURB not in body
    assert "Go to" not in body and "Latest from Blog" not in body and "Don't Miss" not in body
    for teaser in ctx.related:
        assert teaser.excerpt not in body
    assert body.count("\n\n") == len(story.paragraphs) - 1


def test_seed_previous_next_and_dont_miss_become_related_links():
    _story, ctx, _html, article = _portal()
    by_relation: dict[str, list[tuple[str, str | None]]] = {}
    for link in article.related:
        by_relation.setdefault(link.relation, []).append((link.url, link.title))
    assert ctx.previous is not None and ctx.next is not None
    assert by_relation["previous"] == [(ctx.previous.url, ctx.previous.title)]
    assert by_relation["next"] == [(ctx.next.url, ctx.next.title)]
    assert by_relation["related"] == [(t.url, t.title) for t in ctx.related]  # "Don't Miss", in page order
    assert by_relation["latest"] == [(t.url, t.title) for t in ctx.latest]  # "Latest from Blog"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_a_one_sentence_story_keeps_its_text_against_a_longer_author_bio_and_footer(name):
    # The author's bio and the site's "about" blurb hold more text than a one-sentence story; the
    # story container is still the story's, never theirs.
    story = replace(STORIES[1], paragraphs=("The ferry will run through the winter, the council decided.",))
    ctx = context_for(story)
    article = extract(THEMES[name](story, ctx), ctx.url)
    # A theme that prints the summary as a lead above the text may keep it (it is the story's own).
    assert article.body in (story.paragraphs[0], f"{story.summary}\n\n{story.paragraphs[0]}")


@pytest.mark.parametrize("name", sorted(THEMES))
def test_a_one_sentence_story_keeps_its_text_against_teasers_with_longer_excerpts(name):
    # Previous/next, related and latest teasers each carry an excerpt longer than the story itself;
    # an excerpt is cut short ("…"), the story's text is not.
    site = Portal(stories=[harbour_story(i) for i in range(5)], themes=(name,), base_url="http://portal.test")
    story = site.publish("ferry-winter", "Ferry runs all winter", "The ferry will run through the winter.")
    article = extract(site.story_page(story), site.story_url(story))
    assert article.body in (story.paragraphs[0], f"{story.summary}\n\n{story.paragraphs[0]}")
