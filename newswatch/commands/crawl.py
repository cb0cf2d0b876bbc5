"""`newswatch crawl URL...`: crawl portals once and archive their stories."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("crawl", help="crawl portals once and archive their stories")
    parser.add_argument("urls", nargs="+")
    parser.set_defaults(func=lambda args: 1)
