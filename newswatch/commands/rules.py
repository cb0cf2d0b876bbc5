"""`newswatch rules list|test`: the configured rules, and what a query matches in the archive and why."""

from __future__ import annotations

import argparse
import sys

from newswatch.commands import add_config_option, settings_for


def register(subparsers: argparse._SubParsersAction) -> None:
    rules = subparsers.add_parser("rules", help="alert rules: list them, test a query on the archive")
    actions = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="configured rules with their destinations and alert counts")
    listing.add_argument("--json", action="store_true", help="one JSON object per rule")
    add_config_option(listing)
    listing.set_defaults(func=_list)
    test = actions.add_parser(
        "test",
        help="show which archived stories QUERY matches, and why",
        description="Parse QUERY (errors point at the mistake) and show the archived stories it matches, "
        "with the term, field and word behind each match.",
    )
    test.add_argument("query", metavar="QUERY")
    test.add_argument("--limit", type=int, default=20, help="stories to show (default 20, 0 = all)")
    test.add_argument("--source", help="only stories of this source")
    test.add_argument("--json", action="store_true", help="one JSON object per story")
    add_config_option(test)
    test.set_defaults(func=_test)
    enable = actions.add_parser("enable", help="re-enable a destination disabled by a 410 Gone answer")
    enable.add_argument("name", metavar="RULE")
    enable.add_argument("--url", help="only this webhook URL (default: all of the rule's)")
    add_config_option(enable)
    enable.set_defaults(func=_enable)


def _list(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from crawler.archive.db import session_scope
    from monitor.cli_support import ensure_schema, print_json
    from monitor.dispatch import redact
    from monitor.models import AlertRule, Delivery, OutboxEntry

    settings = settings_for(args, log_stream=sys.stderr)
    ensure_schema(settings)
    with session_scope(settings.database_url) as session:
        rows = {r.name: r for r in session.scalars(select(AlertRule))}
        matches = dict(
            session.execute(select(OutboxEntry.rule_id, func.count()).group_by(OutboxEntry.rule_id)).all()
        )
        statuses = session.execute(
            select(OutboxEntry.rule_id, Delivery.status, func.count())
            .join(Delivery, Delivery.outbox_id == OutboxEntry.id)
            .group_by(OutboxEntry.rule_id, Delivery.status)
        ).all()
        by_rule: dict[int, dict[str, int]] = {}
        for rule_id, status, count in statuses:
            by_rule.setdefault(rule_id, {})[status] = count
        for rule in settings.rules:
            row = rows.get(rule.name)
            disabled = {d.url: d.disabled_reason for d in row.destinations if d.disabled_at} if row else {}
            info = {
                "name": rule.name,
                "query": rule.query,
                "enabled": rule.options.get("enabled", True),
                "sources": list(rule.options.get("sources", ())),
                "destinations": [
                    {"url": redact(url), "disabled": disabled.get(url)} for url in rule.webhook_urls
                ],
                "secrets": len(rule.secrets),
                "added_at": row.added_at.isoformat() if row else None,
                "matches": matches.get(row.id, 0) if row else 0,
                "deliveries": by_rule.get(row.id, {}) if row else {},
            }
            if args.json:
                print_json(info)
                continue
            state = "" if info["enabled"] else " (disabled)"
            print(f"{rule.name}{state}\n  query:    {rule.query}")
            for dest in info["destinations"]:
                note = f"  DISABLED: {dest['disabled']}" if dest["disabled"] else ""
                print(f"  webhook:  {dest['url']}{note}")
            added = (
                info["added_at"] or "not yet loaded (alerts count from the first `alerts run`/service start)"
            )
            print(
                f"  added:    {added}\n  matches:  {info['matches']}  deliveries: {info['deliveries'] or '-'}"
            )
    if not settings.rules:
        print("no rules configured ([[rules]] in the configuration file)", file=sys.stderr)
    return 0


def _test(args: argparse.Namespace) -> int:
    from monitor.cli_support import article_json, ensure_schema, parse_or_report, print_json, scan_archive

    settings = settings_for(args, log_stream=sys.stderr)
    node = parse_or_report(args.query)
    if node is None:
        return 2
    ensure_schema(settings)
    count = 0
    for article, hits in scan_archive(settings, node, source=args.source):
        count += 1
        if args.limit > 0 and count > args.limit:
            continue
        if args.json:
            print_json(article_json(article, hits))
            continue
        print(f"{article.id:>6}  {article.headline or '(no headline)'}\n        {article.url}")
        for hit in hits:
            print(f"        matched {hit.term} in {hit.field}: {hit.word!r}")
    print(f"{count} archived stories match", file=sys.stderr)
    return 0 if count else 1


def _enable(args: argparse.Namespace) -> int:
    from sqlalchemy import select, update

    from crawler.archive.db import session_scope
    from monitor.cli_support import ensure_schema
    from monitor.models import AlertDestination, AlertRule

    settings = settings_for(args, log_stream=sys.stderr)
    ensure_schema(settings)
    with session_scope(settings.database_url) as session:
        rule_id = session.scalar(select(AlertRule.id).where(AlertRule.name == args.name))
        if rule_id is None:
            print(f"newswatch: no rule named {args.name!r} has been loaded yet", file=sys.stderr)
            return 1
        stmt = update(AlertDestination).where(AlertDestination.rule_id == rule_id)
        if args.url:
            stmt = stmt.where(AlertDestination.url == args.url)
        changed = session.execute(stmt.values(disabled_at=None, disabled_reason=None)).rowcount
    print(f"{changed} destination(s) enabled", file=sys.stderr)
    return 0
