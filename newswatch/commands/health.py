"""`newswatch health`: exit 0 when the service's heartbeat is fresh and the database reachable, else 1."""

from __future__ import annotations

import argparse
import json

from newswatch.config import ConfigError, load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "health",
        help="exit 0 if the service is alive (fresh heartbeat, database reachable), else 1 with a reason",
    )
    parser.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help="configuration file")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(func=_health)


def _health(args: argparse.Namespace) -> int:
    from monitor.health import Health, check_health

    try:
        result = check_health(load_settings(getattr(args, "config", None)))
    except ConfigError as exc:  # exit 1, not 2: a HEALTHCHECK must answer healthy (0) or unhealthy (1)
        result = Health(False, f"configuration error: {exc}")
    if args.json:
        print(json.dumps({"healthy": result.healthy, "reason": result.reason, "age_s": result.age_seconds}))
    else:
        print(f"{'healthy' if result.healthy else 'unhealthy'}: {result.reason}")
    return 0 if result.healthy else 1
