# ruff: noqa: E501  (feed and sitemap samples read best as whole lines)
"""Feed, sitemap and robots parsing, and telling listing URLs from story URLs."""

from __future__ import annotations

import datetime as dt
import gzip

from crawler.discovery import document_kind, link_kind, parse_feed, parse_sitemap, sitemaps_from_robots

RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://ex.com/2024/05/one/</link><pubDate>Fri, 17 May 2024 10:32:00 +0200</pubDate></item>
<item><title>Two</title><guid>https://ex.com/2024/05/two/</guid></item></channel></rss>"""
ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Three</title><link rel="alternate" href="/2024/05/three/"/><link rel="replies" href="/c"/>
<published>2024-05-17T08:00:00Z</published><updated>2024-05-18T09:00:00+02:00</updated></entry></feed>"""
NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://ex.com/2024/05/four/</loc><news:news><news:publication><news:name>Ex</news:name>
<news:language>en</news:language></news:publication><news:publication_date>2024-05-17T10:32:00+02:00</news:publication_date>
<news:title>Four</news:title></news:news></url>
<url><loc>https://ex.com/2024/05/five/</loc><lastmod>2024-05-19</lastmod></url></urlset>"""
INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://ex.com/post-sitemap.xml</loc></sitemap><sitemap><loc>/news-sitemap.xml.gz</loc></sitemap></sitemapindex>"""


def test_rss_items_with_dates() -> None:
    entries = parse_feed(RSS, "https://ex.com/feed/")
    assert [(e.url, e.title) for e in entries] == [
        ("https://ex.com/2024/05/one/", "One"),
        ("https://ex.com/2024/05/two/", "Two"),
    ]
    assert entries[0].published == dt.datetime(2024, 5, 17, 10, 32, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_a_feed_item_links_its_story_not_an_opaque_guid_nor_its_comments() -> None:
    feed = b"""<rss version="2.0"><channel>
<item><title>Opaque</title><guid isPermaLink="false">tag:ex.com,2024:1234</guid><link>https://ex.com/2024/05/six/</link></item>
<item><title>Guid first</title><guid>https://ex.com/2024/05/seven/?guid</guid><link>https://ex.com/2024/05/seven/</link></item>
<item><title>No link</title><guid isPermaLink="false">tag:ex.com,2024:99</guid></item></channel></rss>"""
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Self first</title>
<link rel="self" href="/api/entries/8"/><link href="/2024/05/eight/"/></entry></feed>"""
    assert [(e.url, e.title) for e in parse_feed(feed, "https://ex.com/feed/")] == [
        ("https://ex.com/2024/05/six/", "Opaque"),
        ("https://ex.com/2024/05/seven/", "Guid first"),
    ]
    assert [e.url for e in parse_feed(atom, "https://ex.com/feed.atom")] == ["https://ex.com/2024/05/eight/"]


def test_atom_entries_take_the_alternate_link_and_updated_date() -> None:
    (entry,) = parse_feed(ATOM, "https://ex.com/feed.atom")
    assert entry.url == "https://ex.com/2024/05/three/"
    assert entry.modified == dt.datetime(2024, 5, 18, 7, 0, tzinfo=dt.UTC)


def test_news_sitemap_and_index() -> None:
    entries, children = parse_sitemap(NEWS_SITEMAP, "https://ex.com/sitemap.xml")
    assert children == []
    assert [(e.url, e.title) for e in entries] == [
        ("https://ex.com/2024/05/four/", "Four"),
        ("https://ex.com/2024/05/five/", None),
    ]
    assert entries[0].published is not None and entries[0].published.utcoffset() == dt.timedelta(hours=2)
    assert entries[1].modified == dt.datetime(2024, 5, 19, tzinfo=dt.UTC)
    entries, children = parse_sitemap(gzip.compress(INDEX), "https://ex.com/sitemap_index.xml")
    assert entries == []
    assert children == ["https://ex.com/post-sitemap.xml", "https://ex.com/news-sitemap.xml.gz"]


def test_broken_xml_gives_nothing_not_an_exception() -> None:
    assert parse_feed(b"<rss><channel><item><title>x", "https://ex.com/") == []
    assert parse_sitemap(b"\x00\x01 not xml", "https://ex.com/") == ([], [])


def test_robots_sitemap_lines() -> None:
    robots = (
        "User-agent: *\nDisallow: /private/\nSitemap: https://ex.com/sitemap_index.xml\nsitemap: /news.xml\n"
    )
    assert sitemaps_from_robots(robots, "https://ex.com/robots.txt") == [
        "https://ex.com/sitemap_index.xml",
        "https://ex.com/news.xml",
    ]


def test_document_kind_sniffs_content_not_labels() -> None:
    assert document_kind(RSS, "text/html") == "feed"
    assert document_kind(INDEX, "text/plain") == "sitemap"
    assert document_kind(b"<!DOCTYPE html><html><body></body></html>", "") == "html"
    assert document_kind(b"%PDF-1.4 ...", "application/pdf") == "other"


def test_link_kinds() -> None:
    assert link_kind("https://ex.com/") == "listing"
    assert link_kind("https://ex.com/category/world/page/3/") == "listing"
    assert link_kind("https://ex.com/author/jane-doe/") == "listing"
    assert link_kind("https://ex.com/tag/energy/") == "listing"
    assert link_kind("https://ex.com/2024/05/") == "listing"
    assert link_kind("https://ex.com/2024/05/harbour-strike-ends/") == "story"
    assert link_kind("https://ex.com/?p=42") == "story"
    assert link_kind("https://ex.com/wp-login.php") is None
    assert link_kind("https://ex.com/uploads/photo.jpg") is None
    # The comment-reply variant normalises to the story itself.
    assert link_kind("https://ex.com/2024/05/story/?replytocom=5") == "story"
    assert link_kind("https://ex.com/?s=harbour") is None
    # A feed by its query and an affiliate's redirect off the site are not worth fetching as pages.
    assert link_kind("https://ex.com/?feed=rss2") is None
    assert link_kind("https://ex.com/goto/bc-game-crypto-casino-review") is None
    assert link_kind("https://ex.com/recommends/the-vpn-deal-of-the-week/") is None
    # A reader's account and sign-up forms hold no story (the same words make no related story).
    assert link_kind("https://link.ex.com/join/5pl/sailthru-new-enter-email") is None
    assert link_kind("https://ex.com/account/sign-up/") is None


def test_an_address_no_url_can_have_costs_only_itself() -> None:
    """Nexstar's local TV sites put "http://[ccpa-preferences]" (a placeholder their CMS never fills) in
    every page's menu; urllib refuses it with a ValueError. The page's other links, the feed's other items
    and the sitemap's other entries are still read."""
    from lxml import html

    from crawler.discovery import feed_links, page_links

    bad = "http://[ccpa-preferences]"
    tree = html.fromstring(
        f'<html><head><link rel="alternate" type="application/rss+xml" href="{bad}/feed">'
        f'<link rel="alternate" type="application/rss+xml" href="/feed/"></head>'
        f'<body><a href="{bad}">Do Not Sell My Personal Information</a><a href="/2024/05/one/">One</a></body></html>'
    )
    assert page_links(tree, "https://ex.com/") == ["https://ex.com/2024/05/one/"]
    assert feed_links(tree, "https://ex.com/") == ["https://ex.com/feed/"]
    rss = RSS.replace(
        b"<channel><title>T</title>", f"<channel><title>T</title><item><link>{bad}</link></item>".encode()
    )
    assert [e.url for e in parse_feed(rss, "https://ex.com/feed/")] == [
        "https://ex.com/2024/05/one/",
        "https://ex.com/2024/05/two/",
    ]
    sitemap = NEWS_SITEMAP.replace(
        b"<url><loc>https://ex.com/2024/05/five/",
        f"<url><loc>{bad}/x</loc></url><url><loc>https://ex.com/2024/05/five/".encode(),
    )
    assert [e.url for e in parse_sitemap(sitemap, "https://ex.com/sitemap.xml")[0]] == [
        "https://ex.com/2024/05/four/",
        "https://ex.com/2024/05/five/",
    ]
    assert sitemaps_from_robots(f"Sitemap: {bad}/s.xml\nSitemap: /news.xml", "https://ex.com/robots.txt") == [
        "https://ex.com/news.xml"
    ]
