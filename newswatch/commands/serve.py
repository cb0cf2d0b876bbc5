"""`newswatch serve`: run the long-lived service (scheduled crawls, alerts, heartbeat) until SIGTERM."""

from __future__ import annotations

import argparse

from newswatch.commands import add_config_option, settings_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the service: crawl every source on its interval, match rules, deliver webhooks",
        description="Applies migrations, then crawls each [[sources]] entry on its interval and runs the "
        "alerts pass after each crawl, until SIGTERM or SIGINT (exit 0 after the grace period).",
    )
    add_config_option(parser)
    parser.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    from monitor.service import catch_early_signals, serve

    early = catch_early_signals()  # from here on, SIGTERM means a clean stop with exit 0
    settings = settings_for(args)
    return serve(settings, early)
