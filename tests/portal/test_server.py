"""The fixture portal itself: the conditional answers, pagination and hanging paths that the crawl and
service tests and the benchmarks count on."""

from __future__ import annotations

import threading
import time

import httpx

from tests.portal.harbour import harbour_portal


def test_validators_answer_304_and_if_none_match_decides() -> None:
    with harbour_portal(stories=5) as portal, httpx.Client(base_url=portal.base_url) as client:
        for path in (
            "/",
            "/feed/",
            "/news-sitemap.xml",
            "/sitemap_index.xml",
            "/post-sitemap.xml",
            "/category/world/",
            sorted(portal.article_paths())[0],
        ):
            first = client.get(path)
            etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
            assert client.get(path, headers={"If-None-Match": etag}).status_code == 304, path
            assert client.get(path, headers={"If-Modified-Since": modified}).status_code == 304, path
            stale = {"If-None-Match": '"other"', "If-Modified-Since": modified}
            assert client.get(path, headers=stale).status_code == 200, path  # the ETag decides
        hits = portal.hits()[-4:]
        assert [(h.status, h.conditional) for h in hits] == [
            (200, False),
            (304, True),
            (304, True),
            (200, True),
        ]
        assert hits[1].body_bytes == hits[2].body_bytes == 0 and hits[0].body_bytes == hits[3].body_bytes > 0


def test_publishing_moves_last_modified_of_every_listing_it_shifts() -> None:
    with harbour_portal(stories=25) as portal, httpx.Client(base_url=portal.base_url) as client:
        page2 = client.get("/page/2/")  # the 5 oldest stories
        known = sorted(portal.article_paths())[0]
        story_modified = client.get(known).headers["Last-Modified"]
        story = portal.publish("ferry-news", "Ferry news", "The ferry runs again. Crews are back.")
        assert portal.story_path(story) in client.get("/").text
        # Page 2 shows none of the new story, but a story moved onto it from page 1.
        again = client.get("/page/2/", headers={"If-Modified-Since": page2.headers["Last-Modified"]})
        assert again.status_code == 200 and again.text != page2.text
        # A story page's Last-Modified is its own: unchanged by another story's publication.
        assert client.get(known, headers={"If-Modified-Since": story_modified}).status_code == 304
        # Until it is edited.
        slug = next(s.slug for s in portal.stories if portal.story_path(s) == known)
        portal.edit(slug, headline="Harbour council debates budget item 0 (updated)")
        edited = client.get(known, headers={"If-Modified-Since": story_modified})
        assert edited.status_code == 200 and "budget item 0 (updated)" in edited.text


def test_home_pagination() -> None:
    with harbour_portal(stories=45) as portal, httpx.Client(base_url=portal.base_url) as client:
        pages = [client.get(path) for path in ("/", "/page/2/", "/page/3/", "/page/4/", "/page/x/")]
        assert [p.status_code for p in pages] == [200, 200, 200, 404, 404]
        assert 'href="/page/2/"' in pages[0].text and "/page/1/" not in pages[1].text
        assert 'href="/page/3/"' in pages[1].text and 'href="/"' in pages[1].text
        listed = [sum(path in p.text for path in portal.article_paths()) for p in pages[:3]]
        assert listed == [20, 20, 5]


def test_hanging_path_answers_once_released() -> None:
    with harbour_portal(stories=2) as portal, httpx.Client(base_url=portal.base_url, timeout=30) as client:
        portal.hang_paths.add("/feed/")
        threading.Timer(0.5, portal.release).start()
        began = time.monotonic()
        assert client.get("/feed/").status_code == 200
        assert time.monotonic() - began >= 0.4
        assert client.get("/").status_code == 200
