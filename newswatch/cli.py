"""The `newswatch` command. Each subcommand lives in newswatch/commands/<name>.py with `register()`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newswatch.config import ConfigError

# One module per command group; each defines register(subparsers) and sets `func` on its parsers.
COMMAND_MODULES = (
    "newswatch.commands.db",
    "newswatch.commands.extract",
    "newswatch.commands.crawl",
    "newswatch.commands.serve",
    "newswatch.commands.health",
    "newswatch.commands.status",
    "newswatch.commands.rules",
    "newswatch.commands.search",
    "newswatch.commands.alerts",
    "newswatch.commands.deliveries",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newswatch", description=__doc__)
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: $NEWSWATCH_CONFIG, else ./newswatch.toml if present)",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ConfigError as exc:
        print(f"newswatch: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
