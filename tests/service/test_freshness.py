"""Freshness, end to end: a story published while `newswatch serve` runs reaches the webhook receiver,
signed, exactly once; the source's first crawl (history, not news) sent nothing."""

from __future__ import annotations

import base64
import json
import signal
import time

from sqlalchemy import select
from standardwebhooks import Webhook

from crawler.archive.db import session_scope
from crawler.archive.models import Article
from tests.portal.harbour import harbour_portal, harbour_source
from tests.service.harness import Receiver, ServeProcess, run_cli, write_config

SECRET = "whsec_" + base64.b64encode(b"newswatch-service-test-secret-32b").decode()
INTERVAL = 3.0


def test_new_story_reaches_the_webhook_once_and_the_first_crawl_sends_none(
    database_url: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    receiver = Receiver()
    try:
        with harbour_portal(stories=8) as portal:
            config = write_config(
                tmp_path / "newswatch.toml",
                database_url=database_url,
                sources=[harbour_source(portal, interval=f"{INTERVAL:g}s")],
                # Every story of the first crawl matches "council" too: they must not alert.
                rules=[
                    {"name": "council", "query": "council", "webhook_url": receiver.url, "secret": SECRET}
                ],
                service={"jitter": "0.5s", "heartbeat_interval": "1s", "alerts_interval": "2s"},
            )
            with ServeProcess(config) as serve:
                first = serve.wait_for("crawl finished", source="harbour", timeout=90)[0]
                assert first["articles_new"] == 8, first
                # Let the alerts pass after the first crawl (and one timer pass) run: nothing goes out.
                serve.wait_for("alerts pass done", count=2, timeout=30)
                time.sleep(1.0)
                assert receiver.received() == [], "the first crawl of a new source must not alert"

                published_at = time.monotonic()
                story = portal.publish(
                    "council-backs-ferry-strike-pay",
                    "Council backs ferry strike pay",
                    "The council voted on Tuesday to compensate ferry crews. The strike ends tonight.",
                )
                got = receiver.wait(lambda r: len(r) >= 1, timeout=INTERVAL * 4 + 30)
                assert len(got) >= 1, "no webhook arrived:\n" + "\n".join(serve.raw_lines[-30:])
                latency = got[0].at - published_at
                crawls_before = len(serve.find("crawl finished"))
                # Two more crawls and alerts passes: still exactly one webhook.
                serve.wait_for("crawl finished", count=crawls_before + 2, timeout=60)
                serve.wait_for("alerts pass done", count=len(serve.find("alerts pass done")) + 1, timeout=30)
                assert serve.stop(signal.SIGTERM, timeout=60) == 0

        status = json.loads(run_cli("status", "--json", config=config).stdout)
        assert status["deliveries"] == {"delivered": 1}, status["deliveries"]
        assert status["sources"][0]["articles"] == 9

        (hook,) = receiver.received()
        payload = Webhook(SECRET).verify(hook.body, hook.headers)  # raises on a bad signature
        assert hook.headers["webhook-id"] and hook.headers["webhook-signature"].startswith("v1,")
        assert payload["type"] == "article.matched"
        assert payload["data"]["rule"]["name"] == "council"
        article = payload["data"]["article"]
        assert article["headline"] == "Council backs ferry strike pay"
        assert article["url"].endswith(portal.story_path(story)) and article["source"] == "harbour"
        with session_scope(database_url) as session:  # the archive holds the story's own text
            archived = session.scalars(select(Article).where(Article.url == article["url"])).one()
            assert archived.body == " ".join(story.paragraphs), archived.body
        assert len(hook.body) < 20_000
        # Freshness: at most one interval of waiting for the next crawl, plus the crawl and delivery.
        processing = [e for e in serve.find("crawl finished") if e.get("articles_new") == 1]
        assert processing, "the crawl that found the story did not log it"
        print(
            f"\nfreshness: published -> webhook {latency:.2f}s with a {INTERVAL:g}s interval "
            f"({json.dumps({k: processing[0].get(k) for k in ('duration_s', 'pages_fetched')})})"
        )
        assert latency < INTERVAL + 0.5 + 10, latency
    finally:
        receiver.close()


def test_a_new_story_alerts_as_soon_as_it_is_archived_not_when_the_crawl_ends(
    database_url: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    receiver = Receiver()
    try:
        with harbour_portal(stories=4) as portal:
            config = write_config(
                tmp_path / "newswatch.toml",
                database_url=database_url,
                sources=[harbour_source(portal, interval="2s")],
                rules=[{"name": "ferry", "query": "ferry", "webhook_url": receiver.url, "secret": SECRET}],
                # No timer pass during the test: only the crawl itself can start the alerts pass.
                service={"jitter": "0s", "alerts_interval": "1h"},
            )
            with ServeProcess(config) as serve:
                serve.wait_for("crawl finished", source="harbour", timeout=90)
                # From now on the sitemap does not answer: every crawl stays open until it is released.
                portal.hang_paths.add("/news-sitemap.xml")
                crawls_before = len(serve.find("crawl finished"))
                portal.publish(
                    "ferry-night-service", "Ferry night service returns", "The night ferry runs again."
                )
                got = receiver.wait(lambda r: len(r) >= 1, timeout=30)
                assert got, "no webhook while the crawl ran:\n" + "\n".join(serve.raw_lines[-30:])
                assert len(serve.find("crawl finished")) == crawls_before, "the crawl was not still running"
                portal.release()
                serve.wait_for("crawl finished", count=crawls_before + 1, timeout=60)
                assert serve.stop(signal.SIGTERM, timeout=60) == 0
        (hook,) = receiver.received()
        payload = Webhook(SECRET).verify(hook.body, hook.headers)
        assert payload["data"]["article"]["headline"] == "Ferry night service returns"
    finally:
        receiver.close()


def test_sigterm_lets_an_in_flight_delivery_finish(database_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    receiver = Receiver(delay=3.0)  # answers 3 s after the request arrives
    try:
        with harbour_portal(stories=3) as portal:
            config = write_config(
                tmp_path / "newswatch.toml",
                database_url=database_url,
                sources=[harbour_source(portal, interval="2s", sitemap=False)],
                rules=[{"name": "ferry", "query": "ferry", "webhook_url": receiver.url, "secret": SECRET}],
                service={"jitter": "0s", "grace_period": "20s"},
            )
            with ServeProcess(config) as serve:
                serve.wait_for("crawl finished", source="harbour", timeout=90)
                portal.publish("ferry-fares-rise", "Ferry fares rise", "Fares for the ferry rise in May.")
                deadline = time.monotonic() + 60
                while not receiver.arrivals and time.monotonic() < deadline:
                    time.sleep(0.02)
                assert receiver.arrivals, "the webhook never started"
                stop_sent = time.monotonic()
                assert serve.stop(signal.SIGTERM, timeout=60) == 0
                stopped_after = time.monotonic() - stop_sent
            assert serve.find("stop requested: no new crawls; finishing running work")
        # The delivery in flight when SIGTERM came was answered and recorded before the exit.
        assert len(receiver.received()) == 1
        assert 1.0 < stopped_after < 20, stopped_after
        status = json.loads(run_cli("status", "--json", config=config).stdout)
        assert status["deliveries"] == {"delivered": 1}, status["deliveries"]
    finally:
        receiver.close()
