"""`newswatch deliveries [list|show|replay]`: the webhook outbox as users see it."""

from __future__ import annotations

import argparse
import json
import sys

from newswatch.commands import add_config_option, settings_for

STATUSES = ("pending", "retrying", "delivered", "dead", "held")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "deliveries",
        help="webhook deliveries: list, inspect, replay",
        description="Without an action: list deliveries (newest first).",
    )
    _list_options(parser)
    add_config_option(parser)
    parser.set_defaults(func=_list)
    actions = parser.add_subparsers(dest="deliveries_command", metavar="ACTION")
    listing = actions.add_parser("list", help="list deliveries, newest first")
    _list_options(listing)
    add_config_option(listing)
    listing.set_defaults(func=_list)
    show = actions.add_parser("show", help="one delivery with its payload and every attempt")
    show.add_argument("ref", metavar="ID", help="delivery id or webhook-id (msg_...)")
    add_config_option(show)
    show.set_defaults(func=_show)
    again = actions.add_parser(
        "replay",
        help="queue deliveries again (same webhook-id), then `newswatch alerts run` sends them",
    )
    again.add_argument("refs", nargs="*", metavar="ID", help="delivery ids or webhook-ids")
    again.add_argument("--dead", action="store_true", help="every dead delivery")
    again.add_argument("--rule", help="only deliveries of this rule")
    add_config_option(again)
    again.set_defaults(func=_replay)


def _list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", choices=STATUSES, default=argparse.SUPPRESS)
    parser.add_argument("--rule", default=argparse.SUPPRESS, help="only deliveries of this rule")
    parser.add_argument("--limit", type=int, default=argparse.SUPPRESS, help="rows (default 50, 0 = all)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS)


def _list(args: argparse.Namespace) -> int:
    from monitor.cli_support import ensure_schema, print_json
    from monitor.deliveries import list_deliveries
    from monitor.dispatch import redact

    settings = settings_for(args, log_stream=sys.stderr)
    ensure_schema(settings)
    rows = list_deliveries(
        settings.database_url,
        status=getattr(args, "status", None),
        rule=getattr(args, "rule", None),
        limit=getattr(args, "limit", 50),
    )
    for info in rows:
        if getattr(args, "json", False):
            print_json(info.as_dict() | {"url": redact(info.url)})
            continue
        status = (
            "held" if info.destination_disabled and info.status in ("pending", "retrying") else info.status
        )
        detail = info.last_error or ""
        if info.next_attempt_at and status != "held":
            detail = f"next {info.next_attempt_at.isoformat(timespec='seconds')} {detail}"
        print(
            f"{info.id:>6}  {status:<9} {info.attempts:>2}x  {info.rule:<20} {info.webhook_id}  "
            f"{redact(info.url)}  {(info.headline or '')[:60]}  {detail}".rstrip()
        )
    print(f"{len(rows)} deliveries", file=sys.stderr)
    return 0


def _show(args: argparse.Namespace) -> int:
    from monitor.cli_support import ensure_schema, print_json
    from monitor.deliveries import get_delivery
    from monitor.dispatch import redact

    settings = settings_for(args, log_stream=sys.stderr)
    ensure_schema(settings)
    found = get_delivery(settings.database_url, args.ref)
    if found is None:
        print(f"newswatch: no delivery {args.ref!r}", file=sys.stderr)
        return 1
    info, payload, attempts = found
    print_json(
        info.as_dict()
        | {
            "url": redact(info.url),
            "payload": json.loads(payload),
            "attempts_log": [
                {
                    "number": a.number,
                    "started_at": a.started_at,
                    "duration_ms": a.duration_ms,
                    "status_code": a.status_code,
                    "outcome": a.outcome,
                    "error": a.error,
                    "next_attempt_at": a.next_attempt_at,
                }
                for a in attempts
            ],
        }
    )
    return 0


def _replay(args: argparse.Namespace) -> int:
    from monitor.cli_support import ensure_schema
    from monitor.deliveries import replay

    settings = settings_for(args, log_stream=sys.stderr)
    if not args.refs and not args.dead:
        print("newswatch: name deliveries to replay (ID or webhook-id), or use --dead", file=sys.stderr)
        return 2
    ensure_schema(settings)
    count = replay(settings.database_url, ids=args.refs, all_dead=args.dead, rule=args.rule)
    print(
        f"{count} deliveries queued again; `newswatch alerts run` (or the service) sends them",
        file=sys.stderr,
    )
    return 0 if count else 1
