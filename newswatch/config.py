"""Configuration: one TOML file plus `NEWSWATCH_*` environment variables (which win).

The file is `--config FILE`, else `$NEWSWATCH_CONFIG`, else `newswatch.toml` in the working directory
when it exists; with none, newswatch runs on defaults (a SQLite archive under ./data). Every error names
the key that is wrong, so a broken file is refused at start rather than half-applied.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.extraction.overrides import SiteOverrides

DEFAULT_DATABASE_URL = "sqlite:///data/newswatch.db"
DEFAULT_CONFIG_FILE = "newswatch.toml"
TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


class ConfigError(ValueError):
    """The configuration is invalid; the message names the offending key."""


@dataclass(frozen=True)
class SourceConfig:
    name: str
    start_urls: tuple[str, ...]
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    interval_seconds: float = 900.0
    allowed_domains: tuple[str, ...] = ()
    overrides: SiteOverrides = field(default_factory=SiteOverrides)


@dataclass(frozen=True)
class RuleConfig:
    name: str
    query: str
    webhook_urls: tuple[str, ...]
    secrets: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AlertsConfig:
    """The `[alerts]` table (docs/alerts.md): webhook delivery timing."""

    # Seconds to wait before retry 1, 2, ...: about 11 hours in all, so a receiver that is down for an
    # hour (or a night) still gets its alerts. A delivery is dead after the last one fails.
    retry_delays: tuple[float, ...] = (5.0, 30.0, 120.0, 600.0, 1800.0, 3600.0, 10800.0, 21600.0)
    jitter: float = 0.2  # each delay is randomised by +/- this fraction, so retries do not stampede
    timeout: float = 15.0  # per HTTP attempt
    lease: float = 60.0  # a claimed delivery is retried by another run if not recorded within this
    max_retry_after: float = 21600.0  # a receiver's Retry-After is honoured up to this
    concurrency: int = 8  # deliveries in flight at once
    batch_size: int = 200  # stories matched per transaction


@dataclass(frozen=True)
class ServiceConfig:
    """The `[service]` table: how `newswatch serve` schedules, limits and reports its work."""

    grace_period_seconds: float = 30.0
    crawl_time_limit_seconds: float = 600.0
    jitter_seconds: float = 5.0
    heartbeat_interval_seconds: float = 5.0
    heartbeat_stale_seconds: float = 60.0
    alerts_interval_seconds: float = 10.0
    # `[service.scrapy]`: Scrapy setting overrides for every crawl the service runs (e.g. DOWNLOAD_DELAY).
    scrapy_settings: dict[str, Any] = field(default_factory=dict)

    def jitter_for(self, interval_seconds: float) -> float:
        """Jitter never delays a crawl by more than a twentieth of its interval (3 s of 60 s)."""
        return min(self.jitter_seconds, interval_seconds / 20)


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    log_level: str = "INFO"
    log_format: str = "json"
    allow_private_destinations: bool = False
    sources: tuple[SourceConfig, ...] = ()
    rules: tuple[RuleConfig, ...] = ()
    alerts: AlertsConfig = AlertsConfig()
    service: ServiceConfig = ServiceConfig()
    config_file: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def source(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        raise ConfigError(f"sources: no source named {name!r}")


def parse_interval(value: Any, key: str) -> float:
    """'60s', '15m', '1h', '1.5h' or a number of seconds."""
    if isinstance(value, bool):
        raise ConfigError(f"{key}: expected a duration such as '60s' or '15m', got {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _INTERVAL.match(str(value))
        if not match:
            raise ConfigError(f"{key}: expected a duration such as '60s' or '15m', got {value!r}")
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds <= 0:
        raise ConfigError(f"{key}: must be positive, got {value!r}")
    return seconds


def parse_bool(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ConfigError(f"{key}: expected true or false, got {value!r}")


def _str_list(value: Any, key: str, *, required: bool = False) -> tuple[str, ...]:
    if value is None:
        if required:
            raise ConfigError(f"{key}: required")
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ConfigError(f"{key}: expected a string or a list of non-empty strings, got {value!r}")
    if required and not value:
        raise ConfigError(f"{key}: needs at least one entry")
    return tuple(item.strip() for item in value)


def _string(table: dict[str, Any], name: str, key: str, *, required: bool = True) -> str | None:
    value = table.get(name)
    if value is None:
        if required:
            raise ConfigError(f"{key}.{name}: required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{key}.{name}: expected a non-empty string, got {value!r}")
    return value.strip()


def _check_keys(table: dict[str, Any], allowed: set[str], key: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"{key}.{unknown[0]}: unknown key (known: {', '.join(sorted(allowed))})")


def _overrides(value: Any, key: str) -> SiteOverrides:
    if value is None:
        return SiteOverrides()
    if not isinstance(value, dict):
        raise ConfigError(f"{key}: expected a table of CSS selectors")
    fields = {"headline", "published", "modified", "authors", "body", "section", "remove"}
    _check_keys(value, fields, key)
    from lxml.cssselect import CSSSelector, SelectorError

    parsed: dict[str, Any] = {}
    for name, selector in value.items():
        selectors = _str_list(selector, f"{key}.{name}") if name == "remove" else (selector,)
        for one in selectors:
            if not isinstance(one, str):
                raise ConfigError(f"{key}.{name}: expected a CSS selector string, got {one!r}")
            try:
                CSSSelector(one)
            except SelectorError as exc:
                raise ConfigError(f"{key}.{name}: invalid CSS selector {one!r}: {exc}") from exc
        parsed[name] = tuple(selectors) if name == "remove" else selector
    return SiteOverrides(**parsed)


def _source(table: Any, index: int) -> SourceConfig:
    key = f"sources[{index}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{key}: expected a table")
    _check_keys(
        table,
        {"name", "start_urls", "feeds", "sitemaps", "interval", "allowed_domains", "overrides"},
        key,
    )
    name = _string(table, "name", key)
    start_urls = _str_list(table.get("start_urls"), f"{key}.start_urls", required=True)
    for url in start_urls:
        if not re.match(r"^https?://[^/\s]+", url):
            raise ConfigError(f"{key}.start_urls: not an http(s) URL: {url!r}")
    return SourceConfig(
        name=name or "",
        start_urls=start_urls,
        feeds=_str_list(table.get("feeds"), f"{key}.feeds"),
        sitemaps=_str_list(table.get("sitemaps"), f"{key}.sitemaps"),
        interval_seconds=parse_interval(table.get("interval", "15m"), f"{key}.interval"),
        allowed_domains=_str_list(table.get("allowed_domains"), f"{key}.allowed_domains"),
        overrides=_overrides(table.get("overrides"), f"{key}.overrides"),
    )


_RULE_KEYS = {"name", "query", "webhook_url", "webhook_urls", "secret", "secrets", "enabled", "sources"}


def _check_secret(secret: str, key: str) -> None:
    """Standard Webhooks secrets: `whsec_` + base64 of 24 to 64 random bytes."""
    import base64
    import binascii

    if not secret.startswith("whsec_"):
        raise ConfigError(
            f"{key}: expected a Standard Webhooks secret 'whsec_<base64>' (the value is not shown)"
        )
    try:
        raw = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(
            f"{key}: the part after 'whsec_' is not valid base64 (the value is not shown)"
        ) from None
    if not 24 <= len(raw) <= 64:
        raise ConfigError(f"{key}: the secret must decode to 24-64 bytes, got {len(raw)}")


def _check_webhook_url(url: str, key: str, allow_private: bool) -> None:
    from urllib.parse import urlsplit

    from monitor.webhooks.guard import DestinationRefused, check_literal

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{key}: not an http(s) URL: {url!r}")
    try:
        check_literal(parts.hostname, allow_private)
    except DestinationRefused as exc:
        raise ConfigError(f"{key}: {exc}") from None


def _rule(table: Any, index: int, allow_private: bool = False) -> RuleConfig:
    key = f"rules[{index}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{key}: expected a table")
    _check_keys(table, _RULE_KEYS, key)
    name = _string(table, "name", key)
    query = _string(table, "query", key)
    from monitor.rules.query import QueryError, parse

    try:
        parse(query or "")
    except QueryError as exc:
        raise ConfigError(f"{key}.query: {exc}") from None
    urls = _str_list(table.get("webhook_url"), f"{key}.webhook_url") + _str_list(
        table.get("webhook_urls"), f"{key}.webhook_urls"
    )
    if not urls:
        raise ConfigError(f"{key}.webhook_url: required")
    if len(set(urls)) != len(urls):
        raise ConfigError(f"{key}.webhook_url: the same URL is listed twice")
    for url in urls:
        _check_webhook_url(url, f"{key}.webhook_url", allow_private)
    secrets = _str_list(table.get("secret"), f"{key}.secret") + _str_list(
        table.get("secrets"), f"{key}.secrets"
    )
    if not secrets:
        raise ConfigError(f"{key}.secret: required (webhooks are always signed)")
    for secret in secrets:
        _check_secret(secret, f"{key}.secret")
    options: dict[str, Any] = {"enabled": parse_bool(table.get("enabled", True), f"{key}.enabled")}
    options["sources"] = _str_list(table.get("sources"), f"{key}.sources")
    return RuleConfig(name=name or "", query=query or "", webhook_urls=urls, secrets=secrets, options=options)


def _delay(value: Any, key: str) -> float:
    """A duration that may be zero ("0s": retry on the next pass)."""
    zero = re.fullmatch(r"\s*0+(\.0*)?\s*(ms|s|m|h|d)?\s*", str(value))
    if not isinstance(value, bool) and (value == 0 or zero):
        return 0.0
    return parse_interval(value, key)


def _alerts(value: Any) -> AlertsConfig:
    """The `[alerts]` table: delivery timing (retry schedule, timeout) and batch sizes."""
    key = "alerts"
    if value is None:
        return AlertsConfig()
    if not isinstance(value, dict):
        raise ConfigError(f"{key}: expected a table")
    _check_keys(
        value,
        {"retry_delays", "jitter", "timeout", "lease", "max_retry_after", "concurrency", "batch_size"},
        key,
    )
    defaults = AlertsConfig()
    delays = value.get("retry_delays", list(defaults.retry_delays))
    if not isinstance(delays, list) or len(delays) > 50:
        raise ConfigError(f'{key}.retry_delays: expected a list of durations such as ["5s", "1m"]')
    retry_delays = tuple(_delay(d, f"{key}.retry_delays[{i}]") for i, d in enumerate(delays))
    jitter = value.get("jitter", defaults.jitter)
    if isinstance(jitter, bool) or not isinstance(jitter, int | float) or not 0 <= jitter <= 1:
        raise ConfigError(f"{key}.jitter: expected a fraction between 0 and 1, got {jitter!r}")
    timeout = parse_interval(value.get("timeout", defaults.timeout), f"{key}.timeout")
    lease = parse_interval(value.get("lease", defaults.lease), f"{key}.lease")
    if lease <= timeout:
        raise ConfigError(f"{key}.lease: must be longer than alerts.timeout ({timeout:g}s)")
    max_retry_after = parse_interval(
        value.get("max_retry_after", defaults.max_retry_after), f"{key}.max_retry_after"
    )
    ints = {}
    for name in ("concurrency", "batch_size"):
        number = value.get(name, getattr(defaults, name))
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ConfigError(f"{key}.{name}: expected a positive integer, got {number!r}")
        ints[name] = number
    return AlertsConfig(
        retry_delays=retry_delays,
        jitter=float(jitter),
        timeout=timeout,
        lease=lease,
        max_retry_after=max_retry_after,
        **ints,
    )


_SERVICE_DURATIONS = {
    "grace_period": "grace_period_seconds",
    "crawl_time_limit": "crawl_time_limit_seconds",
    "jitter": "jitter_seconds",
    "heartbeat_interval": "heartbeat_interval_seconds",
    "heartbeat_stale_after": "heartbeat_stale_seconds",
    "alerts_interval": "alerts_interval_seconds",
}


def _service(table: Any) -> ServiceConfig:
    """`[service]`: durations as '30s', '10m' or seconds; `NEWSWATCH_SERVICE_<KEY>` overrides each."""
    if table is None:
        table = {}
    if not isinstance(table, dict):
        raise ConfigError("service: expected a [service] table")
    _check_keys(table, set(_SERVICE_DURATIONS) | {"scrapy"}, "service")
    values: dict[str, Any] = {}
    scrapy = table.get("scrapy", {})
    if not isinstance(scrapy, dict):
        raise ConfigError("service.scrapy: expected a table of Scrapy settings such as DOWNLOAD_DELAY = 0.5")
    for name in scrapy:
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
            raise ConfigError(f"service.scrapy.{name}: Scrapy setting names are upper case (DOWNLOAD_DELAY)")
    values["scrapy_settings"] = dict(scrapy)
    for key, attr in _SERVICE_DURATIONS.items():
        env_name = f"SERVICE_{key.upper()}"
        env_value = _env(env_name)
        raw_value = env_value if env_value is not None else table.get(key)
        if raw_value is None:
            continue
        where = f"NEWSWATCH_{env_name}" if env_value is not None else f"service.{key}"
        if key == "jitter" and str(raw_value).strip() in ("0", "0s"):
            values[attr] = 0.0
            continue
        values[attr] = parse_interval(raw_value, where)
    service = ServiceConfig(**values)
    if service.heartbeat_stale_seconds <= service.heartbeat_interval_seconds:
        raise ConfigError(
            "service.heartbeat_stale_after: must be longer than service.heartbeat_interval "
            f"({service.heartbeat_stale_seconds:g}s <= {service.heartbeat_interval_seconds:g}s)"
        )
    return service


def _env(name: str) -> str | None:
    value = os.environ.get(f"NEWSWATCH_{name}")
    return value if value not in (None, "") else None


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """Which file to read: the explicit one must exist; the default may be absent."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"config file {str(path)!r} does not exist")
        return path
    env = _env("CONFIG")
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"NEWSWATCH_CONFIG: config file {env!r} does not exist")
        return path
    default = Path(DEFAULT_CONFIG_FILE)
    return default if default.is_file() else None


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    file = config_path(path)
    raw: dict[str, Any] = {}
    if file is not None:
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from exc
    return settings_from_mapping(raw, file)


def settings_from_mapping(raw: dict[str, Any], file: Path | None = None) -> Settings:
    known = {"database_url", "log_level", "log_format", "allow_private_destinations", "sources", "rules"}
    extra_sections = {"alerts", "service", "crawl"}
    _check_keys(raw, known | extra_sections, "config")
    database_url = _env("DATABASE_URL") or raw.get("database_url") or DEFAULT_DATABASE_URL
    if not isinstance(database_url, str):
        raise ConfigError(f"database_url: expected a string, got {database_url!r}")
    log_level = (_env("LOG_LEVEL") or raw.get("log_level") or "INFO").upper()
    if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"log_level: expected DEBUG, INFO, WARNING, ERROR or CRITICAL, got {log_level!r}")
    log_format = (_env("LOG_FORMAT") or raw.get("log_format") or "json").lower()
    if log_format not in {"json", "text"}:
        raise ConfigError(f"log_format: expected 'json' or 'text', got {log_format!r}")
    env_private = _env("ALLOW_PRIVATE_DESTINATIONS")
    allow_private = parse_bool(
        env_private if env_private is not None else raw.get("allow_private_destinations", False),
        "NEWSWATCH_ALLOW_PRIVATE_DESTINATIONS" if env_private is not None else "allow_private_destinations",
    )
    sources_raw = raw.get("sources", [])
    rules_raw = raw.get("rules", [])
    if not isinstance(sources_raw, list):
        raise ConfigError("sources: expected [[sources]] tables")
    if not isinstance(rules_raw, list):
        raise ConfigError("rules: expected [[rules]] tables")
    sources = tuple(_source(table, i) for i, table in enumerate(sources_raw))
    rules = tuple(_rule(table, i, allow_private) for i, table in enumerate(rules_raw))
    alerts = _alerts(raw.get("alerts"))
    for kind, items in (("sources", sources), ("rules", rules)):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.name in seen:
                raise ConfigError(f"{kind}[{i}].name: duplicate name {item.name!r}")
            seen.add(item.name)
    return Settings(
        database_url=database_url,
        log_level=log_level,
        log_format=log_format,
        allow_private_destinations=allow_private,
        sources=sources,
        rules=rules,
        alerts=alerts,
        service=_service(raw.get("service")),
        config_file=file,
        raw=raw,
    )
