"""Subcommands of `newswatch`; each module registers its own parsers."""

from __future__ import annotations

import argparse

from newswatch.config import Settings, load_settings
from newswatch.logs import configure_logging


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """`--config` is accepted after the subcommand too (`newswatch crawl --config FILE URL`)."""
    parser.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help="configuration file")


def settings_for(args: argparse.Namespace, *, log_stream: object = None) -> Settings:
    settings = load_settings(getattr(args, "config", None))
    configure_logging(settings.log_level, settings.log_format, log_stream)
    return settings
