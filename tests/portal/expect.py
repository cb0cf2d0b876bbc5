"""What the archive must hold for a story the fixture portal serves (derived from the ground truth)."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from crawler.archive.store import stored_date
from tests.fixtures.themes import Story, page_date
from tests.portal.server import Portal


@dataclass(frozen=True)
class ExpectedRow:
    url: str
    headline: str
    published_at: dt.datetime | None
    published_date: dt.date | None
    published_precision: str | None
    published_utc_offset: int | None
    modified_at: dt.datetime | None
    authors: tuple[str, ...]
    body: str
    section: str
    tags: frozenset[str]
    language: str
    summary: str | None
    related: frozenset[tuple[str, str, str]]  # (url, relation, title)


def expected_row(portal: Portal, story: Story) -> ExpectedRow:
    theme = portal.theme_of(story)
    published = stored_date(page_date(theme, story.published))
    modified = stored_date(page_date(theme, story.modified))
    ctx = portal.context(story)
    related = {(t.url, "previous", t.title) for t in [ctx.previous] if t}
    related |= {(t.url, "next", t.title) for t in [ctx.next] if t}
    related |= {(t.url, "related", t.title) for t in ctx.related}
    related |= {(t.url, "latest", t.title) for t in ctx.latest}
    return ExpectedRow(
        url=portal.story_url(story),
        headline=story.headline,
        published_at=published.at,
        published_date=published.day,
        published_precision=published.precision,
        published_utc_offset=published.utc_offset_minutes,
        modified_at=modified.at,
        authors=story.authors,
        body="\n\n".join(story.paragraphs),
        section=story.section,
        tags=frozenset(story.tags),
        language=story.language,
        # The summary the page states (its description meta); a theme that states none gives None.
        summary=story.summary if html.escape(story.summary, quote=True) in portal.story_page(story) else None,
        related=frozenset(related),
    )
