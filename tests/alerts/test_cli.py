"""The commands users run: rules list/test, search, alerts run, config errors that point at the key."""

from __future__ import annotations

import json

import pytest

from newswatch.cli import main
from tests.alerts.helpers import Receiver, add_article, crawl_run, new_secret


@pytest.fixture
def config(database_url, tmp_path):  # type: ignore[no-untyped-def]
    receiver = Receiver(new_secret()).start()
    path = tmp_path / "newswatch.toml"
    path.write_text(
        f"""
database_url = "{database_url}"
allow_private_destinations = true
log_level = "WARNING"
[[rules]]
name = "swiss"
query = 'Zurich OR "Swiss franc"'
webhook_url = "{receiver.url}"
secret = "{receiver.secret}"
[[rules]]
name = "paused"
query = "anything"
enabled = false
webhook_urls = ["{receiver.url}"]
secrets = ["{new_secret()}", "{receiver.secret}"]
""",
        encoding="utf-8",
    )
    yield path
    receiver.stop()


def test_rules_test_and_search_explain_matches(config, database_url, capsys) -> None:  # type: ignore[no-untyped-def]
    crawl_run(database_url)
    zurich = add_article(
        database_url, headline="Zürich votes", body="Turnout was high.", authors=["Ana Núñez"]
    )
    franc = add_article(database_url, headline="Markets", body="The Swiss franc rose against the euro.")
    add_article(
        database_url,
        headline="Software update",
        body="Nothing here.",
        related=[("https://news.example.com/z/", "Zurich teaser", "related")],
    )

    assert main(["--config", str(config), "rules", "test", 'Zurich OR "swiss franc"']) == 0
    out = capsys.readouterr().out
    assert "Zürich votes" in out and "Markets" in out and "Software update" not in out
    assert "matched Zurich in headline: 'zurich'" in out
    assert "matched \"swiss franc\" in body: 'swiss franc'" in out

    assert main(["--config", str(config), "search", "--json", "author:nunez OR franc"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["id"] for r in rows} == {zurich, franc}
    assert main(["--config", str(config), "search", "war"]) == 1  # nothing matches: exit 1
    assert "0 stories match" in capsys.readouterr().err


def test_malformed_query_on_the_command_line(config, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--config", str(config), "rules", "test", "(zurich OR"]) == 2
    err = capsys.readouterr().err
    assert "invalid query: column 9: expected a term after OR" in err
    assert "  (zurich OR\n          ^" in err
    assert main(["--config", str(config), "search", "title:x"]) == 2
    assert "unknown field 'title'" in capsys.readouterr().err


def test_rules_list_and_alerts_run(config, database_url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--config", str(config), "alerts", "run", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary == {
        "scanned": 0, "matched": 0, "delivered": 0, "retried": 0, "dead": 0, "disabled": 0, "refused": 0,
        "exit_status": 0,
    }  # fmt: skip
    crawl_run(database_url)
    add_article(database_url, headline="Zurich news", run_id=crawl_run(database_url))
    assert main(["--config", str(config), "alerts", "run"]) == 0
    assert capsys.readouterr().out.strip() == (
        "scanned 1, matched 1, delivered 1, retried 0, dead 0 (disabled 0, refused 0)"
    )
    assert main(["--config", str(config), "rules", "list", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["enabled"], r["matches"]) for r in listed] == [
        ("swiss", True, 1),
        ("paused", False, 0),
    ]
    assert listed[0]["deliveries"] == {"delivered": 1}
    assert listed[1]["secrets"] == 2
    text = json.dumps(listed)
    assert "whsec_" not in text


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ('query = "zurich AND"', "rules[0].query: column 8: expected a term after AND"),
        ('query = "x"\nwebhook_url = "ftp://example.com/"', "rules[0].webhook_url: not an http(s) URL"),
        ('query = "x"\nsecret = "hunter2"', "rules[0].secret: expected a Standard Webhooks secret"),
        ('query = "x"\ncolour = "red"', "rules[0].colour: unknown key"),
        ('query = "x"\nwebhook_url = "http://10.0.0.5/hook"', "rules[0].webhook_url: 10.0.0.5 is a private"),
    ],
)
def test_bad_rules_are_refused_naming_the_key(tmp_path, capsys, rule: str, message: str) -> None:
    secret = new_secret()
    lines = ["[[rules]]", 'name = "r"', rule]
    if "webhook_url" not in rule:
        lines.append('webhook_url = "https://hooks.example.com/x"')
    if "secret" not in rule:
        lines.append(f'secret = "{secret}"')
    path = tmp_path / "bad.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--config", str(path), "rules", "list"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "hunter2" not in err and secret not in err


def test_alerts_table_is_validated(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.toml"
    path.write_text('[alerts]\nretry_delays = ["5s", "soon"]\n', encoding="utf-8")
    assert main(["--config", str(path), "alerts", "run"]) == 2
    assert "alerts.retry_delays[1]: expected a duration" in capsys.readouterr().err
    path.write_text('[alerts]\ntimeout = "30s"\nlease = "10s"\n', encoding="utf-8")
    assert main(["--config", str(path), "alerts", "run"]) == 2
    assert "alerts.lease: must be longer than alerts.timeout" in capsys.readouterr().err
