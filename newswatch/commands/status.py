"""`newswatch status`: per-source crawl history and counters, webhook deliveries, the heartbeat."""

from __future__ import annotations

import argparse
import json
import sys

from newswatch.commands import add_config_option, settings_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("status", help="per-source last crawl and counters, delivery counters")
    add_config_option(parser)
    parser.add_argument("--json", action="store_true", help="print the status as one JSON object")
    parser.set_defaults(func=_status)


def _status(args: argparse.Namespace) -> int:
    settings = settings_for(args, log_stream=sys.stderr)
    from sqlalchemy.exc import SQLAlchemyError

    from monitor.service_status import collect_status, format_status

    try:
        status = collect_status(settings)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(
            f"newswatch status: cannot read the database ({reason}); run `newswatch db upgrade`?",
            file=sys.stderr,
        )
        return 1
    if args.json:
        print(json.dumps(status.as_dict(), default=str))
    else:
        print(format_status(status))
    return 0
