"""The `[service]` configuration, the documented example, and `newswatch health` on real databases."""

from __future__ import annotations

import datetime as dt
import re
import socket
from pathlib import Path

import pytest

from monitor.health import check_health
from monitor.service import first_run_times, write_heartbeat
from newswatch.config import ConfigError, load_settings, settings_from_mapping
from tests.service.harness import run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_documented_example_is_the_example_file_and_loads() -> None:
    doc = (ROOT / "docs" / "service.md").read_text(encoding="utf-8")
    example = (ROOT / "examples" / "newswatch.toml").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", doc, flags=re.S)
    assert blocks and blocks[0] == example
    settings = load_settings(ROOT / "examples" / "newswatch.toml")
    assert [s.name for s in settings.sources] == ["harbour-times", "coast-courier"]
    assert settings.sources[0].interval_seconds == 60 and settings.sources[1].interval_seconds == 900
    assert settings.sources[0].overrides.body == "div.story-body"
    assert [r.name for r in settings.rules] == ["ferry-strike", "port-authority"]
    assert settings.service.grace_period_seconds == 30 and settings.service.crawl_time_limit_seconds == 600
    assert settings.service.scrapy_settings["DOWNLOAD_DELAY"] == 1.0


@pytest.mark.parametrize(
    ("service", "key"),
    [
        ({"grace": "10s"}, "service.grace"),
        ({"grace_period": "soon"}, "service.grace_period"),
        ({"crawl_time_limit": -5}, "service.crawl_time_limit"),
        ({"heartbeat_interval": "30s", "heartbeat_stale_after": "10s"}, "service.heartbeat_stale_after"),
        ({"scrapy": {"download_delay": 0}}, "service.scrapy.download_delay"),
        ({"scrapy": "fast"}, "service.scrapy"),
    ],
)
def test_invalid_service_table_is_refused_naming_the_key(service: dict, key: str) -> None:
    with pytest.raises(ConfigError) as error:
        settings_from_mapping({"service": service})
    assert str(error.value).startswith(key), str(error.value)


def test_service_durations_and_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_from_mapping({"service": {"grace_period": "2m", "jitter": 0, "alerts_interval": 3}})
    assert settings.service.grace_period_seconds == 120
    assert settings.service.jitter_for(60) == 0 and settings.service.alerts_interval_seconds == 3
    assert settings_from_mapping({}).service.jitter_for(20) == 1  # capped at a twentieth of the interval
    monkeypatch.setenv("NEWSWATCH_SERVICE_GRACE_PERIOD", "45s")
    assert settings_from_mapping({"service": {"grace_period": "2m"}}).service.grace_period_seconds == 45
    monkeypatch.setenv("NEWSWATCH_SERVICE_GRACE_PERIOD", "whenever")
    with pytest.raises(ConfigError, match=r"^NEWSWATCH_SERVICE_GRACE_PERIOD"):
        settings_from_mapping({})


def test_serve_refuses_an_invalid_file_at_start(tmp_path: Path) -> None:
    config = tmp_path / "newswatch.toml"
    config.write_text('[[sources]]\nname = "a"\nstart_urls = ["https://a.example/"]\ninterval = "often"\n')
    result = run_cli("serve", config=config, timeout=60)
    assert result.returncode == 2
    assert "sources[0].interval" in result.stderr and "often" in result.stderr
    assert not (tmp_path / "data").exists()  # refused before touching any database


def test_first_run_times_resume_from_the_last_crawl() -> None:
    settings = settings_from_mapping(
        {
            "sources": [
                {"name": "a", "start_urls": ["https://a.example/"], "interval": "10m"},
                {"name": "b", "start_urls": ["https://b.example/"], "interval": "1m"},
                {"name": "c", "start_urls": ["https://c.example/"], "interval": "1m"},
            ]
        }
    )
    now = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
    due = first_run_times(
        settings, {"a": now - dt.timedelta(minutes=4), "b": now - dt.timedelta(hours=3)}, now
    )
    assert due["a"] == now + dt.timedelta(minutes=6)  # not crawled again before its interval is up
    assert now <= due["b"] <= now + dt.timedelta(seconds=1)  # overdue: now
    assert now <= due["c"] <= now + dt.timedelta(seconds=1)  # never crawled: now
    assert due["b"] != due["c"]  # staggered, not one burst


def test_health_on_a_real_database(database_url: str) -> None:
    settings = settings_from_mapping({"database_url": database_url})
    result = check_health(settings)
    assert not result.healthy and result.reason.startswith("no heartbeat yet")

    write_heartbeat(database_url, {"state": "running", "running_crawls": ["harbour"]})
    result = check_health(settings)
    assert result.healthy, result.reason
    assert "crawling harbour" in result.reason and result.age_seconds is not None and result.age_seconds < 5

    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=90)
    result = check_health(settings, now=later)
    assert not result.healthy and result.reason.startswith("heartbeat is stale")

    write_heartbeat(database_url, {"state": "stopped"})
    result = check_health(settings)
    assert not result.healthy and "stopped" in result.reason


def test_health_when_the_database_is_missing_or_down(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.db"
    result = check_health(settings_from_mapping({"database_url": f"sqlite:///{missing}"}))
    assert not result.healthy and "does not exist" in result.reason
    assert not missing.exists()  # health never creates a database

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg://newswatch@127.0.0.1:{port}/newswatch"
    result = check_health(settings_from_mapping({"database_url": url}))
    assert not result.healthy and result.reason.startswith("database unreachable"), result.reason

    config = tmp_path / "newswatch.toml"
    config.write_text(f'database_url = "sqlite:///{missing}"\n')
    cli = run_cli("health", config=config)
    assert cli.returncode == 1 and cli.stdout.startswith("unhealthy: database unreachable")


def test_health_answers_unhealthy_not_a_usage_error_on_a_broken_config(tmp_path: Path) -> None:
    config = tmp_path / "newswatch.toml"
    config.write_text("[service]\ngrace_period = 'soon'\n")
    cli = run_cli("health", config=config)
    assert cli.returncode == 1  # a HEALTHCHECK answers 0 or 1
    assert cli.stdout.startswith("unhealthy: configuration error: service.grace_period"), cli.stdout
