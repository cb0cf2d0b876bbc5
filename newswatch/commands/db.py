"""`newswatch db upgrade|check`: apply the migrations, or verify models and migrations agree."""

from __future__ import annotations

import argparse
import sys

from crawler.archive import migrate
from newswatch.commands import add_config_option, settings_for


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help="database schema (Alembic migrations)")
    actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = actions.add_parser("upgrade", help="apply migrations up to REVISION (default: head)")
    upgrade.add_argument("revision", nargs="?", default="head")
    add_config_option(upgrade)
    upgrade.set_defaults(func=_upgrade)
    check = actions.add_parser("check", help="fail if the models and the migrated schema disagree")
    add_config_option(check)
    check.set_defaults(func=_check)


def _upgrade(args: argparse.Namespace) -> int:
    settings = settings_for(args, log_stream=sys.stderr)
    migrate.upgrade(settings.database_url, args.revision)
    print(f"database at {args.revision}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    settings = settings_for(args, log_stream=sys.stderr)
    migrate.check(settings.database_url)
    print("models and migrations agree", file=sys.stderr)
    return 0
