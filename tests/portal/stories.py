"""Deterministic stories for fixture portals: varied sections, bylines, offsets and lengths."""

from __future__ import annotations

import datetime as dt

from tests.fixtures.themes import Story

SECTIONS = ("World", "Politics", "Business", "Technology")
AUTHORS = (
    ("Jhumpa Rao",),
    ("Mariana Costa", "Kenji Watanabe"),
    ("Élodie Marchand",),
    ("Tomasz Nowak", "Aisha Bello", "Liam O'Connor"),
    ("Grace Mwangi",),
)
OFFSETS = (2, 5.5, -4, 0, 9)
SUBJECTS = (
    ("Harbour Operators", "the port", "container ships"),
    ("Rail Union", "the rail network", "commuter trains"),
    ("Water Board", "the reservoir", "household meters"),
    ("Grid Operator", "the power grid", "substations"),
    ("Airport Authority", "the airport", "cargo flights"),
    ("School District", "the district", "classrooms"),
    ("Health Ministry", "the clinics", "vaccination centres"),
    ("Fishing Cooperative", "the coast", "trawlers"),
)
VERBS = ("Approves", "Delays", "Expands", "Rejects", "Announces", "Reviews")
TOPICS = (
    "Budget Plan",
    "Safety Rules",
    "Repair Programme",
    "Hiring Freeze",
    "Price Review",
    "Night Schedule",
)


def make_story(index: int, *, base: dt.datetime | None = None) -> Story:
    who, where, what = SUBJECTS[index % len(SUBJECTS)]
    verb = VERBS[index % len(VERBS)]
    topic = TOPICS[(index // 2) % len(TOPICS)]
    offset = dt.timezone(dt.timedelta(hours=OFFSETS[index % len(OFFSETS)]))
    start = base or dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC)
    published = (start + dt.timedelta(hours=7 * index, minutes=13 * index)).astimezone(offset)
    headline = f"{who} {verb} {topic} No. {index + 1} After Weeks of Talks"
    paragraphs = (
        f"The {who.lower()} said on Tuesday that it {verb.lower()[:-1]}d the {topic.lower()} for {where}, "
        f"a decision that affects {what} across the region, after weeks of talks with local officials.",
        f"Officials said story number {index + 1} in this series would be followed closely, and that the "
        f"first measures would take effect within a month if no appeal is filed.",
        f"Critics argued that {where} needed a longer consultation, while supporters said the {what} "
        f"could not wait another season for a decision.",
        "A spokesperson declined to give a cost estimate but promised a public report before the end of "
        "the year, with figures for every district.",
    )
    return Story(
        slug=f"{who.lower().replace(' ', '-')}-{verb.lower()}-{topic.lower().replace(' ', '-')}-{index + 1}",
        headline=headline,
        published=published,
        modified=None,
        authors=AUTHORS[index % len(AUTHORS)],
        paragraphs=paragraphs,
        section=SECTIONS[index % len(SECTIONS)],
        summary=f"The {who.lower()} {verb.lower()} the {topic.lower()} for {where}.",
        tags=(who.split()[0], topic.split()[0]),
        language="en",
    )


HARBOUR_EPOCH = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)


def harbour_story(index: int) -> Story:
    """The service tests' and benchmarks' stories: a minute apart, all about the harbour council (so an
    alert rule for "council" or "ferry" matches every one of them)."""
    return Story(
        slug=f"story-{index:04d}",
        headline=f"Harbour council debates budget item {index}",
        published=HARBOUR_EPOCH + dt.timedelta(minutes=index),
        authors=("Dana Reporter",),
        paragraphs=tuple(
            f"Paragraph {p} of story {index}: the council met on Tuesday to discuss the ferry timetable, "
            "the library roof and the budget for the coming year."
            for p in range(6)
        ),
        section="World",
        summary=f"The council debated budget item {index}.",
    )
