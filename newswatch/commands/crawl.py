"""`newswatch crawl URL...`: crawl portals once, archive their stories, print a summary per portal."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newswatch.commands import add_config_option, settings_for
from newswatch.config import ConfigError, SourceConfig


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "crawl",
        help="crawl portals once and archive their stories",
        description="Crawl each URL's portal (or the configured sources with --source) once.",
    )
    parser.add_argument("urls", nargs="*", metavar="URL", help="home or section page of a portal")
    parser.add_argument("--source", action="append", default=[], help="a configured source by name")
    parser.add_argument("--feed", action="append", default=[], help="an RSS/Atom feed of the portal")
    parser.add_argument("--sitemap", action="append", default=[], help="a sitemap of the portal")
    parser.add_argument(
        "-s",
        dest="scrapy_settings",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a Scrapy setting, as with scrapy crawl (e.g. -s DOWNLOAD_DELAY=0)",
    )
    add_config_option(parser)
    parser.set_defaults(func=_run)


def parse_overrides(pairs: list[str]) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"-s {pair!r}: expected NAME=VALUE")
        overrides[name.strip()] = value
    return overrides


def _run(args: argparse.Namespace) -> int:
    from crawler.archive import migrate
    from crawler.runner import crawl_sources, run_with_reactor
    from crawler.urls import site_of

    settings = settings_for(args, log_stream=sys.stderr)  # stdout carries the summary
    sources = [settings.source(name) for name in args.source]
    for url in args.urls:
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"not an http(s) URL: {url!r}")
        sources.append(
            SourceConfig(
                name=site_of(url), start_urls=(url,), feeds=tuple(args.feed), sitemaps=tuple(args.sitemap)
            )
        )
    if not sources:
        print("newswatch crawl: give portal URLs or --source NAME", file=sys.stderr)
        return 2
    overrides = parse_overrides(args.scrapy_settings)
    migrate.upgrade(settings.database_url)
    summaries = run_with_reactor(
        lambda: crawl_sources(sources, settings, scrapy_settings_overrides=overrides)
    )
    for summary in summaries:
        print(summary.line())
    return 0 if all(s.status == "finished" for s in summaries) else 1
