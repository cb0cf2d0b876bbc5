"""At least once, never twice: real receivers on 127.0.0.1 that are down, slow, failing, then recover.

Every test runs on a SQLite file and on PostgreSQL (the `database_url` fixture), with a retry schedule
of a few tens of milliseconds so the whole path runs in seconds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import time

import pytest
from sqlalchemy import select

from crawler.archive.db import session_scope
from crawler.archive.models import Article, ArticleUrl
from monitor.alerts import AlertsSummary, register_rules, run_alerts
from monitor.models import AlertDestination, Delivery, DeliveryAttempt, OutboxEntry
from monitor.webhooks.payload import MAX_PAYLOAD_BYTES
from tests.alerts.helpers import (
    Receiver,
    Reply,
    add_article,
    crawl_run,
    make_settings,
    new_secret,
    rule,
)


def run(settings) -> AlertsSummary:  # type: ignore[no-untyped-def]
    return asyncio.run(run_alerts(settings))


def attempts(database_url: str) -> list[DeliveryAttempt]:
    with session_scope(database_url) as session:
        return list(session.scalars(select(DeliveryAttempt).order_by(DeliveryAttempt.id)))


def deliveries(database_url: str) -> list[Delivery]:
    with session_scope(database_url) as session:
        return list(session.scalars(select(Delivery).order_by(Delivery.id)))


@pytest.fixture
def receiver():  # type: ignore[no-untyped-def]
    recv = Receiver(new_secret())
    yield recv
    recv.stop()


@pytest.fixture
def run_id(database_url: str) -> int:
    """The archive already had its first crawl of "portal"; stories of later crawls are news."""
    crawl_run(database_url, "portal")
    return crawl_run(database_url, "portal")


def test_delivers_a_signed_payload_once_and_never_again(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver.start()
    settings = make_settings(database_url, [rule("zurich", "(Zurich OR Geneva) -football", receiver)])
    register_rules(settings)
    article_id = add_article(
        database_url,
        headline="Zürich hosts talks",
        body="Delegates arrived in Zurich on Monday. " * 20,
        authors=["Jane Doe"],
        summary="Talks in Zürich.",
        related=[
            ("https://news.example.com/latest/", "Latest from blog", "latest"),
            ("https://news.example.com/other/", "Another story", "related"),
        ],
        run_id=run_id,
    )
    add_article(database_url, headline="Football in Zurich", body="A match.", run_id=run_id)
    add_article(database_url, headline="Nothing to see", body="Weather report.", run_id=run_id)

    summary = run(settings)
    assert (summary.matched, summary.delivered, summary.retried, summary.dead) == (1, 1, 0, 0)
    assert summary.exit_status == 0
    assert receiver.rejected == []
    [got] = receiver.received
    assert got.webhook_id.startswith("msg_")
    assert len(got.body) <= MAX_PAYLOAD_BYTES
    payload = json.loads(got.body)
    assert payload["type"] == "article.matched"
    dt.datetime.fromisoformat(payload["timestamp"])
    data = payload["data"]
    assert data["rule"] == {"name": "zurich"}
    assert data["matched_terms"] == ["Zurich"]
    article = data["article"]
    assert article["headline"] == "Zürich hosts talks"
    assert article["authors"] == ["Jane Doe"]
    assert article["summary"] == "Talks in Zürich."
    assert article["source"] == "portal"
    assert article["published"].endswith("+01:00")
    assert article["published_offset_source"] == "page"
    assert article["related"] == [
        {"url": "https://news.example.com/other/", "title": "Another story", "relation": "related"}
    ]

    # Re-crawled (seen again), retitled, reached through another URL: still the same article row.
    with session_scope(database_url) as session:
        row = session.get(Article, article_id)
        row.headline = "Zurich talks end with a deal"
        row.last_seen_at = dt.datetime.now(dt.UTC)
        row.version = 2
        session.add(ArticleUrl(url=row.url + "?utm_source=feed", article_id=article_id))
    # A restart: a new settings object, rules registered again (as the service does at start).
    settings = make_settings(database_url, [rule("zurich", "(Zurich OR Geneva) -football", receiver)])
    register_rules(settings)
    for _ in range(2):
        again = run(settings)
        assert (again.matched, again.delivered, again.dead) == (0, 0, 0)
    assert len(receiver.received) == 1
    [attempt] = attempts(database_url)
    assert (attempt.number, attempt.status_code, attempt.outcome) == (1, 204, "delivered")


def test_receiver_down_then_up(database_url, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver = Receiver(new_secret())  # not started: connection refused
    settings = make_settings(database_url, [rule("r", "election", receiver)], alerts={"retry_delays": ["1s"]})
    register_rules(settings)
    add_article(database_url, headline="Election day", run_id=run_id)
    first = run(settings)
    assert (first.matched, first.delivered, first.retried) == (1, 0, 1)
    assert first.exit_status == 75
    [delivery] = deliveries(database_url)
    assert delivery.status == "retrying"
    assert "connection error" in delivery.last_error
    try:
        receiver.start()
        assert run(settings).delivered == 0  # not due yet: the backoff is honoured
        time.sleep(1.05)
        assert run(settings).delivered == 1
    finally:
        receiver.stop()
    assert [a.outcome for a in attempts(database_url)] == ["retry", "delivered"]
    assert receiver.unique_ids == [delivery.webhook_id]
    assert receiver.rejected == []


def test_500_then_recovers_with_the_same_webhook_id(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver.replies = [Reply(500), Reply(503)]
    receiver.start()
    settings = make_settings(
        database_url, [rule("r", "election", receiver)], alerts={"retry_delays": ["0s", "0s"]}
    )
    register_rules(settings)
    add_article(database_url, headline="Election results", run_id=run_id)
    results = [run(settings) for _ in range(3)]
    assert [(s.delivered, s.retried) for s in results] == [(0, 1), (0, 1), (1, 0)]
    ids = {r.webhook_id for r in receiver.received}
    assert len(receiver.received) == 3 and len(ids) == 1  # same id each time: the receiver can dedupe
    assert [(a.status_code, a.outcome) for a in attempts(database_url)] == [
        (500, "retry"),
        (503, "retry"),
        (204, "delivered"),
    ]
    assert receiver.rejected == []


def test_slow_receiver_times_out_and_is_retried(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver.replies = [Reply(200, delay=1.5)]
    receiver.start()
    settings = make_settings(
        database_url,
        [rule("r", "election", receiver)],
        alerts={"timeout": "0.3s", "lease": "2s", "retry_delays": ["0s"]},
    )
    register_rules(settings)
    add_article(database_url, headline="Election results", run_id=run_id)
    started = time.monotonic()
    first = run(settings)
    assert time.monotonic() - started < 1.2  # the timeout cut the attempt short
    assert first.retried == 1
    assert "timeout" in attempts(database_url)[0].error
    assert run(settings).delivered == 1
    assert len(receiver.unique_ids) == 1 and len(receiver.received) == 2


def test_429_retry_after_is_honoured(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver.replies = [Reply(429, {"Retry-After": "1"})]
    receiver.start()
    settings = make_settings(
        database_url, [rule("r", "election", receiver)], alerts={"retry_delays": ["0.01s"]}
    )
    register_rules(settings)
    add_article(database_url, headline="Election results", run_id=run_id)
    assert run(settings).retried == 1
    [attempt] = attempts(database_url)
    assert attempt.status_code == 429
    assert (attempt.next_attempt_at - attempt.started_at).total_seconds() >= 1.0
    time.sleep(0.3)
    assert run(settings).delivered == 0  # 0.01 s of backoff passed, but Retry-After said 1 s
    time.sleep(1.0)
    assert run(settings).delivered == 1


def test_410_disables_the_destination(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver.replies = [Reply(410)]
    receiver.start()
    settings = make_settings(database_url, [rule("r", "election", receiver)], alerts={"concurrency": 1})
    register_rules(settings)
    add_article(database_url, headline="Election results", run_id=run_id)
    add_article(database_url, headline="Election turnout", run_id=run_id)
    first = run(settings)
    assert (first.matched, first.dead, first.disabled, first.delivered) == (2, 1, 1, 0)
    assert len(receiver.received) == 1  # the second, queued behind the 410 in the same pass, was held
    with session_scope(database_url) as session:
        destination = session.scalars(select(AlertDestination)).one()
        assert destination.disabled_at is not None and "410" in destination.disabled_reason
    add_article(database_url, headline="More election results", run_id=run_id)
    second = run(settings)
    assert (second.matched, second.delivered, second.dead) == (1, 0, 0)
    assert len(receiver.received) == 1  # nothing more was sent to the gone destination
    held = deliveries(database_url)[1:]
    assert [(d.status, d.attempts, d.lease_until) for d in held] == [("pending", 0, None)] * 2


def test_dead_after_the_last_retry_then_replayed(database_url, receiver, run_id, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from newswatch.cli import main

    receiver.replies = [Reply(500), Reply(500)]
    receiver.start()
    config = tmp_path / "newswatch.toml"
    config.write_text(
        f"""
database_url = "{database_url}"
allow_private_destinations = true
log_level = "WARNING"
[alerts]
retry_delays = ["0s"]
jitter = 0
[[rules]]
name = "elections"
query = "election"
webhook_url = "{receiver.url}"
secret = "{receiver.secret}"
""",
        encoding="utf-8",
    )
    main(["--config", str(config), "alerts", "run"])  # registers the rule before the story arrives
    add_article(database_url, headline="Election results", run_id=run_id)
    assert main(["--config", str(config), "alerts", "run"]) == 75
    assert main(["--config", str(config), "alerts", "run"]) == 1  # the last retry failed: dead
    out = capsys.readouterr().out
    assert "dead 1" in out
    [delivery] = deliveries(database_url)
    assert delivery.status == "dead" and "after the last retry" in delivery.last_error

    assert main(["--config", str(config), "deliveries", "--status", "dead"]) == 0
    listing = capsys.readouterr().out
    assert delivery.webhook_id in listing and "dead" in listing
    assert main(["--config", str(config), "deliveries", "show", delivery.webhook_id]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [a["outcome"] for a in shown["attempts_log"]] == ["retry", "dead"]
    assert shown["payload"]["data"]["rule"]["name"] == "elections"
    assert receiver.secret not in json.dumps(shown)

    assert main(["--config", str(config), "deliveries", "replay", "--dead"]) == 0
    assert main(["--config", str(config), "alerts", "run"]) == 0
    assert [r.webhook_id for r in receiver.received] == [delivery.webhook_id] * 3
    assert deliveries(database_url)[0].status == "delivered"


def test_overlapping_runs_send_each_alert_once(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver.replies = [Reply(204, delay=0.2) for _ in range(20)]
    receiver.start()
    settings = make_settings(database_url, [rule("r", "election", receiver)])
    register_rules(settings)
    for i in range(6):
        add_article(database_url, headline=f"Election update {i}", run_id=run_id)

    async def together() -> list[AlertsSummary]:
        return await asyncio.gather(*(run_alerts(settings) for _ in range(3)))

    summaries = asyncio.run(together())
    assert sum(s.matched for s in summaries) == 6
    assert sum(s.delivered for s in summaries) == 6
    assert len(receiver.received) == 6 and len(receiver.unique_ids) == 6


def test_private_destinations_are_refused_unless_allowed(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    from monitor.webhooks.guard import DestinationRefused, check_destination
    from newswatch.config import ConfigError

    private = ["127.0.0.1", "10.1.2.3", "169.254.169.254", "100.64.0.1", "[::1]", "192.168.0.10", "localhost"]
    for host in private:
        refused = {"name": "r", "query": "x", "webhook_url": f"http://{host}:8080/", "secret": new_secret()}
        with pytest.raises(ConfigError, match="allow_private_destinations"):
            make_settings(database_url, [refused], allow_private=False)
    with pytest.raises(DestinationRefused, match="loopback"):
        asyncio.run(check_destination("http://localhost:9/hook", allow_private=False))
    asyncio.run(check_destination("http://localhost:9/hook", allow_private=True))

    # Allowed when the file said so, refused at send time once the permission is gone (resolved address).
    receiver.start()
    settings = make_settings(database_url, [rule("r", "election", receiver)])
    register_rules(settings)
    add_article(database_url, headline="Election results", run_id=run_id)
    strict = dataclasses.replace(settings, allow_private_destinations=False)
    summary = run(strict)
    assert (summary.refused, summary.dead, summary.delivered) == (1, 1, 0)
    assert receiver.received == []
    [attempt] = attempts(database_url)
    assert attempt.outcome == "refused" and "loopback" in attempt.error


def test_secrets_never_reach_the_logs(database_url, receiver, run_id, caplog) -> None:  # type: ignore[no-untyped-def]
    receiver.replies = [Reply(500)]
    receiver.start()
    url_with_token = receiver.url + "?token=sekrit-token"
    settings = make_settings(
        database_url,
        [{"name": "r", "query": "election", "webhook_url": url_with_token, "secret": receiver.secret}],
        alerts={"retry_delays": ["0s"]},
    )
    register_rules(settings)
    add_article(database_url, headline="Election results", run_id=run_id)
    with caplog.at_level("DEBUG"):
        run(settings)
        run(settings)
    text = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "webhook delivered" in text
    assert receiver.secret not in text and receiver.secret.removeprefix("whsec_") not in text
    assert "sekrit-token" not in text


def test_only_news_alerts(database_url, receiver) -> None:  # type: ignore[no-untyped-def]
    """First crawl of a source is history; stories archived before the rule was added are not news."""
    receiver.start()
    first_crawl = crawl_run(database_url, "newsite")
    old = add_article(database_url, headline="Election archive", source="newsite", run_id=first_crawl)
    before = add_article(
        database_url,
        headline="Election before the rule",
        run_id=crawl_run(database_url, "portal"),
        first_seen_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
    )
    settings = make_settings(database_url, [rule("r", "election", receiver)])
    register_rules(settings)
    fresh = add_article(
        database_url, headline="Election news", source="newsite", run_id=crawl_run(database_url, "newsite")
    )
    summary = run(settings)
    assert summary.matched == 1
    assert [r.payload["data"]["article"]["id"] for r in receiver.received] == [fresh]
    # --backfill tries the rule on the archive: the older stories too, each still once.
    backfilled = asyncio.run(run_alerts(settings, backfill=True))
    assert backfilled.matched == 2
    assert sorted(r.payload["data"]["article"]["id"] for r in receiver.received) == sorted(
        [fresh, old, before]
    )
    assert asyncio.run(run_alerts(settings, backfill=True)).matched == 0


def test_teaser_only_mention_does_not_match(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver.start()
    settings = make_settings(database_url, [rule("russia", "Russia", receiver)])
    register_rules(settings)
    add_article(
        database_url,
        headline="Local council approves budget",
        body="The council voted on Tuesday.",
        related=[
            ("https://news.example.com/russia/", "Russia sanctions widen", "related"),
            ("https://news.example.com/latest/", "Russia: latest", "latest"),
        ],
        run_id=run_id,
    )
    hit = add_article(database_url, headline="Budget", body="Exports to Russia fell.", run_id=run_id)
    assert run(settings).matched == 1
    assert [r.payload["data"]["article"]["id"] for r in receiver.received] == [hit]


def test_huge_story_payload_stays_under_20_kb(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    receiver.start()
    settings = make_settings(database_url, [rule("r", "election", receiver)])
    register_rules(settings)
    add_article(
        database_url,
        headline="Election " + "very long headline " * 200,
        body="election " * 5000,
        summary="summary " * 4000,
        authors=[f"Author {i}" for i in range(50)],
        related=[(f"https://news.example.com/r/{i}/", "related " * 50, "related") for i in range(100)],
        run_id=run_id,
    )
    assert run(settings).delivered == 1
    [got] = receiver.received
    assert len(got.body) <= MAX_PAYLOAD_BYTES
    assert got.payload["data"]["article"]["headline"].startswith("Election very long")


def test_outbox_is_written_before_delivery(database_url, run_id) -> None:  # type: ignore[no-untyped-def]
    """Matching alone (receiver unreachable) leaves the match durably in the outbox."""
    receiver = Receiver(new_secret())
    settings = make_settings(database_url, [rule("r", "election", receiver)], alerts={"retry_delays": ["1h"]})
    register_rules(settings)
    article_id = add_article(database_url, headline="Election", run_id=run_id)
    run(settings)
    with session_scope(database_url) as session:
        entry = session.scalars(select(OutboxEntry)).one()
        assert entry.article_id == article_id
        assert json.loads(entry.matched_terms) == ["election"]
        assert json.loads(entry.payload)["data"]["article"]["id"] == article_id


def test_redirects_are_not_followed(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    target = Receiver(receiver.secret).start()
    try:
        receiver.replies = [Reply(307, {"Location": target.url})]
        receiver.start()
        settings = make_settings(database_url, [rule("r", "election", receiver)])
        register_rules(settings)
        add_article(database_url, headline="Election results", run_id=run_id)
        summary = run(settings)
        assert (summary.delivered, summary.dead) == (0, 1)
        assert target.received == []  # the redirect target never got the alert
        [attempt] = attempts(database_url)
        assert attempt.status_code == 307 and "redirects are not followed" in attempt.error
    finally:
        target.stop()


def test_key_rotation_signs_with_every_secret(database_url, run_id) -> None:  # type: ignore[no-untyped-def]
    old, new = new_secret(), new_secret()
    old_receiver = Receiver(old).start()  # a receiver not yet switched to the new key
    new_receiver = Receiver(new).start()
    try:
        rules = [
            {"name": "a", "query": "election", "webhook_url": old_receiver.url, "secrets": [new, old]},
            {"name": "b", "query": "election", "webhook_url": new_receiver.url, "secrets": [new, old]},
        ]
        settings = make_settings(database_url, rules)
        register_rules(settings)
        add_article(database_url, headline="Election results", run_id=run_id)
        assert run(settings).delivered == 2
        for recv in (old_receiver, new_receiver):
            assert recv.rejected == [] and len(recv.received) == 1
            assert len(recv.received[0].signature.split()) == 2
        assert old_receiver.received[0].webhook_id != new_receiver.received[0].webhook_id
    finally:
        old_receiver.stop()
        new_receiver.stop()


def test_retry_after_forms() -> None:
    from monitor.dispatch import parse_retry_after

    now = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after("Fri, 27 Nov 2026 12:01:30 GMT", now) == 90
    assert parse_retry_after("Fri, 27 Nov 2026 11:00:00 GMT", now) == 0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_a_story_committed_late_behind_a_scanned_one_still_alerts(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    """Ids are given at insert, visible at commit: a slower transaction can land behind scanned stories."""
    receiver.start()
    settings = make_settings(database_url, [rule("r", "election", receiver)])
    register_rules(settings)
    add_article(database_url, headline="Election, early", run_id=run_id, article_id=1000)
    assert run(settings).matched == 1
    late = add_article(database_url, headline="Election, committed late", run_id=run_id, article_id=500)
    assert run(settings).matched == 1
    assert [r.payload["data"]["article"]["id"] for r in receiver.received] == [1000, late]


def test_backoff_schedule_with_jitter_and_retry_after() -> None:
    from monitor.dispatch import _next_delay
    from newswatch.config import AlertsConfig

    config = AlertsConfig(retry_delays=(10.0, 60.0), jitter=0.2, max_retry_after=120.0)
    firsts = {_next_delay(1, config, None) for _ in range(50)}
    assert all(8.0 <= d <= 12.0 for d in firsts) and len(firsts) > 1  # jittered around 10 s
    assert all(48.0 <= _next_delay(2, config, None) <= 72.0 for _ in range(20))
    assert _next_delay(3, config, None) is None  # no retry left: dead
    assert _next_delay(1, config, 90.0) == 90.0  # Retry-After longer than the backoff wins
    assert _next_delay(1, config, 3600.0) == 120.0  # ... up to max_retry_after
    assert 8.0 <= _next_delay(1, config, 1.0) <= 12.0  # a shorter Retry-After does not hurry us


def test_rule_options_and_removed_rules(database_url, receiver, run_id) -> None:  # type: ignore[no-untyped-def]
    """`enabled = false` and `sources` limit a rule; a rule removed from the file stops sending."""
    receiver.replies = [Reply(503)]
    receiver.start()
    rules = [
        rule("paused", "election", receiver, enabled=False),
        rule("elsewhere", "election", receiver, sources=["other-portal"]),
        rule("live", "election", receiver),
    ]
    settings = make_settings(database_url, rules, alerts={"retry_delays": ["0s"]})
    register_rules(settings)
    add_article(database_url, headline="Election results", run_id=run_id)
    first = run(settings)
    assert (first.matched, first.retried) == (1, 1)
    assert [r.payload["data"]["rule"]["name"] for r in receiver.received] == ["live"]

    # "live" is deleted from the file while its delivery waits for a retry: it is not sent any more.
    settings = make_settings(database_url, rules[:2], alerts={"retry_delays": ["0s"]})
    summary = run(settings)
    assert (summary.delivered, summary.dead) == (0, 1)
    assert len(receiver.received) == 1
    [delivery] = deliveries(database_url)
    assert delivery.status == "dead" and "no longer configured" in delivery.last_error
