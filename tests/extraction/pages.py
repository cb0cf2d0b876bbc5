"""Small hand-written story pages for the rule tests: one builder, so each test shows only what it adds."""

from __future__ import annotations

import datetime as dt
import json

URL = "https://news.example/politik/hafen-plan-beschlossen"
BODY = "<p>" + "Der Stadtrat hat am Abend abgestimmt und den Plan angenommen. " * 8 + "</p>"


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def page(
    head: str = "", article: str = "", outside: str = "", lang: str = "de", title: str = "", before: str = ""
) -> str:
    """A story page: `head` in <head>, `before` between the site header and <main>, `article` above the
    story's text inside its <article>, `outside` after <main>."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f'<body><header class="site-header"><a class="logo" href="/">Hafenblatt</a></header>{before}'
        f"<main><article>{article}{BODY}</article></main>{outside}</body></html>"
    )


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'
