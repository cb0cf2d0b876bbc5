"""`newswatch search QUERY`: run the rule query language over the archive (newest stories first)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from newswatch.commands import add_config_option, settings_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search the archive with the rule query language",
        description="Search archived stories with the rule query language (see docs/alerts.md).",
    )
    parser.add_argument("query", metavar="QUERY", help="e.g. '\"climate summit\" -sport'")
    parser.add_argument("--limit", type=int, default=20, help="stories to show (default 20, 0 = all)")
    parser.add_argument("--source", help="only stories of this source")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    add_config_option(parser)
    parser.set_defaults(func=_run)


def _sort_key(item):  # type: ignore[no-untyped-def]
    article = item[0]
    when = article.published_at or article.first_seen_at or dt.datetime.min.replace(tzinfo=dt.UTC)
    return (when, article.id)


def _run(args: argparse.Namespace) -> int:
    from monitor.cli_support import article_json, ensure_schema, parse_or_report, print_json, scan_archive

    settings = settings_for(args, log_stream=sys.stderr)
    node = parse_or_report(args.query)
    if node is None:
        return 2
    ensure_schema(settings)
    found = sorted(scan_archive(settings, node, source=args.source), key=_sort_key, reverse=True)
    shown = found if args.limit <= 0 else found[: args.limit]
    for article, hits in shown:
        if args.json:
            print_json(article_json(article, hits))
        else:
            terms = ", ".join(dict.fromkeys(h.term for h in hits))
            when = (article.published_at or article.first_seen_at).date().isoformat()
            print(f"{article.id:>6}  {when}  {article.headline or '(no headline)'}")
            print(f"        {article.url}  [{terms}]")
    more = f" (showing {len(shown)})" if len(shown) < len(found) else ""
    print(f"{len(found)} stories match{more}", file=sys.stderr)
    return 0 if found else 1
