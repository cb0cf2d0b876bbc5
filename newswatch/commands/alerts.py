"""`newswatch alerts run [--backfill]`: match new stories, deliver what is due, report, exit."""

from __future__ import annotations

import argparse
import asyncio
import sys

from newswatch.commands import add_config_option, settings_for


def register(subparsers: argparse._SubParsersAction) -> None:
    alerts = subparsers.add_parser("alerts", help="keyword alerts: match new stories and send webhooks")
    actions = alerts.add_subparsers(dest="alerts_command", required=True, metavar="ACTION")
    run = actions.add_parser(
        "run",
        help="match new stories against the rules and deliver what is due, once",
        description="Exit status: 0 all delivered or nothing to do; 1 a delivery went dead in this run; "
        "75 deliveries are waiting for a retry; 2 configuration error.",
    )
    run.add_argument(
        "--backfill",
        action="store_true",
        help="also match stories archived before the rules were added (try a rule on the archive)",
    )
    run.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_config_option(run)
    run.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from monitor.alerts import run_alerts
    from monitor.cli_support import ensure_schema, print_json

    settings = settings_for(args, log_stream=sys.stderr)
    ensure_schema(settings)
    summary = asyncio.run(run_alerts(settings, backfill=args.backfill))
    if args.json:
        print_json(summary.as_dict() | {"exit_status": summary.exit_status})
    else:
        print(summary)
    return summary.exit_status
